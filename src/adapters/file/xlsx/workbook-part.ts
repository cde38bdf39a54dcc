import type { Document, Element } from '@xmldom/xmldom';
import type JSZip from 'jszip';
import { NS, WORKSHEET_CONTENT, WORKSHEET_TYPE, children, child, create, readXml, resolveTarget, writeXml } from './xml';

export interface SheetRef {
  name: string;
  /** Path of the worksheet part in the zip, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
  index: number;
  element: Element;
}

/** workbook.xml with its relationships and the package's content types: the parts a new sheet touches. */
export class WorkbookPart {
  private constructor(
    readonly path: string,
    readonly doc: Document,
    readonly rels: Document,
    readonly types: Document,
  ) {}

  static async open(zip: JSZip, path: string): Promise<WorkbookPart> {
    const [doc, rels, types] = await Promise.all([readXml(zip, path), readXml(zip, relsPath(path)), readXml(zip, '[Content_Types].xml')]);
    return new WorkbookPart(path, doc, rels, types);
  }

  get dir(): string {
    return this.path.includes('/') ? this.path.slice(0, this.path.lastIndexOf('/')) : '';
  }

  sheets(): SheetRef[] {
    const sheetsEl = child(this.doc.documentElement!, NS.main, 'sheets');
    const list = sheetsEl ? children(sheetsEl, NS.main, 'sheet') : [];
    return list.map((element, index) => {
      const rid = element.getAttributeNS(NS.rel, 'id') ?? '';
      const rel = children(this.rels.documentElement!, NS.pkgRel, 'Relationship').find((r) => r.getAttribute('Id') === rid);
      return { name: element.getAttribute('name') ?? '', path: resolveTarget(this.dir, rel?.getAttribute('Target') ?? ''), index, element };
    });
  }

  /** Target of a relationship of the workbook by type suffix ("styles", "calcChain"). */
  partOfType(suffix: string): { path: string; rel: Element } | undefined {
    const rel = children(this.rels.documentElement!, NS.pkgRel, 'Relationship').find((r) => (r.getAttribute('Type') ?? '').endsWith(`/${suffix}`));
    return rel ? { path: resolveTarget(this.dir, rel.getAttribute('Target') ?? ''), rel } : undefined;
  }

  /** Adds a visible worksheet at the end; returns its part path. */
  addSheet(zip: JSZip, name: string): SheetRef {
    const used = new Set(Object.keys(zip.files));
    let n = 1;
    while (used.has(`${this.dir}/worksheets/sheet${n}.xml`)) n++;
    const path = `${this.dir ? `${this.dir}/` : ''}worksheets/sheet${n}.xml`;
    const relRoot = this.rels.documentElement!;
    const ids = new Set(children(relRoot, NS.pkgRel, 'Relationship').map((r) => r.getAttribute('Id')));
    let id = ids.size + 1;
    while (ids.has(`rId${id}`)) id++;
    relRoot.appendChild(create(this.rels, NS.pkgRel, 'Relationship', { Id: `rId${id}`, Type: WORKSHEET_TYPE, Target: `worksheets/sheet${n}.xml` }));
    this.types.documentElement!.appendChild(create(this.types, NS.types, 'Override', { PartName: `/${path}`, ContentType: WORKSHEET_CONTENT }));
    const root = this.doc.documentElement!;
    let sheetsEl = child(root, NS.main, 'sheets');
    if (!sheetsEl) {
      sheetsEl = create(this.doc, NS.main, 'sheets');
      root.appendChild(sheetsEl);
    }
    const existing = children(sheetsEl, NS.main, 'sheet');
    const sheetId = Math.max(0, ...existing.map((s) => Number(s.getAttribute('sheetId')) || 0)) + 1;
    const el = create(this.doc, NS.main, 'sheet', { name, sheetId: String(sheetId) });
    el.setAttributeNS(NS.rel, 'r:id', `rId${id}`);
    sheetsEl.appendChild(el);
    return { name, path, index: existing.length, element: el };
  }

  /** Sets (or replaces) the rows printed on every page for one sheet. */
  setPrintTitles(sheet: SheetRef, rows: string): void {
    const names = this.definedNames();
    for (const dn of children(names, NS.main, 'definedName')) {
      if (dn.getAttribute('name') === '_xlnm.Print_Titles' && dn.getAttribute('localSheetId') === String(sheet.index)) names.removeChild(dn);
    }
    const [from, to] = rows.split(':');
    const dn = create(this.doc, NS.main, 'definedName', { name: '_xlnm.Print_Titles', localSheetId: String(sheet.index) });
    dn.appendChild(this.doc.createTextNode(`'${sheet.name.replace(/'/g, "''")}'!$${from}:$${to}`));
    names.appendChild(dn);
  }

  /** A hidden workbook name holding a text constant, replaced if present. */
  setConstantName(name: string, text: string): void {
    const names = this.definedNames();
    for (const dn of children(names, NS.main, 'definedName'))
      if (dn.getAttribute('name') === name && !dn.hasAttribute('localSheetId')) names.removeChild(dn);
    const dn = create(this.doc, NS.main, 'definedName', { name, hidden: '1' });
    dn.appendChild(this.doc.createTextNode(`"${text.replace(/"/g, '""')}"`));
    names.appendChild(dn);
  }

  constantName(name: string): string | undefined {
    const root = this.doc.documentElement!;
    const names = child(root, NS.main, 'definedNames');
    const dn = names && children(names, NS.main, 'definedName').find((d) => d.getAttribute('name') === name && !d.hasAttribute('localSheetId'));
    const m = dn && /^"(.*)"$/.exec(dn.textContent ?? '');
    return m ? m[1]!.replace(/""/g, '"') : undefined;
  }

  private definedNames(): Element {
    const root = this.doc.documentElement!;
    let names = child(root, NS.main, 'definedNames');
    if (!names) {
      names = create(this.doc, NS.main, 'definedNames');
      root.insertBefore(names, child(root, NS.main, 'sheets')!.nextSibling);
    }
    return names;
  }

  /** Excel rebuilds the calculation chain; a stale one naming replaced cells makes it repair the file. */
  dropCalcChain(zip: JSZip): void {
    const calc = this.partOfType('calcChain');
    if (!calc) return;
    zip.remove(calc.path);
    this.rels.documentElement!.removeChild(calc.rel);
    for (const o of children(this.types.documentElement!, NS.types, 'Override')) {
      if (o.getAttribute('PartName') === `/${calc.path}`) this.types.documentElement!.removeChild(o);
    }
  }

  save(zip: JSZip): void {
    writeXml(zip, this.path, this.doc);
    writeXml(zip, relsPath(this.path), this.rels);
    writeXml(zip, '[Content_Types].xml', this.types);
  }
}

export function relsPath(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}
