import { FNV_OFFSET, fnv1a } from '../hash';
import type { SheetSnapshot } from '../schema/snapshot';

/** The workbook name (hidden) under which the fingerprint of the written overview is kept. */
export const FINGERPRINT_NAME = 'driehoek_vingerafdruk';

/**
 * A short hash of a sheet's non-empty cells by position. The add-in stores it
 * when it writes the overview; a different hash later means someone edited it.
 */
export function fingerprint(cells: ReadonlyArray<ReadonlyArray<string | number | boolean>>, top = 1, left = 1): string {
  let h = FNV_OFFSET;
  cells.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== '') h = fnv1a(`${top + r},${left + c}=${typeof v}:${String(v)}\u0000`, h);
    }),
  );
  return h.toString(16).padStart(8, '0');
}

export function sheetFingerprint(sheet: SheetSnapshot): string {
  return fingerprint(sheet.values, sheet.top, sheet.left);
}
