import type { CellRange, CellWrite, CurrentCells, NewSheet } from './fixes/planner';
import type { Keuzelijst } from './keuzelijsten';
import type { GeneratedSheet } from './schema/overzicht';
import type { WorkbookSnapshot } from './schema/snapshot';

/** An edit the core decides on the cells as they are at the moment of writing. */
export interface EditRequest {
  /** The ranges to read first. */
  ranges: CellRange[];
  /** Called with those cells as they are now; returns exactly what to write. */
  decide(current: CurrentCells): { writes: CellWrite[]; sheets: NewSheet[] };
}

/** A generated sheet as the core decided it, with what the adapter stores beside it. */
export interface GeneratedWrite {
  sheet: GeneratedSheet;
  /** The name of the sheet to replace in place, as the workbook spells it; absent to add one. */
  existing?: string;
  /** The hidden workbook name that keeps the fingerprint, and its value. */
  fingerprintName: string;
  fingerprint: string;
  /** The block of cells to replace: what the sheet held of driehoek's before, joined with what it writes now. */
  area: string;
}

/**
 * The one way the core reaches a workbook. Two adapters implement it: Office.js
 * (Excel itself) and the package zip (.xlsx files in Node and the browser).
 */
export interface WorkbookPort {
  /** Every sheet's cells with number formats, and the Excel tables. Writes nothing. */
  read(): Promise<WorkbookSnapshot>;
  /** Reads the ranges asked for, lets the core decide, and writes what it returns; nothing else. */
  edit(request: EditRequest): Promise<void>;
  /** Replaces the content of one generated sheet in place (or adds it); every other sheet stays as it was. */
  writeGenerated(write: GeneratedWrite): Promise<void>;
  /** Hides whole columns ("D:D"), their data kept: the old combined column after a split. */
  hideColumns(sheet: string, columns: string): Promise<void>;
  /** Excel only: dropdown lists on the Acties columns. */
  installKeuzelijsten?(lists: readonly Keuzelijst[]): Promise<void>;
}
