import type { Keuzelijst } from '../domain/keuzelijsten';
import type { WorkbookPort } from '../domain/port';
import type { Locale } from '../domain/rules/define';

/** What the pane needs from where it runs: Excel (Office.js) or a browser page with a file. */
export interface PaneHost {
  port: WorkbookPort;
  locale: Locale;
  /** ISO date of today: the clock lives in the shell, not in the core. */
  today(): string;
  workbookName(): Promise<string>;
  /** A Dutch (or English) sentence for an error, never a stack trace. */
  describeError(e: unknown): string;
  /** Excel only: jump to a cell. */
  select?(sheet: string, cell: string): Promise<void>;
  /** Excel only: dropdown lists from the reference tables. */
  installKeuzelijsten?(lists: readonly Keuzelijst[]): Promise<void>;
  /** Excel only: call back after edits and pastes; returns how to stop. */
  watch?(onChange: () => void): Promise<() => Promise<void>>;
}
