import { TABLE_KINDS, spec, type TableKind } from '../contract';
import { rowsOf, type Actie } from '../read/werkboek';
import type { Field } from '../schema/field';
import { defineRule, type RuleContext } from './define';

// Acties' trekker, date and sub-speerpunt are checked on what was read of them; the other required cells on their text.
const ACTIES_BY_MEANING = new Set(['subspeerpunt', 'trekker', 'driehoek']);

const messages = {
  leeg: { nl: '{kolom} is leeg in rij {rij}. Vul een waarde in.', en: '{kolom} is empty in row {rij}. Enter a value.' },
  geenDatum: {
    nl: 'Rij {rij} heeft geen Driehoek-datum. Vul in bij welke Driehoek de actie terugkomt, of "doorlopend".',
    en: 'Row {rij} has no Driehoek date. Enter the meeting where the action is reported, or "doorlopend".',
  },
  geenTrekker: {
    nl: 'Rij {rij} heeft geen trekker. Vul in welke partij de actie trekt.',
    en: 'Row {rij} has no trekker. Enter the responsible party.',
  },
} as const;

export default defineRule({
  meta: {
    id: 'verplicht-leeg',
    severity: 'error',
    title: { nl: 'Verplichte cel leeg', en: 'Required cell empty' },
    description: {
      nl: 'Een verplichte cel is leeg en kan niet overgenomen worden van de rij erboven. Alleen Speerpunt en Subspeerpunt nemen een lege cel over van boven (samengevoegde cellen uit Word); Subspeerpunt is alleen verplicht waar het speerpunt sub-speerpunten heeft.',
      en: 'A required cell is empty and cannot inherit from the row above. Only Speerpunt and Subspeerpunt inherit blank cells (merged cells pasted from Word); Subspeerpunt is required only where the speerpunt has sub-speerpunten.',
    },
    example: { nl: 'De verkeerscontroles met als trekker "Politie" en geen datum.', en: 'The traffic controls with trekker "Politie" and no date.' },
    messages,
  },
  check(ctx) {
    for (const kind of TABLE_KINDS) {
      const required = Object.keys(spec(kind).columns).filter(
        (k) => spec(kind).columns[k]!.required && !(kind === 'acties' && ACTIES_BY_MEANING.has(k)),
      );
      for (const row of rowsOf(ctx.wb, kind as TableKind)) {
        for (const k of required) {
          const f = (row as unknown as Record<string, Field | undefined>)[k];
          if (f && !f.text && !f.error) ctx.report({ messageId: 'leeg', data: { kolom: f.column, rij: row.row }, at: f });
        }
      }
    }
    for (const a of ctx.wb.acties) checkActie(ctx, a);
  },
});

function checkActie(ctx: RuleContext<typeof messages>, a: Actie): void {
  // Each field read once: reading one makes it.
  const speerpunt = a.speerpunt?.text;
  const sp = speerpunt ? ctx.speerpunten.lookup(speerpunt, false).found : undefined;
  const sub = sp && ctx.speerpunten.hasSubs(sp) ? a.subspeerpunt : undefined;
  if (sub && !sub.text && !sub.error) ctx.report({ messageId: 'leeg', data: { kolom: sub.column, rij: a.row }, at: sub });
  const t = a.trekkerVeld;
  if (t && !t.error && !a.trekkers?.tokens.length) ctx.report({ messageId: 'geenTrekker', data: { rij: a.row }, at: t });
  const d = a.datumVeld;
  const datum = a.datum;
  const hasMoment = datum && (datum.datums.length || datum.doorlopend || datum.onleesbaar.length || datum.ongeldig.length);
  if (d && !d.error && !hasMoment) ctx.report({ messageId: 'geenDatum', data: { rij: a.row }, at: d });
}
