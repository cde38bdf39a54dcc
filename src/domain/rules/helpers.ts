import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { ParsedActie, Werkboek } from '../read/werkboek';
import type { Field } from '../schema/werkboek';

/** Acties and Onvoorzien rows are checked alike where Onvoorzien has a value. */
export function allActies(wb: Werkboek): ParsedActie[] {
  return wb.onvoorzien.length ? [...wb.acties, ...wb.onvoorzien] : wb.acties;
}

/** Own value, not one inherited from a merged cell above (that one is reported once, at its source). */
export function own(field: Field | undefined): field is Field {
  return Boolean(field && field.text && !field.inheritedFrom);
}

export function nearestMeeting(iso: string, meetings: readonly string[]): string | undefined {
  let best: { m: string; d: number } | undefined;
  const day = parseISO(iso);
  for (const m of meetings) {
    const d = Math.abs(differenceInCalendarDays(parseISO(m), day));
    if (!best || d < best.d) best = { m, d };
  }
  return best?.m;
}

/** Fields whose column holds the dates and trekkers: one cell for the combined column. */
export function datumKey(wb: Werkboek, a: ParsedActie): string {
  return a.table === 'acties' && wb.gecombineerd ? 'gecombineerd' : 'driehoek';
}

export function trekkerKey(wb: Werkboek, a: ParsedActie): string {
  return a.table === 'acties' && wb.gecombineerd ? 'gecombineerd' : 'trekker';
}
