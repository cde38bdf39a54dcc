import { nameKey } from '../normalize';
import { compareOverzicht, type Verschil } from '../overzicht/compare';
import { buildOverzicht, redenenTekst, type NietGeplaatst } from '../overzicht/model';
import { defineRule, type RuleContext } from './define';

const DETAILS = 5;

const messages = {
  verouderd: {
    nl: 'Het Driehoek-overzicht klopt niet met de acties (verschillen: {aantal}). Maak het overzicht opnieuw.',
    en: 'The Driehoek-overzicht does not match the actions (differences: {aantal}). Regenerate it.',
  },
  verouderdDoorFouten: {
    nl: 'Het Driehoek-overzicht klopt niet met de acties (verschillen: {aantal}), maar er zijn acties die nog niet geplaatst kunnen worden ({fouten}). Herstel eerst hun datum of trekker; maak daarna het overzicht opnieuw.',
    en: 'The Driehoek-overzicht does not match the actions (differences: {aantal}), but some actions cannot be placed yet ({fouten}). Fix their date or trekker first; then regenerate the overview.',
  },
  geenKop: { nl: 'Verschil: er staat geen kopregel met vergaderdatums in.', en: 'Difference: there is no header row of meeting dates.' },
  kolomGeenVergadering: {
    nl: 'Verschil: de kolom {datum} is geen vergadering (meer).',
    en: 'Difference: the column {datum} is no (longer a) meeting.',
  },
  kolomOntbreekt: { nl: 'Verschil: de kolom voor {datum} ontbreekt.', en: 'Difference: the column for {datum} is missing.' },
  rijOntbreekt: { nl: 'Verschil: de rij voor {partij} ontbreekt.', en: 'Difference: the row for {partij} is missing.' },
  ontbreekt: { nl: 'Verschil: {partij}, {datum}: "{onderwerp}" ontbreekt.', en: 'Difference: {partij}, {datum}: "{onderwerp}" is missing.' },
  teVeel: {
    nl: 'Verschil: {partij}, {datum}: "{onderwerp}" hoort er niet in.',
    en: 'Difference: {partij}, {datum}: "{onderwerp}" does not belong there.',
  },
  teVeelNietGeplaatst: {
    nl: 'Verschil: {partij}, {datum}: "{onderwerp}" staat er, maar de actie in {cel} kan niet geplaatst worden ({reden}). Herstel eerst die rij.',
    en: 'Difference: {partij}, {datum}: "{onderwerp}" is there, but the action in {cel} cannot be placed ({reden}). Fix that row first.',
  },
  totaalPartij: {
    nl: 'Verschil: Totaal per partij {partij} is {is}, moet {moet} zijn.',
    en: 'Difference: the total of {partij} is {is}, should be {moet}.',
  },
  totaalPartijLeeg: {
    nl: 'Verschil: Totaal per partij {partij} is leeg, moet {moet} zijn.',
    en: 'Difference: the total of {partij} is empty, should be {moet}.',
  },
  totaalDriehoek: {
    nl: 'Verschil: Totaal per Driehoek {datum} is {is}, moet {moet} zijn.',
    en: 'Difference: the total of {datum} is {is}, should be {moet}.',
  },
  totaalDriehoekLeeg: {
    nl: 'Verschil: Totaal per Driehoek {datum} is leeg, moet {moet} zijn.',
    en: 'Difference: the total of {datum} is empty, should be {moet}.',
  },
} as const;

export default defineRule({
  meta: {
    id: 'overzicht-verouderd',
    severity: 'warning',
    title: { nl: 'Overzicht verouderd', en: 'Overview out of date' },
    description: {
      nl: 'Het blad Driehoek-overzicht wijkt af van wat "Overzicht maken" nu zou schrijven: een onderwerp ontbreekt of staat er te veel, of een totaal klopt niet. Toont de eerste verschillen. Komt een verschil uit een actie die niet geplaatst kan worden (een datum die geen Driehoek is, een onbekende trekker), dan staat dat erbij: herstel die rij eerst. Maak het overzicht opnieuw voor u het verstuurt.',
      en: 'The Driehoek-overzicht sheet differs from what "Build overview" would write now: an onderwerp is missing or too many, or a total is wrong. Shows the first differences. Where a difference comes from an action that cannot be placed (a date that is no meeting, an unknown trekker), it says so: fix that row first. Regenerate the overview before sending it.',
    },
    example: {
      nl: 'Het met de hand gemaakte overzicht zet "MMA" bij 11-2-2021, waar de actie 18 februari zegt.',
      en: 'The hand-made overview puts "MMA" at 11-2-2021, where the action says 18 februari.',
    },
    messages,
  },
  create(ctx) {
    const sheet = ctx.wb.generated.overzicht;
    if (!sheet || !ctx.wb.locations.acties) return;
    const model = buildOverzicht(ctx.wb);
    const verschillen = compareOverzicht(sheet, model, ctx.wb.date1904, ctx.wb.partijIndex);
    if (!verschillen.length) return;
    const unplaced = new Map(model.nietGeplaatst.map((n) => [nameKey(n.onderwerp), n]));
    // Differences caused by rows that cannot be placed come first: fixing those rows is the first step.
    const blamed = (v: Verschil) => (v.soort === 'teVeel' ? unplaced.get(nameKey(v.onderwerp)) : undefined);
    const ordered = [...verschillen.filter((v) => blamed(v)), ...verschillen.filter((v) => !blamed(v))];
    const at = { sheet: sheet.name, cell: 'A1', column: '' };
    if (model.nietGeplaatst.length)
      ctx.report({ messageId: 'verouderdDoorFouten', data: { aantal: verschillen.length, fouten: model.nietGeplaatst.length }, at });
    else ctx.report({ messageId: 'verouderd', data: { aantal: verschillen.length }, at });
    for (const v of ordered.slice(0, DETAILS)) detail(ctx, v, blamed(v), { sheet: sheet.name, cell: v.cell, column: '' });
  },
});

function detail(
  ctx: RuleContext<typeof messages>,
  v: Verschil,
  cause: NietGeplaatst | undefined,
  at: { sheet: string; cell: string; column: string },
): void {
  switch (v.soort) {
    case 'teVeel':
      if (cause)
        ctx.report({ messageId: 'teVeelNietGeplaatst', data: { ...pick(v), cel: cause.cel, reden: redenenTekst(cause.redenen, ctx.locale) }, at });
      else ctx.report({ messageId: 'teVeel', data: pick(v), at });
      return;
    case 'ontbreekt':
      return ctx.report({ messageId: 'ontbreekt', data: pick(v), at });
    case 'totaalPartij':
      return ctx.report({ messageId: v.is ? 'totaalPartij' : 'totaalPartijLeeg', data: { partij: v.partij, is: v.is, moet: v.moet }, at });
    case 'totaalDriehoek':
      return ctx.report({ messageId: v.is ? 'totaalDriehoek' : 'totaalDriehoekLeeg', data: { datum: v.datum, is: v.is, moet: v.moet }, at });
    case 'geenKop':
      return ctx.report({ messageId: 'geenKop', data: {}, at });
    case 'rijOntbreekt':
      return ctx.report({ messageId: 'rijOntbreekt', data: { partij: v.partij }, at });
    default:
      return ctx.report({ messageId: v.soort, data: { datum: v.datum }, at });
  }
}

const pick = (v: { partij: string; datum: string; onderwerp: string }) => ({ partij: v.partij, datum: v.datum, onderwerp: v.onderwerp });
