import { compareOverzicht } from '../overzicht/compare';
import { buildOverzicht } from '../overzicht/model';
import { OVERZICHT_SHEET } from '../read/contract';
import { defineRule } from './define';

const DETAILS = 5;

export default defineRule({
  meta: {
    id: 'overzicht-verouderd',
    severity: 'warning',
    title: { nl: 'Overzicht verouderd', en: 'Overview out of date' },
    description: {
      nl: 'Het blad Driehoek-overzicht wijkt af van wat "Overzicht maken" nu zou schrijven: een onderwerp ontbreekt of staat er te veel, of een totaal klopt niet. Toont de eerste verschillen; maak het overzicht opnieuw voor u het verstuurt.',
      en: 'The Driehoek-overzicht sheet differs from what regeneration would write. Shows the first differences; regenerate before sending.',
    },
    messages: {
      verouderd: {
        nl: 'Het Driehoek-overzicht klopt niet met de acties ({aantal} verschillen). Maak het overzicht opnieuw.',
        en: 'The Driehoek-overzicht does not match the actions ({aantal} differences). Regenerate it.',
      },
      verschil: { nl: 'Verschil: {tekst}.', en: 'Difference: {tekst}.' },
    },
  },
  check(ctx) {
    const sheet = ctx.wb.overzicht;
    if (!sheet || !ctx.wb.locations.acties) return;
    const verschillen = compareOverzicht(sheet, buildOverzicht(ctx.wb), ctx.wb.date1904, ctx.wb.partijIndex);
    if (!verschillen.length) return;
    ctx.report({ messageId: 'verouderd', data: { aantal: verschillen.length }, at: { sheet: OVERZICHT_SHEET, cell: 'A1', column: '' } });
    for (const v of verschillen.slice(0, DETAILS))
      ctx.report({ messageId: 'verschil', data: { tekst: v.tekst }, at: { sheet: OVERZICHT_SHEET, cell: v.cell, column: '' } });
  },
});
