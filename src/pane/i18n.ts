import type { Locale } from '../domain/rules/define';

/** Every word the pane shows, in Dutch, and in English for an English Office. */
const TEXTS = {
  nl: {
    werkboek: 'Werkboek',
    valideer: 'Valideer',
    bezigValideren: 'Bezig met controleren…',
    overzichtMaken: 'Overzicht maken',
    bezigOverzicht: 'Bezig met het overzicht…',
    herstel: 'Herstel',
    herstelAlle: 'Herstel alle veilige',
    sjabloon: 'Sjabloon aanvullen',
    keuzelijsten: 'Keuzelijsten instellen',
    live: 'Live controleren',
    fouten: 'fouten',
    waarschuwingen: 'waarschuwingen',
    meldingen: 'meldingen',
    geenBevindingen: 'Geen bevindingen: het werkboek klopt.',
    nogNietGecontroleerd: 'Druk op Valideer om het werkboek te controleren.',
    blad: 'Blad',
    naarCel: 'Ga naar cel',
    voorstel: 'Voorstel',
    overzichtKlaar: 'Het Driehoek-overzicht is opnieuw gemaakt.',
    naarOverzicht: 'Open het blad Driehoek-overzicht',
    hersteld: 'Hersteld',
    sjabloonKlaar: 'De ontbrekende tabellen zijn toegevoegd, met hun kopregels.',
    keuzelijstenKlaar: 'De keuzelijsten staan in de tabel Acties.',
    keuzelijstenGeen:
      'Keuzelijsten kunnen pas als Acties aparte kolommen Trekker en Driehoek heeft (gebruik de herstelactie bij "kolom-gecombineerd").',
    handmatigTitel: 'Overzicht met de hand aangepast',
    handmatigVraag:
      'Het blad Driehoek-overzicht is niet meer wat driehoek het laatst schreef: iemand heeft het met de hand gemaakt of aangepast. Overschrijven met een nieuw overzicht?',
    overschrijven: 'Overschrijven',
    annuleren: 'Annuleren',
    nietGeplaatst: 'niet geplaatst',
    onverwacht: 'Er ging iets onverwachts mis: {fout}. Probeer het opnieuw.',
  },
  en: {
    werkboek: 'Workbook',
    valideer: 'Validate',
    bezigValideren: 'Checking…',
    overzichtMaken: 'Build overview',
    bezigOverzicht: 'Building the overview…',
    herstel: 'Fix',
    herstelAlle: 'Fix all safe ones',
    sjabloon: 'Complete template',
    keuzelijsten: 'Set up dropdowns',
    live: 'Check while editing',
    fouten: 'errors',
    waarschuwingen: 'warnings',
    meldingen: 'notes',
    geenBevindingen: 'Nothing found: the workbook is in order.',
    nogNietGecontroleerd: 'Press Validate to check the workbook.',
    blad: 'Sheet',
    naarCel: 'Go to cell',
    voorstel: 'Suggestion',
    overzichtKlaar: 'The Driehoek overview has been rebuilt.',
    naarOverzicht: 'Open the Driehoek-overzicht sheet',
    hersteld: 'Fixed',
    sjabloonKlaar: 'The missing tables were added, with their headers.',
    keuzelijstenKlaar: 'The dropdowns are in the Acties table.',
    keuzelijstenGeen: 'Dropdowns need separate Trekker and Driehoek columns in Acties (use the fix of "kolom-gecombineerd").',
    handmatigTitel: 'Overview edited by hand',
    handmatigVraag:
      'The Driehoek-overzicht sheet is no longer what driehoek last wrote: someone made or edited it by hand. Overwrite it with a new overview?',
    overschrijven: 'Overwrite',
    annuleren: 'Cancel',
    nietGeplaatst: 'not placed',
    onverwacht: 'Something unexpected went wrong: {fout}. Please try again.',
  },
} satisfies Record<Locale, Record<string, string>>;

export type Texts = (typeof TEXTS)['nl'];

export function texts(locale: Locale): Texts {
  return TEXTS[locale];
}

/** Office's display language decides; Dutch unless it is English. */
export function localeOf(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
