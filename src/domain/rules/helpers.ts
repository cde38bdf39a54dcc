import type { Gepland, Werkboek } from '../read/werkboek';
import type { Field } from '../schema/field';

/** Acties and Onvoorzien rows are checked alike where Onvoorzien has a value. */
export function allActies(wb: Werkboek): Gepland[] {
  return wb.onvoorzien.length ? [...wb.acties, ...wb.onvoorzien] : wb.acties;
}

/** Own value, not one inherited from a merged cell above (that one is reported once, at its source). */
export function own(field: Field | undefined): field is Field {
  return Boolean(field && field.text && !field.inheritedFrom);
}

/** A fix that writes a whole new text into a field's cell. */
export function replaceWhole(field: Field, text: string) {
  return { type: 'replaceText' as const, sheet: field.sheet, cell: field.cell, expect: field.value, find: String(field.value), replace: text };
}
