import { parseRange } from '../cells';
import { CONTRACT, SEARCH_ORDER, isGeneratedSheet, type ColumnKey, type TableKind } from '../contract';
import { headerKey } from '../normalize';
import type { WorkbookSnapshot } from '../schema/snapshot';
import { Grid } from './grid';

const HEADER_SCAN_ROWS = 50;

/** Where a table was found and which of its columns are present. */
export interface TableLocation<K extends TableKind = TableKind> {
  kind: K;
  sheet: string;
  /** 1-based header row. */
  headerRow: number;
  /** Column key → 1-based column number and the header as written. */
  columns: Partial<Record<ColumnKey<K>, { col: number; header: string }>>;
  firstCol: number;
  lastCol: number;
  /** Last row of data (a table's totals row excluded). */
  lastRow: number;
  foundBy: 'tabel' | 'blad' | 'kopregel';
}

export type Locations = { [K in TableKind]?: TableLocation<K> };

/** "Acties 2021", "Programma 2021-2022" → "acties", "programma": the years in a header or name do not matter. */
function key(text: string): string {
  return headerKey(text).replace(/(19|20)\d{2}/g, '');
}

function matchColumn(kind: TableKind, header: string): string | undefined {
  const k = key(header);
  // Stryker disable next-line ConditionalExpression: a cheaper test only; an empty key is in no column's accepts and holds neither word
  if (!k) return undefined;
  const exact = Object.entries(CONTRACT[kind].columns).find(([, c]) => (c.accepts as readonly string[]).includes(k));
  if (exact) return exact[0];
  // The combined legacy column is written in many ways; both words identify it.
  if (kind === 'acties' && k.includes('wanneer') && k.includes('trekker')) return 'gecombineerd';
  return undefined;
}

interface HeaderMatch {
  row: number;
  columns: Record<string, { col: number; header: string }>;
  firstCol: number;
  lastCol: number;
  score: number;
}

function readHeader(kind: TableKind, grid: Grid, row: number, left: number, right: number): HeaderMatch {
  const columns: HeaderMatch['columns'] = {};
  let firstCol = 0;
  let lastCol = 0;
  for (const [c, v] of grid.rowCells(row)) {
    if (c < left || c > right) continue;
    const text = typeof v === 'string' ? v.trim() : String(v);
    if (!firstCol) firstCol = c;
    lastCol = c;
    const k = matchColumn(kind, text);
    if (k && !columns[k]) columns[k] = { col: c, header: text };
  }
  return { row, columns, firstCol, lastCol, score: Object.keys(columns).length };
}

/** A header row qualifies when it carries every required column (the combined one stands for two). */
function qualifies(kind: TableKind, m: HeaderMatch): boolean {
  const has = (k: string) => k in m.columns || ((k === 'trekker' || k === 'driehoek') && 'gecombineerd' in m.columns);
  const required = Object.entries(CONTRACT[kind].columns).filter(([, c]) => 'required' in c && c.required);
  if (!required.every(([k]) => has(k))) return false;
  // Onvoorzien shares its headers with Acties: only its own words identify it.
  // Stryker disable next-line StringLiteral: a missing header reads as no text; any text without those words reads the same
  if (kind === 'onvoorzien') return /onvoorzien|ingevlogen/.test(key(m.columns.actie?.header ?? '') + key(m.columns.ingevlogen?.header ?? ''));
  return m.score >= 2;
}

function bestHeader(kind: TableKind, grid: Grid, skip: Set<string>): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  grid.forEachRow(grid.top, grid.top + HEADER_SCAN_ROWS, (r) => {
    if (skip.has(`${grid.sheet.name}!${r}`)) return;
    const m = readHeader(kind, grid, r, grid.left, grid.lastCol);
    if (qualifies(kind, m) && (!best || m.score > best.score)) best = m;
  });
  return best;
}

function toLocation<K extends TableKind>(
  kind: K,
  sheet: string,
  m: HeaderMatch,
  lastRow: number,
  foundBy: TableLocation['foundBy'],
): TableLocation<K> {
  return {
    kind,
    sheet,
    headerRow: m.row,
    columns: m.columns as TableLocation<K>['columns'],
    firstCol: m.firstCol,
    lastCol: m.lastCol,
    lastRow,
    foundBy,
  };
}

export interface Located {
  locations: Locations;
  grids: Map<string, Grid>;
}

/** Finds each table by ListObject name, then sheet name, then its header row anywhere. */
export function locateTables(snapshot: WorkbookSnapshot): Located {
  const grids = new Map(snapshot.sheets.filter((s) => s.kind === 'werkblad').map((s) => [s.name, new Grid(s)]));
  const locations: Locations = {};
  const claimed = new Set<string>();
  const searchable = [...grids.values()].filter((g) => !isGeneratedSheet(g.sheet.name));
  for (const kind of SEARCH_ORDER) {
    const loc = byListObject(kind, snapshot, grids) ?? bySheetName(kind, searchable, claimed) ?? byHeaderRow(kind, searchable, claimed);
    if (!loc) continue;
    (locations as Record<string, TableLocation>)[kind] = loc;
    claimed.add(`${loc.sheet}!${loc.headerRow}`);
  }
  cutAtNextTable(locations);
  return { locations, grids };
}

function byListObject(kind: TableKind, snapshot: WorkbookSnapshot, grids: Map<string, Grid>): TableLocation | undefined {
  const names = CONTRACT[kind].names as readonly string[];
  const table = snapshot.tables.find((t) => names.includes(key(t.name)) && t.headerRows > 0);
  const grid = table && grids.get(table.sheet);
  if (!table || !grid) return undefined;
  const r = parseRange(table.range);
  return toLocation(kind, table.sheet, readHeader(kind, grid, r.top, r.left, r.right), r.bottom - table.totalsRows, 'tabel');
}

function bySheetName(kind: TableKind, grids: Grid[], claimed: Set<string>): TableLocation | undefined {
  const names = CONTRACT[kind].names as readonly string[];
  const grid = grids.find((g) => names.includes(key(g.sheet.name)));
  if (!grid) return undefined;
  const m = bestHeader(kind, grid, claimed) ?? firstNonEmptyRow(kind, grid);
  return toLocation(kind, grid.sheet.name, m, grid.lastRow, 'blad');
}

/** A sheet named for the table whose headers are all wrong still is that table: its columns are missing. */
function firstNonEmptyRow(kind: TableKind, grid: Grid): HeaderMatch {
  let first: HeaderMatch | undefined;
  grid.forEachRow(grid.top, grid.lastRow, (r) => {
    if (!first && grid.rowCells(r).length) first = readHeader(kind, grid, r, grid.left, grid.lastCol);
  });
  return first ?? { row: 1, columns: {}, firstCol: 1, lastCol: 1, score: 0 };
}

function byHeaderRow(kind: TableKind, grids: Grid[], claimed: Set<string>): TableLocation | undefined {
  let best: { grid: Grid; m: HeaderMatch } | undefined;
  for (const grid of grids) {
    const m = bestHeader(kind, grid, claimed);
    if (m && (!best || m.score > best.m.score)) best = { grid, m };
  }
  return best && toLocation(kind, best.grid.sheet.name, best.m, best.grid.lastRow, 'kopregel');
}

/** Two plain ranges on one sheet: the upper one ends where the lower one's header starts. */
function cutAtNextTable(locations: Locations): void {
  const all = Object.values(locations) as TableLocation[];
  for (const loc of all) {
    if (loc.foundBy === 'tabel') continue;
    for (const other of all) {
      if (other.sheet === loc.sheet && other.headerRow > loc.headerRow && other.headerRow <= loc.lastRow) loc.lastRow = other.headerRow - 1;
    }
  }
}
