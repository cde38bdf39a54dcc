import { TABLES } from '../read/contract';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'tabel-ontbreekt',
    severity: 'error',
    title: { nl: 'Tabel ontbreekt', en: 'Table missing' },
    description: {
      nl: 'Een verplichte tabel (Acties, Vergaderingen, Speerpunten, Partijen) is niet gevonden: niet als Excel-tabel, niet als blad en niet aan zijn kopregel.',
      en: 'A required table (Acties, Vergaderingen, Speerpunten, Partijen) was not found by table name, sheet name or header row.',
    },
    messages: {
      ontbreekt: {
        nl: 'De tabel {tabel} ontbreekt. Voeg een blad "{tabel}" toe met de kolommen {kolommen}, of gebruik "Sjabloon aanvullen".',
        en: 'The table {tabel} is missing. Add a sheet "{tabel}" with the columns {kolommen}, or use "Complete template".',
      },
    },
  },
  check(ctx) {
    for (const spec of TABLES) {
      if (!spec.required || ctx.wb.locations[spec.kind]) continue;
      const headers = spec.columns.filter((c) => c.key !== 'gecombineerd').map((c) => c.header);
      ctx.report({
        messageId: 'ontbreekt',
        data: { tabel: spec.title, kolommen: headers.join(', ') },
        at: { sheet: spec.title, cell: 'A1', column: '' },
        fix: { type: 'addSheet', sheet: spec.title, rows: [headers.map((text) => ({ kind: 'text', text }))], label: `Blad ${spec.title} toevoegen` },
      });
    }
  },
});
