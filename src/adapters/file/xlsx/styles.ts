import type { Document, Element } from '@xmldom/xmldom';
import type JSZip from 'jszip';
import type { CellStyle } from '../../../domain/schema/overzicht';
import { NS, child, children, create, readXml, writeXml } from './xml';

/** What one cell needs: a range style, and whether it holds text or a date. */
export interface XfRequest {
  style: CellStyle;
  numFmt: 'text' | 'general' | 'date';
}

const TEXT_FMT = 49; // built-in "@"
const DATE_CODE = 'd-m-yyyy';

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

  static async open(zip: JSZip, path: string): Promise<StyleRegistry> {
    return new StyleRegistry(await readXml(zip, path), path);
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

  save(zip: JSZip): void {
    writeXml(zip, this.path, this.doc);
  }

  private section(local: string): Element {
    const root = this.doc.documentElement!;
    let el = child(root, NS.main, local);
    if (!el) {
      el = create(this.doc, NS.main, local, { count: '0' });
      root.appendChild(el);
    }
    return el;
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
    const font = base ? (base.cloneNode(true) as Element) : create(this.doc, NS.main, 'font');
    for (const tag of ['b', 'sz']) for (const el of children(font, NS.main, tag)) font.removeChild(el);
    if (size !== undefined) font.insertBefore(create(this.doc, NS.main, 'sz', { val: String(size) }), font.firstChild);
    if (bold) font.insertBefore(create(this.doc, NS.main, 'b'), font.firstChild);
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
    let numFmts = child(root, NS.main, 'numFmts');
    if (!numFmts) {
      numFmts = create(this.doc, NS.main, 'numFmts', { count: '0' });
      root.insertBefore(numFmts, root.firstChild);
    }
    const existing = children(numFmts, NS.main, 'numFmt');
    const same = existing.find((f) => f.getAttribute('formatCode') === DATE_CODE);
    if (same) return (this.dateFmt = Number(same.getAttribute('numFmtId')));
    const id = Math.max(163, ...existing.map((f) => Number(f.getAttribute('numFmtId')))) + 1;
    numFmts.appendChild(create(this.doc, NS.main, 'numFmt', { numFmtId: String(id), formatCode: DATE_CODE }));
    numFmts.setAttribute('count', String(existing.length + 1));
    return (this.dateFmt = id);
  }
}
