import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'trekker-onbekend',
    severity: 'error',
    title: { nl: 'Onbekende trekker', en: 'Unknown trekker' },
    description: {
      nl: 'Een trekker is geen partij en geen alias uit de tabel Partijen, dus de actie komt bij niemand in het overzicht. "Gemeenten", "iedere gemeente" en "alle gemeenten" betekenen elke gemeente. Stelt de dichtstbijzijnde naam voor; dat is een gok, dus u kiest hem zelf.',
      en: 'A trekker is neither a party nor an alias in Partijen, so the action lands with nobody in the overview. "Gemeenten", "iedere gemeente" and "alle gemeenten" mean every municipality. Suggests the nearest name; that is a guess, so you choose it yourself.',
    },
    example: {
      nl: '"Hatterm 18 februari": Hatterm is geen partij; bedoeld is Hattem.',
      en: '"Hatterm 18 februari": Hatterm is no party; Hattem is meant.',
    },
    hasSuggestions: true,
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
  create(ctx) {
    if (!ctx.wb.partijen.length) return;
    return {
      gepland(a) {
        for (const t of a.trekkers?.tokens ?? []) {
          if (t.kind !== 'onbekend') continue;
          // Trekkers were read from this cell, so it is there: made only for a finding.
          const at = a.trekkerVeld!;
          if (!t.suggestion || !String(at.value).includes(t.text)) {
            ctx.report({ messageId: 'onbekend', data: { naam: t.text }, at });
            continue;
          }
          const fix = { type: 'replaceText' as const, sheet: at.sheet, cell: at.cell, expect: at.value, find: t.text, replace: t.suggestion };
          ctx.report({ messageId: 'bedoeld', data: { naam: t.text, voorstel: t.suggestion }, at, suggest: [{ label: t.suggestion, fix }] });
        }
      },
    };
  },
});
