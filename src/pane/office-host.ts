import { formatISO } from 'date-fns/formatISO';
import type { ExcelRun, ExcelRunIn, OfficeWorkbook } from '../adapters/office/office-workbook';
import type { WorkbookPort } from '../domain/port';
import type { Locale } from '../domain/teksten/text';
import { describeError } from './errors';
import type { PaneHost } from './host';

/** The pane inside Excel: the Office.js adapter, plus jumping to cells and live validation. */
export function officeHost(run: ExcelRun, runIn: ExcelRunIn, locale: Locale): PaneHost {
  // The adapter comes with the first action that reaches the workbook: the first screen does not need it.
  let made: Promise<OfficeWorkbook> | undefined;
  const workbook = () =>
    (made ??= import(/* webpackChunkName: "kern" */ '../adapters/office/office-workbook').then((m) => new m.OfficeWorkbook(run, runIn)));
  const port: WorkbookPort = {
    read: async () => (await workbook()).read(),
    edit: async (request) => (await workbook()).edit(request),
    writeGenerated: async (write) => (await workbook()).writeGenerated(write),
    hideColumns: async (sheet, columns) => (await workbook()).hideColumns(sheet, columns),
    installKeuzelijsten: async (lists) => (await workbook()).installKeuzelijsten(lists),
  };
  return {
    port,
    locale,
    today: () => formatISO(new Date(), { representation: 'date' }),
    describeError: (e) => describeError(e, locale),
    select: async (sheet, cell) => (await workbook()).select(sheet, cell),
    watch: async (onChange) => (await workbook()).watch(onChange),
  };
}

/** Office's display language decides; Dutch unless it is English. */
export function localeOf(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
