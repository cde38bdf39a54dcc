import type { Keuzelijst } from '../../domain/keuzelijsten';
import type { EditRequest, GeneratedWrite, WorkbookPort } from '../../domain/port';
import { parseSnapshot, type WorkbookSnapshot } from '../../domain/schema/snapshot';
import { editInExcel } from './edit';
import { readWorkbook } from './read';
import { writeGeneratedInExcel } from './write';

export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** Excel.run on the context an event handler was registered in: the only way to remove it. */
export type ExcelRunIn = <T>(ctx: OfficeExtension.ClientRequestContext, batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Change events this soon after driehoek's own write are its own echo, not the user's edit. */
const ECHO_MS = 1500;

/** The workbook port inside Excel, through Office.js. */
export class OfficeWorkbook implements WorkbookPort {
  /** Round trips of the last read, for the pane's status and the benchmark. */
  lastReadRoundTrips = 0;
  private writing = 0;
  private lastWriteEnd = -Infinity;

  constructor(
    private readonly run: ExcelRun,
    private readonly runIn: ExcelRunIn,
    private readonly now: () => number = () => Date.now(),
  ) {}

  read(): Promise<WorkbookSnapshot> {
    return this.run(async (ctx) => {
      const r = await readWorkbook(ctx);
      this.lastReadRoundTrips = r.roundTrips;
      return parseSnapshot(r.snapshot);
    });
  }

  edit(request: EditRequest): Promise<void> {
    return this.writes(() => this.run((ctx) => editInExcel(ctx, request)));
  }

  writeGenerated(write: GeneratedWrite): Promise<void> {
    return this.writes(() => this.run((ctx) => writeGeneratedInExcel(ctx, write)));
  }

  hideColumns(sheet: string, columns: string): Promise<void> {
    return this.writes(() =>
      this.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(sheet).getRange(columns).columnHidden = true;
        await ctx.sync();
      }),
    );
  }

  /** Dropdown lists that point at the reference tables; other values stay allowed (with a notice). */
  installKeuzelijsten(lijsten: readonly Keuzelijst[]): Promise<void> {
    return this.writes(() =>
      this.run(async (ctx) => {
        for (const l of lijsten) {
          const dv = ctx.workbook.worksheets.getItem(l.sheet).getRange(l.range).dataValidation;
          dv.clear();
          dv.rule = { list: { inCellDropDown: true, source: l.source } };
          dv.errorAlert = { showAlert: true, style: 'Information', title: 'driehoek', message: l.melding };
        }
        await ctx.sync();
      }),
    );
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

  /**
   * Calls back after the user's edits and pastes anywhere in the workbook
   * (WorksheetCollection.onChanged, ExcelApi 1.9); driehoek's own writes do
   * not count. Returns how to stop.
   */
  watch(onChange: () => void): Promise<() => Promise<void>> {
    return this.run(async (ctx) => {
      const handler = ctx.workbook.worksheets.onChanged.add(async (event) => {
        if (this.isOwnEcho(event)) return;
        onChange();
      });
      await ctx.sync();
      return () =>
        this.runIn(handler.context, async (c) => {
          handler.remove();
          await c.sync();
        });
    });
  }

  private isOwnEcho(event: Excel.WorksheetChangedEventArgs): boolean {
    // Where Excel says who changed the cells (ExcelApi 1.14), it decides; elsewhere the time of driehoek's own writes does.
    const trigger = (event as { triggerSource?: string }).triggerSource;
    if (trigger) return trigger === 'ThisLocalAddin';
    return this.writing > 0 || this.now() - this.lastWriteEnd < ECHO_MS;
  }

  private async writes<T>(work: () => Promise<T>): Promise<T> {
    this.writing++;
    try {
      return await work();
    } finally {
      this.writing--;
      this.lastWriteEnd = this.now();
    }
  }
}
