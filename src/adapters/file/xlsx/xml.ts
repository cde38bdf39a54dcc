import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import type { Package } from './package';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  types: 'http://schemas.openxmlformats.org/package/2006/content-types',
};

export const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
export const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export async function readXml(pkg: Package, path: string): Promise<Document> {
  const text = await pkg.text(path);
  if (text === undefined) throw new Error(`ontbrekend onderdeel ${path}`);
  return parseXml(text, path);
}

/** Broken XML is an error to report in Dutch, never a line on the console. */
export function parseXml(xml: string, path: string): Document {
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== 'warning') throw new Error(`${path}: ${message}`);
    },
  });
  return parser.parseFromString(xml, 'text/xml');
}

const asRead = new WeakMap<Document, string>();

function serialize(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/** Remembers a small shared part as read, for writeIfChanged. */
export function remember(doc: Document): Document {
  asRead.set(doc, serialize(doc));
  return doc;
}

/**
 * Writes a remembered part only when its content changed: a workbook.xml or
 * styles.xml that a fix did not need stays byte for byte as Excel wrote it.
 */
export function writeIfChanged(pkg: Package, path: string, doc: Document): void {
  if (asRead.get(doc) !== serialize(doc)) writeXml(pkg, path, doc);
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** Writes a part as UTF-8, with a declaration that says so (a part read as UTF-16 is written as UTF-8). */
export function writeXml(pkg: Package, path: string, doc: Document): void {
  // Stryker disable next-line Regex: the serializer writes a declaration only first, with no space before it
  const body = serialize(doc).replace(/^\s*<\?xml[^>]*\?>\s*/, '');
  pkg.write(path, `${DECLARATION}\n${body}`);
}

/** Children of an element by local name ("*" for any) in a namespace, in document order. */
export function children(parent: Element, ns: string, local: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    // Stryker disable next-line ConditionalExpression: text and comments have no namespace, so the test below passes them over too
    if (n.nodeType !== 1) continue;
    if ((local === '*' || (n as Element).localName === local) && (n as Element).namespaceURI === ns) out.push(n as Element);
  }
  return out;
}

export function child(parent: Element, ns: string, local: string): Element | undefined {
  return children(parent, ns, local)[0];
}

/** A new element in the namespace and with the prefix its document already uses for it. */
export function create(doc: Document, ns: string, local: string, attrs: Record<string, string> = {}): Element {
  const root = doc.documentElement!;
  const prefix = root.namespaceURI === ns ? root.prefix : null;
  const el = doc.createElementNS(ns, prefix ? `${prefix}:${local}` : local);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

// XML 1.0 cannot hold these characters at all; a cell pasted from elsewhere may.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function stripInvalidXml(s: string): string {
  return s.replace(NOT_XML, '');
}

/** Escapes text for an XML text node and drops the characters XML cannot hold. */
export function escapeText(s: string): string {
  return stripInvalidXml(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** Resolves a relationship target against the folder of its source part. */
export function resolveTarget(sourceDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = sourceDir ? sourceDir.split('/') : [];
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/**
 * Puts an element where its schema wants it among its siblings: before the
 * first sibling that the schema's sequence puts after it. Unknown siblings
 * (extensions) are passed over.
 */
export function insertInOrder(parent: Element, el: Element, order: readonly string[]): void {
  const rank = order.indexOf(el.localName!);
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    // Stryker disable next-line ConditionalExpression: text and comments have no local name, so they rank -1 and come after nothing
    if (n.nodeType !== 1) continue;
    const r = order.indexOf((n as Element).localName!);
    if (r > rank) {
      parent.insertBefore(el, n);
      return;
    }
  }
  parent.appendChild(el);
}

/** The child in the schema's place, made when absent. */
export function ensureChild(doc: Document, parent: Element, local: string, order: readonly string[]): Element {
  const found = child(parent, NS.main, local);
  if (found) return found;
  const el = create(doc, NS.main, local);
  insertInOrder(parent, el, order);
  return el;
}

/** CT_Workbook's sequence (ECMA-376 Part 1, 18.2.27). */
export const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
] as const;

/** CT_Worksheet's sequence (ECMA-376 Part 1, 18.3.1.99). */
export const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
] as const;

/** CT_Stylesheet's sequence (ECMA-376 Part 1, 18.8.39). */
export const STYLESHEET_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;
