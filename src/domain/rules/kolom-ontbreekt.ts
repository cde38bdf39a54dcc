import { a1 } from '../cells';
import { TABLES } from '../read/contract';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'kolom-ontbreekt',
    severity: 'error',
    title: { nl: 'Kolom ontbreekt', en: 'Column missing' },
    description: {
      nl: 'Een verplichte kolom ontbreekt in een gevonden tabel. Kopteksten worden herkend zonder op hoofdletters, accenten, spaties of leestekens te letten.',
      en: 'A required column is missing from a table that was found. Headers match regardless of case, accents, spaces and punctuation.',
    },
    messages: {
      ontbreekt: {
        nl: 'De tabel {tabel} mist de kolom "{kolom}". Voeg die kolom toe aan de kopregel (rij {rij}).',
        en: 'The table {tabel} lacks the column "{kolom}". Add it to the header row (row {rij}).',
      },
    },
  },
  check(ctx) {
    for (const spec of TABLES) {
      const loc = ctx.wb.locations[spec.kind];
      if (!loc) continue;
      const combined = 'gecombineerd' in loc.columns;
      let next = loc.lastCol + 1;
      for (const col of spec.columns) {
        if (!col.required || col.key in loc.columns) continue;
        if (combined && (col.key === 'trekker' || col.key === 'driehoek')) continue;
        ctx.report({
          messageId: 'ontbreekt',
          data: { tabel: spec.title, kolom: col.header, rij: loc.headerRow },
          at: { sheet: loc.sheet, cell: a1(loc.headerRow, next++), column: col.header },
        });
      }
    }
  },
});
