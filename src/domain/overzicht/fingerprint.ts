import { a1, parseRange } from '../cells';
import { FNV_OFFSET, fnv1a } from '../hash';
import { Grid } from '../read/grid';
import type { SheetSnapshot } from '../schema/snapshot';

type Cells = ReadonlyArray<ReadonlyArray<string | number | boolean>>;

/**
 * A short hash of a block of cells by position, and the block: "1a2b3c4d@A1:H40".
 * The add-in stores it when it writes a generated sheet; a different hash later
 * means someone edited what it wrote. The area tells what to replace next time.
 */
export function fingerprint(cells: Cells): string {
  let width = 1;
  for (const r of cells) width = Math.max(width, r.length);
  // Stryker disable next-line StringLiteral: a generated sheet's rows are all as wide (GeneratedSheet.cells)
  return `${hash((r, c) => cells[r - 1]?.[c - 1] ?? '', cells.length, width)}@A1:${a1(Math.max(1, cells.length), width)}`;
}

function hash(value: (r: number, c: number) => string | number | boolean, rows: number, cols: number, top = 1, left = 1): string {
  let h = FNV_OFFSET;
  for (let r = top; r < top + rows; r++) {
    for (let c = left; c < left + cols; c++) {
      const v = value(r, c);
      // Empty cells hash alike on both sides (written as '' and read as ''): skipping them only makes the hash cheaper.
      // Stryker disable next-line ConditionalExpression,StringLiteral: see above
      if (v !== '') h = fnv1a(`${r},${c}=${typeof v}:${String(v)}\u0000`, h);
    }
  }
  // Stryker disable next-line StringLiteral: the stored hash and the one compared with it are made alike, padded or not
  return h.toString(16).padStart(8, '0');
}

export function parseFingerprint(stored: string | undefined): { hash: string; area?: string } | undefined {
  if (!stored) return undefined;
  // Stryker disable next-line StringLiteral: split always gives a first part
  const [h = '', area] = stored.split('@');
  return { hash: h, area };
}

/** The block a sheet's content covers, from A1: what a hand-made sheet gives up when it is replaced. */
export function contentArea(sheet: SheetSnapshot): string {
  const grid = new Grid(sheet);
  return `A1:${a1(Math.max(1, grid.lastRow), Math.max(1, grid.lastCol))}`;
}

/** The sheet still holds exactly what driehoek last wrote there. */
export function unchangedSince(sheet: SheetSnapshot, stored: string | undefined): boolean {
  const f = parseFingerprint(stored);
  if (!f) return false;
  const grid = new Grid(sheet);
  // Stryker disable next-line ArithmeticOperator: reading past the content reads only empty cells, which the hash skips
  if (!f.area) return f.hash === hash((r, c) => grid.value(r, c), grid.lastRow - grid.top + 1, grid.lastCol - grid.left + 1, grid.top, grid.left);
  // Only the area counts: what someone put beside it is never replaced, so it needs no question.
  const box = parseRange(f.area);
  return f.hash === hash((r, c) => grid.value(r, c), box.bottom - box.top + 1, box.right - box.left + 1, box.top, box.left);
}

/** The smallest block holding both areas, from A1. */
export function unionArea(a: string, b: string | undefined): string {
  if (!b) return a;
  const x = parseRange(a);
  const y = parseRange(b);
  return `A1:${a1(Math.max(x.bottom, y.bottom), Math.max(x.right, y.right))}`;
}
