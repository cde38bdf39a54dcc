import type { WorkbookSnapshot } from '../../domain/schema/snapshot';
import { XlsxWorkbook } from './xlsx-workbook';

export { XlsxWorkbook };

/** Reads .xlsx bytes into a snapshot; unusable input becomes an UnusableWorkbookError. */
export async function readWorkbookBytes(bytes: Uint8Array, name: string): Promise<WorkbookSnapshot> {
  return (await XlsxWorkbook.open(bytes, name)).read();
}
