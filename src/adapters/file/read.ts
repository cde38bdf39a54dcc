import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { a1, isDateFormat, isoToSerial } from '../../domain/cells';
import { UnusableWorkbookError } from '../../domain/errors';
import type { Scalar, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../domain/schema/snapshot';
import { relativizeTargets } from './zip';

/** Reads the package bytes with exceljs into the port's snapshot. */
export async function readSnapshot(bytes: Uint8Array, name: string): Promise<WorkbookSnapshot> {
  // exceljs needs relative relationship targets; rewrite them in a copy, never in the user's file.
  const copy = await JSZip.loadAsync(bytes);
  const input = (await relativizeTargets(copy)) ? await copy.generateAsync({ type: 'uint8array' }) : bytes;
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
    sheets.push(readSheet(ws, date1904));
    for (const t of ws.getTables() as unknown as Array<{ table: { name: string; tableRef?: string; ref: string; headerRow?: boolean } }>) {
      tables.push({ name: t.table.name, sheet: ws.name, range: t.table.tableRef ?? t.table.ref, showHeaders: t.table.headerRow !== false });
    }
  }
  return { name, date1904, sheets, tables };
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
  if (!cells.length) return { name: ws.name, visible, top: 1, left: 1, values: [], numberFormats: [], errorCells: [] };
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
  return { name: ws.name, visible, top, left, values, numberFormats, errorCells };
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
