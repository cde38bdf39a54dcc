/** Why a file cannot be used: one sentence each, saying what to do. */
export const BESTAND = {
  'bestand.leeg': {
    nl: '{naam} is leeg (0 bytes). Kies het juiste bestand of sla het werkboek opnieuw op.',
    en: '{naam} is empty (0 bytes). Choose the right file or save the workbook again.',
  },
  'bestand.versleuteld': {
    nl: '{naam} is met een wachtwoord versleuteld. Open het in Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen) en probeer het opnieuw.',
    en: '{naam} is encrypted with a password. Open it in Excel, remove the password (File > Info > Protect Workbook) and try again.',
  },
  'bestand.xls': {
    nl: '{naam} is een oud Excel-bestand (.xls). Open het in Excel en sla het op als Excel-werkmap (.xlsx).',
    en: '{naam} is an old Excel file (.xls). Open it in Excel and save it as an Excel workbook (.xlsx).',
  },
  'bestand.geenXlsx': {
    nl: '{naam} is geen Excel-werkboek (.xlsx). Kies een bestand dat Excel als .xlsx heeft opgeslagen.',
    en: '{naam} is not an Excel workbook (.xlsx). Choose a file that Excel saved as .xlsx.',
  },
  'bestand.zipKapot': {
    nl: '{naam} is beschadigd: het zip-archief is niet te lezen. Open het in Excel en sla het opnieuw op.',
    en: '{naam} is damaged: its zip archive cannot be read. Open it in Excel and save it again.',
  },
  'bestand.zipGeenWerkboek': {
    nl: '{naam} is een zip-archief, maar geen Excel-werkboek. Kies een .xlsx-bestand.',
    en: '{naam} is a zip archive, but not an Excel workbook. Choose an .xlsx file.',
  },
  'bestand.onleesbaar': {
    nl: '{naam} kon niet gelezen worden: een onderdeel ervan ({onderdeel}) is beschadigd. Open het in Excel, sla het opnieuw op als .xlsx en probeer het nog eens.',
    en: '{naam} could not be read: one of its parts ({onderdeel}) is damaged. Open it in Excel, save it again as .xlsx and try once more.',
  },
  'bestand.strict': {
    nl: '{naam} is opgeslagen als "Strict Open XML". driehoek kan het valideren, maar schrijft er niet in. Sla het in Excel op als gewone Excel-werkmap (.xlsx) en probeer het opnieuw.',
    en: '{naam} is saved as "Strict Open XML". driehoek can validate it but does not write into it. Save it in Excel as an ordinary Excel workbook (.xlsx) and try again.',
  },
  'bestand.nietGevonden': {
    nl: 'Bestand niet gevonden: {naam}. Controleer de naam en de map.',
    en: 'File not found: {naam}. Check the name and the folder.',
  },
  'bestand.map': {
    nl: '{naam} is een map, geen bestand. Geef het pad van een .xlsx-bestand.',
    en: '{naam} is a folder, not a file. Give the path of an .xlsx file.',
  },
  'bestand.leesrechten': {
    nl: '{naam} kan niet gelezen worden. Controleer of u leesrechten hebt en of het bestand niet open staat.',
    en: '{naam} cannot be read. Check that you may read it and that it is not open elsewhere.',
  },
} as const;
