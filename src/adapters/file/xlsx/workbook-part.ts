import type { Document, Element } from '@xmldom/xmldom';
import type JSZip from 'jszip';
import { NS, WORKBOOK_ORDER, WORKSHEET_CONTENT, WORKSHEET_TYPE, children, child, create, ensureChild, readXml, resolveTarget, writeXml } from './xml';

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

  /** A macro workbook (.xlsm): its copies must keep that name and content type, or Excel refuses them. */
  macroEnabled(): boolean {
    const override = children(this.types.documentElement!, NS.types, 'Override').find(
      (o) => (o.getAttribute('PartName') ?? '').toLowerCase() === `/${this.path}`.toLowerCase(),
    );
    return /macroEnabled/i.test(override?.getAttribute('ContentType') ?? '');
  }

  /** Target of a relationship of the workbook by type suffix ("styles", "calcChain"). */
  partOfType(suffix: string): { path: string; rel: Element } | undefined {
    const rel = children(this.rels.documentElement!, NS.pkgRel, 'Relationship').find((r) => (r.getAttribute('Type') ?? '').endsWith(`/${suffix}`));
    return rel ? { path: resolveTarget(this.dir, rel.getAttribute('Target') ?? ''), rel } : undefined;
  }

  /** Adds a visible worksheet at the end; returns its part path. */
  addSheet(zip: JSZip, name: string): SheetRef {
    // Part names are compared without regard to case (OPC, ECMA-376 Part 2, 8.1.1.1).
    const used = new Set(Object.keys(zip.files).map((k) => k.toLowerCase()));
    const pathOf = (n: number) => `${this.dir ? `${this.dir}/` : ''}worksheets/sheet${n}.xml`;
    let n = 1;
    while (used.has(pathOf(n).toLowerCase())) n++;
    const path = pathOf(n);
    const relRoot = this.rels.documentElement!;
    const ids = new Set(children(relRoot, NS.pkgRel, 'Relationship').map((r) => r.getAttribute('Id')));
    let id = ids.size + 1;
    while (ids.has(`rId${id}`)) id++;
    relRoot.appendChild(create(this.rels, NS.pkgRel, 'Relationship', { Id: `rId${id}`, Type: WORKSHEET_TYPE, Target: `worksheets/sheet${n}.xml` }));
    this.types.documentElement!.appendChild(create(this.types, NS.types, 'Override', { PartName: `/${path}`, ContentType: WORKSHEET_CONTENT }));
    const root = this.doc.documentElement!;
    const sheetsEl = ensureChild(this.doc, root, 'sheets', WORKBOOK_ORDER);
    const existing = children(sheetsEl, NS.main, 'sheet');
    const sheetId = Math.max(0, ...existing.map((s) => Number(s.getAttribute('sheetId')) || 0)) + 1;
    const el = create(this.doc, NS.main, 'sheet', { name, sheetId: String(sheetId) });
    el.setAttributeNS(NS.rel, 'r:id', `rId${id}`);
    sheetsEl.appendChild(el);
    return { name, path, index: existing.length, element: el };
  }

  /** Sets, replaces or removes the rows printed on every page of one sheet; other sheets keep theirs. */
  setPrintTitles(sheet: SheetRef, rows: string | undefined): void {
    const names = this.definedNames();
    for (const dn of children(names, NS.main, 'definedName')) {
      if (dn.getAttribute('name') === '_xlnm.Print_Titles' && dn.getAttribute('localSheetId') === String(sheet.index)) names.removeChild(dn);
    }
    if (rows) {
      const [from, to] = rows.split(':');
      const dn = create(this.doc, NS.main, 'definedName', { name: '_xlnm.Print_Titles', localSheetId: String(sheet.index) });
      dn.appendChild(this.doc.createTextNode(`'${sheet.name.replace(/'/g, "''")}'!$${from}:$${to}`));
      names.appendChild(dn);
    }
    if (!children(names, NS.main, 'definedName').length) this.doc.documentElement!.removeChild(names);
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
    const names = child(this.doc.documentElement!, NS.main, 'definedNames');
    const dn = names && children(names, NS.main, 'definedName').find((d) => d.getAttribute('name') === name && !d.hasAttribute('localSheetId'));
    const m = dn && /^"(.*)"$/.exec(dn.textContent ?? '');
    return m ? m[1]!.replace(/""/g, '"') : undefined;
  }

  private definedNames(): Element {
    return ensureChild(this.doc, this.doc.documentElement!, 'definedNames', WORKBOOK_ORDER);
  }

  /** Formulas elsewhere that read a rewritten sheet show its new values as soon as the file opens. */
  recalculateOnOpen(): void {
    ensureChild(this.doc, this.doc.documentElement!, 'calcPr', WORKBOOK_ORDER).setAttribute('fullCalcOnLoad', '1');
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
