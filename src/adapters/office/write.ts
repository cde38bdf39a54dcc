import { a1, columnLetter, gridWidth, parseRange } from '../../domain/cells';
import type { CellStyle, GeneratedSheet } from '../../domain/schema/overzicht';
import { BLOCK_BYTES, jsonBytes } from './limits';
import { FINGERPRINT_NAME } from '../../domain/overzicht/fingerprint';

const TEMP_SUFFIX = ' (nieuw)';
// Excel column widths are in points; a character of the default font is about 6 of them.
const POINTS_PER_CHAR = 6;

/** Rows of the generated sheet in blocks that each fit one request. */
function rowBlocks(cells: GeneratedSheet['cells']): Array<{ first: number; rows: GeneratedSheet['cells'] }> {
  const blocks: Array<{ first: number; rows: GeneratedSheet['cells'] }> = [];
  let first = 0;
  let bytes = 0;
  cells.forEach((row, i) => {
    const size = jsonBytes(row) * 2; // values and their number formats
    if (i > first && bytes + size > BLOCK_BYTES) {
      blocks.push({ first, rows: cells.slice(first, i) });
      first = i;
      bytes = 0;
    }
    bytes += size;
  });
  blocks.push({ first, rows: cells.slice(first) });
  return blocks;
}

/**
 * Builds the new sheet under a temporary name and swaps it in only at the end,
 * so a failure half-way leaves the previous overview as it was. Two round trips
 * while the sheet fits one request; one more per extra 4 MB block.
 */
export async function writeGenerated(ctx: Excel.RequestContext, sheet: GeneratedSheet, fingerprint: string): Promise<number> {
  const sheets = ctx.workbook.worksheets;
  const old = sheets.getItemOrNullObject(sheet.name).load('position');
  const leftover = sheets.getItemOrNullObject(sheet.name + TEMP_SUFFIX).load('name');
  const name = ctx.workbook.names.getItemOrNullObject(FINGERPRINT_NAME).load('name');
  await ctx.sync();
  if (!leftover.isNullObject) leftover.delete();
  const temp = sheets.add(sheet.name + TEMP_SUFFIX);
  const width = gridWidth(sheet.cells, 1);
  const blocks = rowBlocks(sheet.cells);
  let syncs = 1;
  for (const [i, block] of blocks.entries()) {
    const range = temp.getRange(`A${block.first + 1}:${columnLetter(width)}${block.first + block.rows.length}`);
    // Text as text: "@" first, so "=…", "+…", "-…" and "@…" from the workbook never become formulas.
    range.numberFormat = block.rows.map((r) => r.map((v) => (typeof v === 'number' ? 'General' : '@')));
    range.values = block.rows;
    if (i < blocks.length - 1) {
      // One round trip per 4 MB block of rows: Excel on the web refuses larger requests.
      await ctx.sync();
      syncs++;
    }
  }
  layout(temp, sheet);
  if (!old.isNullObject) old.delete();
  temp.name = sheet.name;
  if (!old.isNullObject) temp.position = old.position;
  temp.activate();
  if (!name.isNullObject) name.delete();
  ctx.workbook.names.add(FINGERPRINT_NAME, `="${fingerprint}"`, 'Driehoek-overzicht: vingerafdruk van wat driehoek schreef');
  await ctx.sync();
  return syncs + 1;
}

function layout(ws: Excel.Worksheet, sheet: GeneratedSheet): void {
  for (const f of sheet.formats) applyStyle(ws.getRange(f.range), f.range, f.style);
  sheet.columnWidths.forEach((w, i) => {
    ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = w * POINTS_PER_CHAR;
  });
  for (const m of sheet.merges) ws.getRange(m).merge();
  const used = `A1:${a1(Math.max(1, sheet.cells.length), gridWidth(sheet.cells, 1))}`;
  ws.getRange(used).format.autofitRows();
  if (sheet.freeze.rows || sheet.freeze.columns)
    ws.freezePanes.freezeAt(ws.getRange(`A1:${a1(Math.max(1, sheet.freeze.rows), Math.max(1, sheet.freeze.columns))}`));
  ws.pageLayout.orientation = sheet.landscape ? 'Landscape' : 'Portrait';
  ws.pageLayout.paperSize = 'A4';
  if (sheet.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const [from, to] = sheet.printTitleRows.split(':');
  ws.pageLayout.setPrintTitleRows(`$${from}:$${to}`);
}

/** Formats per range, never per cell. */
export function applyStyle(range: Excel.Range, address: string, s: CellStyle): void {
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.size !== undefined) f.font.size = s.size;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.vAlign) f.verticalAlignment = s.vAlign === 'top' ? 'Top' : 'Center';
  if (s.hAlign) f.horizontalAlignment = s.hAlign === 'left' ? 'Left' : s.hAlign === 'center' ? 'Center' : 'Right';
  if (s.border) {
    const { top, left, bottom, right } = parseRange(address);
    const edges: Array<`${Excel.BorderIndex}`> = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (bottom > top) edges.push('InsideHorizontal');
    if (right > left) edges.push('InsideVertical');
    for (const e of edges) f.borders.getItem(e).style = 'Continuous';
  }
}
