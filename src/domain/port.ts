import type { Fix } from './schema/finding';
import type { GeneratedSheet } from './schema/overzicht';
import type { WorkbookSnapshot } from './schema/snapshot';

/**
 * The one way the core reaches a workbook. Two adapters implement it: Office.js
 * (Excel itself) and exceljs + the package zip (.xlsx files in Node and the browser).
 */
export interface WorkbookPort {
  /** Every sheet's used cells with number formats, and the Excel tables. Writes nothing. */
  read(): Promise<WorkbookSnapshot>;
  /** Replaces (or adds) the one generated sheet; every other sheet stays as it was. */
  writeGeneratedSheet(sheet: GeneratedSheet): Promise<void>;
  /** Applies typed fixes; each changes only its own cells. */
  applyFixes(fixes: readonly Fix[]): Promise<void>;
}
