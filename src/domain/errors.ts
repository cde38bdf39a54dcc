import { t } from './teksten/index';
import type { BESTAND } from './teksten/bestand';
import type { Locale } from './teksten/text';

type BestandTekst = keyof typeof BESTAND;
type BestandData = { naam: string; onderdeel?: string };

// Only the sentences that name an onderdeel have that placeholder, and those are always given one.
const zin = (locale: Locale, tekst: BestandTekst, data: BestandData) => t(locale, tekst as 'bestand.onleesbaar', data as Required<BestandData>);

/** The input cannot be used at all: one sentence for the user, in either language. */
export class UnusableWorkbookError extends Error {
  // Stryker disable next-line StringLiteral: a name for a developer's stack trace; the user reads sentence()
  override readonly name = 'UnusableWorkbookError';
  constructor(
    readonly tekst: BestandTekst,
    readonly data: BestandData,
  ) {
    super(zin('nl', tekst, data));
  }

  sentence(locale: Locale): string {
    return zin(locale, this.tekst, this.data);
  }
}

/**
 * The host refused to write a generated sheet for a reason the core could not
 * see beforehand (Excel keeps chart sheets out of Office.js): the use case
 * turns it into an outcome.
 */
export class GeneratedSheetRefused extends Error {
  // Stryker disable next-line StringLiteral: a name for a developer's stack trace; the use case turns it into an outcome
  override readonly name = 'GeneratedSheetRefused';
  constructor(readonly reden: 'geenWerkblad' | 'beveiligd') {
    super(reden);
  }
}
