/**
 * The words of the documents driehoek writes (the overview, the agenda, the
 * progress report) and of the reasons an actie could not be placed. The
 * documents go to the Driehoek in Dutch; the pane shows the same words in
 * the user's language.
 */
export const DOCUMENTEN = {
  'reden.trekkerOnbekend': { nl: 'onbekende trekker "{naam}"', en: 'unknown trekker "{naam}"' },
  'reden.geenTrekker': { nl: 'geen trekker', en: 'no trekker' },
  'reden.geenDriehoek': { nl: '{datum} ("{tekst}") is geen Driehoek', en: '{datum} ("{tekst}") is no Driehoek meeting' },
  'reden.datumGeenDriehoek': { nl: '{datum} is geen Driehoek', en: '{datum} is no Driehoek meeting' },
  'reden.onleesbaar': { nl: 'datum "{tekst}" is onleesbaar', en: 'date "{tekst}" cannot be read' },
  'reden.bestaatNiet': { nl: 'datum "{tekst}" bestaat niet', en: 'date "{tekst}" does not exist' },
  'reden.geenDatum': { nl: 'geen datum', en: 'no date' },
  'reden.rij': { nl: 'rij {rij}', en: 'row {rij}' },

  'overzicht.titel': { nl: 'Driehoek-overzicht {jaar}', en: 'Driehoek overview {jaar}' },
  'overzicht.gemaakt': { nl: 'gemaakt op {datum} uit {acties}', en: 'made on {datum} from {acties}' },
  'overzicht.actie': { nl: 'actie', en: 'action' },
  'overzicht.acties': { nl: 'acties', en: 'actions' },
  'overzicht.kop': { nl: 'Actiehouder / Driehoek (WIV)', en: 'Responsible / Driehoek (WIV)' },
  'overzicht.totaalPerPartij': { nl: 'Totaal per partij', en: 'Total per party' },
  'overzicht.totaalPerDriehoek': { nl: 'Totaal per Driehoek', en: 'Total per Driehoek' },
  'overzicht.doorlopend': { nl: 'Doorlopende acties', en: 'Continuous actions' },
  'overzicht.onvoorzien': { nl: 'Onvoorziene acties', en: 'Unplanned actions' },
  'overzicht.nietGeplaatst': { nl: 'Niet geplaatst', en: 'Not placed' },
  'overzicht.onderwerp': { nl: 'Onderwerp', en: 'Onderwerp' },
  'overzicht.actieKop': { nl: 'Actie', en: 'Action' },
  'overzicht.trekkers': { nl: 'Trekkers', en: 'Trekkers' },
  'overzicht.ingevlogen': { nl: 'Ingevlogen', en: 'Came in' },
  'overzicht.reden': { nl: 'Reden', en: 'Reason' },
  'overzicht.cel': { nl: 'Cel', en: 'Cell' },
  'overzicht.geen': { nl: '(geen)', en: '(none)' },
  'overzicht.enNog': { nl: '- … en nog {aantal} onderwerpen (zie de tabel Acties)', en: '- … and {aantal} more (see the Acties table)' },
} as const;
