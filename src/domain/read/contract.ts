import type { TableKind } from '../schema/werkboek';

/** One column of the workbook contract (werkboek.md). */
export interface ColumnSpec {
  key: string;
  /** Header as the template writes it. */
  header: string;
  /** headerKey() forms accepted; a trailing year ("Acties 2021") is ignored. */
  accepts: readonly string[];
  required: boolean;
}

export interface TableSpec {
  kind: TableKind;
  /** Dutch name shown to users and used for the template sheet. */
  title: string;
  required: boolean;
  /** headerKey() forms of ListObject and sheet names that mean this table. */
  names: readonly string[];
  columns: readonly ColumnSpec[];
}

const col = (key: string, header: string, accepts: string[], required = false): ColumnSpec => ({ key, header, accepts, required });

export const GECOMBINEERD_HEADER = 'Wanneer af/terugkoppeling en wie is de trekker?';

export const ACTIES: TableSpec = {
  kind: 'acties',
  title: 'Acties',
  required: true,
  names: ['acties', 'actie', 'uitvoeringsprogramma', 'programma', 'tblacties'],
  columns: [
    col('nr', 'Nr', ['nr', 'nummer', 'id']),
    col('speerpunt', 'Speerpunt', ['speerpunt'], true),
    col('subspeerpunt', 'Subspeerpunt', ['subspeerpunt'], true),
    col('actie', 'Actie', ['actie', 'acties'], true),
    col('onderwerp', 'Onderwerp', ['onderwerp', 'kort']),
    col('gecombineerd', GECOMBINEERD_HEADER, ['wanneerafterugkoppelingenwieisdetrekker']),
    col('trekker', 'Trekker', ['trekker', 'actiehouder', 'wie'], true),
    col('driehoek', 'Driehoek', ['driehoek', 'wanneer', 'datum'], true),
    col('status', 'Status', ['status']),
    col('opmerking', 'Opmerking', ['opmerking', 'opmerkingen']),
  ],
};

export const VERGADERINGEN: TableSpec = {
  kind: 'vergaderingen',
  title: 'Vergaderingen',
  required: true,
  names: ['vergaderingen', 'vergadering', 'vergaderdata', 'driehoekvergaderingen', 'tblvergaderingen'],
  columns: [
    col('driehoek', 'Driehoek', ['driehoek', 'datum', 'driehoekdatum'], true),
    col('wiv', 'WIV', ['wiv', 'wivdatum']),
    col('opmerking', 'Opmerking', ['opmerking']),
  ],
};

export const SPEERPUNTEN: TableSpec = {
  kind: 'speerpunten',
  title: 'Speerpunten',
  required: true,
  names: ['speerpunten', 'tblspeerpunten'],
  columns: [col('code', 'Code', ['code', 'nr'], true), col('naam', 'Naam', ['naam', 'omschrijving'], true)],
};

export const PARTIJEN: TableSpec = {
  kind: 'partijen',
  title: 'Partijen',
  required: true,
  names: ['partijen', 'tblpartijen'],
  columns: [
    col('naam', 'Naam', ['naam', 'partij'], true),
    col('soort', 'Soort', ['soort', 'type'], true),
    col('aliassen', 'Aliassen', ['aliassen', 'alias', 'ookgenoemd']),
  ],
};

export const ONVOORZIEN: TableSpec = {
  kind: 'onvoorzien',
  title: 'Onvoorzien',
  required: false,
  names: ['onvoorzien', 'onvoorzieneacties', 'tblonvoorzien'],
  columns: [
    col('speerpunt', 'Speerpunt', ['speerpunt']),
    col('subspeerpunt', 'Subspeerpunt', ['subspeerpunt']),
    col('actie', 'Actie', ['onvoorzieneacties', 'onvoorzieneactie', 'actie', 'acties'], true),
    col('trekker', 'Trekker', ['trekker', 'actiehouder', 'wie']),
    col('ingevlogen', 'Ingevlogen', ['ingevlogen', 'wanneeringevlogen']),
    col('driehoek', 'Driehoek', ['driehoek']),
  ],
};

export const INSTELLINGEN: TableSpec = {
  kind: 'instellingen',
  title: 'Instellingen',
  required: false,
  names: ['instellingen', 'tblinstellingen'],
  columns: [col('regel', 'Regel', ['regel'], true), col('ernst', 'Ernst', ['ernst'], true)],
};

/** In search order: the specific headers of Onvoorzien win over the general ones of Acties. */
export const TABLES: readonly TableSpec[] = [ONVOORZIEN, ACTIES, VERGADERINGEN, SPEERPUNTEN, PARTIJEN, INSTELLINGEN];

export const OVERZICHT_SHEET = 'Driehoek-overzicht';
