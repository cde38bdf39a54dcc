import type { Field } from '../schema/field';
import type { RuleContext } from './define';

/** Own value, not one inherited from a merged cell above (that one is reported once, at its source). */
export function own(field: Field | undefined): field is Field {
  return Boolean(field && field.text && !field.inheritedFrom);
}

/** A fix that writes a whole new text into a field's cell. */
export function replaceWhole(field: Field, text: string) {
  return { type: 'replaceText' as const, sheet: field.sheet, cell: field.cell, expect: field.value, find: String(field.value), replace: text };
}

/** The messages both speerpunt rules give for a cell that names no (sub-)speerpunt of the table. */
type OnbekendMessages = {
  andereNaam: { nl: `${string}{waarde}${string}{code}${string}{naam}${string}`; en: string };
  onbekend: { nl: `${string}{waarde}${string}`; en: string };
};

/**
 * Looks a speerpunt or sub-speerpunt cell up and reports it when the table
 * has none by that code or name: the nearest one as a suggestion, or the
 * name the code has where the code exists.
 */
export function reportUnknownSpeerpunt(ctx: RuleContext<OnbekendMessages>, at: Field, sub: boolean): void {
  const { found, suggestion, mismatch } = ctx.speerpunten.lookup(at.text, sub);
  if (found) return;
  const suggest = suggestion ? [{ label: suggestion, fix: replaceWhole(at, suggestion) }] : undefined;
  if (mismatch) ctx.report({ messageId: 'andereNaam', data: { waarde: at.text, code: mismatch.codeText, naam: mismatch.naam.text }, at, suggest });
  else ctx.report({ messageId: 'onbekend', data: { waarde: at.text }, at, suggest });
}
