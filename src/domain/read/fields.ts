import { a1, isDateFormat, isoToDutch, serialToIso } from '../cells';
import type { Field, TableLocation } from '../schema/werkboek';
import type { Grid } from './grid';

/** One cell of a located table as a Field: text, date, or error, with its address. */
export function readField(grid: Grid, row: number, col: number, date1904: boolean): Field {
  const cell = a1(row, col);
  const v = grid.value(row, col);
  if (grid.isError(cell)) return { cell, text: '', error: String(v) };
  if (typeof v === 'number') {
    const iso = isDateFormat(grid.format(row, col)) ? serialToIso(v, date1904) : undefined;
    return iso ? { cell, text: isoToDutch(iso), iso } : { cell, text: numberText(v) };
  }
  if (typeof v === 'boolean') return { cell, text: v ? 'WAAR' : 'ONWAAR' };
  return { cell, text: v.trim() };
}

// 1.1 stays "1.1"; float noise like 2.3000000000000003 does not reach the user.
function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

export interface TableRow {
  row: number;
  fields: Record<string, Field>;
}

/** Every non-blank data row of a table, its fields keyed by column key. */
export function readRows(grid: Grid, loc: TableLocation, date1904: boolean): TableRow[] {
  const rows: TableRow[] = [];
  const cols = Object.entries(loc.columns);
  for (let r = loc.headerRow + 1; r <= loc.lastRow; r++) {
    if (grid.isEmptyRow(r, loc.firstCol, loc.lastCol)) continue;
    const fields: Record<string, Field> = {};
    for (const [k, c] of cols) fields[k] = readField(grid, r, c.col, date1904);
    rows.push({ row: r, fields });
  }
  return rows;
}
