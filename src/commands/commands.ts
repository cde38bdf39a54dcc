import type { Locale } from '../domain/teksten/text';
import { t } from '../domain/teksten/index';
import { weigeringDocument } from '../domain/usecases/genereer';
import { overzichtMaken } from '../domain/usecases/index';
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

/** Ribbon button "Overzicht maken": the same use case as the pane, its outcome in a dialog. */
export async function overzichtCommand(event: Office.AddinCommands.Event): Promise<void> {
  const locale = localeOf(Office.context.displayLanguage);
  const host = officeHost(Excel.run, (ctx, batch) => Excel.run(ctx, batch), locale);
  try {
    const out = await overzichtMaken(host.port, { today: host.today(), locale });
    if (out.soort === 'bevestigen') await tell(t(locale, 'lint.handmatig', { blad: out.blad }), locale);
    else if (out.soort === 'geweigerd') await tell(weigeringDocument(locale, out), locale);
    else {
      const niet = out.model.nietGeplaatst.length;
      await tell(niet ? t(locale, 'lint.klaarNiet', { aantal: niet }) : t(locale, 'lint.klaar'), locale);
    }
  } catch (e) {
    await tell(describeError(e, locale), locale);
  } finally {
    event.completed();
  }
}

if (typeof Office !== 'undefined') void Office.onReady(() => Office.actions.associate('overzichtMaken', overzichtCommand));
