import { nameKey } from '../normalize';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'trekker-schrijfwijze',
    severity: 'info',
    title: { nl: 'Trekker anders geschreven', en: 'Trekker written differently' },
    description: {
      nl: 'Een trekker is een bekende partij, maar met andere hoofdletters, spaties of accenten dan in Partijen. driehoek begrijpt hem, maar wie het werkboek leest ziet twee schrijfwijzen. De herstelactie schrijft de naam zoals Partijen hem schrijft; dat verandert niets aan wat de rij betekent.',
      en: 'A trekker is a known party, written with other capitals, spaces or accents than Partijen uses. driehoek understands it, but readers see two spellings. The fix writes the name as Partijen does; that changes nothing about what the row means.',
    },
    example: {
      nl: '"9 september Oldebroek en politie": Partijen schrijft Politie.',
      en: '"9 september Oldebroek en politie": Partijen writes Politie.',
    },
    fixable: true,
    messages: {
      schrijfwijze: {
        nl: '"{naam}" heet in Partijen "{partij}".',
        en: '"{naam}" is written "{partij}" in Partijen.',
      },
    },
  },
  create(ctx) {
    return {
      gepland(a) {
        const at = a.trekkerVeld;
        if (!at || !a.trekkers) return;
        for (const t of a.trekkers.tokens) {
          // Stryker disable next-line ConditionalExpression: a collective's first party never has its name, and an unknown token has none
          const partij = t.kind === 'partij' ? t.partijen[0]! : undefined;
          // Only where the text stands in the cell as written: the fix replaces exactly that.
          if (!partij || t.text === partij || nameKey(t.text) !== nameKey(partij) || !String(at.value).includes(t.text)) continue;
          ctx.report({
            messageId: 'schrijfwijze',
            data: { naam: t.text, partij },
            at,
            fix: { type: 'replaceText', sheet: at.sheet, cell: at.cell, expect: at.value, find: t.text, replace: partij },
          });
        }
      },
    };
  },
});
