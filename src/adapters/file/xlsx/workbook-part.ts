import type { Document, Element } from '@xmldom/xmldom';
import { relsOf, type Package } from './package';
import {
  NS,
  WORKBOOK_ORDER,
  WORKSHEET_CONTENT,
  WORKSHEET_TYPE,
  children,
  child,
  create,
  ensureChild,
  readXml,
  remember,
  resolveTarget,
  writeIfChanged,
} from './xml';

export interface SheetRef {
  name: string;
  /** Path of the worksheet part in the zip, as stored, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
  index: number;
  element: Element;
}

/** workbook.xml with its relationships and the package's content types: the parts a new sheet touches. */
export class WorkbookPart {
  private constructor(
    readonly pkg: Package,
    readonly path: string,
    readonly doc: Document,
    readonly rels: Document,
    readonly types: Document,
  ) {}

  static async open(pkg: Package, path: string): Promise<WorkbookPart> {
    const [doc, rels, types] = await Promise.all([readXml(pkg, path), readXml(pkg, relsOf(path)), readXml(pkg, '[Content_Types].xml')]);
    return new WorkbookPart(pkg, path, remember(doc), remember(rels), remember(types));
  }

  get dir(): string {
    return this.path.includes('/') ? this.path.slice(0, this.path.lastIndexOf('/')) : '';
  }

  private relationships(): Element[] {
    return children(this.rels.documentElement!, NS.pkgRel, 'Relationship');
  }

  private target(rel: Element | undefined): string {
    // Stryker disable next-line StringLiteral: without a Target no part is found, whatever the text
    const path = resolveTarget(this.dir, rel?.getAttribute('Target') ?? '');
    return this.pkg.actual(path) ?? path;
  }

  sheets(): SheetRef[] {
    const sheetsEl = child(this.doc.documentElement!, NS.main, 'sheets');
    const list = sheetsEl ? children(sheetsEl, NS.main, 'sheet') : [];
    return list.map((element, index) => {
      // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: r:id is a sheet's only namespaced attribute and its only one named id; without it no relationship matches, whatever the text
      const rid = Array.from(element.attributes).find((a) => a.localName === 'id' && a.namespaceURI !== null)?.value ?? '';
      const rel = this.relationships().find((r) => r.getAttribute('Id') === rid);
      // Stryker disable next-line StringLiteral: a sheet's name is required (CT_Sheet); Excel opens no workbook without it
      return { name: element.getAttribute('name') ?? '', path: this.target(rel), index, element };
    });
  }

  /** Target of a relationship of the workbook by type suffix ("styles", "calcChain"). */
  partOfType(suffix: string): { path: string; rel: Element } | undefined {
    // Stryker disable next-line StringLiteral: a missing Type matches no suffix, whatever the text
    const rel = this.relationships().find((r) => (r.getAttribute('Type') ?? '').endsWith(`/${suffix}`));
    return rel ? { path: this.target(rel), rel } : undefined;
  }

  /** A new relationship of the workbook, with an id no other has. */
  addRelationship(type: string, target: string): string {
    const ids = new Set(this.relationships().map((r) => r.getAttribute('Id')));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    this.rels.documentElement!.appendChild(create(this.rels, NS.pkgRel, 'Relationship', { Id: `rId${n}`, Type: type, Target: target }));
    return `rId${n}`;
  }

  addOverride(path: string, contentType: string): void {
    this.types.documentElement!.appendChild(create(this.types, NS.types, 'Override', { PartName: `/${path}`, ContentType: contentType }));
  }

  /** A part name under the workbook's folder that no part has, regardless of case. */
  freePath(folder: string, base: string): string {
    let n = 1;
    const pathOf = (i: number) => `${this.dir ? `${this.dir}/` : ''}${folder}/${base}${i}.xml`;
    // Part names are compared without regard to case (OPC, ECMA-376 Part 2, 8.1.1.1); pkg.has does.
    while (this.pkg.has(pathOf(n))) n++;
    return pathOf(n);
  }

  /** Adds a visible worksheet at the end; returns its part path. */
  addSheet(name: string): SheetRef {
    const path = this.freePath('worksheets', 'sheet');
    const id = this.addRelationship(WORKSHEET_TYPE, path.slice(this.dir ? this.dir.length + 1 : 0));
    this.addOverride(path, WORKSHEET_CONTENT);
    const sheetsEl = ensureChild(this.doc, this.doc.documentElement!, 'sheets', WORKBOOK_ORDER);
    const existing = children(sheetsEl, NS.main, 'sheet');
    const sheetId = Math.max(0, ...existing.map((s) => Number(s.getAttribute('sheetId')) || 0)) + 1;
    const el = create(this.doc, NS.main, 'sheet', { name, sheetId: String(sheetId) });
    el.setAttributeNS(NS.rel, 'r:id', id);
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

  private definedNames(): Element {
    return ensureChild(this.doc, this.doc.documentElement!, 'definedNames', WORKBOOK_ORDER);
  }

  /** Formulas elsewhere that read a rewritten sheet show its new values as soon as the file opens. */
  recalculateOnOpen(): void {
    ensureChild(this.doc, this.doc.documentElement!, 'calcPr', WORKBOOK_ORDER).setAttribute('fullCalcOnLoad', '1');
  }

  /** Excel rebuilds the calculation chain; a stale one naming replaced cells makes it repair the file. */
  dropCalcChain(): void {
    const calc = this.partOfType('calcChain');
    if (!calc) return;
    this.pkg.remove(calc.path);
    this.rels.documentElement!.removeChild(calc.rel);
    this.removeOverride(calc.path);
  }

  /** The content type override of a part that is gone. */
  removeOverride(path: string): void {
    for (const o of children(this.types.documentElement!, NS.types, 'Override')) {
      // Stryker disable next-line StringLiteral: a missing PartName matches no part, whatever the text
      if ((o.getAttribute('PartName') ?? '').toLowerCase() === `/${path}`.toLowerCase()) this.types.documentElement!.removeChild(o);
    }
  }

  save(): void {
    writeIfChanged(this.pkg, this.path, this.doc);
    writeIfChanged(this.pkg, relsOf(this.path), this.rels);
    writeIfChanged(this.pkg, '[Content_Types].xml', this.types);
  }
}
