import { parseRange } from '../../domain/cells';
import type { CellStyle } from '../../domain/schema/overzicht';

/** Formats per range, never per cell (25,000 per-cell fills took 31 s where one values write took 0.3 s). */
export function applyStyle(range: Excel.Range, address: string, s: CellStyle): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.size !== undefined) f.font.size = s.size;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.vAlign) f.verticalAlignment = s.vAlign === 'top' ? 'Top' : 'Center';
  if (s.hAlign) f.horizontalAlignment = s.hAlign === 'left' ? 'Left' : s.hAlign === 'center' ? 'Center' : 'Right';
  if (s.border) {
    const { top, left, bottom, right } = parseRange(address);
    const edges: Array<`${Excel.BorderIndex}`> = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (bottom > top) edges.push('InsideHorizontal');
    if (right > left) edges.push('InsideVertical');
    for (const e of edges) f.borders.getItem(e).style = 'Continuous';
  }
}
