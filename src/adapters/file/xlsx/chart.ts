import type { Document, Element } from '@xmldom/xmldom';
import { columnLetter, parseA1, parseRange } from '../../../domain/cells';
import type { GeneratedSheet, Grafiek } from '../../../domain/schema/overzicht';
import { relsOf, type Package } from './package';
import type { WorkbookPart } from './workbook-part';
import { NS, WORKSHEET_ORDER, child, children, escapeAttr, escapeText, insertInOrder, parseXml, readXml, resolveTarget, writeXml } from './xml';

const DRAWING_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const CHART_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const DRAWING_CONTENT = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CHART_CONTENT = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const EMPTY_RELS = `<Relationships xmlns="${NS.pkgRel}"/>`;

/** A part's relationships, to read and change. */
class Rels {
  private constructor(
    private readonly pkg: Package,
    private readonly path: string,
    readonly doc: Document,
  ) {}

  static async of(pkg: Package, source: string): Promise<Rels> {
    const path = relsOf(source);
    return new Rels(pkg, path, parseXml((await pkg.text(path)) ?? EMPTY_RELS, path));
  }

  all(): Element[] {
    return children(this.doc.documentElement!, NS.pkgRel, 'Relationship');
  }

  add(type: string, target: string): string {
    const ids = new Set(this.all().map((r) => r.getAttribute('Id')));
    let n = 1;
    while (ids.has(`rId${n}`)) n++;
    const el = this.doc.createElementNS(NS.pkgRel, 'Relationship');
    for (const [k, v] of Object.entries({ Id: `rId${n}`, Type: type, Target: target })) el.setAttribute(k, v);
    this.doc.documentElement!.appendChild(el);
    return `rId${n}`;
  }

  remove(id: string): void {
    for (const r of this.all()) if (r.getAttribute('Id') === id) this.doc.documentElement!.removeChild(r);
  }

  save(): void {
    if (this.all().length) writeXml(this.pkg, this.path, this.doc);
    else this.pkg.remove(this.path);
  }
}

const dirOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
const rid = (el: Element) => Array.from(el.attributes).find((a) => a.localName === 'id' && a.namespaceURI === NS.rel)?.value;

/** The target of a relationship from a part in `fromDir`: "xl/drawings/drawing1.xml" from "xl/worksheets" is "../drawings/drawing1.xml". */
function relative(fromDir: string, to: string): string {
  const from = fromDir ? fromDir.split('/') : [];
  const target = to.split('/');
  let same = 0;
  while (same < from.length && same < target.length - 1 && from[same] === target[same]) same++;
  return [...new Array<string>(from.length - same).fill('..'), ...target.slice(same)].join('/');
}

/**
 * Puts driehoek's chart on a worksheet (or, when the sheet has none, only
 * takes the old one off): the chart written before, found by its name, goes
 * with its part; anything else drawn on the sheet stays.
 */
export async function placeChart(pkg: Package, part: WorkbookPart, sheetPath: string, sheetDoc: Document, sheet: GeneratedSheet): Promise<void> {
  const root = sheetDoc.documentElement!;
  const sheetRels = await Rels.of(pkg, sheetPath);
  const drawingEl = child(root, NS.main, 'drawing');
  const rel = drawingEl && sheetRels.all().find((r) => r.getAttribute('Id') === rid(drawingEl) && r.getAttribute('Type') === DRAWING_TYPE);
  const found = rel ? resolveTarget(dirOf(sheetPath), rel.getAttribute('Target') ?? '') : undefined;
  // The package finds a part whatever the case of its name; a drawing related but missing is a damaged part.
  let path = found;
  let drawing = path ? await readXml(pkg, path) : undefined;
  let rels = path ? await Rels.of(pkg, path) : undefined;
  if (drawing && rels) removeCharts(pkg, part, drawing, rels, path!, sheet.chart?.naam ?? 'driehoek-');
  if (sheet.chart && !drawing) {
    path = part.freePath('drawings', 'drawing');
    part.addOverride(path, DRAWING_CONTENT);
    drawing = parseXml(`<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}"/>`, path);
    rels = await Rels.of(pkg, path);
    const el = sheetDoc.createElementNS(NS.main, root.prefix ? `${root.prefix}:drawing` : 'drawing');
    el.setAttributeNS(NS.rel, 'r:id', sheetRels.add(DRAWING_TYPE, relative(dirOf(sheetPath), path)));
    insertInOrder(root, el, WORKSHEET_ORDER);
    sheetRels.save();
  }
  if (sheet.chart) {
    const chartPath = part.freePath('charts', 'chart');
    part.addOverride(chartPath, CHART_CONTENT);
    pkg.write(chartPath, chartXml(sheet.chart, sheet));
    const id = rels!.add(CHART_TYPE, relative(dirOf(path!), chartPath));
    const anchor = parseXml(anchorXml(sheet.chart, id, nextShapeId(drawing!)), 'anker').documentElement!;
    drawing!.documentElement!.appendChild(drawing!.importNode(anchor, true));
  }
  if (drawing) writeXml(pkg, path!, drawing);
  rels?.save();
}

/** Takes off the anchors of charts whose name starts with `naam`, and their chart parts. */
function removeCharts(pkg: Package, part: WorkbookPart, drawing: Document, rels: Rels, path: string, naam: string): void {
  for (const anchor of children(drawing.documentElement!, XDR, '*')) {
    const frame = child(anchor, XDR, 'graphicFrame');
    const name = frame && child(child(frame, XDR, 'nvGraphicFramePr')!, XDR, 'cNvPr')?.getAttribute('name');
    if (!frame || !name?.startsWith(naam)) continue;
    const chart = frame.getElementsByTagNameNS(C, 'chart')[0] as Element | undefined;
    const id = chart && rid(chart);
    const rel = rels.all().find((r) => r.getAttribute('Id') === id);
    if (rel) {
      const chartPath = resolveTarget(dirOf(path), rel.getAttribute('Target') ?? '');
      pkg.remove(chartPath);
      pkg.remove(relsOf(chartPath));
      part.removeOverride(chartPath);
      rels.remove(id!);
    }
    drawing.documentElement!.removeChild(anchor);
  }
}

function nextShapeId(drawing: Document): number {
  const ids = Array.from(drawing.getElementsByTagNameNS(XDR, 'cNvPr')).map((e) => Number((e as Element).getAttribute('id')) || 0);
  return Math.max(1, ...ids) + 1;
}

/** A two-cell anchor from the chart's top-left cell to just past its bottom-right one. */
function anchorXml(g: Grafiek, id: string, shape: number): string {
  const [from, to] = [parseA1(g.van), parseA1(g.tot)];
  const cell = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor xmlns:xdr="${XDR}" xmlns:a="${A}" editAs="oneCell">` +
    cell('from', from.col - 1, from.row - 1) +
    cell('to', to.col, to.row) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shape}" name="${escapeAttr(g.naam)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${NS.rel}" r:id="${id}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/**
 * A horizontal stacked bar chart (DrawingML, ECMA-376 Part 1, 21.2) over the
 * sheet's own cells, with the values cached so that a reader shows it
 * before it calculates.
 */
function chartXml(g: Grafiek, sheet: GeneratedSheet): string {
  const r = parseRange(g.bereik);
  const value = (row: number, col: number) => sheet.cells[row - 1]?.[col - 1] ?? '';
  const ref = (top: number, left: number, bottom: number, right: number) =>
    escapeText(`'${sheet.name.replace(/'/g, "''")}'!$${columnLetter(left)}$${top}:$${columnLetter(right)}$${bottom}`);
  const rows = Array.from({ length: r.bottom - r.top }, (_, i) => r.top + 1 + i);
  const strCache = (values: unknown[]) =>
    `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(String(v))}</c:v></c:pt>`).join('')}</c:strCache>`;
  const numCache = (values: unknown[]) =>
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values
      .map((v, i) => `<c:pt idx="${i}"><c:v>${Number(v) || 0}</c:v></c:pt>`)
      .join('')}</c:numCache>`;
  const series = Array.from({ length: r.right - r.left }, (_, k) => {
    const col = r.left + 1 + k;
    return (
      `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>` +
      `<c:tx><c:strRef><c:f>${ref(r.top, col, r.top, col)}</c:f>${strCache([value(r.top, col)])}</c:strRef></c:tx>` +
      `<c:spPr><a:solidFill><a:srgbClr val="${g.kleuren[k % g.kleuren.length]}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
      `<c:cat><c:strRef><c:f>${ref(r.top + 1, r.left, r.bottom, r.left)}</c:f>${strCache(rows.map((row) => value(row, r.left)))}</c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${ref(r.top + 1, col, r.bottom, col)}</c:f>${numCache(rows.map((row) => value(row, col)))}</c:numRef></c:val>` +
      '</c:ser>'
    );
  }).join('');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${NS.rel}"><c:roundedCorners val="0"/><c:chart>`,
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeText(g.titel)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`,
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>',
    `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>`,
    // Categories top to bottom in the table's order.
    '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>',
    '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>',
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>',
  ].join('');
}
