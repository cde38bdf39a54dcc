import { nameKey } from '../normalize';
import type { Field } from '../schema/werkboek';
import { defineRule } from './define';

/**
 * The text as the rule compares it: letters and digits only, lower case.
 * Computed for every action, so plain ASCII takes a short path.
 */
function sameTextKey(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase().replace(/[^a-z0-9]+/g, '') : nameKey(text).replace(/ /g, '');
}

/** A 32-bit FNV-1a hash, so the rule keeps numbers, not 100,000 long texts. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export default defineRule({
  meta: {
    id: 'actie-dubbel',
    severity: 'warning',
    title: { nl: 'Actie dubbel', en: 'Duplicate action' },
    description: {
      nl: 'Dezelfde actietekst staat twee keer in Acties (hoofdletters, accenten en leestekens tellen niet mee). Vaak een kopie die bij het plakken is blijven staan.',
      en: 'The same action text appears twice in Acties (ignoring case, accents and punctuation).',
    },
    messages: {
      dubbel: {
        nl: 'Deze actie staat ook in {eerder}. Verwijder een van beide of maak het verschil duidelijk.',
        en: 'This action also appears in {eerder}. Remove one or make the difference clear.',
      },
    },
  },
  check(ctx) {
    // Buckets hold the fields themselves; the key is made again only when two hashes meet.
    const seen = new Map<number, Field[]>();
    for (const a of ctx.wb.acties) {
      if (!a.actie?.text) continue;
      const key = sameTextKey(a.actie.text);
      const h = hash(key);
      const bucket = seen.get(h);
      const first = bucket?.find((b) => sameTextKey(b.text) === key);
      if (first) ctx.report({ messageId: 'dubbel', data: { eerder: first.cell }, at: ctx.where('acties', 'actie', a.actie) });
      else if (bucket) bucket.push(a.actie);
      else seen.set(h, [a.actie]);
    }
  },
});
