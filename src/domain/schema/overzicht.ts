// zod/mini: the same schemas in a fraction of the bytes the pane loads.
import { z } from 'zod/mini';

const IsoDate = z.iso.date();

/** The matrix `driehoek overzicht --json` prints (regels.md). */
export const OverzichtJsonSchema = z.strictObject({
  jaar: z.int(),
  vergaderingen: z.array(IsoDate),
  rijen: z.array(
    z.strictObject({
      partij: z.string(),
      cellen: z.record(IsoDate, z.array(z.string())),
      totaal: z.int(),
    }),
  ),
  totaalPerVergadering: z.record(IsoDate, z.int()),
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

/** A native chart over cells of the sheet: horizontal stacked bars (documenten.md, Voortgang). */
export interface Grafiek {
  /** The chart's own name, by which the next run finds and replaces it. */
  naam: string;
  titel: string;
  /** The data: categories down the first column, a series per further column, the series' names in the first row. */
  bereik: string;
  /** RRGGBB per series. */
  kleuren: string[];
  /** The cells it covers: its top-left and bottom-right cell. */
  van: string;
  tot: string;
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
  chart?: Grafiek;
}

const Punt = {
  speerpunt: z.string(),
  subspeerpunt: z.string(),
  onderwerp: z.string(),
  actie: z.string(),
  trekkers: z.array(z.string()),
  status: z.string(),
  opmerking: z.string(),
  cel: z.string(),
  verplaatstVan: z.array(IsoDate),
};

/** What `driehoek agenda --json` prints (documenten.md). */
export const AgendaJsonSchema = z.strictObject({
  vergadering: IsoDate,
  wiv: z.nullable(IsoDate),
  vorige: z.nullable(IsoDate),
  punten: z.array(z.strictObject(Punt)),
  achterstallig: z.array(z.strictObject({ ...Punt, vergadering: IsoDate })),
  onvoorzien: z.array(z.strictObject({ actie: z.string(), ingevlogen: z.string(), cel: z.string() })),
  doorlopend: z.array(z.strictObject({ onderwerp: z.string(), trekkers: z.array(z.string()), cel: z.string() })),
});
export type AgendaJson = z.infer<typeof AgendaJsonSchema>;

const Tellingen = {
  acties: z.int(),
  perStatus: z.strictObject({
    Gepland: z.int(),
    Lopend: z.int(),
    Afgerond: z.int(),
    Uitgesteld: z.int(),
    Vervallen: z.int(),
    geen: z.int(),
  }),
  opgeleverd: z.int(),
  achterstallig: z.int(),
  gereedPercentage: z.nullable(z.int()),
};

/** What `driehoek voortgang --json` prints (documenten.md). */
export const VoortgangJsonSchema = z.strictObject({
  jaar: z.int(),
  peildatum: IsoDate,
  totaal: z.strictObject(Tellingen),
  speerpunten: z.array(
    z.strictObject({
      code: z.string(),
      naam: z.string(),
      ...Tellingen,
      subspeerpunten: z.array(z.strictObject({ code: z.string(), naam: z.string(), ...Tellingen })),
    }),
  ),
  partijen: z.array(z.strictObject({ partij: z.string(), ...Tellingen })),
  aandacht: z.array(
    z.strictObject({
      onderwerp: z.string(),
      trekkers: z.array(z.string()),
      vergaderingen: z.array(IsoDate),
      status: z.string(),
      opmerking: z.string(),
      cel: z.string(),
      reden: z.string(),
    }),
  ),
});
export type VoortgangJson = z.infer<typeof VoortgangJsonSchema>;
