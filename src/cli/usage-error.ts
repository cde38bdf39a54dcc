/** The command cannot run as asked (exit 2); the message is one sentence for the user. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
