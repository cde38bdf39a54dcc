import { TABLE_KINDS, spec, type TableKind } from '../contract';
import { rowsOf, type Actie } from '../read/werkboek';
import type { Field } from '../schema/field';
import { defineRule, type RuleContext } from './define';

// The required cells of every table but Acties are checked on their text. Acties' five required columns each have
// a check of their own (checkActie): speerpunt, read once, also tells whether a sub-speerpunt is required; trekker
// and date are checked on what was read of them.
const required = (kind: TableKind) => Object.keys(spec(kind).columns).filter((k) => spec(kind).columns[k]!.required);

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
  create(ctx) {
    for (const kind of TABLE_KINDS) {
      if (kind === 'acties') continue;
      // A column the table lacks is kolom-ontbreekt's, once: not a cell of it on every row.
      const present = ctx.wb.locations[kind]?.columns ?? {};
      const keys = required(kind).filter((k) => k in present);
      for (const row of rowsOf(ctx.wb, kind)) {
        for (const k of keys) {
          const f = (row as unknown as Record<string, Field | undefined>)[k];
          if (f && !f.text) leeg(ctx, f, row.row);
        }
      }
    }
    // No speerpunt column: no sub-speerpunt is required.
    const vorige: VorigSpeerpunt = { tekst: undefined, subs: false };
    return { actie: (a) => checkActie(ctx, a, vorige) };
  },
});

/**
 * The speerpunt text of the row before and whether it has sub-speerpunten.
 * Rows under a merged speerpunt read the very same string, so one comparison
 * spares a lookup on nine rows in ten.
 */
interface VorigSpeerpunt {
  tekst: string | undefined;
  subs: boolean;
}

/** An empty cell; one holding an error is cel-fout's. */
function leeg(ctx: RuleContext<typeof messages>, f: Field, rij: number): void {
  if (!f.error) ctx.report({ messageId: 'leeg', data: { kolom: f.column, rij }, at: f });
}

// An Acties row's cells are read as text; a field is made only for a finding.
function checkActie(ctx: RuleContext<typeof messages>, a: Actie, vorige: VorigSpeerpunt): void {
  const speerpunt = a.tekst('speerpunt');
  if (speerpunt === '') leeg(ctx, a.speerpunt!, a.row);
  // Read through a fixed key, which V8 turns into a fixed read: a key from a list cost 2 to 3 ms at 100,000 rows.
  if (a.tekst('actie') === '') leeg(ctx, a.actie!, a.row);
  // Stryker disable next-line ConditionalExpression: a cache only; looked up again, the same text gives the same answer
  if (speerpunt !== vorige.tekst) {
    const sp = speerpunt ? ctx.speerpunten.lookup(speerpunt, false).found : undefined;
    vorige.tekst = speerpunt;
    vorige.subs = sp !== undefined && ctx.speerpunten.hasSubs(sp);
  }
  if (vorige.subs && a.tekst('subspeerpunt') === '') leeg(ctx, a.subspeerpunt!, a.row);
  if (!a.trekkers?.tokens.length) {
    const t = a.trekkerVeld;
    if (t && !t.error) ctx.report({ messageId: 'geenTrekker', data: { rij: a.row }, at: t });
  }
  const datum = a.datum;
  if (!datum || !(datum.datums.length || datum.doorlopend || datum.onleesbaar.length || datum.ongeldig.length)) {
    const d = a.datumVeld;
    if (d && !d.error) ctx.report({ messageId: 'geenDatum', data: { rij: a.row }, at: d });
  }
}
