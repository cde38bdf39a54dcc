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
export interface CellStyle {
  bold?: boolean;
  size?: number;
  wrap?: boolean;
  border?: boolean;
  /** RRGGBB */
  fill?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'center';
}

/** A sheet the add-in owns and rewrites whole: what the port must write. */
export interface GeneratedSheet {
  name: string;
  /** Rectangular from A1; strings are written as text, never as formulas. */
  cells: Array<Array<string | number>>;
  columnWidths: number[];
  formats: Array<{ range: string; style: CellStyle }>;
  merges: string[];
  freeze: { rows: number; columns: number };
  /** Rows repeated on every printed page, e.g. "4:4". */
  printTitleRows?: string;
  landscape: boolean;
  paper: 'A4' | 'A3';
  fitToWidth: boolean;
  /** Row heights in points by 1-based row, where the text needs more than one line (not every reader fits rows itself). */
  rowHeights?: Record<string, number>;
  /** Page breaks after these 1-based rows. */
  rowBreaks?: number[];
}
