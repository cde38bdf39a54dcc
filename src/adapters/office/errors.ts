import { t } from '../../domain/teksten/index';
import type { Locale } from '../../domain/teksten/text';
import { refusedForSize } from './limits';

/** Excel's errors as one sentence that says what to do; undefined when the error is not Excel's. */
export function officeErrorMessage(e: unknown, locale: Locale): string | undefined {
  const code = (e as { code?: string })?.code;
  const message = String((e as { message?: string })?.message ?? '');
  if (refusedForSize(e)) return t(locale, 'excel.teGroot');
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return t(locale, 'excel.bewerken');
    case 'AccessDenied':
      return /protect|beveilig/i.test(message) ? t(locale, 'excel.beveiligd') : t(locale, 'excel.nietToegestaan');
    case 'ItemNotFound':
      return t(locale, 'excel.weg');
    case 'GeneralException':
    case 'Conflict':
      return t(locale, 'excel.bezet');
    default:
      return code ? t(locale, 'excel.anders', { code, melding: message }) : undefined;
  }
}
