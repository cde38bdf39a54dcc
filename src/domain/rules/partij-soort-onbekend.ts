import { nameKey } from '../normalize';
import { PartijSoortSchema } from '../schema/werkboek';
import { defineRule } from './define';

const KNOWN = new Set(PartijSoortSchema.options.map(nameKey));

export default defineRule({
  meta: {
    id: 'partij-soort-onbekend',
    severity: 'error',
    title: { nl: 'Onbekende soort partij', en: 'Unknown kind of party' },
    description: {
      nl: `De soort van een partij is niet een van: ${PartijSoortSchema.options.join(', ')}. Alleen partijen van soort Gemeente tellen mee voor "Gemeenten" en "iedere gemeente".`,
      en: `The kind of a party is not one of: ${PartijSoortSchema.options.join(', ')}. Only Gemeente parties count for "Gemeenten".`,
    },
    messages: {
      onbekend: { nl: '"{soort}" is geen soort. Kies uit {toegestaan}.', en: '"{soort}" is not a kind. Choose from {toegestaan}.' },
    },
  },
  check(ctx) {
    for (const row of ctx.wb.rows.partijen) {
      const f = row.fields.soort;
      if (!f?.text || KNOWN.has(nameKey(f.text))) continue;
      ctx.report({
        messageId: 'onbekend',
        data: { soort: f.text, toegestaan: PartijSoortSchema.options.join(', ') },
        at: ctx.where('partijen', 'soort', f),
      });
    }
  },
});
