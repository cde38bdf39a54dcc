import { a1 } from '../../domain/cells';
import type { Scalar, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../domain/schema/snapshot';
import { FINGERPRINT_NAME } from '../../domain/overzicht/fingerprint';
import { BLOCK_BYTES, FIRST_GUESS_BYTES_PER_CELL, jsonBytes } from './limits';

/** Sheets reached in the first round trip by walking getFirst → getNextOrNullObject. */
const CHAINED_SHEETS = 40;

interface SheetMeta {
  sheet: Excel.Worksheet;
  used: Excel.Range;
}

interface Used {
  name: string;
  visible: boolean;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

interface Segment {
  sheet: number;
  firstRow: number;
  rows: number;
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  /** Round trips and the largest response, for the benchmark and the tests. */
  blocks: number;
}

/**
 * One round trip for the metadata (every sheet with its used range, the tables,
 * the overview's fingerprint), then one per block of whole rows of at most 4 MB:
 * two in all while a workbook fits one request.
 */
export async function readWorkbook(ctx: Excel.RequestContext): Promise<ReadResult> {
  let meta = queueMeta(ctx);
  let sheets: Used[];
  try {
    const chain = queueChain(ctx);
    await ctx.sync();
    // A workbook with more sheets than the walk reached is read by name.
    sheets = chain[chain.length - 1]!.sheet.isNullObject ? chain.filter((m) => !m.sheet.isNullObject).map(toUsed) : await usedByName(ctx);
  } catch (e) {
    if (!walkRefused(e)) throw e;
    // Should Excel refuse to go on past the last sheet, ask for the names first: one round trip more.
    meta = queueMeta(ctx);
    sheets = await usedByName(ctx);
  }
  const { wb, tables, fingerprint } = meta;
  const tableRanges = tables.items.map((t) => ({ t, range: t.getRange().load('address') }));
  const values = await readBlocks(ctx, sheets, planBlocks(sheets));
  const tableList: TableSnapshot[] = tableRanges.map(({ t, range }) => ({
    name: t.name,
    sheet: t.worksheet.name,
    range: range.address.slice(range.address.lastIndexOf('!') + 1),
    showHeaders: t.showHeaders,
  }));
  return {
    snapshot: {
      name: wb.name,
      date1904: false,
      sheets: values.sheets,
      tables: tableList,
      overzichtVingerafdruk: fingerprint.isNullObject ? undefined : parseConstant(fingerprint.formula),
    },
    blocks: values.blocks,
  };
}

function queueMeta(ctx: Excel.RequestContext) {
  const wb = ctx.workbook;
  wb.load('name');
  const tables = wb.tables.load('items/name,items/showHeaders,items/worksheet/name');
  const fingerprint = wb.names.getItemOrNullObject(FINGERPRINT_NAME).load('formula');
  return { wb, tables, fingerprint };
}

/** Walking the sheets by proxy needs no round trip: a null object answers for the sheets that are not there. */
function queueChain(ctx: Excel.RequestContext): SheetMeta[] {
  const chain: SheetMeta[] = [];
  let sheet = ctx.workbook.worksheets.getFirst();
  for (let i = 0; i < CHAINED_SHEETS; i++) {
    sheet.load('name,visibility');
    const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
    chain.push({ sheet, used });
    sheet = sheet.getNextOrNullObject();
  }
  return chain;
}

async function usedByName(ctx: Excel.RequestContext): Promise<Used[]> {
  const list = ctx.workbook.worksheets.load('items/name,items/visibility');
  await ctx.sync();
  const metas = list.items.map((sheet) => ({ sheet, used: sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount') }));
  await ctx.sync();
  return metas.map(toUsed);
}

function walkRefused(e: unknown): boolean {
  return ['ItemNotFound', 'InvalidArgument', 'InvalidReference'].includes(String((e as { code?: string })?.code));
}

function toUsed(m: SheetMeta): Used {
  const base = { name: m.sheet.name, visible: m.sheet.visibility === 'Visible' };
  if (m.used.isNullObject) return { ...base, top: 1, left: 1, rows: 0, cols: 0 };
  return { ...base, top: m.used.rowIndex + 1, left: m.used.columnIndex + 1, rows: m.used.rowCount, cols: m.used.columnCount };
}

/** ="abc" → abc: the fingerprint is kept as a text constant in a workbook name. */
function parseConstant(formula: string): string | undefined {
  const m = /^="(.*)"$/.exec(formula ?? '');
  return m ? m[1]!.replace(/""/g, '"') : undefined;
}

/** Splits every sheet's used range into segments of whole rows, packed into blocks under the byte budget. */
export function planBlocks(sheets: readonly Used[], bytesPerCell = FIRST_GUESS_BYTES_PER_CELL): Segment[][] {
  const blocks: Segment[][] = [];
  let current: Segment[] = [];
  let budget = BLOCK_BYTES;
  sheets.forEach((s, index) => {
    let row = 0;
    while (row < s.rows) {
      const perRow = Math.max(1, s.cols * bytesPerCell);
      let take = Math.min(s.rows - row, Math.floor(budget / perRow));
      if (take < 1) {
        blocks.push(current);
        current = [];
        budget = BLOCK_BYTES;
        take = Math.max(1, Math.min(s.rows - row, Math.floor(budget / perRow)));
      }
      current.push({ sheet: index, firstRow: row, rows: take });
      budget -= take * perRow;
      row += take;
    }
  });
  if (current.length) blocks.push(current);
  return blocks;
}

async function readBlocks(
  ctx: Excel.RequestContext,
  sheets: readonly Used[],
  firstPlan: Segment[][],
): Promise<{ sheets: SheetSnapshot[]; blocks: number }> {
  const out = sheets.map((s): SheetSnapshot => ({
    name: s.name,
    visible: s.visible,
    top: s.top,
    left: s.left,
    values: [],
    numberFormats: [],
    errorCells: [],
  }));
  const done = sheets.map(() => 0);
  let plan = firstPlan;
  let blocks = 0;
  let measured = 0;
  while (plan[0]) {
    const loaded = plan[0].map((seg) => ({ seg, range: segmentRange(ctx, sheets[seg.sheet]!, seg).load('values,numberFormat,valueTypes') }));
    // One round trip per block of whole rows (≤ 4 MB), never per row or cell.
    await ctx.sync();
    blocks++;
    let bytes = 0;
    let cells = 0;
    for (const { seg, range } of loaded) {
      append(out[seg.sheet]!, sheets[seg.sheet]!, seg, range);
      bytes += jsonBytes(range.values) + jsonBytes(range.numberFormat) + jsonBytes(range.valueTypes);
      cells += seg.rows * sheets[seg.sheet]!.cols;
      done[seg.sheet]! += seg.rows;
    }
    // Now the real size per cell is known: plan the rest with it, and a margin.
    if (cells) measured = Math.max(measured, Math.ceil((bytes / cells) * 1.25));
    plan = remainingPlan(sheets, done, measured);
  }
  return { sheets: out, blocks };
}

function remainingPlan(sheets: readonly Used[], done: readonly number[], bytesPerCell: number): Segment[][] {
  const rest = sheets.map((s, i) => ({ ...s, rows: s.rows - done[i]! }));
  return planBlocks(rest, bytesPerCell || FIRST_GUESS_BYTES_PER_CELL).map((block) =>
    block.map((seg) => ({ ...seg, firstRow: seg.firstRow + done[seg.sheet]! })),
  );
}

function segmentRange(ctx: Excel.RequestContext, s: Used, seg: Segment): Excel.Range {
  const top = s.top + seg.firstRow;
  return ctx.workbook.worksheets.getItem(s.name).getRange(`${a1(top, s.left)}:${a1(top + seg.rows - 1, s.left + s.cols - 1)}`);
}

function append(out: SheetSnapshot, s: Used, seg: Segment, range: Excel.Range): void {
  const values = range.values as Scalar[][];
  out.values.push(...values);
  out.numberFormats.push(...(range.numberFormat as string[][]));
  const types = range.valueTypes;
  for (let r = 0; r < types.length; r++) {
    const row = types[r]!;
    for (let c = 0; c < row.length; c++) if (row[c] === 'Error') out.errorCells.push(a1(s.top + seg.firstRow + r, s.left + c));
  }
}
