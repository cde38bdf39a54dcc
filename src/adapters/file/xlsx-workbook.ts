import type { Document } from '@xmldom/xmldom';
import { a1, columnNumber, gridWidth, parseA1 } from '../../domain/cells';
import { sameSheetName } from '../../domain/contract';
import { UnusableWorkbookError } from '../../domain/errors';
import type { CellWrite, CurrentCells, NewSheet } from '../../domain/fixes/planner';
import type { EditRequest, GeneratedWrite, WorkbookPort } from '../../domain/port';
import { Grid } from '../../domain/read/grid';
import { parseSnapshot, type WorkbookSnapshot } from '../../domain/schema/snapshot';
import { readSnapshot } from './read';
import { hideColumns } from './xlsx/columns';
import { clearCell, findCell, hasFormula, setNumber, setText, styleOf } from './xlsx/cells-dom';
import { replaceSheetContent } from './xlsx/sheet-replace';
import { sheetXml } from './xlsx/sheet-xml';
import { StyleRegistry } from './xlsx/styles';
import { WorkbookPart, type SheetRef } from './xlsx/workbook-part';
import { Package } from './xlsx/package';
import { placeChart } from './xlsx/chart';
import { NS, parseXml, readXml, writeXml } from './xlsx/xml';
import { openPackage } from './zip';

/**
 * The workbook port for an .xlsx file. Writing changes only the parts it owns
 * inside the original package (the generated sheet, a fixed cell's sheet, and
 * the workbook, relationship, content-type and style entries they need), so
 * everything else stays as the user saved it, byte for byte.
 */
export class XlsxWorkbook implements WorkbookPort {
  private snapshot?: WorkbookSnapshot;

  private constructor(
    private readonly pkg: Package,
    private readonly workbookPath: string,
    private bytes: Uint8Array,
    readonly name: string,
  ) {}

  static async open(bytes: Uint8Array, name: string): Promise<XlsxWorkbook> {
    const pkg = new Package(await openPackage(bytes, name));
    const path = await pkg.workbookPath().catch(() => undefined);
    if (!path) throw new UnusableWorkbookError('bestand.zipGeenWerkboek', { naam: name });
    return new XlsxWorkbook(pkg, path, bytes, name);
  }

  async read(): Promise<WorkbookSnapshot> {
    if (!this.snapshot) {
      try {
        this.snapshot = parseSnapshot(await readSnapshot(this.pkg, this.workbookPath, this.name));
      } catch (e) {
        throw this.unreadable(e);
      }
    }
    return this.snapshot;
  }

  /** driehoek writes Transitional parts only: a Strict package is refused, never mixed. */
  private async writable(): Promise<WorkbookPart> {
    const part = await WorkbookPart.open(this.pkg, this.workbookPath).catch((e: unknown) => {
      throw this.unreadable(e);
    });
    if (part.doc.documentElement?.namespaceURI !== NS.main) throw new UnusableWorkbookError('bestand.strict', { naam: this.name });
    return part;
  }

  async edit(request: EditRequest): Promise<void> {
    const snapshot = await this.read();
    const part = await this.writable();
    const refs = part.sheets();
    const docs = new Map<string, Document>();
    const sheetDoc = async (name: string) => {
      const ref = refs.find((r) => r.name === name)!;
      const doc = docs.get(ref.path) ?? (await readXml(this.pkg, ref.path));
      docs.set(ref.path, doc);
      return doc;
    };
    // The planner reads the cells it named: values as validation read them, formulas and styles from the sheet itself.
    for (const name of new Set(request.ranges.map((r) => r.sheet))) if (refs.some((r) => r.name === name)) await sheetDoc(name);
    const grids = new Map(snapshot.sheets.map((s) => [s.name, new Grid(s)]));
    const current: CurrentCells = {
      hasSheet: (name) => snapshot.sheets.some((s) => sameSheetName(s.name, name)),
      cell: (sheet, address) => {
        const grid = grids.get(sheet);
        const ref = refs.find((r) => r.name === sheet);
        if (!grid || !ref) return undefined;
        const el = findCell(docs.get(ref.path)!, address, false);
        const { row, col } = parseA1(address);
        const style = styleOf(el);
        return {
          value: grid.value(row, col),
          formula: Boolean(el && hasFormula(el)),
          format: grid.format(row, col),
          ...(style !== undefined && { style }),
        };
      },
    };
    const decision = request.decide(current);
    if (!decision.writes.length && !decision.sheets.length) return;
    const styles = await StyleRegistry.of(part);
    // Only the sheets a fix wrote into are saved: one only read to check a cell stays byte for byte.
    const written = new Set<Document>();
    for (const w of decision.writes) {
      const doc = await sheetDoc(w.sheet);
      writeCell(doc, w, styles);
      written.add(doc);
    }
    for (const sheet of decision.sheets) this.addTemplateSheet(part, styles, sheet);
    for (const [path, doc] of docs) if (written.has(doc)) writeXml(this.pkg, path, doc);
    styles.save(this.pkg);
    part.save();
    await this.changed();
  }

  async writeGenerated(write: GeneratedWrite): Promise<void> {
    const part = await this.writable();
    const styles = await StyleRegistry.of(part);
    const { sheet } = write;
    let ref = write.existing ? part.sheets().find((s) => s.name === write.existing) : undefined;
    let xml: string;
    if (ref) {
      xml = replaceSheetContent((await this.pkg.text(ref.path))!, ref.path, sheet, write.area, styles);
      // Excel rebuilds the calculation chain; a stale one naming replaced cells makes it repair the file.
      part.dropCalcChain();
    } else {
      ref = part.addSheet(sheet.name);
      xml = sheetXml(sheet, styles);
    }
    // Only a sheet that gets a chart, or had a drawing, needs its XML read again (the overview of a large programme is megabytes).
    if (sheet.chart || /<(\w+:)?drawing\b/.test(xml)) {
      const doc = parseXml(xml, ref.path);
      await placeChart(this.pkg, part, ref.path, doc, sheet).catch((e: unknown) => {
        throw this.unreadable(e);
      });
      writeXml(this.pkg, ref.path, doc);
    } else this.pkg.write(ref.path, xml);
    part.setPrintTitles(ref, sheet.printTitleRows);
    part.setConstantName(write.fingerprintName, write.fingerprint);
    part.recalculateOnOpen();
    styles.save(this.pkg);
    part.save();
    await this.changed();
  }

  async hideColumns(sheet: string, columns: string): Promise<void> {
    const part = await this.writable();
    const ref = part.sheets().find((s) => s.name === sheet);
    if (!ref) return;
    const doc = await readXml(this.pkg, ref.path);
    const [from, to = from] = columns.split(':') as [string, ...string[]];
    hideColumns(doc, columnNumber(from), columnNumber(to));
    writeXml(this.pkg, ref.path, doc);
    await this.changed();
  }

  /** A macro workbook: copies must end in .xlsm. */
  async macroEnabled(): Promise<boolean> {
    const type = await this.pkg.contentType(this.workbookPath).catch((e: unknown) => {
      throw this.unreadable(e);
    });
    return /macroEnabled/i.test(String(type));
  }

  /** A part that cannot be read, as the user is told: the file and the part. */
  private unreadable(e: unknown): UnusableWorkbookError {
    if (e instanceof UnusableWorkbookError) return e;
    // A part reports itself as "path: what went wrong" (xmldom puts its own words before that), or as
    // "ontbrekend onderdeel path" when it is missing.
    const onderdeel = /([\w./[\]-]+\.(?:xml|rels))(?::|$)/i.exec(String((e as Error).message))?.[1] ?? this.workbookPath;
    return new UnusableWorkbookError('bestand.onleesbaar', { naam: this.name, onderdeel });
  }

  /** The package as it stands now, for saving or downloading. */
  async save(): Promise<Uint8Array> {
    return this.bytes;
  }

  private async changed(): Promise<void> {
    await this.pkg.canonicalNames();
    this.bytes = await this.pkg.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    this.snapshot = undefined;
  }

  private addTemplateSheet(part: WorkbookPart, styles: StyleRegistry, sheet: NewSheet): SheetRef {
    const ref = part.addSheet(sheet.name);
    const width = Math.max(1, sheet.header.length);
    const cells = [sheet.header];
    this.pkg.write(
      ref.path,
      sheetXml(
        {
          name: sheet.name,
          cells,
          columnWidths: new Array(width).fill(22),
          formats: [{ range: `A1:${a1(1, gridWidth(cells, 1))}`, style: { bold: true } }],
          merges: [],
          freeze: { rows: 1, columns: 0 },
          printTitleRows: '1:1',
          landscape: false,
          paper: 'A4',
          fitToWidth: false,
        },
        styles,
      ),
    );
    part.setPrintTitles(ref, '1:1');
    return ref;
  }
}

/** Writes one planned cell: text as an inline string (never a formula), numbers as numbers, null as empty. */
function writeCell(doc: Document, w: CellWrite, styles: StyleRegistry): void {
  const cell = findCell(doc, w.cell, true)!;
  const style =
    w.style ??
    (w.format === undefined ? undefined : styles.xf({ style: {}, numFmt: w.format === '@' ? 'text' : w.format === 'General' ? 'general' : 'date' }));
  if (w.value === null) {
    clearCell(cell);
    if (w.style !== undefined) cell.setAttribute('s', String(w.style));
    else if (w.format !== undefined) cell.removeAttribute('s');
  } else if (typeof w.value === 'number') setNumber(doc, cell, w.value, style);
  else setText(doc, cell, w.value, style);
}
