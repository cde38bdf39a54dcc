import { FNV_OFFSET, fnv1a, fnv1aStep } from '../hash';
import { nameKey } from '../normalize';
import type { Field } from '../schema/field';
import { defineRule } from './define';

/** The text as the rule compares it: letters and digits only, lower case. */
function sameTextKey(text: string): string {
  return nameKey(text).replace(/ /g, '');
}

/**
 * A 32-bit FNV-1a hash of that key, computed straight from the characters for
 * plain ASCII text (no new strings for 100,000 long texts); other text is
 * folded first. Equal hashes are confirmed by comparing the keys.
 */
function hash(text: string): number {
  let h = FNV_OFFSET;
  // Equal keys must hash alike; unequal ones may meet, as the keys are compared after. So a mutant that reads fewer
  // characters (or past the end, where NaN adds nothing) or fewer kinds of them only makes hashes meet more often.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: see above
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: folded first or not, ASCII text hashes the same
    if (c > 0x7e) return fnv1a(sameTextKey(text));
    if (c === 38) {
      // "&" reads as "en", as in nameKey.
      h = fnv1aStep(fnv1aStep(h, 101), 110);
      continue;
    }
    // Stryker disable next-line ConditionalExpression: lifting digits and marks by 32 too leaves digits out of the hash, which only makes hashes meet
    if (c >= 65 && c <= 90) c += 32;
    // Stryker disable next-line EqualityOperator: leaving "z" or "9" out only makes hashes meet (letting punctuation in is tested)
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) h = fnv1aStep(h, c);
  }
  return h >>> 0;
}

export default defineRule({
  meta: {
    id: 'actie-dubbel',
    severity: 'warning',
    title: { nl: 'Actie dubbel', en: 'Duplicate action' },
    description: {
      nl: 'Dezelfde actietekst staat twee keer in Acties (hoofdletters, accenten en leestekens tellen niet mee). Vaak een kopie die bij het plakken is blijven staan.',
      en: 'The same action text appears twice in Acties (ignoring case, accents and punctuation). Often a copy left behind when pasting.',
    },
    example: { nl: '"WVGGZ  monitoren." onder "Wvggz monitoren".', en: '"WVGGZ  monitoren." below "Wvggz monitoren".' },
    messages: {
      dubbel: {
        nl: 'Deze actie staat ook in {eerder}. Verwijder een van beide of maak het verschil duidelijk.',
        en: 'This action also appears in {eerder}. Remove one or make the difference clear.',
      },
    },
  },
  create(ctx) {
    // Buckets hold the fields themselves; the key is made again only when two hashes meet.
    const seen = new Map<number, Field[]>();
    return {
      actie(a) {
        const actie = a.actie; // read once: each read of a cell makes its field
        if (!actie?.text) return;
        const h = hash(actie.text);
        const bucket = seen.get(h);
        const first = bucket?.find((b) => sameTextKey(b.text) === sameTextKey(actie.text));
        if (first) ctx.report({ messageId: 'dubbel', data: { eerder: first.cell }, at: actie });
        else if (bucket) bucket.push(actie);
        else seen.set(h, [actie]);
      },
    };
  },
});
