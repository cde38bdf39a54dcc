import { a1 } from '../cells';
import type { CellBlock, Scalar, SheetSnapshot } from '../schema/snapshot';

interface Segment {
  block: CellBlock;
  /** Index of the row inside the block. */
  r: number;
}

const NO_SEGMENTS: readonly Segment[] = [];

/** Whether a block's row r is blank from column firstCol to lastCol (sheet columns). */
function emptyBetween(block: CellBlock, r: number, firstCol: number, lastCol: number): boolean {
  const values = block.values[r]!;
  // Stryker disable next-line MethodExpression,ArithmeticOperator: a column outside the row reads undefined, which is blank
  const from = Math.max(firstCol, block.left) - block.left;
  // Stryker disable next-line ArithmeticOperator: see above
  const to = Math.min(lastCol, block.left + values.length - 1) - block.left;
  for (let c = from; c <= to; c++) if (!blank(values[c])) return false;
  return true;
}

/** An empty cell, or one holding only spaces. */
export function blank(v: Scalar | undefined): boolean {
  // Stryker disable next-line ConditionalExpression,StringLiteral: `v === ''` is a faster path; "" is blank by its trim too
  return v === undefined || v === '' || (typeof v === 'string' && v.trim() === '');
}

/**
 * Reads a sheet snapshot by 1-based Excel row and column, whatever blocks it
 * comes in. Most sheets are one block; a sheet with cells far apart is several,
 * and is looked up through an index of the rows that exist.
 */
export class Grid {
  readonly top: number;
  readonly left: number;
  readonly lastRow: number;
  readonly lastCol: number;
  private readonly single?: CellBlock;
  private readonly byRow?: Map<number, Segment[]>;
  /** Rows holding any cell, ascending (only for a sheet of several blocks). */
  private readonly rowList?: number[];
  private readonly errors: Set<string>;

  constructor(readonly sheet: SheetSnapshot) {
    const blocks = sheet.blocks.filter((b) => b.values.length && b.values[0]!.length);
    this.errors = new Set(sheet.errorCells);
    // Loops, not Math.min(...blocks): a sheet may come in very many blocks.
    let [top, left, lastRow, lastCol] = [Infinity, Infinity, 0, 0];
    for (const b of blocks) {
      top = Math.min(top, b.top);
      left = Math.min(left, b.left);
      lastRow = Math.max(lastRow, b.top + b.values.length - 1);
      lastCol = Math.max(lastCol, b.left + b.values[0]!.length - 1);
    }
    this.top = blocks.length ? top : 1;
    this.left = blocks.length ? left : 1;
    this.lastRow = lastRow;
    this.lastCol = lastCol;
    // Stryker disable next-line ConditionalExpression,BlockStatement: one block read as several gives the same cells, only slower
    if (blocks.length === 1) {
      this.single = blocks[0];
      return;
    }
    this.byRow = new Map();
    for (const block of blocks) {
      for (let r = 0; r < block.values.length; r++) {
        const row = block.top + r;
        const list = this.byRow.get(row);
        if (list) list.push({ block, r });
        else this.byRow.set(row, [{ block, r }]);
      }
    }
    this.rowList = [...this.byRow.keys()].sort((a, b) => a - b);
  }

  private segments(row: number): readonly Segment[] {
    const b = this.single;
    if (b) return row >= b.top && row < b.top + b.values.length ? [{ block: b, r: row - b.top }] : NO_SEGMENTS;
    return this.byRow?.get(row) ?? NO_SEGMENTS;
  }

  value(row: number, col: number): Scalar {
    const b = this.single;
    if (b) return b.values[row - b.top]?.[col - b.left] ?? '';
    for (const s of this.segments(row)) {
      const v = s.block.values[s.r]![col - s.block.left];
      if (v !== undefined) return v;
    }
    return '';
  }

  format(row: number, col: number): string {
    const b = this.single;
    if (b) return b.numberFormats[row - b.top]?.[col - b.left] ?? 'General';
    for (const s of this.segments(row)) {
      const f = s.block.numberFormats[s.r]![col - s.block.left];
      if (f !== undefined) return f;
    }
    return 'General';
  }

  /** The address is made only on a sheet that has errors. */
  isErrorAt(row: number, col: number): boolean {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty set has no address either; the test spares making one
    return this.errors.size > 0 && this.errors.has(a1(row, col));
  }

  isEmptyRow(row: number, firstCol: number, lastCol: number): boolean {
    const b = this.single;
    // One block, the common case: called for every row of a table, so no segment list is made for it.
    if (b) return row < b.top || row >= b.top + b.values.length || emptyBetween(b, row - b.top, firstCol, lastCol);
    for (const s of this.segments(row)) if (!emptyBetween(s.block, s.r, firstCol, lastCol)) return false;
    return true;
  }

  /** The non-blank cells of a row, left to right, as [column, value]. */
  rowCells(row: number): Array<[number, Scalar]> {
    const out: Array<[number, Scalar]> = [];
    for (const s of this.segments(row)) {
      s.block.values[s.r]!.forEach((v, i) => {
        if (!blank(v)) out.push([s.block.left + i, v]);
      });
    }
    return out.sort((a, b) => a[0] - b[0]);
  }

  /** Calls back for every row between from and to (inclusive) that holds any cell, in order. */
  forEachRow(from: number, to: number, fn: (row: number) => void): void {
    const b = this.single;
    if (b) {
      const last = Math.min(to, b.top + b.values.length - 1);
      for (let row = Math.max(from, b.top); row <= last; row++) fn(row);
      return;
    }
    for (const row of this.rowList ?? []) {
      if (row > to) break;
      if (row >= from) fn(row);
    }
  }
}
