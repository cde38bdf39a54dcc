import { isoToDutch } from '../cells';
import type { ColumnKey, Row } from '../contract';
import { parseDatumCell, type DatumParse } from '../parse/datum';
import { parseGecombineerd } from '../parse/gecombineerd';
import { parseTrekkers, type PartijIndex, type TrekkerParse } from '../parse/trekker';
import type { Field } from '../schema/field';
import { blank } from './grid';
import { statusOf, type Status } from '../vocabulary';
import { cellIso, CellField, cellText, type CellSource } from './cell-field';
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

export type Actie = Row<'acties'> &
  Parsed & {
    readonly table: 'acties';
    oorspronkelijkDatum?: DatumParse;
    statusWaarde?: Status;
    /**
     * A cell's text as its field's `text` would read (inherited where a
     * merged speerpunt leaves it blank), without making the field; undefined
     * where the table has no such column. Rules read a few cells of every row
     * and report on few: the field is made for the finding.
     */
    tekst(key: ColumnKey<'acties'>): string | undefined;
  };

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

  // Each takes a cell's text as a field reads it: "" for an empty cell and for an error.

  /** Trekker and date of the combined legacy column, read together. */
  combined(text: string | undefined): Partial<ReturnType<typeof parseGecombineerd>> {
    return text ? memo(this.gecombineerd, text, this.parseGecombineerd) : {};
  }

  trekkers(text: string | undefined): TrekkerParse | undefined {
    return text ? memo(this.trekkerCache, text, this.parseTrekkers) : undefined;
  }

  /** A Driehoek cell: an Excel date (its ISO date) as it is, text through the Dutch date parser. */
  datum(text: string | undefined, iso: string | undefined): DatumParse | undefined {
    if (iso) return memo(this.excelDatums, iso, excelDatum);
    return text ? memo(this.datums, text, this.parseDatum) : undefined;
  }
}

/** An Excel date is read as it is, shown as the cell shows it (d-m-yyyy): no text to parse. */
function excelDatum(iso: string): DatumParse {
  const text = isoToDutch(iso);
  // Stryker disable next-line BooleanLiteral: hasYear is read for the dates of Vergaderingen only (werkboek.ts)
  const datum = { iso, text, start: 0, end: text.length, style: 'numeriek', hasYear: true } as const;
  return { datums: [datum], doorlopend: false, onleesbaar: [], ongeldig: [] };
}

/** The value for a key, made once: a programme repeats its trekker and date texts (and their parses) many times. */
export function memo<K, T>(cache: Map<K, T>, key: K, make: (key: K) => T): T {
  const known = cache.get(key);
  // One lookup for a text seen before; \`has\` only where the value may be undefined.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a cache only; made again, the value is an equal one
  if (known !== undefined || cache.has(key)) return known as T;
  const value = make(key);
  cache.set(key, value);
  return value;
}

type Key = ColumnKey<'acties'>;

/**
 * The Acties table, read when asked. Its rows are found as they are visited:
 * one pass over the sheet skips the blank rows and works out what each
 * blank speerpunt cell inherits, so a programme of 100,000 rows is as fast to
 * check as the rules that are switched on make it. The engine's rules walk it
 * with one row object (`forEach`); an object per row is made only for those
 * that keep the rows (the overview, the documents). A row's cells become
 * fields when a rule or document reads them; its trekkers and dates come
 * from the parser's cache.
 */
export class ActiesTabel {
  /** The columns present; speerpunt and sub-speerpunt read the row a blank cell inherits from. */
  private readonly kolommen = new Map<Key, Kolom>();
  /**
   * The columns the checks read on every row, each in a property of its own:
   * a lookup in `kolommen` per cell read was a tenth of a check's time.
   */
  private readonly elkeRij: Pick<Partial<Record<Key, Kolom>>, 'speerpunt' | 'subspeerpunt' | 'actie' | 'trekker' | 'driehoek'>;
  private rijen?: Actie[];

  constructor(
    readonly source: CellSource,
    private readonly loc: TableLocation<'acties'>,
    readonly parser: ActieParser,
    readonly gecombineerd: boolean,
  ) {
    for (const [key, c] of Object.entries(loc.columns) as Array<[Key, { col: number; header: string }]>) {
      const erft = key === 'speerpunt' || key === 'subspeerpunt' ? key : undefined;
      this.kolommen.set(key, { col: c.col, header: c.header, erft });
    }
    const k = (key: Key) => this.kolommen.get(key);
    this.elkeRij = { speerpunt: k('speerpunt'), subspeerpunt: k('subspeerpunt'), actie: k('actie'), trekker: k('trekker'), driehoek: k('driehoek') };
  }

  private kolom(key: Key): Kolom | undefined {
    const vast = this.elkeRij;
    // Stryker disable StringLiteral,ConditionalExpression: a case that no longer matches falls to the lookup, which finds the same column
    switch (key) {
      case 'speerpunt':
        return vast.speerpunt;
      case 'subspeerpunt':
        return vast.subspeerpunt;
      case 'actie':
        return vast.actie;
      case 'trekker':
        return vast.trekker;
      case 'driehoek':
        return vast.driehoek;
      default:
        return this.kolommen.get(key);
    }
  }

  // The restore stands before a member: after the switch it stood before nothing, and StrykerJS kept the rest of the file disabled.
  // Stryker restore StringLiteral,ConditionalExpression
  get acties(): Actie[] {
    if (!this.rijen) {
      const rijen: Actie[] = [];
      this.walk((row, speerpunt, sub) => rijen.push(new ActieRij(this, row, speerpunt, sub)));
      this.rijen = rijen;
    }
    return this.rijen;
  }

  /** One row object, moved from row to row: what it parsed is forgotten at each move. */
  forEach(fn: (a: Actie) => void): void {
    // Stryker disable next-line UnaryOperator: moveTo sets the place before the first visit
    const cursor = new ActieRij(this, 0, -1, -1);
    this.walk((row, speerpunt, sub) => fn(cursor.moveTo(row, speerpunt, sub)));
  }

  /**
   * Calls back for each row of the table that is not blank, in order, with the
   * rows its blank speerpunt and sub-speerpunt cells inherit from (-1: its
   * own). Word tables pasted into Excel leave the merged cells blank below
   * their first row; a new speerpunt starts its own sub-speerpunten.
   */
  private walk(fn: (row: number, speerpunt: number, sub: number) => void): void {
    const { grid } = this.source;
    const loc = this.loc;
    const sp = loc.columns.speerpunt?.col;
    const sub = loc.columns.subspeerpunt?.col;
    let speerpunt = -1;
    let subspeerpunt = -1;
    grid.forEachRow(loc.headerRow + 1, loc.lastRow, (row) => {
      if (grid.isEmptyRow(row, loc.firstCol, loc.lastCol)) return;
      let spVan = -1;
      let subVan = -1;
      // A blank cell reads the one above it (-1, its own, when there is none).
      if (sp !== undefined && !blank(grid.value(row, sp))) [speerpunt, subspeerpunt] = [row, -1];
      else spVan = speerpunt;
      // A new speerpunt has just set subspeerpunt to -1: its row inherits no sub-speerpunt from the one before.
      if (sub !== undefined) {
        if (blank(grid.value(row, sub))) subVan = subspeerpunt;
        else if (!grid.isErrorAt(row, sub)) subspeerpunt = row; // an error value is nothing to inherit
      }
      fn(row, spVan, subVan);
    });
  }

  /** The row a cell of this column is read from: the one it inherits from, or its own. */
  private bron(p: Plek, k: Kolom): number {
    const van = k.erft === 'speerpunt' ? p.speerpuntVan : k.erft === 'subspeerpunt' ? p.subVan : -1;
    // Stryker disable next-line EqualityOperator: a row is never 0, so `van <= 0` reads the same rows
    return van < 0 ? p.row : van;
  }

  field(p: Plek, key: Key): Field | undefined {
    const k = this.kolom(key);
    if (!k) return undefined;
    const van = this.bron(p, k);
    return new CellField(this.source, p.row, k.col, k.header, van === p.row ? undefined : van);
  }

  /** Read from the cell each time, kept nowhere: a text kept per row and column is memory the garbage collector copies. */
  text(p: Plek, key: Key): string | undefined {
    const k = this.kolom(key);
    return k && cellText(this.source, this.bron(p, k), k.col);
  }

  iso(p: Plek, key: Key): string | undefined {
    const k = this.kolom(key);
    return k && cellIso(this.source, p.row, k.col);
  }

  trekkers(p: Plek): TrekkerParse | undefined {
    return this.gecombineerd ? this.combined(p).trekker : this.parser.trekkers(this.text(p, 'trekker'));
  }

  datum(p: Plek): DatumParse | undefined {
    if (this.gecombineerd) return this.combined(p).datum;
    // An Excel date needs no text: its text would be made from the same date.
    const iso = this.iso(p, 'driehoek');
    // Stryker disable next-line ConditionalExpression: given an ISO date the parser reads no text, so making it only costs time
    return this.parser.datum(iso ? undefined : this.text(p, 'driehoek'), iso);
  }

  private combined(p: Plek) {
    return this.parser.combined(this.text(p, 'gecombineerd'));
  }
}

/** A column of the table; `erft` for those whose blank cells inherit from a row above. */
interface Kolom {
  col: number;
  header: string;
  erft: 'speerpunt' | 'subspeerpunt' | undefined;
}

/** Where a row of Acties is: its sheet row and the rows its speerpunt and sub-speerpunt are read from (-1: its own). */
interface Plek {
  readonly row: number;
  readonly speerpuntVan: number;
  readonly subVan: number;
}

const UNREAD = Symbol('unread');

/** One row of Acties: its cells and what was parsed of them, each worked out when first read. */
class ActieRij implements Actie {
  // Several rules read a row's trekkers and dates: parsed once per row (the parses themselves are shared).
  private parsedTrekkers: TrekkerParse | undefined | typeof UNREAD = UNREAD;
  private parsedDatum: DatumParse | undefined | typeof UNREAD = UNREAD;

  // Its own place (Plek), not an object beside it: the overview and the documents make one of these per row.
  constructor(
    private readonly t: ActiesTabel,
    public row: number,
    public speerpuntVan: number,
    public subVan: number,
  ) {}

  /** The table's cursor only: a row kept in an array stays on its row. */
  moveTo(row: number, speerpuntVan: number, subVan: number): this {
    this.row = row;
    this.speerpuntVan = speerpuntVan;
    this.subVan = subVan;
    this.parsedTrekkers = this.parsedDatum = UNREAD;
    return this;
  }

  get table(): 'acties' {
    return 'acties';
  }

  get nr() {
    return this.t.field(this, 'nr');
  }
  get speerpunt() {
    return this.t.field(this, 'speerpunt');
  }
  get subspeerpunt() {
    return this.t.field(this, 'subspeerpunt');
  }
  get actie() {
    return this.t.field(this, 'actie');
  }
  get onderwerp() {
    return this.t.field(this, 'onderwerp');
  }
  get gecombineerd() {
    return this.t.field(this, 'gecombineerd');
  }
  get trekker() {
    return this.t.field(this, 'trekker');
  }
  get driehoek() {
    return this.t.field(this, 'driehoek');
  }
  get oorspronkelijk() {
    return this.t.field(this, 'oorspronkelijk');
  }
  get status() {
    return this.t.field(this, 'status');
  }
  get opmerking() {
    return this.t.field(this, 'opmerking');
  }

  get trekkerVeld() {
    return this.t.gecombineerd ? this.gecombineerd : this.trekker;
  }
  get datumVeld() {
    return this.t.gecombineerd ? this.gecombineerd : this.driehoek;
  }
  get trekkers() {
    // Stryker disable next-line ConditionalExpression: a cache only; the parser's own memo gives the same parse again
    if (this.parsedTrekkers === UNREAD) this.parsedTrekkers = this.t.trekkers(this);
    return this.parsedTrekkers;
  }
  get datum() {
    // Stryker disable next-line ConditionalExpression: a cache only; the parser's own memo gives the same parse again
    if (this.parsedDatum === UNREAD) this.parsedDatum = this.t.datum(this);
    return this.parsedDatum;
  }
  get oorspronkelijkDatum() {
    return this.t.parser.datum(this.tekst('oorspronkelijk'), this.t.iso(this, 'oorspronkelijk'));
  }
  get statusWaarde() {
    return statusOf(this.tekst('status'));
  }

  tekst(key: Key): string | undefined {
    return this.t.text(this, key);
  }
}
