/** What Excel and its dropdowns say to the user, through driehoek. */
export const EXCEL = {
  'keuzelijst.speerpunt': { nl: 'Kies een speerpunt uit de tabel Speerpunten.', en: 'Pick a speerpunt from the Speerpunten table.' },
  'keuzelijst.subspeerpunt': { nl: 'Kies een sub-speerpunt uit de tabel Speerpunten.', en: 'Pick a sub-speerpunt from the Speerpunten table.' },
  'keuzelijst.trekker': {
    nl: 'Kies een partij uit Partijen; meerdere trekkers scheidt u met een komma.',
    en: 'Pick a party from Partijen; separate several trekkers with a comma.',
  },
  'keuzelijst.driehoek': {
    nl: 'Kies de datum van een Driehoek-vergadering, of typ "doorlopend".',
    en: 'Pick the date of a Driehoek meeting, or type "doorlopend".',
  },
  'excel.bewerken': {
    nl: 'Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.',
    en: 'Excel is busy editing a cell. Press Enter or Esc and try again.',
  },
  'excel.beveiligd': {
    nl: 'Het blad of de werkmap is beveiligd. Hef de beveiliging op (Controleren > Blad beveiligen opheffen) en probeer het opnieuw.',
    en: 'The sheet or workbook is protected. Unprotect it (Review > Unprotect Sheet) and try again.',
  },
  'excel.nietToegestaan': {
    nl: 'Excel staat deze wijziging niet toe. Controleer of het blad beveiligd is of de werkmap alleen-lezen is geopend.',
    en: 'Excel does not allow this change. Check whether the sheet is protected or the workbook was opened read-only.',
  },
  'excel.teGroot': {
    nl: 'Het werkboek is te groot voor Excel op het web, ook in kleine stukken. Sluit andere werkmappen en probeer het opnieuw, of gebruik de opdrachtregel.',
    en: 'The workbook is too large for Excel on the web, even in small pieces. Close other workbooks and try again, or use the command line.',
  },
  'excel.weg': {
    nl: 'Een blad of tabel is intussen verdwenen of hernoemd. Valideer opnieuw.',
    en: 'A sheet or table has gone or been renamed meanwhile. Validate again.',
  },
  'excel.bezet': {
    nl: 'Excel kon de opdracht nu niet uitvoeren, mogelijk omdat iemand anders tegelijk in de werkmap werkt. Probeer het over een moment opnieuw.',
    en: 'Excel could not carry out the command now, perhaps because someone else is working in the workbook. Try again in a moment.',
  },
  'excel.anders': {
    nl: 'Excel meldt een fout ({code}): {melding}. Probeer het opnieuw.',
    en: 'Excel reports an error ({code}): {melding}. Please try again.',
  },
  'excel.onverwacht': {
    nl: 'Er ging iets onverwachts mis: {fout}. Probeer het opnieuw; blijft het gebeuren, meld het dan.',
    en: 'Something unexpected went wrong: {fout}. Please try again; if it keeps happening, report it.',
  },
  'excel.teruggezet': {
    nl: 'Het overzicht kon niet geschreven worden; het vorige staat er weer zoals het was.',
    en: 'The overview could not be written; the previous one is back as it was.',
  },
} as const;
