import { nameKey } from '../normalize';
import { defineRule } from './define';

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
    const seen = new Map<string, string>();
    for (const a of ctx.wb.acties) {
      if (!a.actie?.text) continue;
      const k = nameKey(a.actie.text);
      const first = seen.get(k);
      if (first === undefined) seen.set(k, a.actie.cell);
      else ctx.report({ messageId: 'dubbel', data: { eerder: first }, at: ctx.where('acties', 'actie', a.actie) });
    }
  },
});
