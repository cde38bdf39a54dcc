import { fingerprint } from '../../domain/overzicht/fingerprint';
import type { WorkbookPort } from '../../domain/port';
import type { Fix } from '../../domain/schema/finding';
import type { GeneratedSheet } from '../../domain/schema/overzicht';
import { parseSnapshot, type WorkbookSnapshot } from '../../domain/schema/snapshot';
import type { Keuzelijst } from '../../domain/keuzelijsten';
import { applyOfficeFixes } from './fixes';
import { readWorkbook } from './read';
import { writeGenerated } from './write';

export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** Excel.run on the context an event handler was registered in: the only way to remove it. */
export type ExcelRunIn = <T>(ctx: OfficeExtension.ClientRequestContext, batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The workbook port inside Excel, through Office.js. */
export class OfficeWorkbook implements WorkbookPort {
  /** Round trips of the last read, for the pane's status and the benchmark. */
  lastReadBlocks = 0;

  constructor(
    private readonly run: ExcelRun,
    private readonly runIn: ExcelRunIn,
  ) {}

  read(): Promise<WorkbookSnapshot> {
    return this.run(async (ctx) => {
      const r = await readWorkbook(ctx);
      this.lastReadBlocks = r.blocks;
      return parseSnapshot(r.snapshot);
    });
  }

  async writeGeneratedSheet(sheet: GeneratedSheet): Promise<void> {
    await this.run((ctx) => writeGenerated(ctx, sheet, fingerprint(sheet.cells)));
  }

  applyFixes(fixes: readonly Fix[]): Promise<void> {
    return this.run((ctx) => applyOfficeFixes(ctx, fixes));
  }

  /** Activates the sheet first: select() is only reliable on the active sheet. */
  select(sheet: string, cell: string): Promise<void> {
    return this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  /** Dropdown lists that point at the reference tables; other values stay allowed (with a warning). */
  installKeuzelijsten(lijsten: readonly Keuzelijst[]): Promise<void> {
    return this.run(async (ctx) => {
      for (const l of lijsten) {
        const dv = ctx.workbook.worksheets.getItem(l.sheet).getRange(l.range).dataValidation;
        dv.clear();
        dv.rule = { list: { inCellDropDown: true, source: l.source } };
        dv.errorAlert = { showAlert: true, style: 'Information', title: 'driehoek', message: l.melding };
      }
      await ctx.sync();
    });
  }

  /** Calls back after edits and pastes anywhere in the workbook; returns how to stop. */
  watch(onChange: () => void): Promise<() => Promise<void>> {
    return this.run(async (ctx) => {
      const handler = ctx.workbook.worksheets.onChanged.add(async () => onChange());
      await ctx.sync();
      return () =>
        this.runIn(handler.context, async (c) => {
          handler.remove();
          await c.sync();
        });
    });
  }
}
