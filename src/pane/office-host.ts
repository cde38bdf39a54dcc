import { formatISO } from 'date-fns';
import { OfficeWorkbook, type ExcelRun, type ExcelRunIn } from '../adapters/office/office-workbook';
import type { Locale } from '../domain/teksten/text';
import { describeError } from './errors';
import type { PaneHost } from './host';

/** The pane inside Excel: the Office.js adapter, plus jumping to cells and live validation. */
export function officeHost(run: ExcelRun, runIn: ExcelRunIn, locale: Locale): PaneHost {
  const workbook = new OfficeWorkbook(run, runIn);
  return {
    port: workbook,
    locale,
    today: () => formatISO(new Date(), { representation: 'date' }),
    describeError: (e) => describeError(e, locale),
    select: (sheet, cell) => workbook.select(sheet, cell),
    watch: (onChange) => workbook.watch(onChange),
  };
}

/** Office's display language decides; Dutch unless it is English. */
export function localeOf(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
