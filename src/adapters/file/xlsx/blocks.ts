import type { CellBlock, Scalar } from '../../../domain/schema/snapshot';

/** One row's cells that stand close together. */
export interface Segment {
  row: number;
  left: number;
  values: Scalar[];
  formats: string[];
}

/** Cells further apart than this, across or down, are separate blocks. */
const GAP_COLS = 32;
const GAP_ROWS = 32;

/** Splits a row's cells (in column order) into segments wherever a wide gap falls. */
export function segmentsOf(row: number, cols: number[], values: Scalar[], formats: string[]): Segment[] {
  const out: Segment[] = [];
  let current: Segment | undefined;
  let last = 0;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    if (!current || c - last > GAP_COLS) {
      current = { row, left: c, values: [], formats: [] };
      out.push(current);
    } else {
      // The empty cells between two close ones.
      for (let gap = last + 1; gap < c; gap++) {
        current.values.push('');
        current.formats.push('General');
      }
    }
    current.values.push(values[i]!);
    current.formats.push(formats[i]!);
    last = c;
  }
  return out;
}

interface Open {
  top: number;
  bottom: number;
  left: number;
  right: number;
  segments: Segment[];
}

/**
 * Packs row segments into dense blocks whose area stays near their content:
 * a table is one block; a value far away is a block of its own. Memory
 * follows the content, not the used range.
 */
export function packBlocks(segments: readonly Segment[]): CellBlock[] {
  const done: Open[] = [];
  let open: Open[] = [];
  for (const s of segments) {
    const right = s.left + s.values.length - 1;
    // Blocks too far above can take no more rows.
    for (const b of open) if (s.row - b.bottom > GAP_ROWS) done.push(b);
    open = open.filter((b) => s.row - b.bottom <= GAP_ROWS);
    const fit = open.find((b) => s.left <= b.right + GAP_COLS && right >= b.left - GAP_COLS);
    if (fit) {
      fit.bottom = s.row;
      fit.left = Math.min(fit.left, s.left);
      fit.right = Math.max(fit.right, right);
      fit.segments.push(s);
      // A block that grew toward another takes it in: blocks never overlap.
      for (const other of open.filter((b) => b !== fit && b.left <= fit.right + GAP_COLS && b.right >= fit.left - GAP_COLS)) {
        Object.assign(fit, { top: Math.min(fit.top, other.top), left: Math.min(fit.left, other.left), right: Math.max(fit.right, other.right) });
        fit.segments = fit.segments.concat(other.segments);
        open = open.filter((b) => b !== other);
      }
    } else open.push({ top: s.row, bottom: s.row, left: s.left, right, segments: [s] });
  }
  return [...done, ...open].sort((a, b) => a.top - b.top || a.left - b.left).map(dense);
}

function dense(b: Open): CellBlock {
  const width = b.right - b.left + 1;
  const values: Scalar[][] = [];
  const numberFormats: string[][] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    values.push(new Array<Scalar>(width).fill(''));
    numberFormats.push(new Array<string>(width).fill('General'));
  }
  for (const s of b.segments) {
    const row = values[s.row - b.top]!;
    const fmt = numberFormats[s.row - b.top]!;
    for (let i = 0; i < s.values.length; i++) {
      row[s.left - b.left + i] = s.values[i]!;
      fmt[s.left - b.left + i] = s.formats[i]!;
    }
  }
  return { top: b.top, left: b.left, values, numberFormats };
}
