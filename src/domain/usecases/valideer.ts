import { validate, type ValidateOptions, type ValidationResult } from '../engine';
import type { WorkbookPort } from '../port';
import type { WorkbookSnapshot } from '../schema/snapshot';

export type Opties = ValidateOptions;

/** A snapshot and what validation found in it: what every other use case starts from. */
export interface Validatie {
  snapshot: WorkbookSnapshot;
  result: ValidationResult;
}

/** Valideer: read through the port, check, write nothing. */
export async function valideer(port: WorkbookPort, opties: Opties): Promise<Validatie> {
  const snapshot = await port.read();
  return { snapshot, result: validate(snapshot, opties) };
}
