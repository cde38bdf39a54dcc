import { parseRange } from '../cells';
import { headerKey } from '../normalize';
import type { WorkbookSnapshot } from '../schema/snapshot';
import type { TableLocation } from '../schema/werkboek';
import { OVERZICHT_SHEET, TABLES, type TableSpec } from './contract';
import { Grid } from './grid';

const HEADER_SCAN_ROWS = 50;

/** "Acties 2021" → "acties": a year at the end of a header or name does not matter. */
export function key(text: string): string {
  return headerKey(text).replace(/(19|20)\d{2}$/, '');
}

function matchColumn(spec: TableSpec, header: string): string | undefined {
  const k = key(header);
  if (!k) return undefined;
  const exact = spec.columns.find((c) => c.accepts.includes(k));
  if (exact) return exact.key;
  // The combined legacy column is written in many ways; both words identify it.
  if (spec.kind === 'acties' && k.includes('wanneer') && k.includes('trekker')) return 'gecombineerd';
  return undefined;
}

interface HeaderMatch {
  row: number;
  columns: TableLocation['columns'];
  firstCol: number;
  lastCol: number;
  score: number;
}

function readHeader(spec: TableSpec, grid: Grid, row: number, left: number, right: number): HeaderMatch {
  const columns: TableLocation['columns'] = {};
  let firstCol = 0;
  let lastCol = 0;
  for (let c = left; c <= right; c++) {
    const v = grid.value(row, c);
    const text = typeof v === 'string' ? v.trim() : String(v);
    if (!text) continue;
    if (!firstCol) firstCol = c;
    lastCol = c;
    const k = matchColumn(spec, text);
    if (k && !columns[k]) columns[k] = { col: c, header: text };
  }
  return { row, columns, firstCol, lastCol, score: Object.keys(columns).length };
}

/** A header row qualifies when it carries every required column (the combined one stands for two). */
function qualifies(spec: TableSpec, m: HeaderMatch): boolean {
  const has = (k: string) => k in m.columns || ((k === 'trekker' || k === 'driehoek') && 'gecombineerd' in m.columns);
  if (!spec.columns.filter((c) => c.required).every((c) => has(c.key))) return false;
  // Onvoorzien shares its headers with Acties: only its own words identify it.
  if (spec.kind === 'onvoorzien') return /onvoorzien|ingevlogen/.test(key(m.columns.actie?.header ?? '') + key(m.columns.ingevlogen?.header ?? ''));
  return m.score >= 2;
}

function bestHeader(spec: TableSpec, grid: Grid, skip: Set<string>): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  const last = Math.min(grid.lastRow, grid.sheet.top + HEADER_SCAN_ROWS);
  for (let r = grid.sheet.top; r <= last; r++) {
    if (skip.has(`${grid.sheet.name}!${r}`)) continue;
    const m = readHeader(spec, grid, r, grid.sheet.left, grid.lastCol);
    if (qualifies(spec, m) && (!best || m.score > best.score)) best = m;
  }
  return best;
}

function toLocation(spec: TableSpec, sheet: string, m: HeaderMatch, lastRow: number, foundBy: TableLocation['foundBy']): TableLocation {
  return { kind: spec.kind, sheet, headerRow: m.row, columns: m.columns, firstCol: m.firstCol, lastCol: m.lastCol, lastRow, foundBy };
}

export interface Located {
  locations: Partial<Record<TableSpec['kind'], TableLocation>>;
  grids: Map<string, Grid>;
}

/** Finds each table by ListObject name, then sheet name, then its header row anywhere. */
export function locateTables(snapshot: WorkbookSnapshot): Located {
  const grids = new Map(snapshot.sheets.map((s) => [s.name, new Grid(s)]));
  const locations: Located['locations'] = {};
  const claimed = new Set<string>();
  const searchable = snapshot.sheets.filter((s) => s.name !== OVERZICHT_SHEET).map((s) => grids.get(s.name)!);
  for (const spec of TABLES) {
    const loc = byListObject(spec, snapshot, grids) ?? bySheetName(spec, searchable, claimed) ?? byHeaderRow(spec, searchable, claimed);
    if (!loc) continue;
    locations[spec.kind] = loc;
    claimed.add(`${loc.sheet}!${loc.headerRow}`);
  }
  cutAtNextTable(locations);
  return { locations, grids };
}

function byListObject(spec: TableSpec, snapshot: WorkbookSnapshot, grids: Map<string, Grid>): TableLocation | undefined {
  const table = snapshot.tables.find((t) => spec.names.includes(key(t.name)) && t.showHeaders);
  const grid = table && grids.get(table.sheet);
  if (!table || !grid) return undefined;
  const r = parseRange(table.range);
  return toLocation(spec, table.sheet, readHeader(spec, grid, r.top, r.left, r.right), r.bottom, 'tabel');
}

function bySheetName(spec: TableSpec, grids: Grid[], claimed: Set<string>): TableLocation | undefined {
  const grid = grids.find((g) => spec.names.includes(key(g.sheet.name)));
  if (!grid) return undefined;
  const m = bestHeader(spec, grid, claimed) ?? firstNonEmptyRow(spec, grid);
  return m && toLocation(spec, grid.sheet.name, m, grid.lastRow, 'blad');
}

/** A sheet named for the table whose headers are all wrong still is that table: its columns are missing. */
function firstNonEmptyRow(spec: TableSpec, grid: Grid): HeaderMatch | undefined {
  for (let r = grid.sheet.top; r <= grid.lastRow; r++) {
    if (!grid.isEmptyRow(r, grid.sheet.left, grid.lastCol)) return readHeader(spec, grid, r, grid.sheet.left, grid.lastCol);
  }
  return { row: 1, columns: {}, firstCol: 1, lastCol: 1, score: 0 };
}

function byHeaderRow(spec: TableSpec, grids: Grid[], claimed: Set<string>): TableLocation | undefined {
  let best: { grid: Grid; m: HeaderMatch } | undefined;
  for (const grid of grids) {
    const m = bestHeader(spec, grid, claimed);
    if (m && (!best || m.score > best.m.score)) best = { grid, m };
  }
  return best && toLocation(spec, best.grid.sheet.name, best.m, best.grid.lastRow, 'kopregel');
}

/** Two plain ranges on one sheet: the upper one ends where the lower one's header starts. */
function cutAtNextTable(locations: Located['locations']): void {
  const all = Object.values(locations);
  for (const loc of all) {
    if (loc.foundBy === 'tabel') continue;
    for (const other of all) {
      if (other.sheet === loc.sheet && other.headerRow > loc.headerRow && other.headerRow <= loc.lastRow) loc.lastRow = other.headerRow - 1;
    }
  }
}
