import { a1 } from '../cells';
import { eersteZin } from '../vocabulary';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'onderwerp-ontbreekt',
    severity: 'info',
    title: { nl: 'Geen onderwerp', en: 'No onderwerp' },
    description: {
      nl: 'De actie heeft geen onderwerp: de korte naam waarmee ze in het overzicht en de agenda staat. Het overzicht toont dan de hele eerste zin van de actie.',
      en: 'The action has no onderwerp: the short label it has in the overview and the agenda. The overview then shows its whole first sentence.',
    },
    example: { nl: 'Een rij met actietekst maar een lege cel Onderwerp.', en: 'A row with an action text but an empty Onderwerp cell.' },
    messages: {
      leeg: {
        nl: 'Rij {rij} heeft geen onderwerp; het overzicht toont "{begin}". Vul een korte naam in.',
        en: 'Row {rij} has no onderwerp; the overview shows "{begin}". Enter a short label.',
      },
      geenKolom: {
        nl: 'De tabel Acties heeft geen kolom Onderwerp; het overzicht toont de eerste zin van elke actie. Voeg een kolom Onderwerp toe met korte namen.',
        en: 'Acties has no Onderwerp column; the overview shows the first sentence of each action. Add an Onderwerp column.',
      },
    },
  },
  create(ctx) {
    const loc = ctx.wb.locations.acties;
    if (!loc || !ctx.wb.acties.length) return;
    if (!loc.columns.onderwerp) {
      ctx.report({ messageId: 'geenKolom', data: {}, at: { sheet: loc.sheet, cell: a1(loc.headerRow, loc.lastCol + 1), column: 'Onderwerp' } });
      return;
    }
    return {
      actie(a) {
        const onderwerp = a.onderwerp; // read once: each read of a cell makes its field
        if (!onderwerp || onderwerp.text || onderwerp.error) return;
        const actie = a.actie?.text;
        if (actie) ctx.report({ messageId: 'leeg', data: { rij: a.row, begin: eersteZin(actie) }, at: onderwerp });
      },
    };
  },
});
