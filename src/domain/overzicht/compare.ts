import { a1, isDateFormat, isoToDutch, serialToIso } from '../cells';
import { nameKey } from '../normalize';
import { parseDatumCell } from '../parse/datum';
import type { PartijIndex } from '../parse/trekker';
import type { SheetSnapshot } from '../schema/snapshot';
import { Grid } from '../read/grid';
import type { Overzicht } from './model';
import { cellLines } from './sheet';

/** One way an overview sheet differs from what regeneration would write, in words. */
export interface Verschil {
  cell: string;
  tekst: string;
}

const HEADER_SCAN = 20;

/**
 * Reads an overview sheet as a person does (a header row of meeting dates, one row
 * per party, lines of onderwerpen) and lists how it differs from the model.
 * Works on the hand-made matrix as well as on a generated one.
 */
export function compareOverzicht(sheet: SheetSnapshot, o: Overzicht, date1904: boolean, index: PartijIndex): Verschil[] {
  const grid = new Grid(sheet);
  const header = findHeader(grid, o.jaar, date1904);
  if (!header) return [{ cell: 'A1', tekst: 'er staat geen kopregel met vergaderdatums in' }];
  const out: Verschil[] = [];
  const colOf = new Map<string, number>();
  for (const [col, iso] of header.meetings) {
    if (!o.vergaderingen.includes(iso)) out.push({ cell: a1(header.row, col), tekst: `de kolom ${isoToDutch(iso)} is geen vergadering (meer)` });
    else colOf.set(iso, col);
  }
  for (const m of o.vergaderingen)
    if (!colOf.has(m)) out.push({ cell: a1(header.row, grid.sheet.left), tekst: `de kolom voor ${isoToDutch(m)} ontbreekt` });
  const rowOf = new Map<string, number>();
  let totalRow: number | undefined;
  for (let r = header.row + 1; r <= grid.lastRow; r++) {
    const name = text(grid, r, grid.sheet.left);
    const partij = index.byKey.get(nameKey(name));
    if (partij && !rowOf.has(partij)) rowOf.set(partij, r);
    else if (!totalRow && /^totaal/.test(nameKey(name))) totalRow = r;
  }
  for (const rij of o.rijen) {
    const r = rowOf.get(rij.partij);
    if (r === undefined) {
      out.push({ cell: a1(header.row, grid.sheet.left), tekst: `de rij voor ${rij.partij} ontbreekt` });
      continue;
    }
    for (const m of o.vergaderingen) {
      const col = colOf.get(m);
      if (col !== undefined) out.push(...compareCell(rij.partij, m, rij.cellen[m] ?? [], grid, r, col));
    }
    if (header.totalCol) compareNumber(out, grid, r, header.totalCol, rij.totaal, `Totaal per partij ${rij.partij}`);
  }
  if (totalRow) {
    for (const m of o.vergaderingen) {
      const col = colOf.get(m);
      if (col !== undefined) compareNumber(out, grid, totalRow, col, o.totaalPerVergadering[m] ?? 0, `Totaal per Driehoek ${isoToDutch(m)}`);
    }
  }
  return out;
}

function text(grid: Grid, r: number, c: number): string {
  const v = grid.value(r, c);
  return typeof v === 'string' ? v.trim() : String(v);
}

function findHeader(grid: Grid, jaar: number, date1904: boolean): { row: number; meetings: Array<[number, string]>; totalCol?: number } | undefined {
  for (let r = grid.sheet.top; r <= Math.min(grid.lastRow, grid.sheet.top + HEADER_SCAN); r++) {
    const meetings: Array<[number, string]> = [];
    let totalCol: number | undefined;
    for (let c = grid.sheet.left + 1; c <= grid.lastCol; c++) {
      const v = grid.value(r, c);
      const iso =
        typeof v === 'number'
          ? isDateFormat(grid.format(r, c))
            ? serialToIso(v, date1904)
            : undefined
          : parseDatumCell(String(v), jaar).datums[0]?.iso;
      if (iso) meetings.push([c, iso]);
      else if (/^totaal/.test(nameKey(String(v)))) totalCol = c;
    }
    if (meetings.length) return { row: r, meetings, totalCol };
  }
  return undefined;
}

/** "-Casustafel ondermijning -pva ondermijning" and "- MMA\n- DOR" both hold two lines. */
function items(cellText: string): string[] {
  return cellText
    .split(/\n|(?:^|\s)-(?=\s*\S)/)
    .map((s) => s.replace(/^[\s-]+/, '').trim())
    .filter(Boolean);
}

function compareCell(partij: string, m: string, placed: readonly string[], grid: Grid, r: number, col: number): Verschil[] {
  // Compare with what the cell can hold: a very full cell ends in a counting line.
  const want = cellLines(placed).map((l) => l.slice(2));
  const have = items(text(grid, r, col));
  const haveKeys = new Set(have.map(nameKey));
  const wantKeys = new Set(want.map(nameKey));
  const cell = a1(r, col);
  const where = `${partij}, ${isoToDutch(m)}`;
  return [
    ...want.filter((w) => !haveKeys.has(nameKey(w))).map((w) => ({ cell, tekst: `${where}: '${w}' ontbreekt` })),
    ...have.filter((h) => !wantKeys.has(nameKey(h))).map((h) => ({ cell, tekst: `${where}: '${h}' hoort er niet in` })),
  ];
}

function compareNumber(out: Verschil[], grid: Grid, r: number, c: number, want: number, what: string): void {
  const v = grid.value(r, c);
  const have = typeof v === 'number' ? v : Number.parseInt(String(v), 10);
  if (have !== want) out.push({ cell: a1(r, c), tekst: `${what} is ${String(v).trim() || 'leeg'}, moet ${want} zijn` });
}
