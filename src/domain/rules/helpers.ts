import type { Field } from '../schema/field';

/** Own value, not one inherited from a merged cell above (that one is reported once, at its source). */
export function own(field: Field | undefined): field is Field {
  return Boolean(field && field.text && !field.inheritedFrom);
}

/** A fix that writes a whole new text into a field's cell. */
export function replaceWhole(field: Field, text: string) {
  return { type: 'replaceText' as const, sheet: field.sheet, cell: field.cell, expect: field.value, find: String(field.value), replace: text };
}
