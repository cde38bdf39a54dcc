import { isoToDutch } from '../cells';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'vergadering-dubbel',
    severity: 'error',
    title: { nl: 'Vergadering dubbel', en: 'Duplicate meeting' },
    description: {
      nl: 'Een Driehoek-datum staat twee keer in Vergaderingen; het overzicht zou die kolom twee keer krijgen.',
      en: 'A Driehoek date appears twice in Vergaderingen.',
    },
    example: { nl: 'Twee rijen met de Driehoek van 15 april 2021.', en: 'Two rows with the Driehoek of 15 April 2021.' },
    messages: {
      dubbel: {
        nl: 'De Driehoek van {datum} staat ook in {eerder}. Verwijder een van beide.',
        en: 'The meeting of {datum} also appears in {eerder}. Remove one.',
      },
    },
  },
  create(ctx) {
    const seen = new Map<string, string>();
    for (const v of ctx.wb.vergaderingen) {
      if (!v.driehoekIso) continue;
      const first = seen.get(v.driehoekIso);
      if (first === undefined) seen.set(v.driehoekIso, v.driehoek.cell);
      else
        ctx.report({
          messageId: 'dubbel',
          data: { datum: isoToDutch(v.driehoekIso), eerder: first },
          at: v.driehoek,
        });
    }
  },
});
