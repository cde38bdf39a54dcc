import { a1, parseRange } from '../cells';
import type { CellStyle, GeneratedSheet } from '../schema/overzicht';

const LINE_PT = 15;

/** The style each cell gets: every format range covering it, later ones winning. */
export function styleGrid(sheet: Pick<GeneratedSheet, 'formats'>): Map<string, CellStyle> {
  const out = new Map<string, CellStyle>();
  for (const f of sheet.formats) {
    const r = parseRange(f.range);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const k = a1(row, col);
        out.set(k, { ...out.get(k), ...f.style });
      }
    }
  }
  return out;
}

/** Lines a wrapped text needs in a column of this width (in characters). */
function linesFor(text: string, width: number): number {
  const perLine = Math.max(4, Math.floor(width * 0.85));
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/**
 * Row heights for rows whose wrapped text needs more than one line. Files
 * carry no layout engine and not every reader grows a row to fit (LibreOffice
 * does not), so the core decides the heights and both adapters write them.
 */
export function rowHeights(sheet: Pick<GeneratedSheet, 'cells' | 'formats' | 'columnWidths'>): Record<string, number> {
  const grid = styleGrid(sheet);
  const out: Record<string, number> = {};
  sheet.cells.forEach((row, r) => {
    let lines = 1;
    row.forEach((v, c) => {
      if (typeof v === 'string' && v && grid.get(a1(r + 1, c + 1))?.wrap) lines = Math.max(lines, linesFor(v, sheet.columnWidths[c] ?? 10));
    });
    if (lines > 1) out[String(r + 1)] = lines * LINE_PT + 3;
  });
  return out;
}
