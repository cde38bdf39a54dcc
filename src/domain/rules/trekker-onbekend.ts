import { defineRule } from './define';
import { allActies, trekkerKey } from './helpers';

export default defineRule({
  meta: {
    id: 'trekker-onbekend',
    severity: 'error',
    title: { nl: 'Onbekende trekker', en: 'Unknown trekker' },
    description: {
      nl: 'Een trekker is geen partij en geen alias uit de tabel Partijen. "Gemeenten", "iedere gemeente" en "alle gemeenten" betekenen elke gemeente. Stelt de dichtstbijzijnde naam voor (Hatterm → Hattem); de herstelactie vervangt die.',
      en: 'A trekker is neither a party nor an alias in Partijen. Suggests the nearest name (Hatterm → Hattem); the fix replaces it.',
    },
    messages: {
      onbekend: {
        nl: '"{naam}" is geen partij uit Partijen. Corrigeer de naam of voeg "{naam}" als partij of alias toe.',
        en: '"{naam}" is not a party in Partijen. Correct the name or add "{naam}" as a party or alias.',
      },
      bedoeld: {
        nl: '"{naam}" is geen partij uit Partijen; bedoelt u {voorstel}?',
        en: '"{naam}" is not a party in Partijen; did you mean {voorstel}?',
      },
    },
  },
  check(ctx) {
    if (!ctx.wb.partijen.length) return;
    for (const a of allActies(ctx.wb)) {
      if (!a.trekker || !a.trekkers) continue;
      const at = ctx.where(a.table, trekkerKey(ctx.wb, a), a.trekker);
      for (const t of a.trekkers.tokens) {
        if (t.kind !== 'onbekend') continue;
        if (!t.suggestion) {
          ctx.report({ messageId: 'onbekend', data: { naam: t.text }, at });
          continue;
        }
        ctx.report({
          messageId: 'bedoeld',
          data: { naam: t.text, voorstel: t.suggestion },
          at,
          suggestion: t.suggestion,
          fix: {
            type: 'replaceText',
            sheet: at.sheet,
            cell: at.cell,
            find: t.text,
            replace: t.suggestion,
            label: `Vervang "${t.text}" door ${t.suggestion}`,
          },
        });
      }
    }
  },
});
