import type { Document, Element } from '@xmldom/xmldom';
import { NS, WORKSHEET_ORDER, children, create, ensureChild } from './xml';

/**
 * Hides columns from..to (1-based) in a worksheet DOM: the <col> elements that
 * cover them are split where needed, so the columns around keep their width and style.
 */
export function hideColumns(doc: Document, from: number, to: number): void {
  const cols = ensureChild(doc, doc.documentElement!, 'cols', WORKSHEET_ORDER);
  for (const c of children(cols, NS.main, 'col')) {
    const [min, max] = [Number(c.getAttribute('min')), Number(c.getAttribute('max'))];
    if (max < from || min > to) continue;
    // The parts outside from..to stay as they were.
    if (min < from) cols.insertBefore(copyWith(c, min, from - 1), c);
    if (max > to) cols.insertBefore(copyWith(c, to + 1, max), c.nextSibling);
    c.setAttribute('min', String(Math.max(min, from)));
    c.setAttribute('max', String(Math.min(max, to)));
    c.setAttribute('hidden', '1');
  }
  // Columns no <col> covered yet.
  for (let col = from; col <= to; col++) {
    const list = children(cols, NS.main, 'col');
    if (list.some((c) => Number(c.getAttribute('min')) <= col && Number(c.getAttribute('max')) >= col)) continue;
    const el = create(doc, NS.main, 'col', { min: String(col), max: String(col), width: '9.140625', hidden: '1' });
    // Stryker disable next-line EqualityOperator: no <col> left here begins at col, for one that did would cover it
    cols.insertBefore(el, list.find((c) => Number(c.getAttribute('min')) > col) ?? null);
  }
}

function copyWith(c: Element, min: number, max: number): Element {
  const copy = c.cloneNode(true) as Element;
  copy.setAttribute('min', String(min));
  copy.setAttribute('max', String(max));
  return copy;
}
