/** The command line's words: its help, its output, its refusals. The command line speaks Dutch. */
export const CLI = {
  'cli.beschrijving': {
    nl: 'Controleert het uitvoeringsprogramma integrale veiligheid en maakt de stukken voor de Driehoek.',
    en: 'Checks the integral safety programme and makes the documents for the Driehoek.',
  },
  'cli.hulp': { nl: 'toon deze hulp', en: 'show this help' },
  'cli.hulpBij': { nl: 'toon hulp bij een opdracht', en: 'show help for a command' },
  'cli.versie': { nl: 'toon het versienummer', en: 'show the version number' },
  'cli.gebruik': { nl: 'Gebruik:', en: 'Usage:' },
  'cli.argumenten': { nl: 'Argumenten:', en: 'Arguments:' },
  'cli.opties': { nl: 'Opties:', en: 'Options:' },
  'cli.opdrachten': { nl: 'Opdrachten:', en: 'Commands:' },
  'cli.uitgang': {
    nl: 'Uitgangscode: 0 geen fouten, 1 fouten gevonden, 2 het bestand is niet te gebruiken (met één zin op stderr).',
    en: 'Exit status: 0 no errors, 1 errors found, 2 the file cannot be used (with one sentence on stderr).',
  },
  'cli.regelsZie': { nl: 'De regels en hun ernst: driehoek regels.', en: 'The rules and their severity: driehoek regels.' },
  'cli.arg.bestand': { nl: '.xlsx-bestand (zonder bestand: het voorbeeld van 2021)', en: '.xlsx file (without one: the 2021 sample)' },
  'cli.opt.json': { nl: 'druk het resultaat af als JSON', en: 'print the result as JSON' },
  'cli.opt.vandaag': { nl: 'de datum die als vandaag geldt (JJJJ-MM-DD)', en: 'the date that counts as today (YYYY-MM-DD)' },
  'cli.opt.ernst': {
    nl: 'ernst van een regel voor deze keer: uit, info, waarschuwing of fout (bijv. trekker-onbekend=waarschuwing)',
    en: 'severity of a rule for this call: uit, info, waarschuwing or fout (e.g. trekker-onbekend=waarschuwing)',
  },
  'cli.opt.uit': {
    nl: 'waar de kopie heen gaat (standaard: naast het bestand, bij het voorbeeld in de huidige map)',
    en: 'where the copy goes (default: beside the file; for the sample, in the current folder)',
  },
  'cli.cmd.valideer': { nl: 'controleer een werkboek en toon elke fout met haar cel', en: 'check a workbook and show every mistake with its cell' },
  'cli.cmd.overzicht': {
    nl: 'schrijf een kopie met een nieuw Driehoek-overzicht (het origineel blijft onaangeroerd)',
    en: 'write a copy with a new Driehoek overview (the original stays untouched)',
  },
  'cli.cmd.agenda': {
    nl: 'schrijf een kopie met de agenda van één Driehoek (standaard de eerstvolgende)',
    en: 'write a copy with the agenda of one Driehoek meeting (by default the next one)',
  },
  'cli.cmd.voortgang': {
    nl: 'schrijf een kopie met de voortgangsrapportage per peildatum (halfjaar, eind of een datum)',
    en: 'write a copy with the progress report as of a date (halfjaar, eind or a date)',
  },
  'cli.opt.vergadering': { nl: 'de Driehoek van de agenda (JJJJ-MM-DD)', en: 'the Driehoek of the agenda (YYYY-MM-DD)' },
  'cli.opt.peildatum': {
    nl: 'de peildatum: JJJJ-MM-DD, halfjaar (30 juni) of eind (31 december); standaard vandaag',
    en: 'reference date: YYYY-MM-DD, halfjaar (30 June) or eind (31 December); today by default',
  },
  'cli.fout.datum': {
    nl: '{optie} "{waarde}" is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2021-06-30.',
    en: '{optie} "{waarde}" is not a date. Write it as YYYY-MM-DD, e.g. 2021-06-30.',
  },
  'cli.fout.peildatum': {
    nl: '--peildatum {waarde} is geen datum. Schrijf JJJJ-MM-DD, halfjaar of eind.',
    en: '--peildatum {waarde} is no date. Write YYYY-MM-DD, halfjaar or eind.',
  },
  'cli.agendaTelling': {
    nl: '{punten} op de agenda, {achterstallig} achterstallig, {onvoorzien} onvoorzien, {doorlopend} doorlopend',
    en: '{punten} on the agenda, {achterstallig} overdue, {onvoorzien} unplanned, {doorlopend} continuous',
  },
  'cli.voortgangTelling': {
    nl: '{acties}: {opgeleverd} opgeleverd, {achterstallig} achterstallig, gereed {gereed}; {aandacht} voor de aandacht van de Driehoek',
    en: '{acties}: {opgeleverd} due, {achterstallig} overdue, done {gereed}; {aandacht} for the Driehoek’s attention',
  },
  'cli.cmd.herstel': {
    nl: 'schrijf een kopie waarin elke zekere herstelactie is toegepast (nooit een voorstel)',
    en: 'write a copy with every certain fix applied (never a suggestion)',
  },
  'cli.cmd.regels': {
    nl: 'toon elke regel: ernst, titel, uitleg en of hij herstelt of voorstelt',
    en: 'show every rule: severity, title, description and whether it fixes or suggests',
  },
  'cli.geenBevindingen': { nl: 'Geen bevindingen: het werkboek klopt.', en: 'Nothing found: the workbook is in order.' },
  'cli.blad': { nl: 'Blad {blad}', en: 'Sheet {blad}' },
  'cli.voorstel': { nl: 'voorstel: {voorstel}', en: 'suggestion: {voorstel}' },
  'cli.herstelbaar': { nl: 'zeker te herstellen met driehoek herstel', en: 'certain fix with driehoek herstel' },
  'cli.fout': { nl: 'fout', en: 'error' },
  'cli.fouten': { nl: 'fouten', en: 'errors' },
  'cli.waarschuwing': { nl: 'waarschuwing', en: 'warning' },
  'cli.waarschuwingen': { nl: 'waarschuwingen', en: 'warnings' },
  'cli.melding': { nl: 'melding', en: 'note' },
  'cli.meldingen': { nl: 'meldingen', en: 'notes' },
  'cli.geschreven': { nl: '{wat} geschreven naar {uit}', en: '{wat} written to {uit}' },
  'cli.overzichtTelling': {
    nl: '{vergaderingen}, {partijen}, {onderwerpen} geplaatst',
    en: '{vergaderingen}, {partijen}, {onderwerpen} placed',
  },
  'cli.overzichtRest': {
    nl: '{doorlopend}, {onvoorzien}, {niet} niet geplaatst',
    en: '{doorlopend}, {onvoorzien}, {niet} not placed',
  },
  'cli.vergadering': { nl: 'vergadering', en: 'meeting' },
  'cli.vergaderingen': { nl: 'vergaderingen', en: 'meetings' },
  'cli.partij': { nl: 'partij', en: 'party' },
  'cli.partijen': { nl: 'partijen', en: 'parties' },
  'cli.onderwerp': { nl: 'onderwerp', en: 'topic' },
  'cli.onderwerpen': { nl: 'onderwerpen', en: 'topics' },
  'cli.doorlopendeActie': { nl: 'doorlopende actie', en: 'continuous action' },
  'cli.doorlopendeActies': { nl: 'doorlopende acties', en: 'continuous actions' },
  'cli.onvoorzieneActie': { nl: 'onvoorziene actie', en: 'unplanned action' },
  'cli.onvoorzieneActies': { nl: 'onvoorziene acties', en: 'unplanned actions' },
  'cli.actie': { nl: 'actie', en: 'action' },
  'cli.acties': { nl: 'acties', en: 'actions' },
  'cli.letOp': {
    nl: 'Let op: het werkboek heeft {fouten}; wat niet geplaatst kon worden staat onderaan. Zie driehoek valideer.',
    en: 'Note: the workbook has {fouten}; what could not be placed is listed at the bottom. See driehoek valideer.',
  },
  'cli.handmatigVervangen': {
    nl: 'Het blad {blad} was met de hand gemaakt of aangepast; in de kopie is het vervangen, het origineel is onaangeroerd.',
    en: 'The sheet {blad} was made or edited by hand; it is replaced in the copy, the original is untouched.',
  },
  'cli.toegepast': { nl: '{cel}: {voor} → {na}', en: '{cel}: {voor} → {na}' },
  'cli.kolommenGevuld': {
    nl: '{bereik}: Trekker en Driehoek ingevuld ({rijen} rijen)',
    en: '{bereik}: Trekker and Driehoek filled in ({rijen} rows)',
  },
  'cli.geweigerd': { nl: '{cel}: niet hersteld — {reden}', en: '{cel}: not fixed — {reden}' },
  'cli.nietsTeHerstellen': {
    nl: 'Er is niets zeker te herstellen; voorstellen past driehoek nooit vanzelf toe (zie driehoek valideer). Er is geen kopie geschreven.',
    en: 'There is nothing certain to fix; driehoek never applies suggestions by itself (see driehoek valideer). No copy was written.',
  },
  'cli.hersteldTelling': { nl: '{toegepast} toegepast, {geweigerd} geweigerd', en: '{toegepast} applied, {geweigerd} refused' },
  'cli.regelFix': { nl: 'herstelt zeker', en: 'fixes (certain)' },
  'cli.regelVoorstel': { nl: 'stelt voor', en: 'suggests' },
  'cli.regelVoorbeeld': { nl: 'Voorbeeld: {voorbeeld}', en: 'Example: {voorbeeld}' },

  'cli.fout.onbekendeOptie': { nl: 'Onbekende optie {optie}. Zie driehoek --help.', en: 'Unknown option {optie}. See driehoek --help.' },
  'cli.fout.onbekendeOpdracht': {
    nl: 'Onbekende opdracht {opdracht}; kies {opdrachten}. Zie driehoek --help.',
    en: 'Unknown command {opdracht}; choose {opdrachten}. See driehoek --help.',
  },
  'cli.fout.waardeNodig': {
    nl: 'De optie {optie} heeft een waarde nodig. Zie driehoek --help.',
    en: 'The option {optie} needs a value. See driehoek --help.',
  },
  'cli.fout.teVeel': { nl: 'Te veel bestanden: geef er één. Zie driehoek --help.', en: 'Too many files: give one. See driehoek --help.' },
  'cli.fout.geenOpdracht': { nl: 'Geef een opdracht: {opdrachten}. Zie driehoek --help.', en: 'Give a command: {opdrachten}. See driehoek --help.' },
  'cli.fout.ernstRegel': {
    nl: '--ernst: er is geen regel "{regel}". Kies uit: {regels}.',
    en: '--ernst: there is no rule "{regel}". Choose from: {regels}.',
  },
  'cli.fout.ernstWaarde': {
    nl: '--ernst {regel}: "{waarde}" is geen ernst. Kies uit, info, waarschuwing of fout.',
    en: '--ernst {regel}: "{waarde}" is not a severity. Choose uit, info, waarschuwing or fout.',
  },
  'cli.fout.zelfde': {
    nl: '{uit} is het bestand zelf (of een koppeling ernaar); het origineel wordt nooit overschreven. Kies met -o een andere naam.',
    en: '{uit} is the file itself (or a link to it); the original is never overwritten. Choose another name with -o.',
  },
  'cli.fout.schrijven': {
    nl: 'Kan {uit} niet schrijven: {reden}. Controleer of de map bestaat, of er ruimte is en of het bestand niet open staat in Excel.',
    en: 'Cannot write {uit}: {reden}. Check that the folder exists, that there is room, and that the file is not open in Excel.',
  },
  'cli.fout.macroNaam': {
    nl: '{bestand} bevat macro’s; een kopie met macro’s moet op .xlsm eindigen, anders opent Excel haar niet. Kies met -o een naam die op .xlsm eindigt.',
    en: '{bestand} contains macros; a copy with macros must end in .xlsm, or Excel will not open it. Choose a name ending in .xlsm with -o.',
  },
  'cli.fout.onverwacht': {
    nl: 'Er ging iets onverwachts mis: {fout}. Meld dit met het bestand erbij; zet DRIEHOEK_DEBUG=1 voor details.',
    en: 'Something unexpected went wrong: {fout}. Report it with the file; set DRIEHOEK_DEBUG=1 for details.',
  },
} as const;
