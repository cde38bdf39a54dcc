/** The input cannot be used at all; the message is one Dutch sentence for the user. */
export class UnusableWorkbookError extends Error {
  override readonly name = 'UnusableWorkbookError';
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
