import { a1, parseA1, parseRange } from '../../domain/cells';
import { sameSheetName } from '../../domain/contract';
import type { CellRange, CellWrite, CurrentCell, CurrentCells, NewSheet } from '../../domain/fixes/planner';
import type { EditRequest } from '../../domain/port';
import type { Scalar } from '../../domain/schema/snapshot';
import { applyStyle } from './format';

interface Read {
  range: CellRange;
  box: ReturnType<typeof parseRange>;
  loaded: Excel.Range;
}

/**
 * An edit in two round trips, whatever its size: one reads every range the
 * planner named (values, formulas, number formats) and the sheet list; the
 * planner decides on what Excel holds at that moment; one writes exactly
 * what it returned. A sheet that has gone is no reason to fail the rest.
 */
export async function editInExcel(ctx: Excel.RequestContext, request: EditRequest): Promise<void> {
  // Stryker disable next-line StringLiteral: load('') names no property, and Office.js then loads them all (OfficeExtension.LoadOption), the name among them
  let list = ctx.workbook.worksheets.load('items/name');
  let reads = queueReads(ctx, request.ranges, undefined);
  try {
    await ctx.sync();
  } catch (e) {
    // Stryker disable next-line OptionalChaining: Office.js rejects with OfficeExtension.Error objects, never with null
    if ((e as { code?: string })?.code !== 'ItemNotFound') throw e;
    // A sheet of the request is gone: read the list, then the ranges of the sheets that are still there.
    // Stryker disable next-line StringLiteral: as above, load('') loads every property
    list = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    reads = queueReads(
      ctx,
      request.ranges,
      list.items.map((s) => s.name),
    );
    await ctx.sync();
  }
  const names = list.items.map((s) => s.name);
  const decision = request.decide(currentCells(reads, names));
  if (!decision.writes.length && !decision.sheets.length) return;
  for (const w of decision.writes) write(ctx, w);
  for (const s of decision.sheets) addSheet(ctx, s);
  await ctx.sync();
}

function queueReads(ctx: Excel.RequestContext, ranges: readonly CellRange[], existing: string[] | undefined): Read[] {
  return ranges
    .filter((r) => !existing || existing.some((n) => sameSheetName(n, r.sheet)))
    .map((range) => ({
      range,
      box: parseRange(range.range),
      // getItem, not getItemOrNullObject: Excel fails the batch with ItemNotFound for a missing sheet, which is handled above.
      loaded: ctx.workbook.worksheets.getItem(range.sheet).getRange(range.range).load('values,formulas,numberFormat'),
    }));
}

function currentCells(reads: Read[], names: string[]): CurrentCells {
  return {
    hasSheet: (name) => names.some((n) => sameSheetName(n, name)),
    cell: (sheet, address): CurrentCell | undefined => {
      if (!names.some((n) => sameSheetName(n, sheet))) return undefined;
      const { row, col } = parseA1(address);
      const read = reads.find(
        (r) => sameSheetName(r.range.sheet, sheet) && row >= r.box.top && row <= r.box.bottom && col >= r.box.left && col <= r.box.right,
      );
      // Stryker disable next-line StringLiteral: a programming error's text, never a user's: the planner reads only the cells it named
      if (!read) throw new Error(`${sheet}!${address} is niet gelezen`);
      const [i, j] = [row - read.box.top, col - read.box.left];
      const formula = read.loaded.formulas[i]?.[j];
      return {
        value: read.loaded.values[i]![j] as Scalar,
        formula: typeof formula === 'string' && formula.startsWith('='),
        format: String(read.loaded.numberFormat[i]![j]),
      };
    },
  };
}

/**
 * One planned cell. A number format first where the planner asks for one;
 * text into a cell formatted as text goes in as it is, into any other cell
 * behind an apostrophe: Excel keeps it as text ("11 februari" stays no date,
 * "=…" no formula) and does not store the apostrophe.
 */
function write(ctx: Excel.RequestContext, w: CellWrite): void {
  const range = ctx.workbook.worksheets.getItem(w.sheet).getRange(w.cell);
  if (w.format !== undefined) range.numberFormat = [[w.format]];
  const format = w.format ?? w.before.format;
  const value = w.value === null ? '' : typeof w.value === 'number' || format === '@' ? w.value : `'${w.value}`;
  range.values = [[value]];
}

function addSheet(ctx: Excel.RequestContext, s: NewSheet): void {
  const ws = ctx.workbook.worksheets.add(s.name);
  // A template without columns still writes one (empty) cell: Excel wants arrays the size of their range.
  const cells = s.header.length ? s.header : [''];
  const address = `A1:${a1(1, cells.length)}`;
  const header = ws.getRange(address);
  header.numberFormat = [cells.map(() => '@')];
  header.values = [cells];
  applyStyle(header, address, { bold: true });
  ws.freezePanes.freezeRows(1);
}
