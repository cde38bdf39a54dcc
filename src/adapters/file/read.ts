import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { a1, isDateFormat, isoToSerial, parseRange } from '../../domain/cells';
import { UnusableWorkbookError } from '../../domain/errors';
import type { Scalar, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../domain/schema/snapshot';
import { WorkbookPart } from './xlsx/workbook-part';
import { relativizeTargets, workbookPath } from './zip';

/** Reads the package bytes with exceljs into the port's snapshot. */
export async function readSnapshot(bytes: Uint8Array, name: string): Promise<WorkbookSnapshot> {
  // exceljs gets a prepared copy, never the user's file: relative relationship targets, and without the parts it expands cell by cell.
  const copy = await JSZip.loadAsync(bytes);
  const relativized = await relativizeTargets(copy);
  const { merges, changed } = await stripExpandedParts(copy);
  const input = relativized || changed ? await copy.generateAsync({ type: 'uint8array', compression: 'STORE' }) : bytes;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(input as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnusableWorkbookError(`${name} is beschadigd: Excel-onderdelen zijn niet te lezen. Open het in Excel en sla het opnieuw op.`);
  }
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  for (const ws of wb.worksheets) {
    sheets.push(blankMergedCells(readSheet(ws, date1904), merges.get(ws.name) ?? []));
    for (const t of ws.getTables() as unknown as Array<{
      table: { name: string; tableRef?: string; ref: string; headerRow?: boolean; totalsRow?: boolean };
    }>) {
      tables.push({
        name: t.table.name,
        sheet: ws.name,
        range: t.table.tableRef ?? t.table.ref,
        headerRows: t.table.headerRow === false ? 0 : 1,
        totalsRows: t.table.totalsRow ? 1 : 0,
      });
    }
  }
  return { name, date1904, sheets, tables, vingerafdrukken: {} };
}

const EXPANDED = /<(?:\w+:)?(mergeCells|dataValidations|conditionalFormatting|extLst)\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?\1>)/g;
const MERGE_REF = /<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"/g;

/**
 * exceljs expands merges, data validations and conditional formats into every
 * cell they cover: one rule on A1:XFD1048576 never finishes. The core needs
 * none of them but the merges, which are kept here as ranges and applied to
 * the cells that were read.
 */
async function stripExpandedParts(zip: JSZip): Promise<{ merges: Map<string, string[]>; changed: boolean }> {
  const merges = new Map<string, string[]>();
  let changed = false;
  const part = await WorkbookPart.open(zip, workbookPath(zip)!);
  for (const sheet of part.sheets()) {
    const file = zip.file(sheet.path);
    if (!file) continue;
    const xml = await file.async('string');
    const refs = [...xml.matchAll(MERGE_REF)].map((m) => m[1]!);
    if (refs.length) merges.set(sheet.name, refs);
    const stripped = xml.replace(EXPANDED, '');
    if (stripped !== xml) {
      zip.file(sheet.path, stripped);
      changed = true;
    }
  }
  return { merges, changed };
}

/** In Excel only the top-left cell of a merge holds a value; the rest read as empty. */
function blankMergedCells(sheet: SheetSnapshot, refs: readonly string[]): SheetSnapshot {
  const block = sheet.blocks[0];
  if (!block) return sheet;
  const bottom = block.top + block.values.length - 1;
  const right = block.left + (block.values[0]?.length ?? 0) - 1;
  for (const ref of refs) {
    const m = parseRange(ref);
    for (let r = Math.max(m.top, block.top); r <= Math.min(m.bottom, bottom); r++) {
      for (let c = Math.max(m.left, block.left); c <= Math.min(m.right, right); c++) {
        if (r === m.top && c === m.left) continue;
        block.values[r - block.top]![c - block.left] = '';
        block.numberFormats[r - block.top]![c - block.left] = 'General';
      }
    }
  }
  return sheet;
}

interface RawCell {
  row: number;
  col: number;
  value: Scalar;
  format: string;
  error: boolean;
}

function readSheet(ws: ExcelJS.Worksheet, date1904: boolean): SheetSnapshot {
  const cells: RawCell[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const raw = toScalar(cell, date1904);
      if (raw.value === '' && !raw.error) return;
      cells.push({ row: r, col: c, ...raw });
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    });
  });
  const visible = ws.state === undefined || ws.state === 'visible';
  const base = {
    name: ws.name,
    visible,
    kind: 'werkblad' as const,
    protected: Boolean((ws as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
  };
  if (!cells.length) return { ...base, blocks: [], errorCells: [] };
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: Scalar[][] = Array.from({ length: height }, () => new Array<Scalar>(width).fill(''));
  const numberFormats: string[][] = Array.from({ length: height }, () => new Array<string>(width).fill('General'));
  const errorCells: string[] = [];
  for (const c of cells) {
    values[c.row - top]![c.col - left] = c.value;
    numberFormats[c.row - top]![c.col - left] = c.format;
    if (c.error) errorCells.push(a1(c.row, c.col));
  }
  return { ...base, blocks: [{ top, left, values, numberFormats }], errorCells };
}

type CellLike = Pick<ExcelJS.Cell, 'type' | 'value' | 'numFmt'>;

/** Excel's view of a cell: what Office.js would return in `values`. */
function toScalar(cell: CellLike, date1904: boolean): { value: Scalar; format: string; error: boolean } {
  const format = cell.numFmt || 'General';
  // The covered cells of a merge are empty in Excel; exceljs repeats the master's value.
  if (cell.type === ExcelJS.ValueType.Merge) return { value: '', format, error: false };
  return fromValue(cell.value, format, date1904);
}

function fromValue(v: ExcelJS.CellValue | undefined, format: string, date1904: boolean): { value: Scalar; format: string; error: boolean } {
  if (v === null || v === undefined) return { value: '', format, error: false };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return { value: v, format, error: false };
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { value: '', format, error: false };
    const serial = isoToSerial(v.toISOString().slice(0, 10), date1904) + (v.getTime() % 86_400_000) / 86_400_000;
    return { value: serial, format: isDateFormat(format) ? format : 'd-m-yyyy', error: false };
  }
  if ('error' in v) return { value: String(v.error), format, error: true };
  if ('richText' in v) return { value: v.richText.map((t) => t.text).join(''), format, error: false };
  if ('formula' in v || 'sharedFormula' in v) return fromValue((v as { result?: ExcelJS.CellValue }).result, format, date1904);
  if ('text' in v) return fromValue((v as { text: ExcelJS.CellValue }).text, format, date1904);
  return { value: '', format, error: false };
}
