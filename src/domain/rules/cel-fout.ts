import { TABLE_KINDS, columnKeys } from '../contract';
import { rowsOf } from '../read/werkboek';
import type { Field } from '../schema/field';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'cel-fout',
    severity: 'error',
    title: { nl: 'Foutwaarde in cel', en: 'Error value in cell' },
    description: {
      nl: 'Een cel in een van de tabellen bevat een Excel-foutwaarde zoals #VERW! (#REF!) of #N/B (#N/A), meestal uit een formule die naar iets verwijst dat weg is. driehoek kan niet lezen wat er bedoeld is.',
      en: 'A cell of one of the tables holds an Excel error value such as #REF! or #N/A, usually from a formula whose reference is gone. driehoek cannot read what is meant.',
    },
    example: {
      nl: 'Een trekker uit =Blad9!A1, terwijl Blad9 verwijderd is: #VERW!.',
      en: 'A trekker from =Blad9!A1 after Blad9 was deleted: #REF!.',
    },
    messages: {
      fout: {
        nl: 'De cel bevat de foutwaarde {fout}. Herstel de formule of typ de waarde in.',
        en: 'The cell holds the error value {fout}. Repair the formula or type the value.',
      },
    },
  },
  create(ctx) {
    for (const kind of TABLE_KINDS) {
      const sheet = ctx.wb.locations[kind]?.sheet;
      if (!sheet || !ctx.wb.foutBladen.has(sheet)) continue;
      const keys = columnKeys(kind);
      for (const row of rowsOf(ctx.wb, kind)) {
        // In the contract's column order; no list per row (a large programme has many rows).
        for (const k of keys) {
          const f = (row as unknown as Record<string, Field | undefined>)[k];
          if (f?.error) ctx.report({ messageId: 'fout', data: { fout: f.error }, at: f });
        }
      }
    }
  },
});
