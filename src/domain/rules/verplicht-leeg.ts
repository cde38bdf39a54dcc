import type { TableKind } from '../schema/werkboek';
import { defineRule } from './define';
import { datumKey, trekkerKey } from './helpers';

const REQUIRED: Partial<Record<TableKind, string[]>> = {
  vergaderingen: ['driehoek'],
  speerpunten: ['code', 'naam'],
  partijen: ['naam', 'soort'],
  onvoorzien: ['actie'],
  instellingen: ['regel', 'ernst'],
};

export default defineRule({
  meta: {
    id: 'verplicht-leeg',
    severity: 'error',
    title: { nl: 'Verplichte cel leeg', en: 'Required cell empty' },
    description: {
      nl: 'Een verplichte cel is leeg en kan niet overgenomen worden van de rij erboven. Alleen Speerpunt en Subspeerpunt nemen een lege cel over van boven (samengevoegde cellen uit Word).',
      en: 'A required cell is empty and cannot inherit from the row above. Only Speerpunt and Subspeerpunt inherit blank cells (merged cells pasted from Word).',
    },
    messages: {
      leeg: { nl: '{kolom} is leeg in rij {rij}. Vul een waarde in.', en: '{kolom} is empty in row {rij}. Enter a value.' },
      geenDatum: {
        nl: 'Rij {rij} heeft geen Driehoek-datum. Vul in bij welke Driehoek de actie terugkomt, of "doorlopend".',
        en: 'Row {rij} has no Driehoek date. Enter the meeting where the action is reported, or "doorlopend".',
      },
      geenTrekker: {
        nl: 'Rij {rij} heeft geen trekker. Vul in welke partij de actie trekt.',
        en: 'Row {rij} has no trekker. Enter the responsible party.',
      },
    },
  },
  check(ctx) {
    const { wb } = ctx;
    for (const a of wb.acties) {
      for (const k of ['speerpunt', 'actie'] as const) {
        const f = a[k];
        if (!f || f.text || f.error) continue;
        const at = ctx.where('acties', k, f);
        ctx.report({ messageId: 'leeg', data: { kolom: at.column, rij: a.row }, at });
      }
      const sp = a.speerpunt?.text ? ctx.speerpunten.lookup(a.speerpunt.text, false).found : undefined;
      if (a.subspeerpunt && !a.subspeerpunt.text && !a.subspeerpunt.error && sp && ctx.speerpunten.hasSubs(sp)) {
        const at = ctx.where('acties', 'subspeerpunt', a.subspeerpunt);
        ctx.report({ messageId: 'leeg', data: { kolom: at.column, rij: a.row }, at });
      }
      const t = a.trekker;
      if (t && !t.error && !a.trekkers?.tokens.length)
        ctx.report({ messageId: 'geenTrekker', data: { rij: a.row }, at: ctx.where('acties', trekkerKey(wb, a), t) });
      const d = a.driehoek;
      const datum = a.datum;
      const hasMoment = datum && (datum.datums.length || datum.doorlopend || datum.onleesbaar.length || datum.ongeldig.length);
      if (d && !d.error && !hasMoment) ctx.report({ messageId: 'geenDatum', data: { rij: a.row }, at: ctx.where('acties', datumKey(wb, a), d) });
    }
    for (const [kind, keys] of Object.entries(REQUIRED) as [TableKind, string[]][]) {
      for (const row of wb.rows[kind]) {
        for (const k of keys) {
          const f = row.fields[k];
          if (!f || f.text || f.error) continue;
          const at = ctx.where(kind, k, f);
          ctx.report({ messageId: 'leeg', data: { kolom: at.column, rij: row.row }, at });
        }
      }
    }
  },
});
