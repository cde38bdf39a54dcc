import { buildAgenda, volgendeVergadering, type Agenda } from '../agenda/model';
import { buildAgendaSheet } from '../agenda/sheet';
import { spec, type GeneratedKind, type TableKind } from '../contract';
import { buildOverzicht, type Overzicht } from '../overzicht/model';
import { buildOverzichtSheet } from '../overzicht/sheet';
import type { Werkboek } from '../read/werkboek';
import { nearestMeeting } from '../vocabulary';
import { buildVoortgang, peildatumVan, type Voortgang } from '../voortgang/model';
import { buildVoortgangSheet } from '../voortgang/sheet';
import { genereer, type GenereerOpties, type GenereerUitkomst, type GenereerWeigering } from './genereer';

type Port = Parameters<typeof genereer>[0];

/** The tables a document is made of. */
type Bron = Extract<TableKind, 'acties' | 'vergaderingen' | 'partijen'>;

/** Nothing is written from a workbook that lacks, or has nothing in, the tables a document is made of. */
function tabellenNodig(wb: Werkboek, document: GeneratedKind, kinds: readonly Bron[]): GenereerWeigering | undefined {
  const missing = kinds.filter((k) => !wb.locations[k]);
  if (missing.length) return { soort: 'geweigerd', reden: 'tabellenOntbreken', document, tabellen: missing.map((k) => spec(k).title) };
  const rijen: Record<Bron, readonly unknown[]> = { acties: wb.acties, vergaderingen: wb.meetings, partijen: wb.partijen };
  const empty = kinds.filter((k) => !rijen[k].length);
  if (empty.length) return { soort: 'geweigerd', reden: 'tabellenLeeg', document, tabellen: empty.map((k) => spec(k).title) };
  return undefined;
}

/** Overzicht maken: the Driehoek overview from the tables, into its own sheet only. */
export function overzichtMaken(port: Port, opties: GenereerOpties): Promise<GenereerUitkomst<Overzicht>> {
  return genereer(
    port,
    'overzicht',
    (wb) => {
      const refused = tabellenNodig(wb, 'overzicht', ['acties', 'vergaderingen', 'partijen']);
      if (refused) return refused;
      const model = buildOverzicht(wb);
      return { model, sheet: buildOverzichtSheet(model, opties.today) };
    },
    opties,
  );
}

/** Agenda maken: for the meeting asked for (a Driehoek date of Vergaderingen), else the next one from today. */
export function agendaMaken(port: Port, opties: GenereerOpties & { vergadering?: string }): Promise<GenereerUitkomst<Agenda>> {
  return genereer(
    port,
    'agenda',
    (wb) => {
      const refused = tabellenNodig(wb, 'agenda', ['acties', 'vergaderingen']);
      if (refused) return refused;
      const vergadering = opties.vergadering ?? volgendeVergadering(wb, opties.today);
      if (!vergadering) return { soort: 'geweigerd', reden: 'geenVolgendeVergadering', datum: opties.today };
      if (!wb.meetings.includes(vergadering))
        return { soort: 'geweigerd', reden: 'geenVergadering', datum: vergadering, dichtstbij: nearestMeeting(vergadering, wb.meetings)! };
      const model = buildAgenda(wb, vergadering, opties.today);
      return { model, sheet: buildAgendaSheet(model, opties.today) };
    },
    opties,
  );
}

/** Voortgang maken: the progress report as of a date, the half year ("halfjaar") or the year end ("eind"); today by default. */
export function voortgangMaken(port: Port, opties: GenereerOpties & { peildatum?: string }): Promise<GenereerUitkomst<Voortgang>> {
  return genereer(
    port,
    'voortgang',
    (wb) => {
      const refused = tabellenNodig(wb, 'voortgang', ['acties']);
      if (refused) return refused;
      const model = buildVoortgang(wb, peildatumVan(opties.peildatum ?? opties.today, wb.jaar));
      return { model, sheet: buildVoortgangSheet(model, opties.today) };
    },
    opties,
  );
}

/** Which document to make, with what the user chose for it. */
export type DocumentKeuze = { soort: 'overzicht' } | { soort: 'agenda'; vergadering?: string } | { soort: 'voortgang'; peildatum?: string };

/** The outcome with the document it is about, so that a shell can tell the three apart. */
export type DocumentUitkomst = { keuze: DocumentKeuze } & (
  | ({ document: 'overzicht' } & GenereerUitkomst<Overzicht>)
  | ({ document: 'agenda' } & GenereerUitkomst<Agenda>)
  | ({ document: 'voortgang' } & GenereerUitkomst<Voortgang>)
);

/** The one entry for the shells that offer all three documents: the pane, the page and the ribbon. */
export async function documentMaken(port: Port, keuze: DocumentKeuze, opties: GenereerOpties): Promise<DocumentUitkomst> {
  switch (keuze.soort) {
    case 'overzicht':
      // Object.assign, not a spread: a spread would read the outcome's findings-after before anyone asks for them.
      return Object.assign(await overzichtMaken(port, opties), { keuze, document: 'overzicht' as const });
    case 'agenda':
      return Object.assign(await agendaMaken(port, { ...opties, ...(keuze.vergadering && { vergadering: keuze.vergadering }) }), {
        keuze,
        document: 'agenda' as const,
      });
    case 'voortgang':
      return Object.assign(await voortgangMaken(port, { ...opties, ...(keuze.peildatum && { peildatum: keuze.peildatum }) }), {
        keuze,
        document: 'voortgang' as const,
      });
  }
}
