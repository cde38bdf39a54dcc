/**
 * The workbook contract (../shared/design/werkboek.md) in one place: every
 * table, its names and its columns. The column-key types, the zod row schemas,
 * the readers, the template sheets and `verplicht-leeg` all derive from here,
 * so a misspelled column key does not compile.
 */
// zod/mini: the same schemas in a fraction of the bytes the pane loads.
import { z } from 'zod/mini';
import { FieldSchema, type Field } from './schema/field';

/** What a column holds, so readers and rules know how to take it. */
type ColumnKind = 'tekst' | 'datums' | 'trekkers' | 'status' | 'datum' | 'ernst';

export interface ColumnSpec {
  /** Header as the template writes it. */
  readonly header: string;
  /** headerKey() forms accepted; a trailing year ("Acties 2021") is ignored. */
  readonly accepts: readonly string[];
  /** A row of the table needs a value here (Subspeerpunt only where its speerpunt has any). */
  readonly required?: boolean;
  readonly kind?: ColumnKind;
  /** Written on new sheets by "Sjabloon aanvullen". */
  readonly template?: boolean;
}

export interface TableSpec {
  /** Dutch name shown to users and used for the template sheet. */
  readonly title: string;
  readonly required: boolean;
  /** headerKey() forms of ListObject and sheet names that mean this table. */
  readonly names: readonly string[];
  readonly columns: Readonly<Record<string, ColumnSpec>>;
}

const GECOMBINEERD_HEADER = 'Wanneer af/terugkoppeling en wie is de trekker?';

const col = (header: string, accepts: string[], extra: Omit<ColumnSpec, 'header' | 'accepts'> = {}): ColumnSpec => ({
  header,
  accepts,
  template: true,
  ...extra,
});

export const CONTRACT = {
  acties: {
    title: 'Acties',
    required: true,
    names: ['acties', 'actie', 'uitvoeringsprogramma', 'programma', 'tblacties'],
    columns: {
      nr: col('Nr', ['nr', 'nummer', 'id']),
      speerpunt: col('Speerpunt', ['speerpunt'], { required: true }),
      subspeerpunt: col('Subspeerpunt', ['subspeerpunt'], { required: true }),
      actie: col('Actie', ['actie', 'acties'], { required: true }),
      onderwerp: col('Onderwerp', ['onderwerp', 'kort']),
      gecombineerd: { header: GECOMBINEERD_HEADER, accepts: ['wanneerafterugkoppelingenwieisdetrekker'] },
      trekker: col('Trekker', ['trekker', 'actiehouder', 'wie'], { required: true, kind: 'trekkers' }),
      driehoek: col('Driehoek', ['driehoek', 'wanneer', 'datum'], { required: true, kind: 'datums' }),
      oorspronkelijk: col('Oorspronkelijk', ['oorspronkelijk', 'oorspronkelijkedriehoek', 'verplaatstvan', 'wasgepland'], { kind: 'datums' }),
      status: col('Status', ['status'], { kind: 'status' }),
      opmerking: col('Opmerking', ['opmerking', 'opmerkingen']),
    },
  },
  vergaderingen: {
    title: 'Vergaderingen',
    required: true,
    names: ['vergaderingen', 'vergadering', 'vergaderdata', 'driehoekvergaderingen', 'tblvergaderingen'],
    columns: {
      driehoek: col('Driehoek', ['driehoek', 'datum', 'driehoekdatum'], { required: true, kind: 'datum' }),
      wiv: col('WIV', ['wiv', 'wivdatum'], { kind: 'datum' }),
      opmerking: col('Opmerking', ['opmerking']),
    },
  },
  speerpunten: {
    title: 'Speerpunten',
    required: true,
    names: ['speerpunten', 'tblspeerpunten'],
    columns: {
      code: col('Code', ['code', 'nr'], { required: true }),
      naam: col('Naam', ['naam', 'omschrijving'], { required: true }),
    },
  },
  partijen: {
    title: 'Partijen',
    required: true,
    names: ['partijen', 'tblpartijen'],
    columns: {
      naam: col('Naam', ['naam', 'partij'], { required: true }),
      soort: col('Soort', ['soort', 'type'], { required: true }),
      aliassen: col('Aliassen', ['aliassen', 'alias', 'ookgenoemd']),
    },
  },
  onvoorzien: {
    title: 'Onvoorzien',
    required: false,
    names: ['onvoorzien', 'onvoorzieneacties', 'tblonvoorzien'],
    columns: {
      speerpunt: col('Speerpunt', ['speerpunt']),
      subspeerpunt: col('Subspeerpunt', ['subspeerpunt']),
      actie: col('Actie', ['onvoorzieneacties', 'onvoorzieneactie', 'actie', 'acties'], { required: true }),
      trekker: col('Trekker', ['trekker', 'actiehouder', 'wie'], { kind: 'trekkers' }),
      ingevlogen: col('Ingevlogen', ['ingevlogen', 'wanneeringevlogen']),
      driehoek: col('Driehoek', ['driehoek'], { kind: 'datums' }),
    },
  },
  instellingen: {
    title: 'Instellingen',
    required: false,
    names: ['instellingen', 'tblinstellingen'],
    columns: {
      regel: col('Regel', ['regel'], { required: true }),
      ernst: col('Ernst', ['ernst'], { required: true, kind: 'ernst' }),
    },
  },
} as const satisfies Record<string, TableSpec>;

export type TableKind = keyof typeof CONTRACT;
export type ColumnKey<K extends TableKind> = keyof (typeof CONTRACT)[K]['columns'] & string;

export const TABLE_KINDS = Object.keys(CONTRACT) as TableKind[];

/** In search order: the specific headers of Onvoorzien win over the general ones of Acties. */
export const SEARCH_ORDER: readonly TableKind[] = ['onvoorzien', 'acties', 'vergaderingen', 'speerpunten', 'partijen', 'instellingen'];

export function spec<K extends TableKind>(kind: K): TableSpec {
  return CONTRACT[kind];
}

export function columnKeys<K extends TableKind>(kind: K): Array<ColumnKey<K>> {
  return Object.keys(CONTRACT[kind].columns) as Array<ColumnKey<K>>;
}

/** One row of a table as read: its fields by column key, each with its own cell. */
export type Row<K extends TableKind> = { readonly row: number } & { [C in ColumnKey<K>]?: Field };

/** The zod schema of a row of a table, derived from the contract. */
export function rowSchema<K extends TableKind>(kind: K) {
  const shape = Object.fromEntries(columnKeys(kind).map((k) => [k, z.optional(FieldSchema)]));
  return z.strictObject({ row: z.int().check(z.minimum(1)), ...shape });
}

/** The template's header row of a table: what "Sjabloon aanvullen" writes. */
export function templateHeaders(kind: TableKind): string[] {
  return Object.values(spec(kind).columns)
    .filter((c) => c.template)
    .map((c) => c.header);
}

/** The sheets driehoek generates, and the hidden workbook names that hold what it last wrote there. */
export const GENERATED = {
  overzicht: { sheet: 'Driehoek-overzicht', name: 'driehoek_vingerafdruk' },
  agenda: { sheet: 'Agenda', name: 'driehoek_vingerafdruk_agenda' },
  voortgang: { sheet: 'Voortgang', name: 'driehoek_vingerafdruk_voortgang' },
} as const;
export type GeneratedKind = keyof typeof GENERATED;
export const GENERATED_KINDS = Object.keys(GENERATED) as GeneratedKind[];

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('nl') === b.toLocaleLowerCase('nl');
}

export function isGeneratedSheet(name: string): boolean {
  return GENERATED_KINDS.some((k) => sameSheetName(GENERATED[k].sheet, name));
}
