/**
 * When an actie is due, overdue or moved (documenten.md, "Status and moved
 * actions"): one definition that the rule achterstallig, the overview, the
 * agenda and the progress report all use.
 */
import { MAAND_NAMEN, parseDatumCell } from '../parse/datum';
import type { Actie, Gepland } from '../read/werkboek';
import { isClosed } from '../vocabulary';

/** The ISO dates of an actie's Driehoek cell, sorted, each once. */
export function datumsVan(a: Pick<Gepland, 'datum'>): string[] {
  return [...new Set((a.datum?.datums ?? []).map((d) => d.iso))].sort();
}

/** Due at R: at least one of its Driehoek dates is on or before R. */
export function isDue(a: Pick<Gepland, 'datum'>, r: string): boolean {
  return datumsVan(a).some((d) => d <= r);
}

/** Overdue at R: due and neither Afgerond nor Vervallen. */
export function isOverdue(a: Pick<Actie, 'datum' | 'statusWaarde'>, r: string): boolean {
  return isDue(a, r) && !isClosed(a.statusWaarde);
}

/** The last of its dates on or before R: the meeting it is overdue from. */
export function lastDue(a: Pick<Gepland, 'datum'>, r: string): string | undefined {
  return datumsVan(a)
    .filter((d) => d <= r)
    .at(-1);
}

/**
 * The dates an actie was first planned for and is no longer at: the
 * Oorspronkelijk column's dates that are not in its Driehoek cell. Where
 * there is no such column, an Uitgesteld actie whose Opmerking names an
 * earlier date ("verplaatst, was 18 februari") moved from that date.
 */
export function verplaatstVan(a: Actie, jaar: number): string[] {
  const nu = new Set(datumsVan(a));
  const eerste = nu.size ? [...nu][0]! : '9999-12-31';
  // Stryker disable next-line EqualityOperator: a date equal to the first is one of its dates, taken out below
  const eerder = (d: string) => d < eerste;
  const uitOorspronkelijk = (a.oorspronkelijkDatum?.datums ?? []).map((d) => d.iso);
  const uitOpmerking =
    !uitOorspronkelijk.length && a.statusWaarde === 'Uitgesteld' && a.opmerking?.text
      ? parseDatumCell(a.opmerking.text, jaar)
          .datums.map((d) => d.iso)
          .filter(eerder)
      : [];
  return [...new Set([...uitOorspronkelijk, ...uitOpmerking])].filter((d) => !nu.has(d)).sort();
}

/** The days an Onvoorzien row came in: a date is that day, a month name the whole month. */
export function ingevlogenPeriode(text: string, jaar: number): { van: string; tot: string } | undefined {
  const datums = parseDatumCell(text, jaar).datums.map((d) => d.iso);
  if (datums.length) {
    datums.sort();
    return { van: datums[0]!, tot: datums.at(-1)! };
  }
  // Stryker disable next-line ArrayDeclaration: a text without letters names no month, nor does a made-up word
  const woorden = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const maand = MAAND_NAMEN.findIndex((m) => woorden.some((w) => w.length >= 3 && m.startsWith(w)));
  if (maand < 0) return undefined;
  const mm = String(maand + 1).padStart(2, '0');
  const laatste = new Date(Date.UTC(jaar, maand + 1, 0)).getUTCDate();
  return { van: `${jaar}-${mm}-01`, tot: `${jaar}-${mm}-${laatste}` };
}
