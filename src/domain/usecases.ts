import { validate, type ValidateOptions, type ValidationResult } from './engine';
import { buildOverzicht, type Overzicht } from './overzicht/model';
import { buildOverzichtSheet } from './overzicht/sheet';
import type { WorkbookPort } from './port';
import { readWerkboek } from './read/werkboek';
import type { GeneratedSheet } from './schema/overzicht';

/** Valideer: read through the port, check, write nothing. */
export async function valideer(port: WorkbookPort, options: ValidateOptions): Promise<ValidationResult> {
  return validate(await port.read(), options);
}

export interface OverzichtResult {
  overzicht: Overzicht;
  sheet: GeneratedSheet;
}

/** Overzicht maken: read, build the model and its sheet, write only that sheet. */
export async function overzichtMaken(port: WorkbookPort, today: string): Promise<OverzichtResult> {
  const werkboek = readWerkboek(await port.read(), today);
  const overzicht = buildOverzicht(werkboek);
  const sheet = buildOverzichtSheet(overzicht, today);
  await port.writeGeneratedSheet(sheet);
  return { overzicht, sheet };
}
