import type { Locale } from '../domain/teksten/text';
import { t } from '../domain/teksten/index';
import { weigeringDocument } from '../domain/usecases/genereer';
import { documentMaken, type DocumentKeuze, type DocumentUitkomst } from '../domain/usecases/index';
import { klaarTekst } from '../pane/documenten';
import { describeError } from '../pane/errors';
import { localeOf, officeHost } from '../pane/office-host';

/**
 * Shows a sentence in a small dialog (a ribbon command has no pane of its
 * own) and resolves when the user has read it: only then may the command
 * complete its event, or the function runtime could end and take the dialog
 * along on desktop Excel.
 */
export function tell(text: string, locale: Locale): Promise<void> {
  return new Promise((resolve) => {
    const url = new URL('melding.html', window.location.href);
    url.searchParams.set('tekst', text);
    url.searchParams.set('knop', t(locale, 'lint.ok'));
    Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30 }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = result.value;
      const done = () => {
        dialog.close();
        resolve();
      };
      // The OK button sends a message; closing the dialog with its × sends an event.
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/**
 * A ribbon button: the same use case as the pane's button, its outcome in a
 * dialog. The agenda is for the next meeting and the report as of today;
 * another meeting or date is chosen in the pane.
 */
async function command(keuze: DocumentKeuze, event: Office.AddinCommands.Event): Promise<void> {
  const locale = localeOf(Office.context.displayLanguage);
  const host = officeHost(Excel.run, (ctx, batch) => Excel.run(ctx, batch), locale);
  try {
    const out = await documentMaken(host.port, keuze, { today: host.today(), locale });
    if (out.soort === 'bevestigen') await tell(t(locale, 'lint.handmatig', { blad: out.blad }), locale);
    else if (out.soort === 'geweigerd') await tell(weigeringDocument(locale, out), locale);
    else await tell(lintTekst(locale, out), locale);
  } catch (e) {
    await tell(describeError(e, locale), locale);
  } finally {
    event.completed();
  }
}

/** What a made document says in the ribbon's dialog: as in the pane, and where to look for what was not placed. */
function lintTekst(locale: Locale, out: Extract<DocumentUitkomst, { soort: 'klaar' }>): string {
  if (out.document !== 'overzicht') return klaarTekst(locale, out);
  const niet = out.model.nietGeplaatst.length;
  return niet ? t(locale, 'lint.klaarNiet', { aantal: niet }) : t(locale, 'lint.klaar');
}

export const overzichtCommand = (event: Office.AddinCommands.Event) => command({ soort: 'overzicht' }, event);
export const agendaCommand = (event: Office.AddinCommands.Event) => command({ soort: 'agenda' }, event);
export const voortgangCommand = (event: Office.AddinCommands.Event) => command({ soort: 'voortgang' }, event);

if (typeof Office !== 'undefined')
  void Office.onReady(() => {
    Office.actions.associate('overzichtMaken', overzichtCommand);
    Office.actions.associate('agendaMaken', agendaCommand);
    Office.actions.associate('voortgangMaken', voortgangCommand);
  });
