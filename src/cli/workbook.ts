import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { XlsxWorkbook } from '../adapters/file';
import { UnusableWorkbookError } from '../domain/errors';

export const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'uitvoeringsprogramma-2021.xlsx');

/** Opens the file (or the sample), or says in one Dutch sentence why it cannot. */
export async function openWorkbook(file: string | undefined): Promise<XlsxWorkbook> {
  const target = file ?? SAMPLE;
  const info = await stat(target).catch(() => undefined);
  if (!info) throw new UnusableWorkbookError('bestand.nietGevonden', { naam: target });
  if (!info.isFile()) throw new UnusableWorkbookError('bestand.map', { naam: target });
  const bytes = await readFile(target).catch(() => undefined);
  if (!bytes) throw new UnusableWorkbookError('bestand.leesrechten', { naam: target });
  return XlsxWorkbook.open(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), path.basename(target));
}

/** Where a copy goes: -o, else "NAAM.<soort>.xlsx" (or .xlsm) beside the file; for the sample, in the current folder. */
export function outputPath(file: string | undefined, uit: string | undefined, soort: string, macro: boolean): string {
  if (uit) return path.resolve(uit);
  const ext = macro ? '.xlsm' : '.xlsx';
  if (!file) return path.resolve(`${path.basename(SAMPLE, '.xlsx')}.${soort}${ext}`);
  const source = path.resolve(file);
  return source.replace(/(\.xls[xm])?$/i, `.${soort}${ext}`);
}
