import { a1, columnLetter, gridWidth, parseRange } from '../../domain/cells';
import { GeneratedSheetRefused } from '../../domain/errors';
import type { GeneratedWrite } from '../../domain/port';
import type { GeneratedSheet, Grafiek } from '../../domain/schema/overzicht';
import { MARGES, kolomPt } from '../../domain/documenten/pagina';
import { applyStyle } from './format';
import { BLOCK_BYTES, jsonBytes } from './limits';

/** A name no sheet of the workbook has, for the sheets driehoek builds on and removes again. */
function tempName(what: string): string {
  // Stryker disable next-line MethodExpression: the whole random text is as unique, and the name stays within Excel's 31 characters
  return `driehoek ${what} ${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Writes a generated sheet so that the workbook is never left half-way:
 *
 * 1. The new content is built and checked on a hidden temporary sheet; the
 *    cells driehoek is about to replace are copied to a second one (a backup).
 *    Nothing visible changes; if this fails, the temporary sheets go.
 * 2. In the last batch the content is copied into the existing sheet with
 *    Range.copyFrom (ExcelApi 1.9): the sheet keeps its identity, so formulas,
 *    names, chart series and hyperlinks that point at it keep working (deleting
 *    and renaming a sheet would turn them into #REF!). Excel applies a batch
 *    command by command up to the first failure; should any command fail, the
 *    backup is copied back and the temporary sheets are removed.
 *
 * Two round trips while the sheet fits one request.
 */
export async function writeGeneratedInExcel(ctx: Excel.RequestContext, write: GeneratedWrite): Promise<void> {
  const { sheet } = write;
  const sheets = ctx.workbook.worksheets;
  // Stryker disable next-line StringLiteral: the middle word only names the sheet for a person; the random part keeps it unique
  const temp = sheets.add(tempName('nieuw'));
  temp.visibility = 'Hidden';
  const target = write.existing ? sheets.getItem(write.existing) : undefined;
  const backup = target && sheets.add(tempName('vorige'));
  if (backup) {
    backup.visibility = 'Hidden';
    backup.getRange(write.area).copyFrom(target!.getRange(write.area), 'All');
  }
  // Stryker disable next-line StringLiteral: load('') names no property, and Office.js then loads them all (OfficeExtension.LoadOption)
  const name = ctx.workbook.names.getItemOrNullObject(write.fingerprintName).load('name');
  // The chart driehoek put there last time, if any: it goes before the new one comes.
  // Stryker disable next-line StringLiteral: as above, load('') loads every property
  const oldChart = sheet.chart && (target ?? temp).charts.getItemOrNullObject(sheet.chart.naam).load('name');
  try {
    await fill(ctx, temp, sheet);
    await ctx.sync();
  } catch (e) {
    await removeQuietly(ctx, [temp, backup]);
    throw e;
  }
  try {
    if (target) replaceInPlace(target, temp, write);
    else {
      temp.name = sheet.name;
      temp.visibility = 'Visible';
      pageLayout(temp, sheet);
    }
    if (oldChart && !oldChart.isNullObject) oldChart.delete();
    if (sheet.chart) addChart(target ?? temp, sheet.chart);
    if (name.isNullObject) ctx.workbook.names.add(write.fingerprintName, `="${write.fingerprint}"`, 'driehoek: wat driehoek hier het laatst schreef');
    else name.formula = `="${write.fingerprint}"`;
    if (target) temp.delete();
    backup?.delete();
    await ctx.sync();
  } catch (e) {
    if (target) await restore(ctx, target, backup!, temp, write.area);
    else await removeQuietly(ctx, [temp]);
    throw refusal(e, !target) ?? e;
  }
}

/** The values in blocks that each fit one request, then the formats: all on the temporary sheet. */
async function fill(ctx: Excel.RequestContext, ws: Excel.Worksheet, sheet: GeneratedSheet): Promise<void> {
  const width = gridWidth(sheet.cells, 1);
  let first = 0;
  while (first < sheet.cells.length) {
    const block = nextBlock(sheet.cells, first, width);
    const range = ws.getRange(`A${first + 1}:${columnLetter(width)}${first + block.values.length}`);
    // Text as text: "@" first, so "=…", "+…", "-…" and "@…" from the workbook never become formulas.
    range.numberFormat = block.formats;
    range.values = block.values;
    first += block.values.length;
    if (first < sheet.cells.length) await ctx.sync();
  }
  for (const f of sheet.formats) applyStyle(ws.getRange(f.range), f.range, f.style);
  for (const m of sheet.merges) ws.getRange(m).merge();
  sizes(ws, sheet);
}

/** The rows from `first` whose values and number formats, as sent, fit one request (at least one row). */
function nextBlock(cells: GeneratedSheet['cells'], first: number, width: number): { values: Array<Array<string | number>>; formats: string[][] } {
  const values: Array<Array<string | number>> = [];
  const formats: string[][] = [];
  let bytes = 0;
  for (let i = first; i < cells.length; i++) {
    const row = Array.from({ length: width }, (_, j) => cells[i]![j] ?? '');
    const format = row.map((v) => (typeof v === 'number' ? 'General' : '@'));
    const cost = jsonBytes(row) + jsonBytes(format);
    // Stryker disable next-line EqualityOperator: differs only for a block of exactly 4 MB, which both keep under Excel's 5 MB
    if (values.length && bytes + cost > BLOCK_BYTES) break;
    values.push(row);
    formats.push(format);
    bytes += cost;
  }
  return { values, formats };
}

/** Column widths and row heights: a range copy does not carry them. */
function sizes(ws: Excel.Worksheet, sheet: GeneratedSheet): void {
  sheet.columnWidths.forEach((w, i) => {
    // Office.js takes points; the core lays pages out with the same conversion.
    ws.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = kolomPt(w);
  });
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRange(`${row}:${row}`).format.rowHeight = height;
}

function replaceInPlace(target: Excel.Worksheet, temp: Excel.Worksheet, write: GeneratedWrite): void {
  const area = target.getRange(write.area);
  area.unmerge();
  area.copyFrom(temp.getRange(write.area), 'All');
  sizes(target, write.sheet);
  pageLayout(target, write.sheet);
}

function pageLayout(ws: Excel.Worksheet, sheet: GeneratedSheet): void {
  // freezeAt freezes the rows and the columns of its range: rows alone or columns alone have their own call.
  const { rows, columns } = sheet.freeze;
  if (rows && columns) ws.freezePanes.freezeAt(ws.getRange(`A1:${a1(rows, columns)}`));
  else if (rows) ws.freezePanes.freezeRows(rows);
  else if (columns) ws.freezePanes.freezeColumns(columns);
  else ws.freezePanes.unfreeze();
  ws.pageLayout.orientation = sheet.landscape ? 'Landscape' : 'Portrait';
  ws.pageLayout.paperSize = sheet.paper;
  // The core's page breaks assume these margins (PageLayout takes points) and type at 100 %.
  ws.pageLayout.leftMargin = MARGES.left * 72;
  ws.pageLayout.rightMargin = MARGES.right * 72;
  ws.pageLayout.topMargin = MARGES.top * 72;
  ws.pageLayout.bottomMargin = MARGES.bottom * 72;
  ws.pageLayout.headerMargin = MARGES.header * 72;
  ws.pageLayout.footerMargin = MARGES.footer * 72;
  ws.pageLayout.zoom = sheet.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: 100 };
  if (sheet.printTitleRows) {
    const [from, to] = sheet.printTitleRows.split(':');
    ws.pageLayout.setPrintTitleRows(`$${from}:$${to}`);
  }
  ws.horizontalPageBreaks.removePageBreaks();
  for (const row of sheet.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${row + 1}`);
}

/**
 * A native chart over the sheet's own cells ("Work with charts using the
 * Excel JavaScript API"): stacked bars, a series per column, categories
 * top to bottom in the table's order, driehoek's colours.
 */
function addChart(ws: Excel.Worksheet, g: Grafiek): void {
  const chart = ws.charts.add('BarStacked', ws.getRange(g.bereik), 'Columns');
  chart.name = g.naam;
  chart.title.text = g.titel;
  chart.legend.position = 'Bottom';
  chart.axes.categoryAxis.reversePlotOrder = true;
  chart.setPosition(g.van, g.tot);
  const r = parseRange(g.bereik);
  for (let i = 0; i < r.right - r.left; i++) chart.series.getItemAt(i).format.fill.setSolidColor(`#${g.kleuren[i % g.kleuren.length]}`);
}

/** Puts back what the sheet held, and takes the temporary sheets away. */
async function restore(
  ctx: Excel.RequestContext,
  target: Excel.Worksheet,
  backup: Excel.Worksheet,
  temp: Excel.Worksheet,
  area: string,
): Promise<void> {
  try {
    const range = target.getRange(area);
    range.unmerge();
    range.copyFrom(backup.getRange(area), 'All');
    await ctx.sync();
  } catch {
    // The backup stays, hidden, so that nothing is lost; the user hears of it through the error.
    await removeQuietly(ctx, [temp]);
    return;
  }
  await removeQuietly(ctx, [temp, backup]);
}

/** Removes temporary sheets, one batch each (a batch stops at its first failure); never fails, as it runs while another failure is reported. */
async function removeQuietly(ctx: Excel.RequestContext, sheets: Array<Excel.Worksheet | undefined>): Promise<void> {
  for (const ws of sheets) {
    if (!ws) continue;
    ws.delete();
    await ctx.sync().catch(() => undefined);
  }
}

/** A refusal the user can act on: a protected sheet, or a name held by a chart sheet. */
function refusal(e: unknown, adding: boolean): GeneratedSheetRefused | undefined {
  // Stryker disable next-line OptionalChaining: Office.js rejects with OfficeExtension.Error objects, never with null
  const code = (e as { code?: string })?.code;
  if (code === 'AccessDenied') return new GeneratedSheetRefused('beveiligd');
  // Stryker disable next-line LogicalOperator: replacing a sheet adds none under a name of the user's, so Excel raises no taken name there
  if (adding && (code === 'ItemAlreadyExists' || code === 'InvalidArgument')) return new GeneratedSheetRefused('geenWerkblad');
  return undefined;
}
