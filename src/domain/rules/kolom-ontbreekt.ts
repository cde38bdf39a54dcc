import { a1 } from '../cells';
import { TABLE_KINDS, spec } from '../contract';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'kolom-ontbreekt',
    severity: 'error',
    title: { nl: 'Kolom ontbreekt', en: 'Column missing' },
    description: {
      nl: 'Een verplichte kolom ontbreekt in een gevonden tabel. Kopteksten worden herkend zonder op hoofdletters, accenten, spaties of leestekens te letten; "Sub-speerpunt" is dus "Subspeerpunt".',
      en: 'A required column is missing from a table that was found. Headers match regardless of case, accents, spaces and punctuation, so "Sub-speerpunt" is "Subspeerpunt".',
    },
    example: {
      nl: 'Speerpunten met de kopregel "Code | Titel": de kolom Naam ontbreekt.',
      en: 'Speerpunten headed "Code | Titel": the Naam column is missing.',
    },
    messages: {
      ontbreekt: {
        nl: 'De tabel {tabel} mist de kolom "{kolom}". Voeg die kolom toe aan de kopregel (rij {rij}).',
        en: 'The table {tabel} lacks the column "{kolom}". Add it to the header row (row {rij}).',
      },
    },
  },
  create(ctx) {
    for (const kind of TABLE_KINDS) {
      const loc = ctx.wb.locations[kind];
      if (!loc) continue;
      const columns = loc.columns as Record<string, unknown>;
      const combined = 'gecombineerd' in columns;
      let next = loc.lastCol + 1;
      for (const [key, col] of Object.entries(spec(kind).columns)) {
        if (!col.required || key in columns) continue;
        if (combined && (key === 'trekker' || key === 'driehoek')) continue;
        ctx.report({
          messageId: 'ontbreekt',
          data: { tabel: spec(kind).title, kolom: col.header, rij: loc.headerRow },
          at: { sheet: loc.sheet, cell: a1(loc.headerRow, next++), column: col.header },
        });
      }
    }
  },
});
