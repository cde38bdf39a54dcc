import { formatISO } from 'date-fns/formatISO';
import { XlsxWorkbook } from '../adapters/file/xlsx-workbook';
import type { Locale } from '../domain/teksten/text';
import { describeError } from '../pane/errors';
import type { PaneHost } from '../pane/host';

export interface FileHost extends PaneHost {
  name: string;
  /** A macro workbook: the download keeps .xlsm. */
  macro: boolean;
  /** The workbook as it stands now: fixes and the generated sheets included. */
  save(): Promise<Uint8Array>;
}

/** The pane on a file in the browser: the same engine through the .xlsx adapter; nothing leaves the machine. */
export async function fileHost(bytes: Uint8Array, name: string, locale: Locale): Promise<FileHost> {
  const workbook = await XlsxWorkbook.open(bytes, name);
  await workbook.read();
  return {
    port: workbook,
    locale,
    name,
    macro: await workbook.macroEnabled(),
    today: () => formatISO(new Date(), { representation: 'date' }),
    describeError: (e) => describeError(e, locale),
    save: () => workbook.save(),
  };
}
