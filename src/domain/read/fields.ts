import { a1, isDateFormat, isoToDutch, serialToIso } from '../cells';
import type { ColumnKey, Row, TableKind } from '../contract';
import type { Field } from '../schema/field';
import type { Grid } from './grid';
import type { TableLocation } from './locate';

/**
 * One cell of a located table as a Field: text, date, or error, with its
 * sheet, address and column header. Written as one literal shape per kind
 * (no spreads, no trim when there is nothing to trim): a programme of
 * 100,000 rows makes 800,000 of these.
 */
function readField(grid: Grid, sheet: string, row: number, col: number, column: string, date1904: boolean): Field {
  const cell = a1(row, col);
  const value = grid.value(row, col);
  if (typeof value === 'string') {
    if (grid.isError(cell)) return { sheet, cell, column, text: '', value, error: value };
    return { sheet, cell, column, text: trimmed(value), value };
  }
  if (grid.isError(cell)) return { sheet, cell, column, text: '', value, error: String(value) };
  if (typeof value === 'number') {
    const iso = isDateFormat(grid.format(row, col)) ? serialToIso(value, date1904) : undefined;
    return iso ? { sheet, cell, column, text: isoToDutch(iso), value, iso } : { sheet, cell, column, text: numberText(value), value };
  }
  return { sheet, cell, column, text: value ? 'WAAR' : 'ONWAAR', value };
}

/** s.trim(), without making a new string when there is nothing to trim. */
function trimmed(s: string): string {
  return s && !isSpace(s.charCodeAt(0)) && !isSpace(s.charCodeAt(s.length - 1)) ? s : s.trim();
}

/** What String.prototype.trim strips: ECMAScript's WhiteSpace and LineTerminator. */
function isSpace(c: number): boolean {
  return (
    c <= 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// 1.1 stays "1.1"; float noise like 2.3000000000000003 does not reach the user.
function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

/** Every non-blank data row of a table, its fields keyed by column key. */
export function readRows<K extends TableKind>(grid: Grid, loc: TableLocation<K>, date1904: boolean): Array<Row<K>> {
  const rows: Array<Row<K>> = [];
  const cols = Object.entries(loc.columns) as Array<[ColumnKey<K>, { col: number; header: string }]>;
  const sheet = grid.sheet.name;
  grid.forEachRow(loc.headerRow + 1, loc.lastRow, (r) => {
    if (grid.isEmptyRow(r, loc.firstCol, loc.lastCol)) return;
    const row: Record<string, Field | number> = { row: r };
    for (const [k, c] of cols) row[k] = readField(grid, sheet, r, c.col, c.header, date1904);
    rows.push(row as Row<K>);
  });
  return rows;
}

/** An empty field at a cell: for a required column that is missing (reported by kolom-ontbreekt). */
export function emptyField(sheet: string, cell: string, column: string): Field {
  return { sheet, cell, column, text: '', value: '' };
}
