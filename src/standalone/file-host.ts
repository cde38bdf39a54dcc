import { formatISO } from 'date-fns';
import { XlsxWorkbook } from '../adapters/file/xlsx-workbook';
import type { Locale } from '../domain/rules/define';
import type { PaneHost } from '../pane/host';
import { describeError } from '../pane/office-host';

export interface FileHost extends PaneHost {
  /** The workbook as it stands now: fixes and the regenerated overview included. */
  save(): Promise<Uint8Array>;
}

/** The pane on a file in the browser: the same engine through the .xlsx adapter; nothing leaves the machine. */
export async function fileHost(bytes: Uint8Array, name: string, locale: Locale): Promise<FileHost> {
  const workbook = await XlsxWorkbook.open(bytes, name);
  await workbook.read();
  return {
    port: workbook,
    locale,
    today: () => formatISO(new Date(), { representation: 'date' }),
    workbookName: async () => name,
    describeError: (e) => describeError(e, locale),
    save: () => workbook.save(),
  };
}
