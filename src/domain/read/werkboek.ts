import { nameKey } from '../normalize';
import { parseDatumCell, type DatumParse } from '../parse/datum';
import { parseGecombineerd } from '../parse/gecombineerd';
import { buildPartijIndex, parseTrekkers, type PartijIndex, type TrekkerParse } from '../parse/trekker';
import { ErnstSchema } from '../schema/finding';
import type { SheetSnapshot, WorkbookSnapshot } from '../schema/snapshot';
import {
  TableKindSchema,
  type ActieRow,
  type Field,
  type Instelling,
  type Partij,
  type Speerpunt,
  type TableKind,
  type TableLocation,
  type Vergadering,
} from '../schema/werkboek';
import { OVERZICHT_SHEET } from './contract';
import { readRows, type TableRow } from './fields';
import { locateTables } from './locate';
import { parseCode } from './speerpunt-index';

export interface ParsedActie extends ActieRow {
  datum?: DatumParse;
  trekkers?: TrekkerParse;
}

/** The workbook as the rules and the overview see it: located, read, parsed once. */
export interface Werkboek {
  name: string;
  date1904: boolean;
  sheetOrder: string[];
  locations: Partial<Record<TableKind, TableLocation>>;
  /** The programme year: the year of the Driehoek meetings. */
  jaar: number;
  /** Acties uses the legacy column for both Trekker and Driehoek. */
  gecombineerd: boolean;
  acties: ParsedActie[];
  onvoorzien: ParsedActie[];
  vergaderingen: Vergadering[];
  speerpunten: Speerpunt[];
  partijen: Partij[];
  instellingen: Instelling[];
  partijIndex: PartijIndex;
  /** Every table's rows as read, fields by column key (before inheritance). */
  rows: Record<TableKind, TableRow[]>;
  overzicht?: SheetSnapshot;
}

export function readWerkboek(snapshot: WorkbookSnapshot, today: string): Werkboek {
  const { locations, grids } = locateTables(snapshot);
  const rows = Object.fromEntries(
    TableKindSchema.options.map((kind) => {
      const loc = locations[kind];
      return [kind, loc ? readRows(grids.get(loc.sheet)!, loc, snapshot.date1904) : []];
    }),
  ) as Record<TableKind, TableRow[]>;
  const rowsOf = (kind: TableKind): TableRow[] => rows[kind];
  const vergaderingen = rowsOf('vergaderingen').map(toVergadering);
  const partijen = rowsOf('partijen').map(toPartij);
  const partijIndex = buildPartijIndex(partijen.map((p) => ({ naam: p.naam.text, soort: p.soort, aliassen: p.aliassen })));
  const jaar = programmeYear(vergaderingen, locations.acties, Number(today.slice(0, 4)));
  const acties = rowsOf('acties').map((r) => toActie('acties', r));
  inheritSpeerpunten(acties);
  const gecombineerd = Boolean(
    locations.acties &&
    'gecombineerd' in locations.acties.columns &&
    !('trekker' in locations.acties.columns && 'driehoek' in locations.acties.columns),
  );
  const parser = new ActieParser(jaar, partijIndex);
  for (const a of acties) parser.parse(a, gecombineerd);
  const onvoorzien = rowsOf('onvoorzien').map((r) => toActie('onvoorzien', r));
  for (const a of onvoorzien) parser.parse(a, false);
  return {
    name: snapshot.name,
    date1904: snapshot.date1904,
    sheetOrder: snapshot.sheets.map((s) => s.name),
    locations,
    jaar,
    gecombineerd,
    acties,
    onvoorzien,
    vergaderingen,
    speerpunten: rowsOf('speerpunten').map(toSpeerpunt),
    partijen,
    instellingen: rowsOf('instellingen').map(toInstelling),
    partijIndex,
    rows,
    overzicht: snapshot.sheets.find((s) => s.name === OVERZICHT_SHEET),
  };
}

/** A required column may be missing (reported by kolom-ontbreekt); read it as empty then. */
function fieldOf(r: TableRow, key: string): Field {
  return r.fields[key] ?? { cell: Object.values(r.fields)[0]?.cell ?? `A${r.row}`, text: '' };
}

function toActie(table: ActieRow['table'], r: TableRow): ParsedActie {
  const f = r.fields;
  return {
    table,
    row: r.row,
    nr: f.nr,
    speerpunt: f.speerpunt,
    subspeerpunt: f.subspeerpunt,
    actie: f.actie,
    onderwerp: f.onderwerp,
    trekker: f.trekker ?? f.gecombineerd,
    driehoek: f.driehoek ?? f.gecombineerd,
    status: f.status,
    opmerking: f.opmerking,
    ingevlogen: f.ingevlogen,
  };
}

/**
 * Parses the trekker and date texts of each row. The same few texts come back
 * on many rows ("Politie", "16 december"), so each distinct text is parsed once;
 * the results are shared, and nothing downstream changes them.
 */
class ActieParser {
  private readonly gecombineerd = new Map<string, ReturnType<typeof parseGecombineerd>>();
  private readonly trekkers = new Map<string, TrekkerParse>();
  private readonly datums = new Map<string, DatumParse | undefined>();

  constructor(
    private readonly jaar: number,
    private readonly index: PartijIndex,
  ) {}

  parse(a: ParsedActie, gecombineerd: boolean): void {
    if (gecombineerd && a.trekker) {
      if (a.trekker.error || !a.trekker.text) return;
      const parsed = memo(this.gecombineerd, a.trekker.text, (t) => parseGecombineerd(t, this.jaar, this.index));
      a.datum = parsed.datum;
      a.trekkers = parsed.trekker;
      return;
    }
    if (a.trekker?.text) a.trekkers = memo(this.trekkers, a.trekker.text, (t) => parseTrekkers(t, this.index));
    const d = a.driehoek;
    if (d && !d.error) a.datum = d.iso ? parseDriehoekField(d, this.jaar) : memo(this.datums, d.text, () => parseDriehoekField(d, this.jaar));
  }
}

function memo<T>(cache: Map<string, T>, key: string, make: (key: string) => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = make(key);
  cache.set(key, value);
  return value;
}

/** A Driehoek cell: an Excel date as it is, text through the Dutch date parser. */
export function parseDriehoekField(field: Field, jaar: number): DatumParse | undefined {
  if (field.iso) {
    return {
      datums: [{ iso: field.iso, text: field.text, start: 0, end: field.text.length, style: 'numeriek', hasYear: true }],
      doorlopend: false,
      onleesbaar: [],
      ongeldig: [],
    };
  }
  return field.text ? parseDatumCell(field.text, jaar) : undefined;
}

/** Word tables pasted into Excel leave the merged Speerpunt cells blank below their first row. */
function inheritSpeerpunten(acties: ParsedActie[]): void {
  let speerpunt: Field | undefined;
  let sub: Field | undefined;
  for (const a of acties) {
    const ownSpeerpunt = Boolean(a.speerpunt?.text || a.speerpunt?.error);
    if (a.speerpunt && !ownSpeerpunt && speerpunt) a.speerpunt = inherit(a.speerpunt, speerpunt);
    else if (ownSpeerpunt) {
      speerpunt = a.speerpunt;
      sub = undefined; // a new speerpunt starts its own sub-speerpunten
    }
    if (a.subspeerpunt && !(a.subspeerpunt.text || a.subspeerpunt.error) && sub && !ownSpeerpunt) a.subspeerpunt = inherit(a.subspeerpunt, sub);
    else if (a.subspeerpunt?.text) sub = a.subspeerpunt;
  }
}

function inherit(blank: Field, from: Field): Field {
  return { ...from, cell: blank.cell, inheritedFrom: from.inheritedFrom ?? from.cell };
}

function toVergadering(r: TableRow): Vergadering {
  const driehoek = fieldOf(r, 'driehoek');
  const wiv = r.fields.wiv;
  return { row: r.row, driehoek, wiv, driehoekIso: singleDate(driehoek), wivIso: wiv && singleDate(wiv) };
}

function singleDate(f: Field): string | undefined {
  if (f.iso) return f.iso;
  // A meeting date without a year has no programme year to lean on yet: require the year.
  const parsed = f.text ? parseDatumCell(f.text, 0) : undefined;
  const d = parsed?.datums.length === 1 && parsed.onleesbaar.length === 0 ? parsed.datums[0]! : undefined;
  return d?.hasYear ? d.iso : undefined;
}

function toPartij(r: TableRow): Partij {
  const aliassenField = r.fields.aliassen;
  const aliassen = (aliassenField?.text ?? '')
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { row: r.row, naam: fieldOf(r, 'naam'), soort: r.fields.soort?.text ?? '', aliassen, aliassenField };
}

function toSpeerpunt(r: TableRow): Speerpunt {
  const code = fieldOf(r, 'code');
  const parsed = parseCode(code.text);
  const parent = parsed.code.includes('.') ? parsed.code.slice(0, parsed.code.lastIndexOf('.')) : undefined;
  return { row: r.row, code: { ...code, text: parsed.code || code.text }, naam: fieldOf(r, 'naam'), parent };
}

function toInstelling(r: TableRow): Instelling {
  const ernst = fieldOf(r, 'ernst');
  const waarde = ErnstSchema.safeParse(nameKey(ernst.text)).data;
  return { row: r.row, regel: fieldOf(r, 'regel'), ernst, waarde };
}

function programmeYear(vergaderingen: Vergadering[], acties: TableLocation | undefined, fallback: number): number {
  const counts = new Map<number, number>();
  for (const v of vergaderingen) {
    if (v.driehoekIso) counts.set(Number(v.driehoekIso.slice(0, 4)), (counts.get(Number(v.driehoekIso.slice(0, 4))) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  if (best) return best[0];
  const header = acties?.columns.actie?.header ?? '';
  const year = /(19|20)\d{2}/.exec(header);
  return year ? Number(year[0]) : fallback;
}
