import { nameKey } from '../normalize';
import { PARTIJ_SOORTEN } from '../vocabulary';
import { defineRule } from './define';

const KNOWN = new Set(PARTIJ_SOORTEN.map(nameKey));

export default defineRule({
  meta: {
    id: 'partij-soort-onbekend',
    severity: 'error',
    title: { nl: 'Onbekende soort partij', en: 'Unknown kind of party' },
    description: {
      nl: `De soort van een partij is niet een van: ${PARTIJ_SOORTEN.join(', ')}. Alleen partijen van soort Gemeente tellen mee voor "Gemeenten" en "iedere gemeente".`,
      en: `The kind of a party is not one of: ${PARTIJ_SOORTEN.join(', ')}. Only Gemeente parties count for "Gemeenten".`,
    },
    example: { nl: 'Soort "Waterschap": kies Overig.', en: 'Kind "Waterschap": choose Overig.' },
    messages: {
      onbekend: { nl: '"{soort}" is geen soort. Kies uit {toegestaan}.', en: '"{soort}" is not a kind. Choose from {toegestaan}.' },
    },
  },
  create(ctx) {
    for (const p of ctx.wb.partijen) {
      const at = p.soort;
      if (!at?.text || KNOWN.has(nameKey(at.text))) continue;
      ctx.report({ messageId: 'onbekend', data: { soort: at.text, toegestaan: PARTIJ_SOORTEN.join(', ') }, at });
    }
  },
});
