import { a1, parseRange } from '../cells';
import type { CellStyle, GeneratedSheet } from '../schema/overzicht';

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
