import { localeOf } from '../pane/i18n';
import { describeError, officeHost } from '../pane/office-host';
import { overzichtHandmatigGewijzigd, overzichtMaken } from '../domain/usecases';

const MESSAGES = {
  nl: {
    handmatig:
      'Het blad Driehoek-overzicht is met de hand gemaakt of aangepast. Open het deelvenster (Start > Controleren) en kies daar Overzicht maken om het bewust te overschrijven.',
    klaar: 'Het Driehoek-overzicht is opnieuw gemaakt.',
  },
  en: {
    handmatig:
      'The Driehoek-overzicht sheet was made or edited by hand. Open the pane (Home > Check) and choose Build overview there to overwrite it on purpose.',
    klaar: 'The Driehoek overview has been rebuilt.',
  },
};

/** Shows a sentence in a small dialog: a ribbon command has no pane of its own. */
function tell(text: string): void {
  const url = new URL('melding.html', window.location.href);
  url.searchParams.set('tekst', text);
  Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30 });
}

/** Ribbon button "Overzicht maken": regenerates unless a hand-made overview would be lost. */
async function overzichtCommand(event: Office.AddinCommands.Event): Promise<void> {
  const locale = localeOf(Office.context.displayLanguage);
  const host = officeHost(Excel.run, (ctx, batch) => Excel.run(ctx, batch), locale);
  try {
    const snapshot = await host.port.read();
    if (overzichtHandmatigGewijzigd(snapshot)) tell(MESSAGES[locale].handmatig);
    else await overzichtMaken(host.port, host.today(), snapshot);
  } catch (e) {
    tell(describeError(e, locale));
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('overzichtMaken', overzichtCommand);
});
