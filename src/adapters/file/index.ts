import { UnusableWorkbookError } from '../../domain/errors';
import type { WorkbookSnapshot } from '../../domain/schema/snapshot';
import { readSnapshot } from './read';
import { openPackage } from './zip';

/** Reads .xlsx bytes into a snapshot; unusable input becomes an UnusableWorkbookError. */
export async function readWorkbookBytes(bytes: Uint8Array, name: string): Promise<WorkbookSnapshot> {
  const zip = await openPackage(bytes, name);
  try {
    return await readSnapshot(zip, bytes, name);
  } catch (e) {
    if (e instanceof UnusableWorkbookError) throw e;
    throw new UnusableWorkbookError(`${name} kon niet gelezen worden. Open het in Excel, sla het opnieuw op als .xlsx en probeer het nog eens.`);
  }
}
