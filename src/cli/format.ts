import type { Agenda } from '../domain/agenda/model';
import { isoToDutch } from '../domain/cells';
import { weigeringTekst, type Beschrijving } from '../domain/fixes/describe';
import type { Weigering } from '../domain/fixes/planner';
import { redenenTekst, type Overzicht } from '../domain/overzicht/model';
import { RULES } from '../domain/rules/index';
import type { Finding, Summary } from '../domain/schema/finding';
import { t, type VasteTekst } from '../domain/teksten/index';
import type { Voortgang } from '../domain/voortgang/model';

/** "1 fout", "2 fouten". */
export const amount = (count: number, one: VasteTekst, many: VasteTekst) => `${count} ${t('nl', count === 1 ? one : many)}`;
const n = amount;
const SEVERITY: Record<Finding['severity'], VasteTekst> = { error: 'cli.fout', warning: 'cli.waarschuwing', info: 'cli.melding' };
const TITLE = new Map(RULES.map((r) => [r.meta.id as string, r.meta.title.nl]));

export function summaryLine(s: Summary): string {
  return [
    n(s.errors, 'cli.fout', 'cli.fouten'),
    n(s.warnings, 'cli.waarschuwing', 'cli.waarschuwingen'),
    n(s.info, 'cli.melding', 'cli.meldingen'),
  ].join(', ');
}

/** What a fix does, in one line: "D3: Hatterm 18 februari → Hattem 18 februari". */
export function describeLine(d: Beschrijving): string {
  if (d.soort === 'cel') return t('nl', 'cli.toegepast', { cel: `${d.sheet}!${d.cel}`, voor: d.voor || '(leeg)', na: d.na });
  if (d.soort === 'kolommen') return t('nl', 'cli.kolommenGevuld', { bereik: `${d.sheet}!${d.bereik}`, rijen: d.rijen });
  return d.sheet;
}

export function refusalLine(cel: string, reden: Weigering): string {
  return t('nl', 'cli.geweigerd', { cel, reden: weigeringTekst('nl', reden, cel) });
}

/** Findings grouped by sheet, one block each, for a person at a terminal. */
export function formatFindings(workbook: string, findings: readonly Finding[], summary: Summary): string {
  const lines = [workbook, ''];
  if (!findings.length) lines.push(t('nl', 'cli.geenBevindingen'));
  let sheet: string | undefined;
  for (const f of findings) {
    if (f.sheet !== sheet) {
      if (sheet !== undefined) lines.push('');
      sheet = f.sheet;
      lines.push(t('nl', 'cli.blad', { blad: f.sheet }));
    }
    const where = f.column ? `${f.cell} (${f.column})` : f.cell;
    lines.push(`  ${where}  ${t('nl', SEVERITY[f.severity])}  ${TITLE.get(f.rule) ?? ''} [${f.rule}]`);
    lines.push(`    ${f.message}`);
    if (f.suggestion) lines.push(`    ${t('nl', 'cli.voorstel', { voorstel: f.suggestion })}`);
    if (f.fix) lines.push(`    ${t('nl', 'cli.herstelbaar')}`);
  }
  lines.push('', summaryLine(summary));
  return `${lines.join('\n')}\n`;
}

/** What `driehoek overzicht` did, in a few lines. */
export function overzichtSummary(out: string, o: Overzicht): string[] {
  const placed = o.rijen.reduce((sum, r) => sum + r.totaal, 0);
  return [
    t('nl', 'cli.geschreven', { wat: `Driehoek-overzicht ${o.jaar}`, uit: out }),
    t('nl', 'cli.overzichtTelling', {
      vergaderingen: n(o.vergaderingen.length, 'cli.vergadering', 'cli.vergaderingen'),
      partijen: n(o.rijen.length, 'cli.partij', 'cli.partijen'),
      onderwerpen: n(placed, 'cli.onderwerp', 'cli.onderwerpen'),
    }),
    t('nl', 'cli.overzichtRest', {
      doorlopend: n(o.doorlopend.length, 'cli.doorlopendeActie', 'cli.doorlopendeActies'),
      onvoorzien: n(o.onvoorzien.length, 'cli.onvoorzieneActie', 'cli.onvoorzieneActies'),
      niet: n(o.nietGeplaatst.length, 'cli.actie', 'cli.acties'),
    }),
    ...o.nietGeplaatst.map((x) => `  ${x.cel}: ${x.onderwerp} — ${redenenTekst(x.redenen, 'nl')}`),
  ];
}

export function agendaSummary(out: string, a: Agenda): string[] {
  return [
    t('nl', 'cli.geschreven', { wat: t('nl', 'agenda.titel', { datum: isoToDutch(a.vergadering), wiv: '' }).trim(), uit: out }),
    t('nl', 'cli.agendaTelling', {
      punten: n(a.punten.length, 'cli.actie', 'cli.acties'),
      achterstallig: a.achterstallig.length,
      onvoorzien: a.onvoorzien.length,
      doorlopend: a.doorlopend.length,
    }),
  ];
}

export function voortgangSummary(out: string, v: Voortgang): string[] {
  const gereed = v.totaal.gereedPercentage === null ? '–' : `${v.totaal.gereedPercentage}%`;
  return [
    t('nl', 'cli.geschreven', { wat: t('nl', 'voortgang.titel', { jaar: v.jaar, datum: isoToDutch(v.peildatum) }), uit: out }),
    t('nl', 'cli.voortgangTelling', {
      acties: n(v.totaal.acties, 'cli.actie', 'cli.acties'),
      opgeleverd: v.totaal.opgeleverd,
      achterstallig: v.totaal.achterstallig,
      gereed,
      aandacht: v.aandacht.length,
    }),
  ];
}
