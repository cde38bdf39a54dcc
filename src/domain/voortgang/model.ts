import { isoToDutch } from '../cells';
import { plekken } from '../documenten/acties';
import { datumsVan, isDue, isOverdue, lastDue, verplaatstVan } from '../documenten/planning';
import { cellOf, onderwerpVan, trekkerNames } from '../overzicht/model';
import type { Actie, Speerpunt, Werkboek } from '../read/werkboek';
import type { VoortgangJson } from '../schema/overzicht';
import { t } from '../teksten/index';
import { STATUSES, type Status } from '../vocabulary';

export type StatusSleutel = Status | 'geen';
export const STATUS_SLEUTELS: readonly StatusSleutel[] = [...STATUSES, 'geen'];

/** How far a set of acties is at the reference date. */
export interface Tellingen {
  acties: number;
  perStatus: Record<StatusSleutel, number>;
  /** Due by the reference date. */
  opgeleverd: number;
  achterstallig: number;
  /** Afgerond of those due, in whole percents; null when none is due. */
  gereedPercentage: number | null;
}

interface Aandacht {
  onderwerp: string;
  trekkers: string[];
  vergaderingen: string[];
  status: string;
  opmerking: string;
  cel: string;
  reden: Reden[];
}

export type Reden =
  { soort: 'achterstallig'; sinds: string } | { soort: 'uitgesteld' } | { soort: 'verplaatst'; van: string[] } | { soort: 'geenStatus' };

export interface Voortgang {
  jaar: number;
  peildatum: string;
  totaal: Tellingen;
  speerpunten: Array<{
    code: string;
    naam: string;
    tellingen: Tellingen;
    subspeerpunten: Array<{ code: string; naam: string; tellingen: Tellingen }>;
  }>;
  partijen: Array<{ partij: string; tellingen: Tellingen }>;
  aandacht: Aandacht[];
}

/** The reference date of a report: a date, or the half year / year end of the programme year. */
export function peildatumVan(waarde: 'halfjaar' | 'eind' | string, jaar: number): string {
  return waarde === 'halfjaar' ? `${jaar}-06-30` : waarde === 'eind' ? `${jaar}-12-31` : waarde;
}

function tel(acties: readonly Actie[], r: string): Tellingen {
  const perStatus = Object.fromEntries(STATUS_SLEUTELS.map((s) => [s, 0])) as Record<StatusSleutel, number>;
  let [opgeleverd, achterstallig, gereed] = [0, 0, 0];
  for (const a of acties) {
    perStatus[a.statusWaarde ?? 'geen']++;
    if (!isDue(a, r)) continue;
    opgeleverd++;
    if (a.statusWaarde === 'Afgerond') gereed++;
    if (isOverdue(a, r)) achterstallig++;
  }
  return {
    acties: acties.length,
    perStatus,
    opgeleverd,
    achterstallig,
    gereedPercentage: opgeleverd ? Math.round((100 * gereed) / opgeleverd) : null,
  };
}

/** Why an actie needs the Driehoek's attention; none when it does not. */
function redenen(a: Actie, r: string, jaar: number): Reden[] {
  const out: Reden[] = [];
  if (isOverdue(a, r)) out.push({ soort: 'achterstallig', sinds: lastDue(a, r)! });
  if (a.statusWaarde === 'Uitgesteld') out.push({ soort: 'uitgesteld' });
  const van = verplaatstVan(a, jaar);
  if (van.length) out.push({ soort: 'verplaatst', van });
  if (!a.statusWaarde && !out.some((x) => x.soort === 'achterstallig')) out.push({ soort: 'geenStatus' });
  return out;
}

/**
 * The half-year or year-end report as of R: every actie of Acties counted
 * once per speerpunt (and sub-speerpunt) and per status, so those add up
 * to the total; per party, an actie counts for each of its trekkers.
 */
export function buildVoortgang(wb: Werkboek, peildatum: string): Voortgang {
  const plek = plekken(wb);
  const onder = (s: Speerpunt | undefined, sub: boolean) => (a: Actie) => (sub ? plek.get(a)!.subspeerpunt : plek.get(a)!.speerpunt) === s;
  const top = wb.speerpunten.filter((s) => !s.parent);
  const zonder = wb.acties.filter(onder(undefined, false));
  const speerpunten = top.map((s) => {
    const eigen = wb.acties.filter(onder(s, false));
    const subs = wb.speerpunten.filter((x) => x.parent === s.codeText);
    return {
      code: s.codeText,
      naam: s.naam.text,
      tellingen: tel(eigen, peildatum),
      subspeerpunten: subs.map((x) => ({ code: x.codeText, naam: x.naam.text, tellingen: tel(eigen.filter(onder(x, true)), peildatum) })),
    };
  });
  // Acties whose speerpunt the table does not know still count: under their own name, so the totals add up.
  if (zonder.length) speerpunten.push({ code: '', naam: t('nl', 'voortgang.onbekend'), tellingen: tel(zonder, peildatum), subspeerpunten: [] });
  const partijen = wb.partijen.map((p) => p.naam.text).filter(Boolean);
  return {
    jaar: wb.jaar,
    peildatum,
    totaal: tel(wb.acties, peildatum),
    speerpunten,
    partijen: [...new Set(partijen)].map((partij) => ({
      partij,
      tellingen: tel(
        wb.acties.filter((a) => a.trekkers?.partijen.includes(partij)),
        peildatum,
      ),
    })),
    aandacht: wb.acties
      .map((a) => ({ a, reden: redenen(a, peildatum, wb.jaar) }))
      .filter((x) => x.reden.length)
      .map(({ a, reden }) => ({
        onderwerp: onderwerpVan(a),
        trekkers: trekkerNames(a),
        vergaderingen: datumsVan(a),
        status: a.statusWaarde ?? a.status?.text ?? '',
        opmerking: a.opmerking?.text ?? '',
        cel: cellOf(a),
        reden,
      })),
  };
}

/** Why an actie is on the attention list, in words. */
export function redenTekst(r: Reden): string {
  switch (r.soort) {
    case 'achterstallig':
      return t('nl', 'voortgang.reden.achterstallig', { datum: isoToDutch(r.sinds) });
    case 'verplaatst':
      return t('nl', 'agenda.verplaatstVan', { datums: r.van.map(isoToDutch).join(', ') });
    case 'uitgesteld':
      return t('nl', 'voortgang.reden.uitgesteld');
    case 'geenStatus':
      return t('nl', 'agenda.geenStatus');
  }
}

/** The JSON of documenten.md: the counts beside the names, the reasons in words. */
export function voortgangJson(v: Voortgang): VoortgangJson {
  return {
    jaar: v.jaar,
    peildatum: v.peildatum,
    totaal: v.totaal,
    speerpunten: v.speerpunten.map((s) => ({
      code: s.code,
      naam: s.naam,
      ...s.tellingen,
      subspeerpunten: s.subspeerpunten.map((x) => ({ code: x.code, naam: x.naam, ...x.tellingen })),
    })),
    partijen: v.partijen.map((p) => ({ partij: p.partij, ...p.tellingen })),
    aandacht: v.aandacht.map((a) => ({ ...a, reden: a.reden.map(redenTekst).join('; ') })),
  };
}
