import { columnLetter } from './cells';
import type { ColumnKey, TableKind } from './contract';
import type { Werkboek } from './read/werkboek';
import { t, type TekstId } from './teksten/index';
import type { Locale } from './teksten/text';

/** A dropdown list for a column of Acties, fed by a column of a reference table. */
export interface Keuzelijst {
  sheet: string;
  range: string;
  /** A formula naming the list's cells, e.g. ='Partijen'!$A$2:$A$9. */
  source: string;
  melding: string;
}

/** New rows get a dropdown too: the lists reach this far below the last action. */
const ROOM_BELOW = 200;

/** The dropdowns "Keuzelijsten instellen" installs; none for the combined legacy column. */
export function keuzelijsten(wb: Werkboek, locale: Locale): Keuzelijst[] {
  const acties = wb.locations.acties;
  if (!acties) return [];
  const from = acties.headerRow + 1;
  const to = Math.max(acties.lastRow, from) + ROOM_BELOW;
  const out: Keuzelijst[] = [];
  const add = <K extends TableKind>(column: ColumnKey<'acties'>, kind: K, sourceColumn: ColumnKey<K>, melding: TekstId) => {
    const target = acties.columns[column];
    const ref = wb.locations[kind];
    const src = ref?.columns[sourceColumn as keyof typeof ref.columns] as { col: number } | undefined;
    if (!target || !ref || !src) return;
    const letter = columnLetter(target.col);
    const sheet = `'${ref.sheet.replace(/'/g, "''")}'`;
    const srcLetter = columnLetter(src.col);
    out.push({
      sheet: acties.sheet,
      range: `${letter}${from}:${letter}${to}`,
      source: `=${sheet}!$${srcLetter}$${ref.headerRow + 1}:$${srcLetter}$${Math.max(ref.lastRow, ref.headerRow + 1)}`,
      melding: t(locale, melding as 'keuzelijst.speerpunt'),
    });
  };
  add('speerpunt', 'speerpunten', 'naam', 'keuzelijst.speerpunt');
  add('subspeerpunt', 'speerpunten', 'naam', 'keuzelijst.subspeerpunt');
  add('trekker', 'partijen', 'naam', 'keuzelijst.trekker');
  add('driehoek', 'vergaderingen', 'driehoek', 'keuzelijst.driehoek');
  return out;
}
