import { t } from './teksten/index';
import type { BESTAND } from './teksten/bestand';
import type { Locale } from './teksten/text';

type BestandTekst = keyof typeof BESTAND;

/** The input cannot be used at all: one sentence for the user, in either language. */
export class UnusableWorkbookError extends Error {
  override readonly name = 'UnusableWorkbookError';
  constructor(
    readonly tekst: BestandTekst,
    readonly data: { naam: string; onderdeel?: string },
  ) {
    super(t('nl', tekst as 'bestand.onleesbaar', { onderdeel: '', ...data }));
  }

  sentence(locale: Locale): string {
    return t(locale, this.tekst as 'bestand.onleesbaar', { onderdeel: '', ...this.data });
  }
}

/**
 * The host refused to write a generated sheet for a reason the core could not
 * see beforehand (Excel keeps chart sheets out of Office.js): the use case
 * turns it into an outcome.
 */
export class GeneratedSheetRefused extends Error {
  override readonly name = 'GeneratedSheetRefused';
  constructor(readonly reden: 'geenWerkblad' | 'beveiligd') {
    super(reden);
  }
}
