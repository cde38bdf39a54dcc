import { a1, isDateFormat, isoToDutch, serialToIso } from '../cells';
import { nameKey } from '../normalize';
import { parseDatumCell } from '../parse/datum';
import type { PartijIndex } from '../parse/trekker';
import { Grid } from '../read/grid';
import type { SheetSnapshot } from '../schema/snapshot';
import type { Overzicht } from './model';
import { cellLines } from './sheet';

/** One way an overview sheet differs from what regeneration would write. */
export type Verschil = { cell: string } & (
  | { soort: 'geenKop' }
  | { soort: 'kolomGeenVergadering'; datum: string }
  | { soort: 'kolomOntbreekt'; datum: string }
  | { soort: 'rijOntbreekt'; partij: string }
  | { soort: 'ontbreekt'; partij: string; datum: string; onderwerp: string }
  | { soort: 'teVeel'; partij: string; datum: string; onderwerp: string }
  | { soort: 'totaalPartij'; partij: string; is: string; moet: number }
  | { soort: 'totaalDriehoek'; datum: string; is: string; moet: number }
);

const HEADER_SCAN = 20;

/**
 * Reads an overview sheet as a person does (a header row of meeting dates, one row
 * per party, lines of onderwerpen) and lists how it differs from the model.
 * Works on the hand-made matrix as well as on a generated one.
 */
export function compareOverzicht(sheet: SheetSnapshot, o: Overzicht, date1904: boolean, index: PartijIndex): Verschil[] {
  const grid = new Grid(sheet);
  const header = findHeader(grid, o.jaar, date1904);
  if (!header) return [{ cell: 'A1', soort: 'geenKop' }];
  const out: Verschil[] = [];
  const colOf = new Map<string, number>();
  for (const [col, iso] of header.meetings) {
    if (!o.vergaderingen.includes(iso)) out.push({ cell: a1(header.row, col), soort: 'kolomGeenVergadering', datum: isoToDutch(iso) });
    else colOf.set(iso, col);
  }
  for (const m of o.vergaderingen) if (!colOf.has(m)) out.push({ cell: a1(header.row, grid.left), soort: 'kolomOntbreekt', datum: isoToDutch(m) });
  const rowOf = new Map<string, number>();
  let totalRow: number | undefined;
  grid.forEachRow(header.row + 1, grid.lastRow, (r) => {
    const name = text(grid, r, grid.left);
    const partij = index.byKey.get(nameKey(name));
    if (partij && !rowOf.has(partij)) rowOf.set(partij, r);
    else if (!totalRow && /^totaal/.test(nameKey(name))) totalRow = r;
  });
  for (const rij of o.rijen) {
    const r = rowOf.get(rij.partij);
    if (r === undefined) {
      out.push({ cell: a1(header.row, grid.left), soort: 'rijOntbreekt', partij: rij.partij });
      continue;
    }
    for (const m of o.vergaderingen) {
      const col = colOf.get(m);
      if (col !== undefined) out.push(...compareCell(rij.partij, m, cellLines(rij.cellen[m] ?? []), grid, r, col));
    }
    const is = header.totalCol ? differs(grid, r, header.totalCol, rij.totaal) : undefined;
    if (is !== undefined) out.push({ cell: a1(r, header.totalCol!), soort: 'totaalPartij', partij: rij.partij, is, moet: rij.totaal });
  }
  // Stryker disable next-line ArrayDeclaration: an element here names no meeting, so it finds no column to compare
  for (const m of totalRow ? o.vergaderingen : []) {
    const col = colOf.get(m);
    const moet = o.totaalPerVergadering[m] ?? 0;
    const is = col === undefined ? undefined : differs(grid, totalRow!, col, moet);
    if (is !== undefined) out.push({ cell: a1(totalRow!, col!), soort: 'totaalDriehoek', datum: isoToDutch(m), is, moet });
  }
  return out;
}

/** A cell as text: its readers, nameKey and items, trim it themselves. */
function text(grid: Grid, r: number, c: number): string {
  return String(grid.value(r, c));
}

function findHeader(grid: Grid, jaar: number, date1904: boolean): { row: number; meetings: Array<[number, string]>; totalCol?: number } | undefined {
  let found: { row: number; meetings: Array<[number, string]>; totalCol?: number } | undefined;
  grid.forEachRow(grid.top, grid.top + HEADER_SCAN, (r) => {
    if (found) return;
    const meetings: Array<[number, string]> = [];
    let totalCol: number | undefined;
    for (const [c, v] of grid.rowCells(r)) {
      if (c <= grid.left) continue;
      const iso =
        typeof v === 'number'
          ? isDateFormat(grid.format(r, c))
            ? serialToIso(v, date1904)
            : undefined
          : parseDatumCell(String(v), jaar).datums[0]?.iso;
      if (iso) meetings.push([c, iso]);
      else if (/^totaal/.test(nameKey(String(v)))) totalCol = c;
    }
    if (meetings.length) found = { row: r, meetings, totalCol };
  });
  return found;
}

/**
 * "-Casustafel ondermijning -pva ondermijning" and "- MMA\n- DOR" both hold two lines.
 * A dash at the very start needs no split: the dashes and spaces a line starts with go anyway.
 */
function items(cellText: string): string[] {
  return cellText
    .split(/\n|\s-(?=\s*\S)/)
    .map((s) => s.replace(/^[\s-]+/, '').trim())
    .filter(Boolean);
}

function compareCell(partij: string, m: string, lines: readonly string[], grid: Grid, r: number, col: number): Verschil[] {
  // Compare with what the cell can hold: a very full cell ends in a counting line.
  const want = lines.map((l) => l.slice(2));
  const have = items(text(grid, r, col));
  const haveKeys = new Set(have.map(nameKey));
  const wantKeys = new Set(want.map(nameKey));
  const cell = a1(r, col);
  const datum = isoToDutch(m);
  return [
    ...want.filter((w) => !haveKeys.has(nameKey(w))).map((onderwerp): Verschil => ({ cell, soort: 'ontbreekt', partij, datum, onderwerp })),
    ...have.filter((h) => !wantKeys.has(nameKey(h))).map((onderwerp): Verschil => ({ cell, soort: 'teVeel', partij, datum, onderwerp })),
  ];
}

/** The cell's number as written when it is not `want`; undefined when it is. */
function differs(grid: Grid, r: number, c: number, want: number): string | undefined {
  const v = grid.value(r, c);
  const have = typeof v === 'number' ? v : Number.parseInt(String(v), 10);
  return have === want ? undefined : String(v).trim();
}
