import { a1 } from '../cells';
import { TABLE_KINDS, spec } from '../contract';
import { rowsOf } from '../read/werkboek';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'tabel-leeg',
    severity: 'error',
    title: { nl: 'Tabel leeg', en: 'Table empty' },
    description: {
      nl: 'Een verplichte tabel is gevonden maar heeft geen enkele rij. Zonder vergaderingen, speerpunten of partijen kan geen actie gecontroleerd of in het overzicht geplaatst worden; een werkboek met lege tabellen is dus nog niet in orde, ook al zijn er geen andere fouten.',
      en: 'A required table was found but has no rows. Without meetings, speerpunten or parties no action can be checked or placed in the overview, so a workbook with empty tables is not in order yet, even without other errors.',
    },
    example: {
      nl: 'Na "Sjabloon aanvullen": het blad Partijen met alleen de kopregel.',
      en: 'After "Complete template": the Partijen sheet with only its header row.',
    },
    messages: {
      leeg: {
        nl: 'De tabel {tabel} heeft nog geen rijen. Vul haar onder de kopregel (rij {rij}).',
        en: 'The table {tabel} has no rows yet. Fill it below its header row (row {rij}).',
      },
    },
  },
  create(ctx) {
    for (const kind of TABLE_KINDS) {
      const loc = ctx.wb.locations[kind];
      if (!spec(kind).required || !loc || rowsOf(ctx.wb, kind).length) continue;
      ctx.report({
        messageId: 'leeg',
        data: { tabel: spec(kind).title, rij: loc.headerRow },
        at: { sheet: loc.sheet, cell: a1(loc.headerRow + 1, loc.firstCol), column: '' },
      });
    }
  },
});
