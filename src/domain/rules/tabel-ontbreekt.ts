import { TABLE_KINDS, spec, templateHeaders } from '../contract';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'tabel-ontbreekt',
    severity: 'error',
    title: { nl: 'Tabel ontbreekt', en: 'Table missing' },
    description: {
      nl: 'Een verplichte tabel (Acties, Vergaderingen, Speerpunten, Partijen) is niet gevonden: niet als Excel-tabel, niet als blad en niet aan zijn kopregel. Zonder die tabel kan driehoek het programma niet controleren. De herstelactie voegt een blad toe met de kopregel; "Sjabloon aanvullen" doet dat voor alle ontbrekende tabellen.',
      en: 'A required table (Acties, Vergaderingen, Speerpunten, Partijen) was not found by table name, sheet name or header row. Without it driehoek cannot check the programme. The fix adds a sheet with the header row; "Complete template" does so for every missing table.',
    },
    example: { nl: 'Een werkboek zonder blad of tabel Partijen.', en: 'A workbook without a Partijen sheet or table.' },
    fixable: true,
    messages: {
      ontbreekt: {
        nl: 'De tabel {tabel} ontbreekt. Voeg een blad "{tabel}" toe met de kolommen {kolommen}, of gebruik "Sjabloon aanvullen".',
        en: 'The table {tabel} is missing. Add a sheet "{tabel}" with the columns {kolommen}, or use "Complete template".',
      },
    },
  },
  create(ctx) {
    for (const kind of TABLE_KINDS) {
      const table = spec(kind);
      if (!table.required || ctx.wb.locations[kind]) continue;
      const headers = templateHeaders(kind);
      ctx.report({
        messageId: 'ontbreekt',
        data: { tabel: table.title, kolommen: headers.join(', ') },
        at: { sheet: table.title, cell: 'A1', column: '' },
        fix: { type: 'addSheet', sheet: table.title, rows: [headers.map((text) => ({ kind: 'text', text }))] },
      });
    }
  },
});
