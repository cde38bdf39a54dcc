import { isoToDutch } from '../cells';
import { verplaatstVan } from '../documenten/planning';
import type { Actie, Gepland, Werkboek } from '../read/werkboek';
import type { OverzichtJson } from '../schema/overzicht';
import { t } from '../teksten/index';
import type { Locale } from '../teksten/text';
import { eersteZin, type Status } from '../vocabulary';

/** Why (part of) an actie lands nowhere in the matrix. */
export type Reden =
  | { soort: 'trekkerOnbekend'; naam: string }
  | { soort: 'geenTrekker' }
  | { soort: 'geenDriehoek'; datum: string; tekst: string }
  | { soort: 'onleesbaar'; tekst: string }
  | { soort: 'bestaatNiet'; tekst: string }
  | { soort: 'geenDatum' };

/** One actie at one meeting for one party: a line in a cell of the matrix. */
export interface Entry {
  /** Index of the actie in the Acties table: two acties with the same onderwerp stay two lines. */
  actie: number;
  label: string;
  status?: Status;
  /** The meetings it was first planned for (documenten.md: moved). */
  verplaatstVan?: string[];
  /** Set on a line at a meeting the actie has moved away from: where it went. Such a line is not counted. */
  verplaatstNaar?: string;
}

export interface NietGeplaatst {
  onderwerp: string;
  cel: string;
  redenen: Reden[];
}

/** The Driehoek overview: parties × meetings, plus everything that has no cell there. */
export interface Overzicht {
  jaar: number;
  vergaderingen: string[];
  /** WIV date per meeting, for the header "11-2-2021 (28-1)". */
  wiv: Record<string, string | undefined>;
  rijen: Array<{ partij: string; cellen: Record<string, Entry[]>; totaal: number }>;
  totaalPerVergadering: Record<string, number>;
  /** The acties per Driehoek added up over the year: the corner of the matrix. */
  totaal: number;
  doorlopend: Array<{ onderwerp: string; trekkers: string[]; cel: string }>;
  onvoorzien: Array<{ actie: string; trekkers: string[]; ingevlogen: string; cel: string }>;
  nietGeplaatst: NietGeplaatst[];
  aantalActies: number;
}

/** The onderwerp, or else the actie's whole first sentence: never cut off. */
export function onderwerpVan(a: Gepland & { onderwerp?: Actie['onderwerp'] }): string {
  // Cell texts come trimmed: only the spaces and line breaks inside are made one.
  const own = a.onderwerp?.text.replace(/\s+/g, ' ');
  // Stryker disable next-line StringLiteral: a required column that is missing reads as empty cells, so an actie field is always there
  return own || eersteZin(a.actie?.text ?? '') || t('nl', 'reden.rij', { rij: a.row });
}

export function buildOverzicht(wb: Werkboek): Overzicht {
  const meetings = wb.meetings;
  const known = new Set(meetings);
  const wiv = Object.fromEntries(meetings.map((m) => [m, wb.vergaderingen.find((v) => v.driehoekIso === m)?.wivIso]));
  const partijen = [...new Set(wb.partijen.map((p) => p.naam.text).filter(Boolean))];
  const cellen = new Map(partijen.map((p) => [p, new Map(meetings.map((m) => [m, [] as Entry[]]))]));
  const perMeeting = new Map(meetings.map((m) => [m, new Set<number>()]));
  const out: Overzicht = {
    jaar: wb.jaar,
    vergaderingen: meetings,
    wiv,
    rijen: [],
    totaalPerVergadering: {},
    totaal: 0,
    doorlopend: [],
    onvoorzien: [],
    nietGeplaatst: [],
    aantalActies: wb.acties.length,
  };
  wb.acties.forEach((a, i) => {
    const place = placement(a, known);
    const name = onderwerpVan(a);
    const cel = cellOf(a);
    const van = verplaatstVan(a, wb.jaar);
    const entry: Entry = { actie: i, label: name, ...(a.statusWaarde && { status: a.statusWaarde }), ...(van.length && { verplaatstVan: van }) };
    for (const m of place.meetings) {
      for (const p of place.partijen) cellen.get(p)?.get(m)?.push(entry);
      if (place.partijen.some((p) => cellen.has(p))) perMeeting.get(m)!.add(i);
    }
    // Where it was planned before, a line says where it went (not counted there).
    const naar = place.meetings[0];
    // Stryker disable next-line ArrayDeclaration: an element here names no meeting of Vergaderingen, so it finds no cell to write to
    for (const m of naar ? van.filter((d) => known.has(d)) : [])
      for (const p of place.partijen)
        cellen
          .get(p)
          ?.get(m)
          ?.push({ ...entry, verplaatstNaar: naar });
    if (a.datum?.doorlopend) out.doorlopend.push({ onderwerp: name, trekkers: trekkerNames(a), cel });
    if (place.redenen.length) out.nietGeplaatst.push({ onderwerp: name, cel, redenen: place.redenen });
  });
  out.rijen = partijen.map((p) => {
    const row = Object.fromEntries(meetings.map((m) => [m, cellen.get(p)!.get(m)!]));
    return { partij: p, cellen: row, totaal: Object.values(row).reduce((n, entries) => n + entries.filter((e) => !e.verplaatstNaar).length, 0) };
  });
  out.totaalPerVergadering = Object.fromEntries(meetings.map((m) => [m, perMeeting.get(m)!.size]));
  out.totaal = Object.values(out.totaalPerVergadering).reduce((n, x) => n + x, 0);
  out.onvoorzien = wb.onvoorzien.map((a) => ({
    // Stryker disable next-line StringLiteral: as above, an actie field is always there
    actie: a.actie?.text ?? '',
    trekkers: trekkerNames(a),
    ingevlogen: a.ingevlogen?.text ?? '',
    cel: cellOf(a),
  }));
  return out;
}

/** "Uitvoeringsprogramma!C3": where the actie stands, for a person to look it up. */
export function cellOf(a: Gepland): string {
  const f = a.actie ?? a.datumVeld;
  // Stryker disable next-line StringLiteral: as above, an actie field is always there
  return f ? `${f.sheet}!${f.cell}` : '';
}

export function trekkerNames(a: Gepland): string[] {
  return [...new Set((a.trekkers?.tokens ?? []).flatMap((tok) => (tok.kind === 'onbekend' ? [tok.text] : tok.partijen)))];
}

/** Where an actie lands, and why (part of) it lands nowhere. */
function placement(a: Gepland, meetings: Set<string>): { partijen: string[]; meetings: string[]; redenen: Reden[] } {
  const redenen: Reden[] = [];
  const tokens = a.trekkers?.tokens ?? [];
  for (const tok of tokens) if (tok.kind === 'onbekend') redenen.push({ soort: 'trekkerOnbekend', naam: tok.text });
  if (!tokens.length) redenen.push({ soort: 'geenTrekker' });
  const d = a.datum;
  const placed: string[] = [];
  for (const x of d?.datums ?? []) {
    if (meetings.has(x.iso)) placed.push(x.iso);
    else redenen.push({ soort: 'geenDriehoek', datum: isoToDutch(x.iso), tekst: x.text });
  }
  for (const tekst of d?.onleesbaar ?? []) redenen.push({ soort: 'onleesbaar', tekst });
  for (const tekst of d?.ongeldig ?? []) redenen.push({ soort: 'bestaatNiet', tekst });
  if (!d || (!d.datums.length && !d.doorlopend && !d.onleesbaar.length && !d.ongeldig.length)) redenen.push({ soort: 'geenDatum' });
  // Stryker disable next-line ArrayDeclaration: a required column that is missing reads as empty cells, so trekkers is always there
  return { partijen: a.trekkers?.partijen ?? [], meetings: [...new Set(placed)], redenen };
}

/** One reason in words; a date written as the date itself is said once. */
function redenTekst(r: Reden, locale: Locale): string {
  switch (r.soort) {
    case 'trekkerOnbekend':
      return t(locale, 'reden.trekkerOnbekend', { naam: r.naam });
    case 'geenTrekker':
      return t(locale, 'reden.geenTrekker');
    case 'geenDriehoek':
      return r.tekst === r.datum
        ? t(locale, 'reden.datumGeenDriehoek', { datum: r.datum })
        : t(locale, 'reden.geenDriehoek', { datum: r.datum, tekst: r.tekst });
    case 'onleesbaar':
      return t(locale, 'reden.onleesbaar', { tekst: r.tekst });
    case 'bestaatNiet':
      return t(locale, 'reden.bestaatNiet', { tekst: r.tekst });
    case 'geenDatum':
      return t(locale, 'reden.geenDatum');
  }
}

export function redenenTekst(redenen: readonly Reden[], locale: Locale): string {
  return redenen.map((r) => redenTekst(r, locale)).join('; ');
}

/** The JSON of regels.md: the model without what only the sheet needs. */
export function toJson(o: Overzicht): OverzichtJson {
  return {
    jaar: o.jaar,
    vergaderingen: o.vergaderingen,
    rijen: o.rijen.map((r) => ({
      partij: r.partij,
      cellen: Object.fromEntries(Object.entries(r.cellen).map(([m, es]) => [m, es.filter((e) => !e.verplaatstNaar).map((e) => e.label)])),
      totaal: r.totaal,
    })),
    totaalPerVergadering: o.totaalPerVergadering,
    doorlopend: o.doorlopend,
    onvoorzien: o.onvoorzien,
    nietGeplaatst: o.nietGeplaatst.map((n) => ({ onderwerp: n.onderwerp, cel: n.cel, reden: redenenTekst(n.redenen, 'nl') })),
  };
}
