import { isoToDutch } from '../domain/cells';
import { t } from '../domain/teksten/index';
import type { Locale } from '../domain/teksten/text';
import type { DocumentUitkomst, Validatie } from '../domain/usecases/index';
import { volgendeVergadering } from '../domain/agenda/model';
import { peildatumVan } from '../domain/voortgang/model';

type Klaar = Extract<DocumentUitkomst, { soort: 'klaar' }>;

/** What the pane says once a document is made: what is in it, and the paper when it is not A4. */
export function klaarTekst(locale: Locale, out: Klaar): string {
  const a3 = out.sheet.paper === 'A3' ? ` ${t(locale, 'pane.opA3')}` : '';
  switch (out.document) {
    case 'overzicht': {
      const niet = out.model.nietGeplaatst.length;
      return (niet ? t(locale, 'pane.overzichtNiet', { aantal: niet }) : t(locale, 'pane.overzichtKlaar')) + a3;
    }
    case 'agenda': {
      const a = out.model;
      return t(locale, 'pane.agendaKlaar', { datum: isoToDutch(a.vergadering), punten: a.punten.length, achterstallig: a.achterstallig.length }) + a3;
    }
    case 'voortgang': {
      const { opgeleverd, acties, achterstallig } = out.model.totaal;
      return t(locale, 'pane.voortgangKlaar', { datum: isoToDutch(out.model.peildatum), opgeleverd, acties, achterstallig }) + a3;
    }
  }
}

export interface Keuzes {
  opties: Array<{ waarde: string; label: string }>;
  standaard: string;
}

/** The meetings an agenda can be for, the next one from today chosen. */
export function vergaderingKeuzes(v: Validatie, today: string): Keuzes {
  const { meetings } = v.result.werkboek;
  return {
    opties: meetings.map((m) => ({ waarde: m, label: isoToDutch(m) })),
    standaard: volgendeVergadering(v.result.werkboek, today) ?? meetings.at(-1) ?? '',
  };
}

/** Today, the half year and the year end of the programme. */
export function peildatumKeuzes(locale: Locale, v: Validatie, today: string): Keuzes {
  const { jaar } = v.result.werkboek;
  return {
    opties: [
      { waarde: today, label: t(locale, 'pane.peilVandaag', { datum: isoToDutch(today) }) },
      { waarde: 'halfjaar', label: t(locale, 'pane.peilHalfjaar', { datum: isoToDutch(peildatumVan('halfjaar', jaar)) }) },
      { waarde: 'eind', label: t(locale, 'pane.peilEind', { datum: isoToDutch(peildatumVan('eind', jaar)) }) },
    ],
    standaard: today,
  };
}
