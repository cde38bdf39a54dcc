import { z } from 'zod';
import { ErnstSchema } from './finding';

/** One cell as the core sees it after reading: where it is and what it says. */
export const FieldSchema = z.object({
  /** A1 address on the table's sheet. */
  cell: z.string(),
  /** The cell's text, trimmed; "" when empty. Dates as the user would see them. */
  text: z.string(),
  /** ISO date when the cell holds an Excel date. */
  iso: z.string().optional(),
  /** The Excel error value when the cell holds one. */
  error: z.string().optional(),
  /** A1 address of the cell above this blank one inherits from. */
  inheritedFrom: z.string().optional(),
});
export type Field = z.infer<typeof FieldSchema>;

export const TableKindSchema = z.enum(['acties', 'vergaderingen', 'speerpunten', 'partijen', 'onvoorzien', 'instellingen']);
export type TableKind = z.infer<typeof TableKindSchema>;

/** Where a table was found and which of its columns are present. */
export const TableLocationSchema = z.object({
  kind: TableKindSchema,
  sheet: z.string(),
  /** 1-based header row. */
  headerRow: z.number().int(),
  /** Column key → 1-based column number and the header as written. */
  columns: z.record(z.string(), z.object({ col: z.number().int(), header: z.string() })),
  firstCol: z.number().int(),
  lastCol: z.number().int(),
  lastRow: z.number().int(),
  foundBy: z.enum(['tabel', 'blad', 'kopregel']),
});
export type TableLocation = z.infer<typeof TableLocationSchema>;

export const StatusSchema = z.enum(['Gepland', 'Lopend', 'Afgerond', 'Uitgesteld', 'Vervallen']);
export type Status = z.infer<typeof StatusSchema>;

export const PartijSoortSchema = z.enum(['Gemeente', 'Politie', 'OM', 'Overig']);

export const PartijSchema = z.object({
  row: z.number().int(),
  naam: FieldSchema,
  soort: z.string(),
  aliassen: z.array(z.string()),
  aliassenField: FieldSchema.optional(),
});
export type Partij = z.infer<typeof PartijSchema>;

export const SpeerpuntSchema = z.object({
  row: z.number().int(),
  code: FieldSchema,
  naam: FieldSchema,
  /** Code of the speerpunt this sub-speerpunt belongs to; absent for a speerpunt. */
  parent: z.string().optional(),
});
export type Speerpunt = z.infer<typeof SpeerpuntSchema>;

export const VergaderingSchema = z.object({
  row: z.number().int(),
  driehoek: FieldSchema,
  wiv: FieldSchema.optional(),
  /** Parsed dates; absent when the cell could not be read. */
  driehoekIso: z.string().optional(),
  wivIso: z.string().optional(),
});
export type Vergadering = z.infer<typeof VergaderingSchema>;

/** A row of Acties or Onvoorzien: fields by column key, absent where the column is. */
export const ActieRowSchema = z.object({
  table: z.enum(['acties', 'onvoorzien']),
  row: z.number().int(),
  nr: FieldSchema.optional(),
  speerpunt: FieldSchema.optional(),
  subspeerpunt: FieldSchema.optional(),
  actie: FieldSchema.optional(),
  onderwerp: FieldSchema.optional(),
  trekker: FieldSchema.optional(),
  driehoek: FieldSchema.optional(),
  status: FieldSchema.optional(),
  opmerking: FieldSchema.optional(),
  ingevlogen: FieldSchema.optional(),
});
export type ActieRow = z.infer<typeof ActieRowSchema>;

export const InstellingSchema = z.object({
  row: z.number().int(),
  regel: FieldSchema,
  ernst: FieldSchema,
  /** The parsed severity, absent when the cell holds no known word. */
  waarde: ErnstSchema.optional(),
});
export type Instelling = z.infer<typeof InstellingSchema>;
