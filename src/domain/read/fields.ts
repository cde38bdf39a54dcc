import { a1, isDateFormat, isoToDutch, serialToIso } from '../cells';
import type { ColumnKey, Row, TableKind } from '../contract';
import type { Field } from '../schema/field';
import type { Grid } from './grid';
import type { TableLocation } from './locate';

/** One cell of a located table as a Field: text, date, or error, with its sheet, address and column header. */
function readField(grid: Grid, row: number, col: number, column: string, date1904: boolean): Field {
  const where = { sheet: grid.sheet.name, cell: a1(row, col), column };
  const value = grid.value(row, col);
  if (grid.isError(where.cell)) return { ...where, text: '', value, error: String(value) };
  if (typeof value === 'number') {
    const iso = isDateFormat(grid.format(row, col)) ? serialToIso(value, date1904) : undefined;
    return iso ? { ...where, text: isoToDutch(iso), value, iso } : { ...where, text: numberText(value), value };
  }
  if (typeof value === 'boolean') return { ...where, text: value ? 'WAAR' : 'ONWAAR', value };
  return { ...where, text: value.trim(), value };
}

// 1.1 stays "1.1"; float noise like 2.3000000000000003 does not reach the user.
function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

/** Every non-blank data row of a table, its fields keyed by column key. */
export function readRows<K extends TableKind>(grid: Grid, loc: TableLocation<K>, date1904: boolean): Array<Row<K>> {
  const rows: Array<Row<K>> = [];
  const cols = Object.entries(loc.columns) as Array<[ColumnKey<K>, { col: number; header: string }]>;
  grid.forEachRow(loc.headerRow + 1, loc.lastRow, (r) => {
    if (grid.isEmptyRow(r, loc.firstCol, loc.lastCol)) return;
    const row: Record<string, Field | number> = { row: r };
    for (const [k, c] of cols) row[k] = readField(grid, r, c.col, c.header, date1904);
    rows.push(row as Row<K>);
  });
  return rows;
}

/** An empty field at a cell: for a required column that is missing (reported by kolom-ontbreekt). */
export function emptyField(sheet: string, cell: string, column: string): Field {
  return { sheet, cell, column, text: '', value: '' };
}
