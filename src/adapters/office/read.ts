import { a1, parseRange } from '../../domain/cells';
import { GENERATED, GENERATED_KINDS } from '../../domain/contract';
import type { CellBlock, Scalar, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../domain/schema/snapshot';
import { BLOCK_BYTES, GUESS_BYTES_PER_CELL, LARGE_RANGE_CELLS, REFUSED_AT, jsonBytes, refusedForSize } from './limits';
import { contentBoxes, type Box } from './content';

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  /** Round trips to Excel, for the benchmark and the tests. */
  roundTrips: number;
}

type Loaded = Excel.Range & { values: Scalar[][] };

/**
 * Reads the workbook on documented patterns only (load, sync, then read;
 * `isNullObject` only after a sync). Round trip 1: the sheet list, the tables,
 * the fingerprints and the date system. Round trip 2: every used range with
 * its values and number formats, when they fit one request. Only when Excel
 * refuses that for its size does it read the used ranges' size, and then the
 * content in blocks of whole rows, halving a block Excel refuses.
 */
export async function readWorkbook(ctx: Excel.RequestContext): Promise<ReadResult> {
  const wb = ctx.workbook;
  // Stryker disable next-line StringLiteral: load('') names no property, and Office.js then loads them all (OfficeExtension.LoadOption)
  wb.load('name');
  // Stryker disable next-line StringLiteral: as above
  const sheets = wb.worksheets.load('items/name,items/visibility');
  const tables = wb.tables.load('items/name,items/showHeaders,items/showTotals,items/worksheet/name');
  const names = GENERATED_KINDS.map((k) => [k, wb.names.getItemOrNullObject(GENERATED[k].name).load('formula')] as const);
  // The 1904 date system, by a released API: DATE(1904,1,1) is serial 0 there and 1462 in the 1900 system.
  // Stryker disable next-line StringLiteral: as above
  const epoch = wb.functions.date(1904, 1, 1).load('value');
  await ctx.sync();
  const date1904 = epoch.value === 0;
  const items = sheets.items;
  let roundTrips = 1;
  const whole = items.map((ws) => ({
    used: ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat,valueTypes'),
    // Stryker disable next-line StringLiteral: as above
    protection: ws.protection.load('protected'),
  }));
  let tableRanges = tables.items.map((t) => t.getRange().load('address'));
  let out: SheetSnapshot[];
  try {
    await ctx.sync();
    roundTrips++;
    out = items.map((ws, i) => {
      const { used, protection } = whole[i]!;
      const sheet = empty(ws, protection.protected);
      if (!used.isNullObject)
        add(sheet, { sheet: i, top: used.rowIndex + 1, left: used.columnIndex + 1, rows: used.rowCount, cols: used.columnCount }, used as Loaded);
      return sheet;
    });
  } catch (e) {
    if (!refusedForSize(e)) throw e;
    roundTrips++;
    // Nothing of a refused request arrived: ask again for the tables, with the used ranges' size.
    tableRanges = tables.items.map((t) => t.getRange().load('address'));
    const read = await inBlocks(ctx, items);
    roundTrips += read.roundTrips;
    out = read.sheets;
  }
  const tableList: TableSnapshot[] = tables.items.map((t, i) => ({
    name: t.name,
    sheet: t.worksheet.name,
    range: bare(tableRanges[i]!.address),
    headerRows: t.showHeaders ? 1 : 0,
    totalsRows: t.showTotals ? 1 : 0,
  }));
  const vingerafdrukken = Object.fromEntries(
    names.flatMap(([k, n]) => (n.isNullObject ? [] : ((v) => (v ? [[k, v]] : []))(parseConstant(n.formula)))),
  );
  return { snapshot: { name: wb.name, date1904, sheets: out, tables: tableList, vingerafdrukken }, roundTrips };
}

function empty(ws: Excel.Worksheet, isProtected: boolean): SheetSnapshot {
  return { name: ws.name, visible: ws.visibility === 'Visible', kind: 'werkblad', protected: isProtected, blocks: [], errorCells: [] };
}

/** "Blad1!A1:D9" → "A1:D9". */
function bare(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1);
}

/** ="abc" → abc: a fingerprint is kept as a text constant in a workbook name. */
function parseConstant(formula: string): string | undefined {
  const m = /^="(.*)"$/.exec(formula);
  return m ? m[1]!.replace(/""/g, '"') : undefined;
}

function add(sheet: SheetSnapshot, box: Box, range: Loaded): void {
  const block: CellBlock = { top: box.top, left: box.left, values: range.values, numberFormats: range.numberFormat as string[][] };
  sheet.blocks.push(block);
  range.valueTypes.forEach((row, r) => row.forEach((type, c) => type === 'Error' && sheet.errorCells.push(a1(box.top + r, box.left + c))));
}

/** The used ranges' size, then their content in blocks that each fit one request. */
async function inBlocks(ctx: Excel.RequestContext, items: Excel.Worksheet[]): Promise<{ sheets: SheetSnapshot[]; roundTrips: number }> {
  const dims = items.map((ws) => ({
    used: ws.getUsedRangeOrNullObject(true).load('address,rowCount,columnCount'),
    // Stryker disable next-line StringLiteral: as above
    protection: ws.protection.load('protected'),
  }));
  await ctx.sync();
  let roundTrips = 1;
  const sheets = items.map((ws, i) => empty(ws, dims[i]!.protection.protected));
  const boxes: Box[] = [];
  const large: Array<{ sheet: number; address: string }> = [];
  dims.forEach(({ used }, sheet) => {
    if (used.isNullObject) return;
    const r = parseRange(bare(used.address));
    if (used.rowCount * used.columnCount > LARGE_RANGE_CELLS) large.push({ sheet, address: bare(used.address) });
    else boxes.push({ sheet, top: r.top, left: r.left, rows: used.rowCount, cols: used.columnCount });
  });
  if (large.length) {
    // Memory follows the content, not the used range: ask Excel where the values are.
    boxes.push(...(await contentBoxes(ctx, items, large)));
    roundTrips++;
  }
  roundTrips += await readBoxes(ctx, items, boxes, sheets);
  return { sheets, roundTrips };
}

/**
 * Reads boxes in requests of at most BLOCK_BYTES: the first sized on a guess,
 * the rest on what was measured. A request Excel refuses measures too: its
 * cells were more than the limit, so each costs at least limit ÷ cells.
 */
async function readBoxes(ctx: Excel.RequestContext, items: Excel.Worksheet[], boxes: Box[], sheets: SheetSnapshot[]): Promise<number> {
  const queue = [...boxes];
  let bytesPerCell = GUESS_BYTES_PER_CELL;
  let trips = 0;
  while (queue.length) {
    const batch = takeBatch(queue, bytesPerCell, BLOCK_BYTES);
    const loaded = batch.map((b) => ({ b, range: range(items[b.sheet]!, b).load('values,numberFormat,valueTypes') as Loaded }));
    try {
      await ctx.sync();
    } catch (e) {
      trips++;
      if (!refusedForSize(e) || (batch.length === 1 && batch[0]!.rows === 1)) throw e;
      const cells = batch.reduce((n, b) => n + b.rows * b.cols, 0);
      bytesPerCell = Math.max(bytesPerCell * 2, Math.ceil((REFUSED_AT * 1.1) / cells));
      queue.unshift(...batch);
      continue;
    }
    trips++;
    let bytes = 0;
    let cells = 0;
    for (const { b, range: r } of loaded) {
      add(sheets[b.sheet]!, b, r);
      bytes += jsonBytes(r.values) + jsonBytes(r.numberFormat) + jsonBytes(r.valueTypes);
      cells += b.rows * b.cols;
    }
    // Every box has a row and a column, so cells is never 0.
    bytesPerCell = Math.max(1, Math.ceil((bytes / cells) * 1.25));
  }
  return trips;
}

function takeBatch(queue: Box[], bytesPerCell: number, budget: number): Box[] {
  const batch: Box[] = [];
  let left = budget;
  while (queue.length) {
    const b = queue[0]!;
    const fits = Math.floor(left / Math.max(1, b.cols * bytesPerCell));
    if (fits < 1) {
      if (batch.length) break;
      // Not even one row fits the estimate: try one row, and let Excel say.
      queue.shift();
      if (b.rows > 1) queue.unshift({ ...b, top: b.top + 1, rows: b.rows - 1 });
      return [{ ...b, rows: 1 }];
    }
    queue.shift();
    if (fits < b.rows) {
      batch.push({ ...b, rows: fits });
      queue.unshift({ ...b, top: b.top + fits, rows: b.rows - fits });
      break;
    }
    batch.push(b);
    left -= b.rows * b.cols * bytesPerCell;
  }
  return batch;
}

function range(ws: Excel.Worksheet, b: Box): Excel.Range {
  return ws.getRange(`${a1(b.top, b.left)}:${a1(b.top + b.rows - 1, b.left + b.cols - 1)}`);
}
