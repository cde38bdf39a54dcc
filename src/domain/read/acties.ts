import { isoToDutch } from '../cells';
import type { ColumnKey, Row } from '../contract';
import { parseDatumCell, type DatumParse } from '../parse/datum';
import { parseGecombineerd } from '../parse/gecombineerd';
import { parseTrekkers, type PartijIndex, type TrekkerParse } from '../parse/trekker';
import type { Field } from '../schema/field';
import { blank } from './grid';
import { statusOf, type Status } from '../vocabulary';
import { CellField, type CellSource } from './cell-field';
import type { TableLocation } from './locate';

/** What the reader understood of a row's trekker and date cells. */
export interface Parsed {
  /** The cell holding the trekker(s): Trekker, or the combined legacy column. */
  trekkerVeld?: Field;
  /** The cell holding the Driehoek date(s): Driehoek, or the combined legacy column. */
  datumVeld?: Field;
  datum?: DatumParse;
  trekkers?: TrekkerParse;
}

export type Actie = Row<'acties'> & Parsed & { readonly table: 'acties'; oorspronkelijkDatum?: DatumParse; statusWaarde?: Status };

/**
 * Parses trekker and date texts. The same few texts come back on many rows
 * ("Politie", "16 december"), so each distinct text is parsed once; the
 * results are shared, and nothing downstream changes them.
 */
export class ActieParser {
  private readonly gecombineerd = new Map<string, ReturnType<typeof parseGecombineerd>>();
  private readonly trekkerCache = new Map<string, TrekkerParse>();
  private readonly datums = new Map<string, DatumParse | undefined>();
  private readonly excelDatums = new Map<string, DatumParse>();
  // Made once, not per row: a closure per call of memo would be 100,000 of them.
  private readonly parseGecombineerd = (t: string) => parseGecombineerd(t, this.jaar, this.index);
  private readonly parseTrekkers = (t: string) => parseTrekkers(t, this.index);
  private readonly parseDatum = (t: string) => parseDatumCell(t, this.jaar);

  constructor(
    private readonly jaar: number,
    private readonly index: PartijIndex,
  ) {}

  /** Trekker and date of the combined legacy column, read together. */
  combined(field: Field | undefined): Partial<ReturnType<typeof parseGecombineerd>> {
    if (!field?.text || field.error) return {};
    return memo(this.gecombineerd, field.text, this.parseGecombineerd);
  }

  trekkers(field: Field | undefined): TrekkerParse | undefined {
    return field?.text && !field.error ? memo(this.trekkerCache, field.text, this.parseTrekkers) : undefined;
  }

  /** A Driehoek cell: an Excel date as it is, text through the Dutch date parser. */
  datum(field: Field | undefined): DatumParse | undefined {
    if (!field || field.error) return undefined;
    const iso = field.iso;
    if (iso) return memo(this.excelDatums, iso, excelDatum);
    return field.text ? memo(this.datums, field.text, this.parseDatum) : undefined;
  }
}

/** An Excel date is read as it is, shown as the cell shows it (d-m-yyyy): no text to parse. */
function excelDatum(iso: string): DatumParse {
  const text = isoToDutch(iso);
  return { datums: [{ iso, text, start: 0, end: text.length, style: 'numeriek', hasYear: true }], doorlopend: false, onleesbaar: [], ongeldig: [] };
}

/** The value for a text, made once: a programme repeats its trekker and date texts many times. */
export function memo<T>(cache: Map<string, T>, key: string, make: (key: string) => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = make(key);
  cache.set(key, value);
  return value;
}

type Key = ColumnKey<'acties'>;

/**
 * The Acties table, read when asked. A row knows its number; its cells become
 * fields when a rule or document reads them, and its trekkers and dates come
 * from the parser's cache. A programme of 100,000 rows is then as fast to
 * check as the rules that are switched on make it, and holds one small object
 * per row, not eleven fields.
 */
export class ActiesTabel {
  readonly acties: Actie[];
  private inherited?: { speerpunt: Int32Array; subspeerpunt: Int32Array };

  constructor(
    readonly source: CellSource,
    private readonly loc: TableLocation<'acties'>,
    readonly parser: ActieParser,
    readonly gecombineerd: boolean,
  ) {
    const acties: Actie[] = [];
    source.grid.forEachRow(loc.headerRow + 1, loc.lastRow, (r) => {
      if (!source.grid.isEmptyRow(r, loc.firstCol, loc.lastCol)) acties.push(new ActieRij(this, acties.length, r));
    });
    this.acties = acties;
  }

  field(i: number, row: number, key: Key): Field | undefined {
    const c = this.loc.columns[key];
    if (!c) return undefined;
    const from = key === 'speerpunt' || key === 'subspeerpunt' ? this.inheritance()[key][i]! : -1;
    return new CellField(this.source, row, c.col, c.header, from < 0 ? undefined : this.acties[from]!.row);
  }

  /**
   * Word tables pasted into Excel leave the merged Speerpunt cells blank below
   * their first row: each blank one reads the one above it (-1: its own). A
   * new speerpunt starts its own sub-speerpunten. Worked out once, for the
   * whole table, the first time either column is read.
   */
  private inheritance(): { speerpunt: Int32Array; subspeerpunt: Int32Array } {
    if (this.inherited) return this.inherited;
    const n = this.acties.length;
    const out = { speerpunt: new Int32Array(n).fill(-1), subspeerpunt: new Int32Array(n).fill(-1) };
    const sp = this.loc.columns.speerpunt?.col;
    const sub = this.loc.columns.subspeerpunt?.col;
    const grid = this.source.grid;
    let speerpunt = -1;
    let subspeerpunt = -1;
    for (let i = 0; i < n; i++) {
      const row = this.acties[i]!.row;
      const own = sp !== undefined && !blank(grid.value(row, sp));
      if (sp !== undefined && !own && speerpunt >= 0) out.speerpunt[i] = speerpunt;
      else if (own) [speerpunt, subspeerpunt] = [i, -1];
      if (sub === undefined) continue;
      const ownSub = !blank(grid.value(row, sub));
      if (!ownSub && subspeerpunt >= 0 && !own) out.subspeerpunt[i] = subspeerpunt;
      else if (ownSub && !grid.isErrorAt(row, sub)) subspeerpunt = i;
    }
    return (this.inherited = out);
  }
}

const UNREAD = Symbol('unread');

/** One row of Acties: its cells and what was parsed of them, each worked out when first read. */
class ActieRij implements Actie {
  // Several rules read a row's trekkers and dates: parsed once per row (the parses themselves are shared).
  #trekkers: TrekkerParse | undefined | typeof UNREAD = UNREAD;
  #datum: DatumParse | undefined | typeof UNREAD = UNREAD;

  constructor(
    private readonly t: ActiesTabel,
    private readonly i: number,
    readonly row: number,
  ) {}

  get table(): 'acties' {
    return 'acties';
  }

  get nr() {
    return this.t.field(this.i, this.row, 'nr');
  }
  get speerpunt() {
    return this.t.field(this.i, this.row, 'speerpunt');
  }
  get subspeerpunt() {
    return this.t.field(this.i, this.row, 'subspeerpunt');
  }
  get actie() {
    return this.t.field(this.i, this.row, 'actie');
  }
  get onderwerp() {
    return this.t.field(this.i, this.row, 'onderwerp');
  }
  get gecombineerd() {
    return this.t.field(this.i, this.row, 'gecombineerd');
  }
  get trekker() {
    return this.t.field(this.i, this.row, 'trekker');
  }
  get driehoek() {
    return this.t.field(this.i, this.row, 'driehoek');
  }
  get oorspronkelijk() {
    return this.t.field(this.i, this.row, 'oorspronkelijk');
  }
  get status() {
    return this.t.field(this.i, this.row, 'status');
  }
  get opmerking() {
    return this.t.field(this.i, this.row, 'opmerking');
  }

  get trekkerVeld() {
    return this.t.gecombineerd ? this.gecombineerd : this.trekker;
  }
  get datumVeld() {
    return this.t.gecombineerd ? this.gecombineerd : this.driehoek;
  }
  get trekkers() {
    if (this.#trekkers === UNREAD)
      this.#trekkers = this.t.gecombineerd ? this.t.parser.combined(this.gecombineerd).trekker : this.t.parser.trekkers(this.trekker);
    return this.#trekkers;
  }
  get datum() {
    if (this.#datum === UNREAD)
      this.#datum = this.t.gecombineerd ? this.t.parser.combined(this.gecombineerd).datum : this.t.parser.datum(this.driehoek);
    return this.#datum;
  }
  get oorspronkelijkDatum() {
    return this.t.parser.datum(this.oorspronkelijk);
  }
  get statusWaarde() {
    return statusOf(this.status?.text);
  }
}
