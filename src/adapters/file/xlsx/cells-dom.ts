import type { Document, Element } from '@xmldom/xmldom';
import { a1, columnNumber, parseA1 } from '../../../domain/cells';
import { NS, child, children, create, stripInvalidXml } from './xml';

/** Finds a cell in a worksheet DOM, creating its row and cell in order when asked. */
export function findCell(doc: Document, address: string, createIt: boolean): Element | undefined {
  const { row, col } = parseA1(address);
  const root = doc.documentElement!;
  const data = child(root, NS.main, 'sheetData');
  if (!data) return undefined;
  const rowEl = findIndexed(
    data,
    'row',
    row,
    (el) => Number(el.getAttribute('r')),
    createIt && (() => create(doc, NS.main, 'row', { r: String(row) })),
  );
  if (!rowEl) return undefined;
  return findIndexed(
    rowEl,
    'c',
    col,
    // Stryker disable next-line Regex: an address is letters, then digits; its only digits are at its end
    (el) => columnNumber((el.getAttribute('r') ?? '').replace(/\d+$/, '')),
    createIt && (() => create(doc, NS.main, 'c', { r: a1(row, col) })),
  );
}

/**
 * Rows and cells may leave out their r attribute (it then follows the one before);
 * walk them in order, and insert a new one before the first that comes after.
 */
function findIndexed(
  parent: Element,
  local: string,
  want: number,
  numberOf: (el: Element) => number,
  make: false | (() => Element),
): Element | undefined {
  let position = 0;
  for (const el of children(parent, NS.main, local)) {
    const own = numberOf(el);
    position = Number.isFinite(own) && own > 0 ? own : position + 1;
    if (position === want) return el;
    // Stryker disable next-line EqualityOperator: position === want has returned on the line above
    if (position > want) {
      if (!make) return undefined;
      const fresh = make();
      parent.insertBefore(fresh, el);
      return fresh;
    }
  }
  if (!make) return undefined;
  const fresh = make();
  parent.appendChild(fresh);
  return fresh;
}

export function hasFormula(cell: Element): boolean {
  return Boolean(child(cell, NS.main, 'f'));
}

/** Empties a cell's content, keeping its style. */
export function clearCell(cell: Element): void {
  while (cell.firstChild) cell.removeChild(cell.firstChild);
  cell.removeAttribute('t');
}

/** The cell's own style index, if it has one. */
export function styleOf(cell: Element | undefined): number | undefined {
  const s = cell?.getAttribute('s');
  return s ? Number(s) : undefined;
}

export function setText(doc: Document, cell: Element, text: string, style?: number): void {
  clearCell(cell);
  if (style !== undefined) cell.setAttribute('s', String(style));
  cell.setAttribute('t', 'inlineStr');
  const is = create(doc, NS.main, 'is');
  const t = create(doc, NS.main, 't');
  t.setAttribute('xml:space', 'preserve');
  t.appendChild(doc.createTextNode(stripInvalidXml(text)));
  is.appendChild(t);
  cell.appendChild(is);
}

export function setNumber(doc: Document, cell: Element, n: number, style?: number): void {
  clearCell(cell);
  if (style !== undefined) cell.setAttribute('s', String(style));
  const v = create(doc, NS.main, 'v');
  v.appendChild(doc.createTextNode(String(n)));
  cell.appendChild(v);
}
