import { isoToDutch } from '../cells';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'vergadering-wiv-na-driehoek',
    severity: 'error',
    title: { nl: 'WIV niet vóór de Driehoek', en: 'WIV not before its Driehoek' },
    description: {
      nl: 'Het WIV bereidt de Driehoek voor en valt dus ervoor, meestal twee weken. Een WIV-datum op of na de Driehoek is een tikfout.',
      en: 'The WIV prepares the Driehoek and comes before it, usually two weeks. A WIV on or after it is a typo.',
    },
    example: { nl: 'WIV 15-4-2021 bij de Driehoek van 15-4-2021.', en: 'WIV 15-4-2021 for the Driehoek of 15-4-2021.' },
    messages: {
      naDriehoek: {
        nl: 'Het WIV van {wiv} valt niet vóór de Driehoek van {driehoek}. Controleer beide datums.',
        en: 'The WIV of {wiv} is not before the Driehoek of {driehoek}. Check both dates.',
      },
    },
  },
  create(ctx) {
    for (const v of ctx.wb.vergaderingen) {
      if (!v.wiv || !v.wivIso || !v.driehoekIso || v.wivIso < v.driehoekIso) continue;
      ctx.report({
        messageId: 'naDriehoek',
        data: { wiv: isoToDutch(v.wivIso), driehoek: isoToDutch(v.driehoekIso) },
        at: v.wiv,
      });
    }
  },
});
