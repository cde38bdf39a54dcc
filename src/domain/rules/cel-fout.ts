import { TableKindSchema } from '../schema/werkboek';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'cel-fout',
    severity: 'error',
    title: { nl: 'Foutwaarde in cel', en: 'Error value in cell' },
    description: {
      nl: 'Een cel in een van de tabellen bevat een Excel-foutwaarde zoals #VERW! (#REF!) of #N/B (#N/A), meestal uit een formule die naar iets verwijst dat weg is.',
      en: 'A cell of one of the tables holds an Excel error value such as #REF! or #N/A, usually from a formula whose reference is gone.',
    },
    messages: {
      fout: {
        nl: 'De cel bevat de foutwaarde {fout}. Herstel de formule of typ de waarde in.',
        en: 'The cell holds the error value {fout}. Repair the formula or type the value.',
      },
    },
  },
  check(ctx) {
    for (const kind of TableKindSchema.options) {
      for (const row of ctx.wb.rows[kind]) {
        for (const [k, f] of Object.entries(row.fields)) {
          if (f.error) ctx.report({ messageId: 'fout', data: { fout: f.error }, at: ctx.where(kind, k, f) });
        }
      }
    }
  },
});
