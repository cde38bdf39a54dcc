import { formatISO } from 'date-fns';
import { officeErrorMessage } from '../adapters/office/errors';
import { OfficeWorkbook, type ExcelRun, type ExcelRunIn } from '../adapters/office/office-workbook';
import { FixRefusedError, UnusableWorkbookError } from '../domain/errors';
import type { Locale } from '../domain/rules/define';
import type { PaneHost } from './host';
import { texts } from './i18n';

/** The pane inside Excel: the Office.js adapter, plus jumping to cells, dropdowns and live validation. */
export function officeHost(run: ExcelRun, runIn: ExcelRunIn, locale: Locale): PaneHost {
  const workbook = new OfficeWorkbook(run, runIn);
  return {
    port: workbook,
    locale,
    today: () => formatISO(new Date(), { representation: 'date' }),
    workbookName: () =>
      run(async (ctx) => {
        ctx.workbook.load('name');
        await ctx.sync();
        return ctx.workbook.name;
      }),
    describeError: (e) => describeError(e, locale),
    select: (sheet, cell) => workbook.select(sheet, cell),
    installKeuzelijsten: (lists) => workbook.installKeuzelijsten(lists),
    watch: (onChange) => workbook.watch(onChange),
  };
}

export function describeError(e: unknown, locale: Locale): string {
  if (e instanceof UnusableWorkbookError || e instanceof FixRefusedError) return e.message;
  return officeErrorMessage(e) ?? texts(locale).onverwacht.replace('{fout}', String((e as Error)?.message ?? e));
}
