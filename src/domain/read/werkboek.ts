import { GENERATED, GENERATED_KINDS, sameSheetName, type GeneratedKind, type Row, type TableKind } from '../contract';
import { nameKey } from '../normalize';
import { parseDatumCell, type DatumParse } from '../parse/datum';
import { parseGecombineerd } from '../parse/gecombineerd';
import { buildPartijIndex, parseTrekkers, type PartijIndex, type TrekkerParse } from '../parse/trekker';
import type { Field } from '../schema/field';
import { ErnstSchema, type Ernst } from '../schema/finding';
import type { SheetSnapshot, WorkbookSnapshot } from '../schema/snapshot';
import { statusOf, type Status } from '../vocabulary';
import { emptyField, readRows } from './fields';
import { locateTables, type Locations, type TableLocation } from './locate';
import { parseCode } from './speerpunt-index';

/** What the reader understood of a row's trekker and date cells. */
interface Parsed {
  /** The cell holding the trekker(s): Trekker, or the combined legacy column. */
  trekkerVeld?: Field;
  /** The cell holding the Driehoek date(s): Driehoek, or the combined legacy column. */
  datumVeld?: Field;
  datum?: DatumParse;
  trekkers?: TrekkerParse;
}

export type Actie = Row<'acties'> & Parsed & { readonly table: 'acties'; oorspronkelijkDatum?: DatumParse; statusWaarde?: Status };
type Onvoorzien = Row<'onvoorzien'> & Parsed & { readonly table: 'onvoorzien' };
/** What Acties and Onvoorzien rows share: the rules that check both read this. */
export type Gepland = Pick<Actie, 'row' | 'speerpunt' | 'subspeerpunt' | 'actie' | keyof Parsed> & { readonly table: 'acties' | 'onvoorzien' };
type Vergadering = Row<'vergaderingen'> & { driehoek: Field; driehoekIso?: string; wivIso?: string };
export type Speerpunt = Row<'speerpunten'> & {
  code: Field;
  naam: Field;
  /** The code as a code: "1." reads "1"; a word for an unnumbered one ("Diversen"). */
  codeText: string;
  /** Code of the speerpunt this sub-speerpunt belongs to; absent for a speerpunt. */
  parent?: string;
};
type Partij = Row<'partijen'> & { naam: Field; aliassenLijst: string[] };
type Instelling = Row<'instellingen'> & { regel: Field; ernst: Field; waarde?: Ernst };

/** The workbook as the rules and the documents see it: located, read, parsed once. */
export interface Werkboek {
  name: string;
  date1904: boolean;
  sheetOrder: string[];
  locations: Locations;
  /** The programme year: the year of the Driehoek meetings. */
  jaar: number;
  /** Acties uses the legacy column for both Trekker and Driehoek. */
  gecombineerd: boolean;
  acties: Actie[];
  onvoorzien: Onvoorzien[];
  vergaderingen: Vergadering[];
  speerpunten: Speerpunt[];
  partijen: Partij[];
  instellingen: Instelling[];
  partijIndex: PartijIndex;
  /** ISO dates of the Driehoek meetings, sorted, each once. */
  meetings: string[];
  /** The generated sheets as they are in the workbook now (found regardless of case). */
  generated: Partial<Record<GeneratedKind, SheetSnapshot>>;
  vingerafdrukken: WorkbookSnapshot['vingerafdrukken'];
}

/** Every row of a table of the workbook, typed by the contract. */
export function rowsOf<K extends TableKind>(wb: Werkboek, kind: K): Array<Row<K>> {
  const byKind: { [T in TableKind]: Array<Row<T>> } = {
    acties: wb.acties,
    onvoorzien: wb.onvoorzien,
    vergaderingen: wb.vergaderingen,
    speerpunten: wb.speerpunten,
    partijen: wb.partijen,
    instellingen: wb.instellingen,
  };
  return byKind[kind];
}

export function readWerkboek(snapshot: WorkbookSnapshot, today: string): Werkboek {
  const { locations, grids } = locateTables(snapshot);
  const read = <K extends TableKind>(kind: K): Array<Row<K>> => {
    const loc = locations[kind] as TableLocation<K> | undefined;
    return loc ? readRows(grids.get(loc.sheet)!, loc, snapshot.date1904) : [];
  };
  const vergaderingen = read('vergaderingen').map((r) => toVergadering(r, locations.vergaderingen!));
  const partijen = read('partijen').map((r) => toPartij(r, locations.partijen!));
  const partijIndex = buildPartijIndex(partijen.map((p) => ({ naam: p.naam.text, soort: p.soort?.text ?? '', aliassen: p.aliassenLijst })));
  const jaar = programmeYear(vergaderingen, locations.acties, Number(today.slice(0, 4)));
  const actiesLoc = locations.acties;
  const gecombineerd = Boolean(
    actiesLoc && 'gecombineerd' in actiesLoc.columns && !('trekker' in actiesLoc.columns && 'driehoek' in actiesLoc.columns),
  );
  const parser = new ActieParser(jaar, partijIndex);
  const acties: Actie[] = read('acties').map((r) => {
    // The row was just made by readRows: it becomes the actie itself, not a copy (100,000 rows are many copies).
    const a = Object.assign(r, { table: 'acties' as const, statusWaarde: statusOf(r.status?.text) }) as Actie;
    parser.parse(a, gecombineerd ? r.gecombineerd : r.trekker, gecombineerd ? r.gecombineerd : r.driehoek, gecombineerd);
    if (r.oorspronkelijk?.text) a.oorspronkelijkDatum = parser.datumOf(r.oorspronkelijk);
    return a;
  });
  inheritSpeerpunten(acties);
  const onvoorzien: Onvoorzien[] = read('onvoorzien').map((r) => {
    const a: Onvoorzien = { ...r, table: 'onvoorzien' };
    parser.parse(a, r.trekker, r.driehoek, false);
    return a;
  });
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
    speerpunten: read('speerpunten').map((r) => toSpeerpunt(r, locations.speerpunten!)),
    partijen,
    instellingen: read('instellingen').map((r) => toInstelling(r, locations.instellingen!)),
    partijIndex,
    meetings: [...new Set(vergaderingen.flatMap((v) => (v.driehoekIso ? [v.driehoekIso] : [])))].sort(),
    generated: Object.fromEntries(
      GENERATED_KINDS.flatMap((k) => {
        const sheet = snapshot.sheets.find((s) => sameSheetName(s.name, GENERATED[k].sheet));
        return sheet ? [[k, sheet]] : [];
      }),
    ),
    vingerafdrukken: snapshot.vingerafdrukken,
  };
}

/** A required column may be missing (reported by kolom-ontbreekt); it reads as empty then, at the row's first cell. */
function fieldOr(r: Row<TableKind>, field: Field | undefined, loc: TableLocation, column: string): Field {
  if (field) return field;
  const any = Object.values(r).find((v) => typeof v === 'object') as Field | undefined;
  return emptyField(loc.sheet, any?.cell ?? `A${r.row}`, column);
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

  parse(a: Parsed, trekker: Field | undefined, datum: Field | undefined, gecombineerd: boolean): void {
    a.trekkerVeld = trekker;
    a.datumVeld = datum;
    if (gecombineerd) {
      if (!trekker || trekker.error || !trekker.text) return;
      const parsed = memo(this.gecombineerd, trekker.text, (t) => parseGecombineerd(t, this.jaar, this.index));
      a.datum = parsed.datum;
      a.trekkers = parsed.trekker;
      return;
    }
    if (trekker?.text && !trekker.error) a.trekkers = memo(this.trekkers, trekker.text, (t) => parseTrekkers(t, this.index));
    if (datum && !datum.error) a.datum = this.datumOf(datum);
  }

  /** A Driehoek cell: an Excel date as it is, text through the Dutch date parser. */
  datumOf(field: Field): DatumParse | undefined {
    if (field.error) return undefined;
    if (field.iso) {
      const d = { iso: field.iso, text: field.text, start: 0, end: field.text.length, style: 'numeriek' as const, hasYear: true };
      return { datums: [d], doorlopend: false, onleesbaar: [], ongeldig: [] };
    }
    return field.text ? memo(this.datums, field.text, (t) => parseDatumCell(t, this.jaar)) : undefined;
  }
}

/** The value for a text, made once: a programme repeats its trekker and date texts many times. */
export function memo<T>(cache: Map<string, T>, key: string, make: (key: string) => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = make(key);
  cache.set(key, value);
  return value;
}

/** Word tables pasted into Excel leave the merged Speerpunt cells blank below their first row. */
function inheritSpeerpunten(acties: Actie[]): void {
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
  const f: Field = {
    sheet: from.sheet,
    cell: blank.cell,
    column: from.column,
    text: from.text,
    value: blank.value,
    inheritedFrom: from.inheritedFrom ?? from.cell,
  };
  if (from.iso !== undefined) f.iso = from.iso;
  if (from.error !== undefined) f.error = from.error;
  return f;
}

function toVergadering(r: Row<'vergaderingen'>, loc: TableLocation): Vergadering {
  const driehoek = fieldOr(r, r.driehoek, loc, 'Driehoek');
  return { ...r, driehoek, driehoekIso: singleDate(driehoek), wivIso: r.wiv && singleDate(r.wiv) };
}

function singleDate(f: Field): string | undefined {
  if (f.iso) return f.iso;
  // A meeting date without a year has no programme year to lean on yet: require the year.
  const parsed = f.text && !f.error ? parseDatumCell(f.text, 0) : undefined;
  const d = parsed?.datums.length === 1 && parsed.onleesbaar.length === 0 ? parsed.datums[0]! : undefined;
  return d?.hasYear ? d.iso : undefined;
}

function toPartij(r: Row<'partijen'>, loc: TableLocation): Partij {
  const aliassenLijst = (r.aliassen?.text ?? '')
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { ...r, naam: fieldOr(r, r.naam, loc, 'Naam'), aliassenLijst };
}

function toSpeerpunt(r: Row<'speerpunten'>, loc: TableLocation): Speerpunt {
  const code = fieldOr(r, r.code, loc, 'Code');
  const parsed = parseCode(code.text);
  const parent = parsed.code.includes('.') ? parsed.code.slice(0, parsed.code.lastIndexOf('.')) : undefined;
  return { ...r, code, naam: fieldOr(r, r.naam, loc, 'Naam'), codeText: parsed.code || code.text, parent };
}

function toInstelling(r: Row<'instellingen'>, loc: TableLocation): Instelling {
  const ernst = fieldOr(r, r.ernst, loc, 'Ernst');
  return { ...r, regel: fieldOr(r, r.regel, loc, 'Regel'), ernst, waarde: ErnstSchema.safeParse(nameKey(ernst.text)).data };
}

function programmeYear(vergaderingen: Vergadering[], acties: TableLocation<'acties'> | undefined, fallback: number): number {
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
