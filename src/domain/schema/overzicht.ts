import { z } from 'zod';

const IsoDate = z.iso.date();

/** The matrix `driehoek overzicht --json` prints (regels.md). */
export const OverzichtJsonSchema = z.strictObject({
  jaar: z.number().int(),
  vergaderingen: z.array(IsoDate),
  rijen: z.array(
    z.strictObject({
      partij: z.string(),
      cellen: z.record(IsoDate, z.array(z.string())),
      totaal: z.number().int(),
    }),
  ),
  totaalPerVergadering: z.record(IsoDate, z.number().int()),
  doorlopend: z.array(z.strictObject({ onderwerp: z.string(), trekkers: z.array(z.string()), cel: z.string() })),
  onvoorzien: z.array(z.strictObject({ actie: z.string(), trekkers: z.array(z.string()), ingevlogen: z.string(), cel: z.string() })),
  nietGeplaatst: z.array(z.strictObject({ onderwerp: z.string(), cel: z.string(), reden: z.string() })),
});
export type OverzichtJson = z.infer<typeof OverzichtJsonSchema>;

/** A format applied to a whole range (Office.js sets formats per range, never per cell). */
export const CellStyleSchema = z.object({
  bold: z.boolean().optional(),
  size: z.number().optional(),
  wrap: z.boolean().optional(),
  border: z.boolean().optional(),
  /** RRGGBB */
  fill: z
    .string()
    .regex(/^[0-9A-F]{6}$/)
    .optional(),
  hAlign: z.enum(['left', 'center', 'right']).optional(),
  vAlign: z.enum(['top', 'center']).optional(),
});
export type CellStyle = z.infer<typeof CellStyleSchema>;

/** A sheet the add-in owns and rewrites whole: what the port must write. */
export const GeneratedSheetSchema = z.object({
  name: z.string(),
  /** Rectangular from A1; strings are written as text, never as formulas. */
  cells: z.array(z.array(z.union([z.string(), z.number()]))),
  columnWidths: z.array(z.number()),
  formats: z.array(z.object({ range: z.string(), style: CellStyleSchema })),
  merges: z.array(z.string()),
  freeze: z.object({ rows: z.number().int(), columns: z.number().int() }),
  /** Rows repeated on every printed page, e.g. "4:4". */
  printTitleRows: z.string().optional(),
  landscape: z.boolean(),
  paper: z.enum(['A4', 'A3']),
  fitToWidth: z.boolean(),
  /** Row heights in points by 1-based row, where the text needs more than one line (not every reader fits rows itself). */
  rowHeights: z.record(z.string(), z.number()).optional(),
  /** Page breaks after these 1-based rows. */
  rowBreaks: z.array(z.number().int()).optional(),
});
export type GeneratedSheet = z.infer<typeof GeneratedSheetSchema>;
