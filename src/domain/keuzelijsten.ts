import { columnLetter } from './cells';
import type { Werkboek } from './read/werkboek';
import type { TableKind } from './schema/werkboek';

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
export function keuzelijsten(wb: Werkboek): Keuzelijst[] {
  const acties = wb.locations.acties;
  if (!acties) return [];
  const from = acties.headerRow + 1;
  const to = Math.max(acties.lastRow, from) + ROOM_BELOW;
  const out: Keuzelijst[] = [];
  const add = (column: string, kind: TableKind, sourceColumn: string, melding: string) => {
    const target = acties.columns[column];
    const ref = wb.locations[kind];
    const src = ref?.columns[sourceColumn];
    if (!target || !ref || !src) return;
    const letter = columnLetter(target.col);
    const sheet = `'${ref.sheet.replace(/'/g, "''")}'`;
    out.push({
      sheet: acties.sheet,
      range: `${letter}${from}:${letter}${to}`,
      source: `=${sheet}!$${columnLetter(src.col)}$${ref.headerRow + 1}:$${columnLetter(src.col)}$${Math.max(ref.lastRow, ref.headerRow + 1)}`,
      melding,
    });
  };
  add('speerpunt', 'speerpunten', 'naam', 'Kies een speerpunt uit de tabel Speerpunten.');
  add('subspeerpunt', 'speerpunten', 'naam', 'Kies een sub-speerpunt uit de tabel Speerpunten.');
  add('trekker', 'partijen', 'naam', 'Kies een partij uit Partijen; meerdere trekkers scheidt u met een komma.');
  add('driehoek', 'vergaderingen', 'driehoek', 'Kies de datum van een Driehoek-vergadering, of typ "doorlopend".');
  return out;
}
