import { a1 } from '../cells';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'onderwerp-ontbreekt',
    severity: 'info',
    title: { nl: 'Geen onderwerp', en: 'No onderwerp' },
    description: {
      nl: 'De actie heeft geen onderwerp (korte naam). Het overzicht toont dan de eerste woorden van de actie, hoogstens 60 tekens.',
      en: 'The action has no onderwerp (short label); the overview shows its first words, at most 60 characters.',
    },
    messages: {
      leeg: {
        nl: 'Rij {rij} heeft geen onderwerp; het overzicht toont "{begin}". Vul een korte naam in.',
        en: 'Row {rij} has no onderwerp; the overview shows "{begin}". Enter a short label.',
      },
      geenKolom: {
        nl: 'De tabel Acties heeft geen kolom Onderwerp; het overzicht toont de eerste woorden van elke actie. Voeg een kolom Onderwerp toe met korte namen.',
        en: 'Acties has no Onderwerp column; the overview shows the first words of each action. Add an Onderwerp column.',
      },
    },
  },
  check(ctx) {
    const loc = ctx.wb.locations.acties;
    if (!loc || !ctx.wb.acties.length) return;
    if (!('onderwerp' in loc.columns)) {
      ctx.report({ messageId: 'geenKolom', data: {}, at: { sheet: loc.sheet, cell: a1(loc.headerRow, loc.lastCol + 1), column: 'Onderwerp' } });
      return;
    }
    for (const a of ctx.wb.acties) {
      if (!a.onderwerp || a.onderwerp.text || a.onderwerp.error || !a.actie?.text) continue;
      ctx.report({ messageId: 'leeg', data: { rij: a.row, begin: firstWords(a.actie.text) }, at: ctx.where('acties', 'onderwerp', a.onderwerp) });
    }
  },
});

export const ONDERWERP_MAX = 60;

/** The first words of a text, cut at a word boundary within 60 characters. */
export function firstWords(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= ONDERWERP_MAX) return flat;
  const cut = flat.slice(0, ONDERWERP_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
