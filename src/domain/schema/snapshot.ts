// zod/mini: the same schemas in a fraction of the bytes the pane loads.
import { z } from 'zod/mini';

/**
 * What the workbook port hands the core: every sheet as blocks of cells, the
 * way Office.js returns a range (values as a 2-D array, "" for empty, numbers
 * for dates, with the number formats beside them). A sheet is a few blocks
 * rather than one rectangle, so that memory follows the content: one stray
 * value in XFD1048576 is a block of one cell, not a grid of billions.
 */
export const ScalarSchema = z.union([z.string(), z.number(), z.boolean()]);
export type Scalar = z.infer<typeof ScalarSchema>;

const CellBlockSchema = z.object({
  /** 1-based row and column of values[0][0]. */
  top: z.int().check(z.minimum(1)),
  left: z.int().check(z.minimum(1)),
  values: z.array(z.array(ScalarSchema)),
  /** Same shape as values; "General" where the cell has no format. */
  numberFormats: z.array(z.array(z.string())),
});
export type CellBlock = z.infer<typeof CellBlockSchema>;

const SheetKindSchema = z.enum(['werkblad', 'grafiekblad', 'anders']);
export type SheetKind = z.infer<typeof SheetKindSchema>;

const SheetSnapshotSchema = z.object({
  name: z.string().check(z.minLength(1)),
  visible: z.boolean(),
  /** A chart sheet or dialog sheet has no cells, and can never become a generated sheet. */
  kind: SheetKindSchema,
  /** The sheet is protected: nothing may be written into it. */
  protected: z.boolean(),
  /** Non-overlapping blocks of cells, in row order. */
  blocks: z.array(CellBlockSchema),
  /** A1 addresses of cells holding an Excel error value (#REF!, #N/A, …). */
  errorCells: z.array(z.string()),
});
export type SheetSnapshot = z.infer<typeof SheetSnapshotSchema>;

const TableSnapshotSchema = z.object({
  name: z.string(),
  sheet: z.string(),
  /** A1 range of the whole table, header and totals rows included, e.g. "A1:D31". */
  range: z.string(),
  /** Header rows at the top of the range (0 or 1). */
  headerRows: z.int().check(z.minimum(0)),
  /** Totals rows at the bottom of the range (0 or 1): no actions there. */
  totalsRows: z.int().check(z.minimum(0)),
});
export type TableSnapshot = z.infer<typeof TableSnapshotSchema>;

const WorkbookSnapshotSchema = z.object({
  name: z.string(),
  /** Serial numbers count from 1904-01-01 instead of 1899-12-30. */
  date1904: z.boolean(),
  sheets: z.array(SheetSnapshotSchema),
  tables: z.array(TableSnapshotSchema),
  /** What the add-in last wrote into each generated sheet (a hash and the area), to tell a hand edit from a stale sheet. */
  vingerafdrukken: z.record(z.string(), z.string()),
});
export type WorkbookSnapshot = z.infer<typeof WorkbookSnapshotSchema>;

const MetaSchema = z.extend(WorkbookSnapshotSchema, {
  sheets: z.array(
    z.extend(z.omit(SheetSnapshotSchema, { blocks: true }), {
      blocks: z.array(
        z.extend(z.omit(CellBlockSchema, { values: true, numberFormats: true }), {
          values: z.array(z.unknown()),
          numberFormats: z.array(z.unknown()),
        }),
      ),
    }),
  ),
});

/**
 * Parses the port's answer at the boundary; throws on a shape the core cannot
 * use. Inside the core the snapshot is trusted.
 */
export function parseSnapshot(input: unknown): WorkbookSnapshot {
  MetaSchema.parse(input);
  const snapshot = input as WorkbookSnapshot;
  for (const sheet of snapshot.sheets) for (const block of sheet.blocks) assertBlock(block, sheet.name);
  return snapshot;
}

// Checking cells in one loop, not through zod per cell: a 100,000-row sheet
// would otherwise cost more than validating it.
function assertBlock(block: CellBlock, sheet: string): void {
  const { values, numberFormats: formats } = block;
  if (values.length !== formats.length) throw new Error(`Blad ${sheet}: waarden en opmaak verschillen in grootte`);
  const width = values[0]?.length ?? 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r]!;
    const fmt = formats[r]!;
    if (!Array.isArray(row) || !Array.isArray(fmt) || row.length !== width || fmt.length !== width)
      throw new Error(`Blad ${sheet}: rij ${r + 1} is niet rechthoekig`);
    for (let c = 0; c < width; c++) {
      const t = typeof row[c];
      if (t !== 'string' && t !== 'number' && t !== 'boolean') throw new Error(`Blad ${sheet}: onbekende celwaarde`);
      if (typeof fmt[c] !== 'string') throw new Error(`Blad ${sheet}: onbekende celopmaak`);
    }
  }
}

/** A sheet with one block of cells from `top`,`left`: how most sheets look. */
export function sheetOf(
  name: string,
  values: Scalar[][],
  // Stryker disable next-line StringLiteral: the core reads a format only as a date format or as text ('@'): '' and 'General' are neither
  numberFormats: string[][] = values.map((r) => r.map(() => 'General')),
  extra: Partial<Omit<SheetSnapshot, 'name' | 'blocks'>> & { top?: number; left?: number } = {},
): SheetSnapshot {
  const { top = 1, left = 1, ...rest } = extra;
  return {
    name,
    visible: true,
    kind: 'werkblad',
    protected: false,
    errorCells: [],
    ...rest,
    blocks: values.length ? [{ top, left, values, numberFormats }] : [],
  };
}
