import { validate, type ValidateOptions, type ValidationResult } from './engine';
import { buildOverzicht, type Overzicht } from './overzicht/model';
import { buildOverzichtSheet } from './overzicht/sheet';
import type { WorkbookPort } from './port';
import { readWerkboek } from './read/werkboek';
import { sheetFingerprint } from './overzicht/fingerprint';
import { OVERZICHT_SHEET } from './read/contract';
import type { GeneratedSheet } from './schema/overzicht';
import type { WorkbookSnapshot } from './schema/snapshot';

/** Valideer: read through the port, check, write nothing. */
export async function valideer(port: WorkbookPort, options: ValidateOptions): Promise<ValidationResult> {
  return validate(await port.read(), options);
}

export interface OverzichtResult {
  overzicht: Overzicht;
  sheet: GeneratedSheet;
}

/** Overzicht maken: read (or take what was just read), build the model and its sheet, write only that sheet. */
export async function overzichtMaken(port: WorkbookPort, today: string, snapshot?: WorkbookSnapshot): Promise<OverzichtResult> {
  const werkboek = readWerkboek(snapshot ?? (await port.read()), today);
  const overzicht = buildOverzicht(werkboek);
  const sheet = buildOverzichtSheet(overzicht, today);
  await port.writeGeneratedSheet(sheet);
  return { overzicht, sheet };
}

/** The overview sheet exists and is not what the add-in last wrote: someone edited it (or made it by hand). */
export function overzichtHandmatigGewijzigd(snapshot: WorkbookSnapshot): boolean {
  const sheet = snapshot.sheets.find((s) => s.name === OVERZICHT_SHEET);
  return Boolean(sheet && sheet.values.length && sheetFingerprint(sheet) !== snapshot.overzichtVingerafdruk);
}
