import { isoToDutch } from '../cells';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'datum-buiten-jaar',
    severity: 'warning',
    title: { nl: 'Datum buiten het programmajaar', en: 'Date outside the programme year' },
    description: {
      nl: 'Een datum ligt buiten het programmajaar: het jaar van de Driehoek-vergaderingen. Vaak een tikfout in het jaartal of een actie van vorig jaar die is blijven staan.',
      en: 'A date lies outside the programme year (the year of the meetings). Often a typo in the year or an action left over from last year.',
    },
    example: { nl: '"2020-02-11" in het programma van 2021.', en: '"2020-02-11" in the programme of 2021.' },
    messages: {
      buitenJaar: {
        nl: '{datum} valt buiten het programmajaar {jaar}. Controleer het jaartal.',
        en: '{datum} lies outside the programme year {jaar}. Check the year.',
      },
    },
  },
  create(ctx) {
    const jaar = String(ctx.wb.jaar);
    return {
      gepland(a) {
        const at = a.datumVeld;
        if (!a.datum || !at) return;
        for (const d of a.datum.datums) {
          if (d.iso.slice(0, 4) !== jaar) ctx.report({ messageId: 'buitenJaar', data: { datum: isoToDutch(d.iso), jaar }, at });
        }
      },
    };
  },
});
