/** The input cannot be used at all; the message is one Dutch sentence for the user. */
export class UnusableWorkbookError extends Error {
  override readonly name = 'UnusableWorkbookError';
}
