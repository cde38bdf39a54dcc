import { officeErrorMessage } from '../adapters/office/errors';
import { UnusableWorkbookError } from '../domain/errors';
import { t } from '../domain/teksten/index';
import type { Locale } from '../domain/teksten/text';

/** Any error as one sentence that says what to do. */
export function describeError(e: unknown, locale: Locale): string {
  if (e instanceof UnusableWorkbookError) return e.sentence(locale);
  return officeErrorMessage(e, locale) ?? t(locale, 'excel.onverwacht', { fout: String((e as Error)?.message ?? e) });
}
