import { GENERATED, GENERATED_KINDS, sameSheetName, spec, type ColumnKey, type GeneratedKind, type Row, type TableKind } from '../contract';
import { nameKey } from '../normalize';
import { parseDatumCell } from '../parse/datum';
import { buildPartijIndex, type PartijIndex } from '../parse/trekker';
import type { Field } from '../schema/field';
import { ErnstSchema, type Ernst } from '../schema/finding';
import type { SheetSnapshot, WorkbookSnapshot } from '../schema/snapshot';
import { ActieParser, ActiesTabel, type Actie, type Parsed } from './acties';
import { emptyField, readRows } from './fields';
import { locateTables, type Locations, type TableLocation } from './locate';
import { parseCode } from './speerpunt-index';

export { memo, type Actie } from './acties';

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
  /** The rows of Acties, each an object of its own: made when first read. */
  readonly acties: Actie[];
  /**
   * Calls fn for each row of Acties with one row object moved along the table,
   * valid during the call only: one pass without an object per row.
   */
  forEachActie(fn: (a: Actie) => void): void;
  onvoorzien: Onvoorzien[];
  vergaderingen: Vergadering[];
  speerpunten: Speerpunt[];
  partijen: Partij[];
  instellingen: Instelling[];
  partijIndex: PartijIndex;
  /** ISO dates of the Driehoek meetings, sorted, each once. */
  meetings: string[];
  /** The sheets that hold an Excel error value (#N/A, #REF!): a rule looking for those reads no other sheet. */
  foutBladen: ReadonlySet<string>;
  /** The generated sheets as they are in the workbook now (found regardless of case). */
  generated: Partial<Record<GeneratedKind, SheetSnapshot>>;
  vingerafdrukken: WorkbookSnapshot['vingerafdrukken'];
}

/** Every row of a table of the workbook, typed by the contract. */
export function rowsOf<K extends TableKind>(wb: Werkboek, kind: K): Array<Row<K>> {
  // Functions, not the arrays: only the table asked for is read (Acties makes an object per row when first read).
  const byKind: { [T in TableKind]: () => Array<Row<T>> } = {
    acties: () => wb.acties,
    onvoorzien: () => wb.onvoorzien,
    vergaderingen: () => wb.vergaderingen,
    speerpunten: () => wb.speerpunten,
    partijen: () => wb.partijen,
    instellingen: () => wb.instellingen,
  };
  return byKind[kind]();
}

export function readWerkboek(snapshot: WorkbookSnapshot, today: string): Werkboek {
  const { locations, grids } = locateTables(snapshot);
  const source = (sheet: string) => ({ grid: grids.get(sheet)!, date1904: snapshot.date1904 });
  const read = <K extends TableKind>(kind: K): Array<Row<K>> => {
    const loc = locations[kind] as TableLocation<K> | undefined;
    return loc ? readRows(source(loc.sheet), loc) : [];
  };
  const vergaderingen = read('vergaderingen').map((r) => toVergadering(r, locations.vergaderingen!));
  const partijen = read('partijen').map((r) => toPartij(r, locations.partijen!));
  // Stryker disable next-line StringLiteral: without a Soort a party is no gemeente; any text but "gemeente" reads the same
  const partijIndex = buildPartijIndex(partijen.map((p) => ({ naam: p.naam.text, soort: p.soort?.text ?? '', aliassen: p.aliassenLijst })));
  const jaar = programmeYear(vergaderingen, locations.acties, Number(today.slice(0, 4)));
  const actiesLoc = locations.acties;
  const gecombineerd = Boolean(
    actiesLoc && 'gecombineerd' in actiesLoc.columns && !('trekker' in actiesLoc.columns && 'driehoek' in actiesLoc.columns),
  );
  const parser = new ActieParser(jaar, partijIndex);
  const tabel = actiesLoc ? new ActiesTabel(source(actiesLoc.sheet), actiesLoc, parser, gecombineerd) : undefined;
  const onvoorzien: Onvoorzien[] = read('onvoorzien').map((r) => {
    const parsed: Parsed = {
      trekkerVeld: r.trekker,
      datumVeld: r.driehoek,
      trekkers: parser.trekkers(r.trekker?.text),
      datum: parser.datum(r.driehoek?.text, r.driehoek?.iso),
    };
    return { ...r, ...parsed, table: 'onvoorzien' };
  });
  return {
    name: snapshot.name,
    date1904: snapshot.date1904,
    sheetOrder: snapshot.sheets.map((s) => s.name),
    locations,
    jaar,
    gecombineerd,
    get acties() {
      return tabel?.acties ?? [];
    },
    forEachActie: (fn) => tabel?.forEach(fn),
    onvoorzien,
    vergaderingen,
    speerpunten: read('speerpunten').map((r) => toSpeerpunt(r, locations.speerpunten!)),
    partijen,
    instellingen: read('instellingen').map((r) => toInstelling(r, locations.instellingen!)),
    partijIndex,
    meetings: [...new Set(vergaderingen.flatMap((v) => (v.driehoekIso ? [v.driehoekIso] : [])))].sort(),
    foutBladen: new Set(snapshot.sheets.filter((s) => s.errorCells.length).map((s) => s.name)),
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
function fieldOr<K extends TableKind>(r: Row<K>, key: ColumnKey<K>, loc: TableLocation<K>): Field {
  const field = (r as unknown as Record<string, Field | undefined>)[key];
  if (field) return field;
  const any = Object.values(r).find((v) => typeof v === 'object') as Field | undefined;
  // Stryker disable next-line StringLiteral: a row without any field is one of a table without its columns; no rule reports on such a field
  return emptyField(loc.sheet, any?.cell ?? `A${r.row}`, spec(loc.kind).columns[key]!.header);
}

function toVergadering(r: Row<'vergaderingen'>, loc: TableLocation<'vergaderingen'>): Vergadering {
  const driehoek = fieldOr(r, 'driehoek', loc);
  return { ...r, driehoek, driehoekIso: singleDate(driehoek), wivIso: r.wiv && singleDate(r.wiv) };
}

function singleDate(f: Field): string | undefined {
  // Stryker disable next-line ConditionalExpression: a faster path; an Excel date's text (d-m-yyyy) parses to the same date
  if (f.iso) return f.iso;
  // A meeting date without a year has no programme year to lean on yet: require the year.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a cheaper test; an error cell's text is "", which parses to no date
  const parsed = f.text && !f.error ? parseDatumCell(f.text, 0) : undefined;
  const d = parsed?.datums.length === 1 && parsed.onleesbaar.length === 0 ? parsed.datums[0]! : undefined;
  return d?.hasYear ? d.iso : undefined;
}

function toPartij(r: Row<'partijen'>, loc: TableLocation<'partijen'>): Partij {
  const aliassenLijst = (r.aliassen?.text ?? '')
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { ...r, naam: fieldOr(r, 'naam', loc), aliassenLijst };
}

function toSpeerpunt(r: Row<'speerpunten'>, loc: TableLocation<'speerpunten'>): Speerpunt {
  const code = fieldOr(r, 'code', loc);
  const parsed = parseCode(code.text);
  const parent = parsed.code.includes('.') ? parsed.code.slice(0, parsed.code.lastIndexOf('.')) : undefined;
  return { ...r, code, naam: fieldOr(r, 'naam', loc), codeText: parsed.code || code.text, parent };
}

function toInstelling(r: Row<'instellingen'>, loc: TableLocation<'instellingen'>): Instelling {
  const ernst = fieldOr(r, 'ernst', loc);
  return { ...r, regel: fieldOr(r, 'regel', loc), ernst, waarde: ErnstSchema.safeParse(nameKey(ernst.text)).data };
}

function programmeYear(vergaderingen: Vergadering[], acties: TableLocation<'acties'> | undefined, fallback: number): number {
  const counts = new Map<number, number>();
  for (const v of vergaderingen) {
    if (v.driehoekIso) counts.set(Number(v.driehoekIso.slice(0, 4)), (counts.get(Number(v.driehoekIso.slice(0, 4))) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  if (best) return best[0];
  // Stryker disable next-line StringLiteral: no Actie column is no header; any text without a year reads the same
  const header = acties?.columns.actie?.header ?? '';
  const year = /(19|20)\d{2}/.exec(header);
  return year ? Number(year[0]) : fallback;
}
