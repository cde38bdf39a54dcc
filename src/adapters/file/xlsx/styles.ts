import type { Document, Element } from '@xmldom/xmldom';
import type { CellStyle } from '../../../domain/schema/overzicht';
import type { Package } from './package';
import type { WorkbookPart } from './workbook-part';
import { NS, STYLESHEET_ORDER, child, children, create, ensureChild, parseXml, readXml, remember, writeIfChanged } from './xml';

/** What one cell needs: a range style, and whether it holds text or a date. */
export interface XfRequest {
  style: CellStyle;
  numFmt: 'text' | 'general' | 'date';
}

/** CT_Font's sequence (ECMA-376 Part 1, 18.8.22). */
const FONT_ORDER = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];
const TEXT_FMT = 49; // built-in "@"
const DATE_CODE = 'd-m-yyyy';
const STYLES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const STYLES_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
/** The least a styles part holds: one font, the two fills Excel reserves, one border, one cell format (ECMA-376 Part 1, 18.8). */
const MINIMAL = `<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/**
 * Adds the cell formats the generated cells need to styles.xml, appending only:
 * every existing font, fill, border and xf keeps its index, so no other sheet changes.
 */
export class StyleRegistry {
  private readonly xfs = new Map<string, number>();
  private readonly fonts = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private border?: number;
  private dateFmt?: number;

  private constructor(
    private readonly doc: Document,
    private readonly path: string,
  ) {}

  /** The workbook's styles; a package without them (they are optional) gets a minimal styles part first. */
  static async of(part: WorkbookPart): Promise<StyleRegistry> {
    const ref = part.partOfType('styles');
    if (ref) return new StyleRegistry(remember(await readXml(part.pkg, ref.path)), ref.path);
    const path = `${part.dir ? `${part.dir}/` : ''}styles.xml`;
    part.addRelationship(STYLES_TYPE, 'styles.xml');
    part.addOverride(path, STYLES_CONTENT);
    return new StyleRegistry(parseXml(MINIMAL, path), path);
  }

  xf(req: XfRequest): number {
    const key = JSON.stringify(req);
    let id = this.xfs.get(key);
    if (id === undefined) {
      id = this.addXf(req);
      this.xfs.set(key, id);
    }
    return id;
  }

  save(pkg: Package): void {
    writeIfChanged(pkg, this.path, this.doc);
  }

  private section(local: string): Element {
    return ensureChild(this.doc, this.doc.documentElement!, local, STYLESHEET_ORDER);
  }

  private append(local: string, item: Element): number {
    const section = this.section(local);
    section.appendChild(item);
    const n = children(section, NS.main, item.localName!).length;
    section.setAttribute('count', String(n));
    return n - 1;
  }

  private addXf(req: XfRequest): number {
    const s = req.style;
    const numFmtId = req.numFmt === 'text' ? TEXT_FMT : req.numFmt === 'date' ? this.dateFormat() : 0;
    const xf = create(this.doc, NS.main, 'xf', {
      numFmtId: String(numFmtId),
      fontId: String(this.font(Boolean(s.bold), s.size)),
      fillId: String(s.fill ? this.fill(s.fill) : 0),
      borderId: String(s.border ? this.thinBorder() : 0),
      xfId: '0',
      applyNumberFormat: '1',
      applyFont: '1',
      applyFill: s.fill ? '1' : '0',
      applyBorder: s.border ? '1' : '0',
      applyAlignment: '1',
    });
    const align: Record<string, string> = {};
    if (s.wrap) align.wrapText = '1';
    if (s.vAlign) align.vertical = s.vAlign;
    if (s.hAlign) align.horizontal = s.hAlign;
    if (Object.keys(align).length) xf.appendChild(create(this.doc, NS.main, 'alignment', align));
    return this.append('cellXfs', xf);
  }

  /** A copy of the workbook's default font, made bold or larger. */
  private font(bold: boolean, size?: number): number {
    if (!bold && size === undefined) return 0;
    const key = `${bold}/${size}`;
    const known = this.fonts.get(key);
    if (known !== undefined) return known;
    const base = child(this.section('fonts'), NS.main, 'font');
    const font = create(this.doc, NS.main, 'font');
    // A copy of the default font, its children in CT_Font's order (some writers leave them in another).
    const parts = base ? children(base, NS.main, '*').filter((el) => el.localName !== 'b' && el.localName !== 'sz') : [];
    if (bold) parts.push(create(this.doc, NS.main, 'b'));
    if (size !== undefined) parts.push(create(this.doc, NS.main, 'sz', { val: String(size) }));
    else {
      const sz = base && child(base, NS.main, 'sz');
      if (sz) parts.push(sz.cloneNode(true) as Element);
    }
    // Stryker disable next-line BooleanLiteral: a font's children (CT_Font) are empty elements; a shallow copy keeps their attributes
    for (const el of parts.sort((a, b) => FONT_ORDER.indexOf(a.localName!) - FONT_ORDER.indexOf(b.localName!))) font.appendChild(el.cloneNode(true));
    const id = this.append('fonts', font);
    this.fonts.set(key, id);
    return id;
  }

  private fill(rgb: string): number {
    const known = this.fills.get(rgb);
    if (known !== undefined) return known;
    const fill = create(this.doc, NS.main, 'fill');
    const pattern = create(this.doc, NS.main, 'patternFill', { patternType: 'solid' });
    pattern.appendChild(create(this.doc, NS.main, 'fgColor', { rgb: `FF${rgb}` }));
    pattern.appendChild(create(this.doc, NS.main, 'bgColor', { indexed: '64' }));
    fill.appendChild(pattern);
    const id = this.append('fills', fill);
    this.fills.set(rgb, id);
    return id;
  }

  private thinBorder(): number {
    if (this.border !== undefined) return this.border;
    const border = create(this.doc, NS.main, 'border');
    for (const side of ['left', 'right', 'top', 'bottom']) {
      const el = create(this.doc, NS.main, side, { style: 'thin' });
      el.appendChild(create(this.doc, NS.main, 'color', { indexed: '64' }));
      border.appendChild(el);
    }
    border.appendChild(create(this.doc, NS.main, 'diagonal'));
    this.border = this.append('borders', border);
    return this.border;
  }

  private dateFormat(): number {
    if (this.dateFmt !== undefined) return this.dateFmt;
    const root = this.doc.documentElement!;
    const numFmts = ensureChild(this.doc, root, 'numFmts', STYLESHEET_ORDER);
    const existing = children(numFmts, NS.main, 'numFmt');
    const same = existing.find((f) => f.getAttribute('formatCode') === DATE_CODE);
    if (same) return (this.dateFmt = Number(same.getAttribute('numFmtId')));
    const id = Math.max(163, ...existing.map((f) => Number(f.getAttribute('numFmtId')))) + 1;
    numFmts.appendChild(create(this.doc, NS.main, 'numFmt', { numFmtId: String(id), formatCode: DATE_CODE }));
    numFmts.setAttribute('count', String(existing.length + 1));
    return (this.dateFmt = id);
  }
}
