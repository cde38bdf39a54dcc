import { a1, isoToDutch, parseA1, serialToIso } from '../cells';
import type { Fix } from '../schema/finding';
import { t } from '../teksten/index';
import type { Locale } from '../teksten/text';
import type { Weigering } from './planner';

/** What a fix does, in data the pane and the command line put into words: "D3: Hatterm → Hattem". */
export type Beschrijving =
  | { soort: 'cel'; sheet: string; cel: string; voor: string; na: string }
  | { soort: 'kolommen'; sheet: string; bereik: string; rijen: number }
  | { soort: 'blad'; sheet: string };

export function describeFix(fix: Fix, date1904: boolean): Beschrijving {
  switch (fix.type) {
    case 'replaceText':
      return { soort: 'cel', sheet: fix.sheet, cel: fix.cell, voor: String(fix.expect), na: String(fix.expect).replace(fix.find, fix.replace) };
    case 'setDate': {
      const voor = typeof fix.expect === 'number' ? serialToIso(fix.expect, date1904) : undefined;
      return { soort: 'cel', sheet: fix.sheet, cel: fix.cell, voor: voor ? isoToDutch(voor) : String(fix.expect), na: isoToDutch(fix.iso) };
    }
    case 'fillEmpty':
      return { soort: 'kolommen', sheet: fix.sheet, bereik: fillRange(fix), rijen: Math.max(0, fix.rows.length - 1) };
    case 'addSheet':
      return { soort: 'blad', sheet: fix.sheet };
  }
}

/** "F2:G35": the block a split fills. */
export function fillRange(fix: Extract<Fix, { type: 'fillEmpty' }>): string {
  const start = parseA1(fix.startCell);
  let width = 1;
  for (const r of fix.rows) width = Math.max(width, r.length);
  return `${fix.startCell}:${a1(start.row + Math.max(1, fix.rows.length) - 1, start.col + width - 1)}`;
}

/** Why a fix was refused, in one sentence that says what to do. */
export function weigeringTekst(locale: Locale, reden: Weigering, cel: string): string {
  return t(locale, `weigering.${reden}`, { cel, blad: cel.split('!')[0]! });
}
