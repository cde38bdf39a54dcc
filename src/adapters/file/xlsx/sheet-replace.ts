import { XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { a1, columnNumber, parseA1, parseRange } from '../../../domain/cells';
import type { GeneratedSheet } from '../../../domain/schema/overzicht';
import { pageSetupAttrs, sheetXml } from './sheet-xml';
import type { StyleRegistry } from './styles';
import { NS, WORKSHEET_ORDER, child, children, ensureChild, insertInOrder, parseXml } from './xml';

type Box = ReturnType<typeof parseRange>;

/** CT_SheetPr's sequence (ECMA-376 Part 1, 18.3.1.82). */
const SHEET_PR_ORDER = ['tabColor', 'outlinePr', 'pageSetUpPr'];

/** A cell's column, once numberRowsAndCells has given every cell its address. */
const colOf = (c: Element) => parseA1(c.getAttribute('r')!).col;

/**
 * Replaces the generated content of an existing worksheet in place: the cells
 * of `area`, the column widths, merges, panes and page setup driehoek owns.
 * Everything else of the sheet stays: its tab colour, protection, header and
 * footer, drawings, tables, cells beside the area — and, because
 * the part, its relationship and its sheet id stay, every reference to it.
 */
export function replaceSheetContent(oldXml: string, path: string, sheet: GeneratedSheet, area: string, styles: StyleRegistry): string {
  const doc = parseXml(oldXml, path);
  const root = doc.documentElement!;
  // Stryker disable next-line StringLiteral: the name of our own XML in a parse error, and sheetXml writes none that fails
  const fresh = parseXml(sheetXml(sheet, styles), 'nieuw blad').documentElement!;
  const data = ensureChild(doc, root, 'sheetData', WORKSHEET_ORDER);
  numberRowsAndCells(data);
  removeCells(data, parseRange(area));
  addRows(doc, data, child(fresh, NS.main, 'sheetData')!);
  replaceWith(doc, root, fresh, 'sheetViews');
  if (!child(root, NS.main, 'sheetFormatPr')) replaceWith(doc, root, fresh, 'sheetFormatPr');
  setCols(doc, root, fresh, sheet.columnWidths.length);
  setMerges(doc, root, fresh, parseRange(area));
  // The page breaks are worked out for driehoek's margins and paper: those are driehoek's too.
  replaceWith(doc, root, fresh, 'pageMargins');
  setPageSetup(doc, root, sheet);
  replaceWith(doc, root, fresh, 'rowBreaks');
  fitToPage(doc, root, sheet.fitToWidth);
  ensureChild(doc, root, 'dimension', WORKSHEET_ORDER).setAttribute('ref', extent(data));
  return new XMLSerializer().serializeToString(doc);
}

/** Puts the fresh sheet's element in place of the old one (or removes the old one when fresh has none). */
function replaceWith(doc: Document, root: Element, fresh: Element, local: string): void {
  const old = child(root, NS.main, local);
  if (old) root.removeChild(old);
  const mine = child(fresh, NS.main, local);
  if (mine) insertInOrder(root, doc.importNode(mine, true) as Element, WORKSHEET_ORDER);
}

/** Rows and cells may leave out their r attribute; give each its address before any is moved. */
function numberRowsAndCells(data: Element): void {
  let row = 0;
  for (const rowEl of children(data, NS.main, 'row')) {
    row = Number(rowEl.getAttribute('r')) || row + 1;
    rowEl.setAttribute('r', String(row));
    // The span hint would be wrong once cells come and go.
    rowEl.removeAttribute('spans');
    let col = 0;
    for (const c of children(rowEl, NS.main, 'c')) {
      const ref = c.getAttribute('r');
      // Stryker disable next-line Regex: an address is its letters, then its digits: the first digits are the last
      col = ref ? columnNumber(ref.replace(/\d+$/, '')) : col + 1;
      c.setAttribute('r', a1(row, col));
    }
  }
}

function removeCells(data: Element, box: Box): void {
  for (const rowEl of children(data, NS.main, 'row')) {
    const row = Number(rowEl.getAttribute('r'));
    if (row < box.top || row > box.bottom) continue;
    for (const c of children(rowEl, NS.main, 'c')) {
      // A row of the area, so only the column decides.
      const col = colOf(c);
      if (col >= box.left && col <= box.right) rowEl.removeChild(c);
    }
    // A row of the area keeps no height of its own from before.
    for (const attr of ['ht', 'customHeight']) rowEl.removeAttribute(attr);
    if (!children(rowEl, NS.main, 'c').length && !rowEl.hasAttribute('hidden') && !rowEl.hasAttribute('s')) data.removeChild(rowEl);
  }
}

function addRows(doc: Document, data: Element, fresh: Element): void {
  const rows = children(data, NS.main, 'row');
  for (const mine of children(fresh, NS.main, 'row')) {
    const r = Number(mine.getAttribute('r'));
    const old = rows.find((x) => Number(x.getAttribute('r')) === r);
    if (!old) {
      // Stryker disable next-line EqualityOperator: no row has number r (old is undefined), so >= finds the same row
      const next = children(data, NS.main, 'row').find((x) => Number(x.getAttribute('r')) > r);
      data.insertBefore(doc.importNode(mine, true), next ?? null);
      continue;
    }
    for (const attr of ['ht', 'customHeight']) if (mine.hasAttribute(attr)) old.setAttribute(attr, mine.getAttribute(attr)!);
    for (const c of children(mine, NS.main, 'c')) {
      const col = colOf(c);
      // Stryker disable next-line EqualityOperator: the old row kept no cell in the area's columns, so none has column col
      const next = children(old, NS.main, 'c').find((x) => colOf(x) > col);
      old.insertBefore(doc.importNode(c, true), next ?? null);
    }
  }
}

/** Widths of the generated columns are driehoek's; columns further right keep theirs. */
function setCols(doc: Document, root: Element, fresh: Element, width: number): void {
  const mine = child(fresh, NS.main, 'cols');
  const cols = child(root, NS.main, 'cols');
  if (!mine) return;
  if (!cols) {
    insertInOrder(root, doc.importNode(mine, true) as Element, WORKSHEET_ORDER);
    return;
  }
  for (const c of children(cols, NS.main, 'col')) {
    const max = Number(c.getAttribute('max'));
    if (Number(c.getAttribute('min')) > width) continue;
    if (max > width) c.setAttribute('min', String(width + 1));
    else cols.removeChild(c);
  }
  const first = children(cols, NS.main, 'col')[0] ?? null;
  // Stryker disable next-line BooleanLiteral: a col has no children, so a shallow copy is the whole of it
  for (const c of children(mine, NS.main, 'col')) cols.insertBefore(doc.importNode(c, true), first);
}

function setMerges(doc: Document, root: Element, fresh: Element, box: Box): void {
  const mine = children(child(fresh, NS.main, 'mergeCells') ?? fresh, NS.main, 'mergeCell');
  let merges = child(root, NS.main, 'mergeCells');
  for (const m of merges ? children(merges, NS.main, 'mergeCell') : []) {
    const ref = m.getAttribute('ref');
    // One without a ref merges nothing and is no valid mergeCell: it goes too.
    const r = ref ? parseRange(ref) : box;
    if (r.top <= box.bottom && r.bottom >= box.top && r.left <= box.right && r.right >= box.left) merges!.removeChild(m);
  }
  // Stryker disable next-line ConditionalExpression,LogicalOperator: made when there are no merges, it is removed again below
  if (!merges && mine.length) merges = ensureChild(doc, root, 'mergeCells', WORKSHEET_ORDER);
  if (!merges) return;
  // Stryker disable next-line BooleanLiteral: a mergeCell has no children, so a shallow copy is the whole of it
  for (const m of mine) merges.appendChild(doc.importNode(m, true));
  const count = children(merges, NS.main, 'mergeCell').length;
  if (count) merges.setAttribute('count', String(count));
  else root.removeChild(merges);
}

/** Paper, orientation and fit are driehoek's; a printer setting or a first page number stays. */
function setPageSetup(doc: Document, root: Element, sheet: GeneratedSheet): void {
  const setup = ensureChild(doc, root, 'pageSetup', WORKSHEET_ORDER);
  for (const [k, v] of Object.entries(pageSetupAttrs(sheet))) setup.setAttribute(k, v);
  if (!sheet.fitToWidth) for (const k of ['fitToWidth', 'fitToHeight']) setup.removeAttribute(k);
}

/** Scaled to the page's width only when it does not fit at 100 %; an old "fit to page" would shrink the type. */
function fitToPage(doc: Document, root: Element, fit: boolean): void {
  const pr = fit ? ensureChild(doc, root, 'sheetPr', WORKSHEET_ORDER) : child(root, NS.main, 'sheetPr');
  const setUp = pr && (fit ? ensureChild(doc, pr, 'pageSetUpPr', SHEET_PR_ORDER) : child(pr, NS.main, 'pageSetUpPr'));
  if (fit) setUp!.setAttribute('fitToPage', '1');
  else setUp?.removeAttribute('fitToPage');
}

/** "A1:H40": the cells the sheet now holds, for its dimension. */
function extent(data: Element): string {
  let [bottom, right] = [1, 1];
  for (const rowEl of children(data, NS.main, 'row')) {
    for (const c of children(rowEl, NS.main, 'c')) {
      const { row, col } = parseA1(c.getAttribute('r')!);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
  }
  return `A1:${a1(bottom, right)}`;
}
