import { spec, type TableKind } from '../contract';
import { buildOverzicht, type Overzicht } from '../overzicht/model';
import { buildOverzichtSheet } from '../overzicht/sheet';
import type { Werkboek } from '../read/werkboek';
import { genereer, type GenereerOpties, type GenereerUitkomst, type GenereerWeigering } from './genereer';

/** Nothing is written from a workbook that lacks, or has nothing in, the tables a document is made of. */
function tabellenNodig(wb: Werkboek, kinds: readonly TableKind[]): GenereerWeigering | undefined {
  const missing = kinds.filter((k) => !wb.locations[k]);
  if (missing.length) return { soort: 'geweigerd', reden: 'tabellenOntbreken', tabellen: missing.map((k) => spec(k).title) };
  const empty = kinds.filter((k) =>
    k === 'vergaderingen' ? !wb.meetings.length : k === 'acties' ? !wb.acties.length : k === 'partijen' ? !wb.partijen.length : false,
  );
  if (empty.length) return { soort: 'geweigerd', reden: 'tabellenLeeg', tabellen: empty.map((k) => spec(k).title) };
  return undefined;
}

/** Overzicht maken: the Driehoek overview from the tables, into its own sheet only. */
export function overzichtMaken(port: Parameters<typeof genereer>[0], opties: GenereerOpties): Promise<GenereerUitkomst<Overzicht>> {
  return genereer(
    port,
    'overzicht',
    (wb) => {
      const refused = tabellenNodig(wb, ['acties', 'vergaderingen', 'partijen']);
      if (refused) return refused;
      const model = buildOverzicht(wb);
      return { model, sheet: buildOverzichtSheet(model, opties.today) };
    },
    opties,
  );
}
