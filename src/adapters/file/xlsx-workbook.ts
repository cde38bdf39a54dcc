import JSZip from 'jszip';
import { a1, gridWidth, isoToSerial, parseA1 } from '../../domain/cells';
import { FixRefusedError, UnusableWorkbookError } from '../../domain/errors';
import { FINGERPRINT_NAME, fingerprint } from '../../domain/overzicht/fingerprint';
import type { WorkbookPort } from '../../domain/port';
import type { CellInput, Fix } from '../../domain/schema/finding';
import type { GeneratedSheet } from '../../domain/schema/overzicht';
import { parseSnapshot, type WorkbookSnapshot } from '../../domain/schema/snapshot';
import { readSnapshot } from './read';
import { findCell, hasFormula, isEmptyCell, setNumber, setText } from './xlsx/cells-dom';
import { sheetXml } from './xlsx/sheet-xml';
import { StyleRegistry } from './xlsx/styles';
import { WorkbookPart, relsPath, type SheetRef } from './xlsx/workbook-part';
import { readXml, writeXml } from './xlsx/xml';
import { openPackage, workbookPath } from './zip';

/**
 * The workbook port for an .xlsx file. Reading goes through exceljs; writing
 * changes only the parts it owns inside the original package (the generated
 * sheet, a fixed cell's sheet, and the workbook, relationship, content-type and
 * style entries they need), so everything else stays as the user saved it.
 */
export class XlsxWorkbook implements WorkbookPort {
  private snapshot?: WorkbookSnapshot;

  private constructor(
    private readonly zip: JSZip,
    private bytes: Uint8Array,
    readonly name: string,
  ) {}

  static async open(bytes: Uint8Array, name: string): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await openPackage(bytes, name), bytes, name);
  }

  async read(): Promise<WorkbookSnapshot> {
    if (!this.snapshot) {
      try {
        const snapshot = await readSnapshot(this.bytes, this.name);
        const part = await WorkbookPart.open(this.zip, workbookPath(this.zip)!);
        this.snapshot = parseSnapshot({ ...snapshot, overzichtVingerafdruk: part.constantName(FINGERPRINT_NAME) });
      } catch (e) {
        if (e instanceof UnusableWorkbookError) throw e;
        throw new UnusableWorkbookError(
          `${this.name} kon niet gelezen worden. Open het in Excel, sla het opnieuw op als .xlsx en probeer het nog eens.`,
        );
      }
    }
    return this.snapshot;
  }

  async writeGeneratedSheet(sheet: GeneratedSheet): Promise<void> {
    const part = await WorkbookPart.open(this.zip, workbookPath(this.zip)!);
    const styles = await this.styles(part);
    let ref = part.sheets().find((s) => s.name === sheet.name);
    if (ref) {
      // The old sheet's own relations (drawings, comments) belonged to the old content.
      this.zip.remove(relsPath(ref.path));
      part.dropCalcChain(this.zip);
    } else ref = part.addSheet(this.zip, sheet.name);
    this.zip.file(ref.path, sheetXml(sheet, styles));
    part.setPrintTitles(ref, sheet.printTitleRows);
    part.setConstantName(FINGERPRINT_NAME, fingerprint(sheet.cells));
    styles.save(this.zip);
    part.save(this.zip);
    await this.changed();
  }

  async applyFixes(fixes: readonly Fix[]): Promise<void> {
    const snapshot = await this.read();
    const part = await WorkbookPart.open(this.zip, workbookPath(this.zip)!);
    const styles = await this.styles(part);
    const sheets = part.sheets();
    // Two fixes may touch one cell ("Hatterm 18 februari"): each builds on the text the one before left.
    const texts = new Map<string, string>();
    const docs = new Map<string, Awaited<ReturnType<typeof readXml>>>();
    for (const fix of fixes) {
      if (fix.type === 'addSheet') {
        this.addTemplateSheet(part, styles, fix);
        continue;
      }
      const ref = sheets.find((s) => s.name === fix.sheet);
      if (!ref) throw new FixRefusedError(`Het blad ${fix.sheet} bestaat niet meer. Controleer opnieuw.`);
      // Parse each sheet once per batch, however many fixes it gets.
      const doc = docs.get(ref.path) ?? (await readXml(this.zip, ref.path));
      docs.set(ref.path, doc);
      if (fix.type === 'fillEmpty') this.fillEmpty(doc, ref, fix, styles, snapshot);
      else this.changeOneCell(doc, fix, snapshot, texts);
    }
    for (const [path, doc] of docs) writeXml(this.zip, path, doc);
    styles.save(this.zip);
    part.save(this.zip);
    await this.changed();
  }

  /** The package as it stands now, for saving or downloading. */
  async save(): Promise<Uint8Array> {
    return this.bytes;
  }

  private async styles(part: WorkbookPart): Promise<StyleRegistry> {
    const ref = part.partOfType('styles');
    if (!ref) throw new UnusableWorkbookError(`${this.name} heeft geen opmaakgegevens (styles.xml). Open het in Excel en sla het opnieuw op.`);
    return StyleRegistry.open(this.zip, ref.path);
  }

  private async changed(): Promise<void> {
    this.bytes = await this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    this.snapshot = undefined;
  }

  private changeOneCell(
    doc: Parameters<typeof findCell>[0],
    fix: Extract<Fix, { type: 'replaceText' | 'setDate' }>,
    snapshot: WorkbookSnapshot,
    texts: Map<string, string>,
  ): void {
    const cell = findCell(doc, fix.cell, false);
    if (!cell) throw new FixRefusedError(`De cel ${fix.sheet}!${fix.cell} is leeg geworden. Controleer opnieuw.`);
    if (hasFormula(cell)) throw new FixRefusedError(`${fix.sheet}!${fix.cell} bevat een formule; pas die zelf aan.`);
    if (fix.type === 'setDate') {
      setNumber(doc, cell, isoToSerial(fix.iso, snapshot.date1904));
      return;
    }
    const key = `${fix.sheet}!${fix.cell}`;
    const current = texts.get(key) ?? valueAt(snapshot, fix.sheet, fix.cell);
    if (typeof current !== 'string' || !current.includes(fix.find)) {
      throw new FixRefusedError(`${key} is veranderd sinds de controle ("${fix.find}" staat er niet meer in). Controleer opnieuw.`);
    }
    const next = current.replace(fix.find, fix.replace);
    texts.set(key, next);
    setText(doc, cell, next);
  }

  private fillEmpty(
    doc: Parameters<typeof findCell>[0],
    ref: SheetRef,
    fix: Extract<Fix, { type: 'fillEmpty' }>,
    styles: StyleRegistry,
    snapshot: WorkbookSnapshot,
  ): void {
    const start = parseA1(fix.startCell);
    const targets: Array<{ address: string; input: CellInput }> = [];
    fix.rows.forEach((row, i) =>
      row.forEach((input, j) => {
        if (input.kind === 'text' && !input.text) return;
        targets.push({ address: a1(start.row + i, start.col + j), input });
      }),
    );
    const taken = targets.find((t) => valueAt(snapshot, ref.name, t.address) !== '' || !isEmptyCell(findCell(doc, t.address, false)));
    if (taken)
      throw new FixRefusedError(
        `${ref.name}!${taken.address} is niet leeg; deze herstelactie schrijft alleen in lege cellen. Maak ruimte of splits de kolom zelf.`,
      );
    for (const t of targets) {
      const cell = findCell(doc, t.address, true)!;
      if (t.input.kind === 'date') setNumber(doc, cell, isoToSerial(t.input.iso, snapshot.date1904), styles.xf({ style: {}, numFmt: 'date' }));
      else setText(doc, cell, t.input.text, styles.xf({ style: {}, numFmt: 'text' }));
    }
  }

  private addTemplateSheet(part: WorkbookPart, styles: StyleRegistry, fix: Extract<Fix, { type: 'addSheet' }>): void {
    if (part.sheets().some((s) => s.name.toLowerCase() === fix.sheet.toLowerCase()))
      throw new FixRefusedError(`Er is al een blad ${fix.sheet}; er wordt niets overschreven.`);
    const ref = part.addSheet(this.zip, fix.sheet);
    const width = gridWidth(fix.rows, 1);
    const cells = fix.rows.map((r) => r.map((c) => (c.kind === 'text' ? c.text : c.iso)));
    this.zip.file(
      ref.path,
      sheetXml(
        {
          name: fix.sheet,
          cells,
          columnWidths: new Array(width).fill(22),
          formats: [{ range: `A1:${a1(1, width)}`, style: { bold: true } }],
          merges: [],
          freeze: { rows: 1, columns: 0 },
          printTitleRows: '1:1',
          landscape: false,
          fitToWidth: false,
        },
        styles,
      ),
    );
  }
}

function valueAt(snapshot: WorkbookSnapshot, sheetName: string, address: string): string | number | boolean {
  const sheet = snapshot.sheets.find((s) => s.name === sheetName);
  if (!sheet) return '';
  const { row, col } = parseA1(address);
  return sheet.values[row - sheet.top]?.[col - sheet.left] ?? '';
}
