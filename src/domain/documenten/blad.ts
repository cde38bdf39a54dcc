import { a1, columnLetter } from '../cells';
import type { CellStyle, GeneratedSheet, Grafiek } from '../schema/overzicht';
import { bedrukbaar, REGEL_PT, regels, rijHoogte, type Papier } from './pagina';

export type Cel = string | number;
/** A heading row inside a table, across its width: a speerpunt over its acties. */
export interface Groep {
  groep: string;
}
const isGroep = (r: Cel[] | Groep): r is Groep => !Array.isArray(r);

const KOP_VULLING = 'D9E1F2';
const TOTAAL_VULLING = 'F2F2F2';
const GROEP_VULLING = 'EDEDED';

/** A table of a generated sheet: a head, rows, and what each field spans of the sheet's columns. */
export interface Tabel {
  titel?: string;
  kop: string[];
  rijen: Array<Cel[] | Groep>;
  /** Sheet columns per field, left to right; one each when absent. */
  spans?: number[];
  /** A closing row in bold on grey (the totals). */
  slot?: Cel[];
  /** The first field in bold (the party of a matrix row). */
  eersteVet?: boolean;
  /** What the table says when it has no rows. */
  leeg: string;
  /** Fields from this one on are counts: aligned right. */
  rechtsVanaf?: number;
}

/**
 * Builds a generated sheet row by row and lays it out for paper as it goes:
 * each row gets the height its wrapped text needs, a table starts on a new
 * page when its title, head and first row do not fit on what is left of
 * the page, and a table that runs onto the next page repeats its own head
 * there. So a head is printed only over its own table (print titles would
 * repeat one row over every page of the sheet).
 */
export class BladBouwer {
  private readonly rows: Cel[][] = [];
  private readonly formats: GeneratedSheet['formats'] = [];
  private readonly merges: string[] = [];
  private readonly heights: Record<string, number> = {};
  private readonly breaks: number[] = [];
  private readonly pagina: number;
  private gebruikt = 0;

  constructor(
    private readonly breedtes: readonly number[],
    private readonly papier: Papier,
    private readonly liggend: boolean,
  ) {
    this.pagina = bedrukbaar(papier, liggend).hoog;
  }

  get breedte(): number {
    return this.breedtes.length;
  }

  /** The sheet's columns spread over a table's fields by weight. */
  spans(gewichten: readonly number[]): number[] {
    return verdeel(gewichten, this.breedtes);
  }

  /**
   * Blank rows of this height for an object that floats over them (a
   * chart), on one page: where it starts and ends, as rows.
   */
  ruimte(hoogte: number): { van: number; tot: number } {
    if (this.gebruikt > 0 && this.gebruikt + hoogte > this.pagina) this.nieuwePagina();
    const aantal = Math.ceil(hoogte / REGEL_PT);
    const van = this.volgende;
    for (let i = 0; i < aantal; i++) this.rij([], REGEL_PT);
    return { van, tot: this.volgende - 1 };
  }

  /** A line across the whole width: a title, or a sentence. */
  regel(tekst: string, stijl: CellStyle = {}): void {
    const size = stijl.size ?? 11;
    // Larger type takes more of the width per letter.
    const hoogte = rijHoogte(regels(tekst, Math.floor((this.som(0, this.breedte) * 11) / size), stijl.bold), size);
    const r = this.rij([tekst], hoogte);
    if (this.breedte > 1) this.merges.push(`A${r}:${columnLetter(this.breedte)}${r}`);
    this.formats.push({ range: `A${r}`, style: { wrap: true, vAlign: 'top', ...stijl } });
  }

  leeg(): void {
    this.rij([], REGEL_PT);
  }

  /** Writes the table; returns the row of its (first) head. */
  tabel(t: Tabel): number {
    const spans = t.spans ?? t.kop.map(() => 1);
    const kopHoogte = this.hoogte(t.kop, spans, true);
    const vet = t.eersteVet ? 'eerste' : false;
    const breed = spans.reduce((n, x) => n + x, 0);
    const hoogteVan = (rij: Cel[] | Groep) =>
      isGroep(rij) ? this.hoogte([rij.groep], [breed], true) : this.hoogte(rij, spans, rij === t.slot || vet);
    const eerste = t.rijen[0] ? hoogteVan(t.rijen[0]) : REGEL_PT;
    const titelHoogte = t.titel ? rijHoogte(1, 12) + REGEL_PT : 0;
    if (this.gebruikt > 0 && this.gebruikt + titelHoogte + kopHoogte + eerste > this.pagina) this.nieuwePagina();
    if (t.titel) {
      if (this.gebruikt > 0) this.leeg();
      this.regel(t.titel, { bold: true, size: 12 });
    }
    if (!t.rijen.length) {
      this.regel(t.leeg);
      return this.volgende - 1;
    }
    const kop = () => {
      const r = this.plaats(t.kop, spans, kopHoogte);
      this.stijl(r, r, spans, { bold: true, fill: KOP_VULLING, border: true, wrap: true, vAlign: 'top' });
      return r;
    };
    const eersteKop = kop();
    const alle = [...t.rijen, ...(t.slot ? [t.slot] : [])];
    for (const [i, rij] of alle.entries()) {
      const hoogte = hoogteVan(rij);
      // A heading stays with the row under it.
      const samen = isGroep(rij) && alle[i + 1] ? hoogte + hoogteVan(alle[i + 1]!) : hoogte;
      if (this.gebruikt + samen > this.pagina) {
        this.nieuwePagina();
        kop();
      }
      if (isGroep(rij)) {
        const r = this.plaats([rij.groep], [breed], hoogte);
        this.stijl(r, r, [breed], { bold: true, border: true, wrap: true, fill: GROEP_VULLING });
        continue;
      }
      const r = this.plaats(rij, spans, hoogte);
      this.stijl(r, r, spans, { border: true, wrap: true, vAlign: 'top' });
      if (t.rechtsVanaf !== undefined) {
        const van = spans.slice(0, t.rechtsVanaf).reduce((n, x) => n + x, 0) + 1;
        this.formats.push({ range: `${a1(r, van)}:${a1(r, breed)}`, style: { hAlign: 'right' } });
      }
      if (t.eersteVet) this.formats.push({ range: `A${r}`, style: { bold: true } });
      if (rij === t.slot) this.stijl(r, r, spans, { bold: true, fill: TOTAAL_VULLING });
    }
    return eersteKop;
  }

  build(name: string, freeze: GeneratedSheet['freeze'], passend: boolean, chart?: Grafiek): GeneratedSheet {
    const cells = this.rows.map((r) => [...r, ...new Array<string>(Math.max(0, this.breedte - r.length)).fill('')]);
    return {
      name,
      cells,
      columnWidths: [...this.breedtes],
      rowHeights: this.heights,
      rowBreaks: this.breaks,
      formats: this.formats,
      merges: this.merges,
      freeze,
      landscape: this.liggend,
      paper: this.papier,
      fitToWidth: !passend,
      ...(chart && { chart }),
    };
  }

  /** The row number the next row gets. */
  get volgende(): number {
    return this.rows.length + 1;
  }

  /** Only on a page that holds something (`gebruikt` > 0): a break before the first row would print an empty page. */
  private nieuwePagina(): void {
    this.breaks.push(this.rows.length);
    this.gebruikt = 0;
  }

  private rij(cellen: Cel[], hoogte: number): number {
    // A row is at most 409 pt and every page is taller: a row that does not fit follows others.
    if (this.gebruikt + hoogte > this.pagina) this.nieuwePagina();
    this.rows.push(cellen);
    this.gebruikt += hoogte;
    const r = this.rows.length;
    if (hoogte !== REGEL_PT) this.heights[String(r)] = hoogte;
    return r;
  }

  /** A table row: each field at the first column of its span, the span merged. */
  private plaats(velden: readonly Cel[], spans: readonly number[], hoogte: number): number {
    const cellen: Cel[] = [];
    velden.forEach((v, i) => cellen.push(v, ...new Array<string>((spans[i] ?? 1) - 1).fill('')));
    const r = this.rij(cellen, hoogte);
    let c = 1;
    for (const span of spans) {
      if (span > 1) this.merges.push(`${a1(r, c)}:${a1(r, c + span - 1)}`);
      c += span;
    }
    return r;
  }

  private stijl(van: number, tot: number, spans: readonly number[], style: CellStyle): void {
    const breed = spans.reduce((n, s) => n + s, 0);
    this.formats.push({ range: `A${van}:${columnLetter(breed)}${tot}`, style });
  }

  /** The row height its fullest field needs; `vet`: all fields bold, or only the first. */
  private hoogte(velden: readonly Cel[], spans: readonly number[], vet: boolean | 'eerste'): number {
    let c = 0;
    let lijnen = 1;
    velden.forEach((v, i) => {
      const span = spans[i] ?? 1;
      if (typeof v === 'string' && v) lijnen = Math.max(lijnen, regels(v, this.som(c, span), vet === true || (vet === 'eerste' && i === 0)));
      c += span;
    });
    return rijHoogte(lijnen);
  }

  private som(van: number, aantal: number): number {
    return this.breedtes.slice(van, van + aantal).reduce((n, w) => n + w, 0);
  }
}

/**
 * Spreads the sheet's columns over the fields of a table, left to right, so
 * that each field's width in characters follows its weight; each field gets
 * at least one column.
 */
function verdeel(gewichten: readonly number[], breedtes: readonly number[]): number[] {
  const totaal = gewichten.reduce((n, g) => n + g, 0);
  const breed = breedtes.reduce((n, w) => n + w, 0);
  const spans: number[] = [];
  let [kolom, doel, bereikt] = [0, 0, 0];
  gewichten.forEach((g, i) => {
    doel += (g / totaal) * breed;
    const rest = gewichten.length - i - 1;
    let span = 0;
    // Take columns while that brings the edge closer to where it should be, leaving one for each field after this one.
    while (
      kolom < breedtes.length - rest &&
      (span === 0 || (rest === 0 ? true : Math.abs(bereikt + breedtes[kolom]! - doel) < Math.abs(bereikt - doel)))
    ) {
      bereikt += breedtes[kolom++]!;
      span++;
    }
    spans.push(span);
  });
  return spans;
}
