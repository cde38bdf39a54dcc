import type { ColumnKey, Row, TableKind } from '../contract';
import type { Field } from '../schema/field';
import { CellField, type CellSource } from './cell-field';
import type { TableLocation } from './locate';

/** Every non-blank data row of a table, its fields keyed by column key. */
export function readRows<K extends TableKind>(source: CellSource, loc: TableLocation<K>): Array<Row<K>> {
  const rows: Array<Row<K>> = [];
  const cols = Object.entries(loc.columns) as Array<[ColumnKey<K>, { col: number; header: string }]>;
  source.grid.forEachRow(loc.headerRow + 1, loc.lastRow, (r) => {
    if (source.grid.isEmptyRow(r, loc.firstCol, loc.lastCol)) return;
    const row: Record<string, Field | number> = { row: r };
    for (const [k, c] of cols) row[k] = new CellField(source, r, c.col, c.header);
    rows.push(row as Row<K>);
  });
  return rows;
}

/** An empty field at a cell: for a required column that is missing (reported by kolom-ontbreekt). */
export function emptyField(sheet: string, cell: string, column: string): Field {
  return { sheet, cell, column, text: '', value: '' };
}
