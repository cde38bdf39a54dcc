/**
 * The printed page, worked out in the core: a file carries no layout engine,
 * and Excel and LibreOffice print rows at the heights written into the sheet.
 * So the core decides column widths, row heights, paper and page breaks, and
 * both adapters write them as they are.
 */

export type Papier = 'A4' | 'A3';

/** The margins both adapters write, in inches (pageMargins; PageLayout's margins take points). */
export const MARGES = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

/** Paper in points, portrait: ISO 216. */
const PAPIER_PT: Record<Papier, { breed: number; hoog: number }> = { A4: { breed: 595, hoog: 842 }, A3: { breed: 842, hoog: 1191 } };

/** The default row: Calibri 11 in Excel (and Carlito, its metric twin, in LibreOffice). */
export const REGEL_PT = 15;

/** Excel's highest row. */
const MAX_RIJ_PT = 409;

export function bedrukbaar(papier: Papier, liggend: boolean): { breed: number; hoog: number } {
  const p = PAPIER_PT[papier];
  const [breed, hoog] = liggend ? [p.hoog, p.breed] : [p.breed, p.hoog];
  return { breed: breed - (MARGES.left + MARGES.right) * 72, hoog: hoog - (MARGES.top + MARGES.bottom) * 72 };
}

/**
 * A column width in characters as points on paper: Excel gives a column of
 * w characters 7w + 5 pixels for Calibri 11 (7 px per digit, 5 px padding),
 * at 96 pixels per inch.
 */
export function kolomPt(w: number): number {
  return (7 * w + 5) * 0.75;
}

/** Printers and programs round column widths differently: keep this much of the page free. */
const SPELING = 1.04;

/** A4 when the columns fit it at 100 %, else A3; only when A3 is too narrow as well is the page scaled to fit. */
export function papierVoor(breedtes: readonly number[], liggend: boolean): { papier: Papier; passend: boolean } {
  const nodig = breedtes.reduce((n, w) => n + kolomPt(w), 0) * SPELING;
  // Stryker disable next-line EqualityOperator: whole-character columns need a multiple of 0.78 pt, and no page is that wide (523, 770, 1119 pt): never equal
  if (nodig <= bedrukbaar('A4', liggend).breed) return { papier: 'A4', passend: true };
  // Stryker disable next-line EqualityOperator: as above
  return { papier: 'A3', passend: nodig <= bedrukbaar('A3', liggend).breed };
}

/**
 * Lines a wrapped text takes in a column of w characters, wrapped word by
 * word as Excel does. A column of w holds 7w + 5 pixels; Calibri's letters
 * average about 5.3 of them, so about 1.3 w letters fit a line. Counting
 * 1.1 w keeps every line on paper — rather one line too many than one cut
 * off. Bold type is wider.
 */
export function regels(tekst: string, w: number, vet = false): number {
  const breed = Math.max(4, Math.floor(vet ? w : w * 1.1));
  return tekst.split('\n').reduce((n, alinea) => n + regelsVan(alinea, breed), 0);
}

function regelsVan(alinea: string, breed: number): number {
  let lijnen = 1;
  let vol = 0;
  for (const woord of alinea.split(/\s+/).filter(Boolean)) {
    const nodig = vol ? vol + 1 + woord.length : woord.length;
    if (nodig <= breed) vol = nodig;
    else if (woord.length <= breed) [lijnen, vol] = [lijnen + 1, woord.length];
    else {
      // A word longer than the column breaks inside itself.
      lijnen += (vol ? 1 : 0) + Math.ceil(woord.length / breed) - 1;
      vol = woord.length % breed || breed;
    }
  }
  return lijnen;
}

/** The height of a row holding this many lines of text of this size. */
export function rijHoogte(lijnen: number, punt = 11): number {
  const lijn = punt <= 11 ? REGEL_PT : Math.ceil((punt * 4) / 3);
  return Math.min(MAX_RIJ_PT, lijnen > 1 ? lijnen * lijn + 3 : lijn);
}

/** How many lines fit in Excel's highest row: a cell never holds more, so nothing is cut off. */
export const MAX_LIJNEN = Math.floor((MAX_RIJ_PT - 3) / REGEL_PT);
