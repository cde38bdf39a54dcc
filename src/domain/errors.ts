/** The input cannot be used at all; the message is one Dutch sentence for the user. */
export class UnusableWorkbookError extends Error {
  override readonly name = 'UnusableWorkbookError';
}

/** A fix that would change more than its own cells, or a cell that changed since validation. */
export class FixRefusedError extends Error {
  override readonly name = 'FixRefusedError';
}
