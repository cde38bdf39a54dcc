import type { Document } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { a1, columnNumber, gridWidth, parseA1 } from '../../domain/cells';
import { GENERATED, GENERATED_KINDS, sameSheetName } from '../../domain/contract';
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
import { readXml, writeXml } from './xlsx/xml';
import { openPackage, workbookPath } from './zip';

/**
 * The workbook port for an .xlsx file. Writing changes only the parts it owns
 * inside the original package (the generated sheet, a fixed cell's sheet, and
 * the workbook, relationship, content-type and style entries they need), so
 * everything else stays as the user saved it, byte for byte.
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
        const vingerafdrukken = Object.fromEntries(
          GENERATED_KINDS.flatMap((k) => ((v) => (v ? [[k, v]] : []))(part.constantName(GENERATED[k].name))),
        );
        this.snapshot = parseSnapshot({ ...snapshot, vingerafdrukken });
      } catch (e) {
        if (e instanceof UnusableWorkbookError) throw e;
        throw new UnusableWorkbookError(
          `${this.name} kon niet gelezen worden. Open het in Excel, sla het opnieuw op als .xlsx en probeer het nog eens.`,
        );
      }
    }
    return this.snapshot;
  }

  async edit(request: EditRequest): Promise<void> {
    const snapshot = await this.read();
    const part = await WorkbookPart.open(this.zip, workbookPath(this.zip)!);
    const refs = part.sheets();
    const docs = new Map<string, Document>();
    const sheetDoc = async (name: string) => {
      const ref = refs.find((r) => r.name === name)!;
      const doc = docs.get(ref.path) ?? (await readXml(this.zip, ref.path));
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
    const styles = await this.styles(part);
    for (const w of decision.writes) writeCell(await sheetDoc(w.sheet), w, styles);
    for (const sheet of decision.sheets) this.addTemplateSheet(part, styles, sheet);
    for (const [path, doc] of docs) writeXml(this.zip, path, doc);
    styles.save(this.zip);
    part.save(this.zip);
    await this.changed();
  }

  async writeGenerated(write: GeneratedWrite): Promise<void> {
    const part = await WorkbookPart.open(this.zip, workbookPath(this.zip)!);
    const styles = await this.styles(part);
    const { sheet } = write;
    let ref = write.existing ? part.sheets().find((s) => s.name === write.existing) : undefined;
    if (ref) {
      this.zip.file(ref.path, replaceSheetContent(await this.zip.file(ref.path)!.async('string'), ref.path, sheet, write.area, styles));
      // Excel rebuilds the calculation chain; a stale one naming replaced cells makes it repair the file.
      part.dropCalcChain(this.zip);
    } else {
      ref = part.addSheet(this.zip, sheet.name);
      this.zip.file(ref.path, sheetXml(sheet, styles));
    }
    part.setPrintTitles(ref, sheet.printTitleRows);
    part.setConstantName(write.fingerprintName, write.fingerprint);
    part.recalculateOnOpen();
    styles.save(this.zip);
    part.save(this.zip);
    await this.changed();
  }

  async hideColumns(sheet: string, columns: string): Promise<void> {
    const part = await WorkbookPart.open(this.zip, workbookPath(this.zip)!);
    const ref = part.sheets().find((s) => s.name === sheet);
    if (!ref) return;
    const doc = await readXml(this.zip, ref.path);
    const [from = '', to = from] = columns.split(':');
    hideColumns(doc, columnNumber(from), columnNumber(to));
    writeXml(this.zip, ref.path, doc);
    await this.changed();
  }

  /** A macro workbook: copies must end in .xlsm. */
  async macroEnabled(): Promise<boolean> {
    return (await WorkbookPart.open(this.zip, workbookPath(this.zip)!)).macroEnabled();
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

  private addTemplateSheet(part: WorkbookPart, styles: StyleRegistry, sheet: NewSheet): SheetRef {
    const ref = part.addSheet(this.zip, sheet.name);
    const width = Math.max(1, sheet.header.length);
    const cells = [sheet.header];
    this.zip.file(
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
