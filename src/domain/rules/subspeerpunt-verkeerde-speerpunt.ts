import { label } from '../read/speerpunt-index';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'subspeerpunt-verkeerde-speerpunt',
    severity: 'error',
    title: { nl: 'Sub-speerpunt onder ander speerpunt', en: 'Sub-speerpunt under another speerpunt' },
    description: {
      nl: 'Het sub-speerpunt hoort bij een ander speerpunt dan in de rij staat. Een sub-speerpunt hoort bij het speerpunt van de code vóór de punt: 2.1 hoort bij 2, niet bij 1.',
      en: 'The sub-speerpunt belongs to another speerpunt than the row names. A sub-speerpunt belongs to the speerpunt of the code before its dot: 2.1 belongs to 2, not to 1.',
    },
    example: { nl: 'Speerpunt "1. Zorg & Veiligheid" met sub-speerpunt "2.1".', en: 'Speerpunt "1. Zorg & Veiligheid" with sub-speerpunt "2.1".' },
    messages: {
      verkeerd: {
        nl: '{sub} hoort bij speerpunt {hoort}, niet bij {staat}. Pas het speerpunt of het sub-speerpunt aan.',
        en: '{sub} belongs to speerpunt {hoort}, not to {staat}. Change the speerpunt or the sub-speerpunt.',
      },
    },
  },
  create(ctx) {
    return {
      gepland(a) {
        // Read once: each read of a cell makes its field.
        const speerpunt = a.speerpunt;
        const subspeerpunt = a.subspeerpunt;
        if (!speerpunt?.text || !subspeerpunt?.text) return;
        // Both inherited: the row that wrote them is reported already.
        if (speerpunt.inheritedFrom && subspeerpunt.inheritedFrom) return;
        const sp = ctx.speerpunten.lookup(speerpunt.text, false).found;
        const sub = ctx.speerpunten.lookup(subspeerpunt.text, true).found;
        if (!sp || !sub || sub.parent === sp.codeText) return;
        const hoort = ctx.wb.speerpunten.find((s) => s.codeText === sub.parent);
        // Found as a sub-speerpunt, so it has a parent code; that speerpunt may be missing from Speerpunten.
        ctx.report({
          messageId: 'verkeerd',
          data: { sub: label(sub), hoort: hoort ? label(hoort) : sub.parent!, staat: label(sp) },
          at: subspeerpunt,
        });
      },
    };
  },
});
