import type { WorkbookPort } from '../domain/port';
import type { Locale } from '../domain/teksten/text';

/** What the pane needs from where it runs: Excel (Office.js) or a browser page with a file. */
export interface PaneHost {
  port: WorkbookPort;
  locale: Locale;
  /** ISO date of today: the clock lives in the shell, not in the core. */
  today(): string;
  /** One sentence for an error, never a stack trace. */
  describeError(e: unknown): string;
  /** Excel only: jump to a cell. */
  select?(sheet: string, cell: string): Promise<void>;
  /** Excel only: call back after the user's edits and pastes; returns how to stop. */
  watch?(onChange: () => void): Promise<() => Promise<void>>;
}
