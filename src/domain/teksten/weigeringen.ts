/** Why driehoek did not do what was asked: one sentence each, saying what to do. */
export const WEIGERINGEN = {
  'weigering.celVeranderd': {
    nl: '{cel} is veranderd sinds de controle; er is niets geschreven. Valideer opnieuw.',
    en: '{cel} changed since the check; nothing was written. Validate again.',
  },
  'weigering.formule': {
    nl: '{cel} bevat een formule; driehoek schrijft daar niet overheen. Pas de formule zelf aan.',
    en: '{cel} holds a formula; driehoek does not write over it. Change the formula yourself.',
  },
  'weigering.nietLeeg': {
    nl: '{cel} is niet leeg; deze herstelactie schrijft alleen in lege cellen. Maak ruimte naast de tabel of splits de kolom zelf.',
    en: '{cel} is not empty; this fix writes into empty cells only. Make room beside the table or split the column yourself.',
  },
  'weigering.bladBestaat': {
    nl: 'Er is al een blad {blad}; er wordt niets overschreven.',
    en: 'There is already a sheet {blad}; nothing is overwritten.',
  },
  'weigering.bladWeg': {
    nl: 'Het blad {blad} bestaat niet meer. Valideer opnieuw.',
    en: 'The sheet {blad} no longer exists. Validate again.',
  },
  'weigering.ongedaanVeranderd': {
    nl: '{cel} is veranderd sinds de herstelactie; die cel blijft zoals hij is.',
    en: '{cel} changed since the fix; that cell stays as it is.',
  },
  // The document a refusal names as its subject ("{document} kan niet gemaakt worden").
  'document.overzicht': { nl: 'Het overzicht', en: 'The overview' },
  'document.agenda': { nl: 'De agenda', en: 'The agenda' },
  'document.voortgang': { nl: 'De voortgangsrapportage', en: 'The progress report' },
  'weigering.tabelOntbreekt': {
    nl: '{document} kan niet gemaakt worden: de tabel {tabellen} ontbreekt. Voeg die toe (Sjabloon aanvullen) en valideer.',
    en: '{document} cannot be made: the table {tabellen} is missing. Add it (Complete template) and validate.',
  },
  'weigering.tabellenOntbreken': {
    nl: '{document} kan niet gemaakt worden: de tabellen {tabellen} ontbreken. Voeg die toe (Sjabloon aanvullen) en valideer.',
    en: '{document} cannot be made: the tables {tabellen} are missing. Add them (Complete template) and validate.',
  },
  'weigering.tabelLeeg': {
    nl: '{document} kan niet gemaakt worden: de tabel {tabellen} is leeg. Vul die eerst.',
    en: '{document} cannot be made: the table {tabellen} is empty. Fill it first.',
  },
  'weigering.tabellenLeeg': {
    nl: '{document} kan niet gemaakt worden: de tabellen {tabellen} zijn leeg. Vul die eerst.',
    en: '{document} cannot be made: the tables {tabellen} are empty. Fill them first.',
  },
  'weigering.geenWerkblad': {
    nl: 'Er is al een blad "{blad}" dat geen werkblad is (bijvoorbeeld een grafiekblad). Geef dat blad een andere naam; driehoek schrijft er niet overheen.',
    en: 'There is already a sheet "{blad}" that is not a worksheet (a chart sheet, say). Rename that sheet; driehoek does not write over it.',
  },
  'weigering.beveiligd': {
    nl: 'Het blad "{blad}" is beveiligd. Hef de beveiliging op (Controleren > Blad beveiligen opheffen) en probeer het opnieuw.',
    en: 'The sheet "{blad}" is protected. Unprotect it (Review > Unprotect Sheet) and try again.',
  },
  'weigering.geenVergadering': {
    nl: '{datum} is geen Driehoek in Vergaderingen; de dichtstbijzijnde is {dichtstbij}. Kies een datum uit Vergaderingen.',
    en: '{datum} is no Driehoek in Vergaderingen; the nearest is {dichtstbij}. Choose a date from Vergaderingen.',
  },
  'weigering.geenVolgendeVergadering': {
    nl: 'Na {datum} staat er geen Driehoek meer in Vergaderingen. Kies de vergadering zelf, of vul de vergaderingen van het nieuwe jaar in.',
    en: 'After {datum} there is no Driehoek left in Vergaderingen. Choose the meeting yourself, or fill in next year’s meetings.',
  },
  'weigering.geenKeuzelijsten': {
    nl: 'Keuzelijsten kunnen pas als de tabel Acties er is. Voeg haar toe (Sjabloon aanvullen).',
    en: 'Dropdowns need the Acties table. Add it (Complete template).',
  },
} as const;
