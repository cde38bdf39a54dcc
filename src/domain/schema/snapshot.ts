import { z } from 'zod';

/**
 * What the workbook port hands the core: every sheet as a block of cells, the
 * way Office.js returns a used range (values as a 2-D array, "" for empty,
 * numbers for dates, with the number formats beside them).
 */
export const ScalarSchema = z.union([z.string(), z.number(), z.boolean()]);
export type Scalar = z.infer<typeof ScalarSchema>;

export const SheetSnapshotSchema = z.object({
  name: z.string().min(1),
  visible: z.boolean(),
  /** 1-based row and column of values[0][0]. */
  top: z.number().int().min(1),
  left: z.number().int().min(1),
  values: z.array(z.array(ScalarSchema)),
  /** Same shape as values; "General" where the cell has no format. */
  numberFormats: z.array(z.array(z.string())),
  /** A1 addresses of cells holding an Excel error value (#REF!, #N/A, …). */
  errorCells: z.array(z.string()),
});
export type SheetSnapshot = z.infer<typeof SheetSnapshotSchema>;

export const TableSnapshotSchema = z.object({
  name: z.string(),
  sheet: z.string(),
  /** A1 range including the header row, e.g. "A1:D31". */
  range: z.string(),
  showHeaders: z.boolean(),
});
export type TableSnapshot = z.infer<typeof TableSnapshotSchema>;

export const WorkbookSnapshotSchema = z.object({
  name: z.string(),
  /** Serial numbers count from 1904-01-01 instead of 1899-12-30. */
  date1904: z.boolean(),
  sheets: z.array(SheetSnapshotSchema),
  tables: z.array(TableSnapshotSchema),
  /** What the add-in last wrote as Driehoek-overzicht, to tell a hand edit from a stale sheet. */
  overzichtVingerafdruk: z.string().optional(),
});
export type WorkbookSnapshot = z.infer<typeof WorkbookSnapshotSchema>;

const MetaSchema = WorkbookSnapshotSchema.extend({
  sheets: z.array(
    SheetSnapshotSchema.omit({ values: true, numberFormats: true }).extend({ values: z.array(z.unknown()), numberFormats: z.array(z.unknown()) }),
  ),
});

/**
 * Parses the port's answer at the boundary; throws on a shape the core cannot
 * use. Inside the core the snapshot is trusted.
 */
export function parseSnapshot(input: unknown): WorkbookSnapshot {
  MetaSchema.parse(input);
  const snapshot = input as WorkbookSnapshot;
  for (const sheet of snapshot.sheets) assertGrid(sheet.values as unknown[][], sheet.numberFormats as unknown[][], sheet.name);
  return snapshot;
}

// Checking cells in one loop, not through zod per cell: a 100,000-row sheet
// would otherwise cost more than validating it.
function assertGrid(values: unknown[][], formats: unknown[][], sheet: string): void {
  if (values.length !== formats.length) throw new Error(`Blad ${sheet}: waarden en opmaak verschillen in grootte`);
  for (let r = 0; r < values.length; r++) {
    const row = values[r]!;
    const fmt = formats[r]!;
    if (!Array.isArray(row) || !Array.isArray(fmt) || row.length !== fmt.length) throw new Error(`Blad ${sheet}: rij ${r + 1} is niet rechthoekig`);
    for (let c = 0; c < row.length; c++) {
      const t = typeof row[c];
      if (t !== 'string' && t !== 'number' && t !== 'boolean') throw new Error(`Blad ${sheet}: onbekende celwaarde`);
      if (typeof fmt[c] !== 'string') throw new Error(`Blad ${sheet}: onbekende celopmaak`);
    }
  }
}
