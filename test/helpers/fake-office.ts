import type { FakeWorkbook } from './fake-excel';

interface Shown {
  tekst: string | null;
  knop: string | null;
}

/**
 * The globals a ribbon command sees (Office, Excel) around a fake workbook.
 * The dialog follows "Use the Office dialog API in Office Add-ins"
 * (learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins):
 * displayDialogAsync hands a Dialog to its callback; the page inside it calls
 * messageParent, which arrives as DialogMessageReceived. Here the user reads
 * the sentence and presses OK a moment later.
 */
export function ribbon(wb: FakeWorkbook, displayLanguage: string) {
  const dialogs: Shown[] = [];
  let okPressed = false;
  let closed = false;
  const state = { completedAfterOk: false };
  const event = {
    completed: () => {
      state.completedAfterOk = okPressed && closed;
    },
  } as unknown as Office.AddinCommands.Event;
  const handlers = new Map<string, (arg: unknown) => void>();
  const dialog = {
    addEventHandler: (type: string, handler: (arg: unknown) => void) => handlers.set(type, handler),
    close: () => void (closed = true),
  };
  Object.assign(globalThis, {
    Office: {
      context: {
        displayLanguage,
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback: (r: { status: string; value: unknown }) => void) => {
            const params = new URL(url).searchParams;
            dialogs.push({ tekst: params.get('tekst'), knop: params.get('knop') });
            callback({ status: 'succeeded', value: dialog });
            setTimeout(() => {
              okPressed = true;
              handlers.get('dialogMessageReceived')?.({ message: 'ok' });
            }, 20);
          },
        },
      },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    },
    Excel: { run: wb.run },
  });
  return {
    event,
    dialogs,
    get completedAfterOk() {
      return state.completedAfterOk;
    },
  };
}
