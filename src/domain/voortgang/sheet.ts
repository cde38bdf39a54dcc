import { columnLetter, isoToDutch } from '../cells';
import { GENERATED } from '../contract';
import { BladBouwer, type Cel } from '../documenten/blad';
import { papierVoor } from '../documenten/pagina';
import type { GeneratedSheet } from '../schema/overzicht';
import { t } from '../teksten/index';
import { STATUS_SLEUTELS, redenTekst, type Tellingen, type Voortgang } from './model';

/** Name, six statuses, Totaal, Achterstallig, Gereed: A4 landscape at 100 %. */
const BREEDTES = [40, 9, 9, 9, 9, 9, 9, 8, 12, 13];
/** One colour per status, Gepland to geen status: the chart's and the legend's. */
export const KLEUREN = ['9DC3E6', 'FFD966', '70AD47', 'ED7D31', 'A5A5A5', 'D9D9D9'];
const GRAFIEK_PT = 300;

function kop(eerste: string): string[] {
  return [
    eerste,
    ...STATUS_SLEUTELS.map((s) => (s === 'geen' ? t('nl', 'agenda.geenStatus') : s)),
    t('nl', 'voortgang.totaal'),
    t('nl', 'agenda.achterstallig'),
    t('nl', 'voortgang.gereed'),
  ];
}

function rij(naam: string, x: Tellingen): Cel[] {
  return [
    naam,
    ...STATUS_SLEUTELS.map((s) => x.perStatus[s]),
    x.acties,
    x.achterstallig,
    x.gereedPercentage === null ? '–' : `${x.gereedPercentage}%`,
  ];
}

/** "1. Zorg & Veiligheid", "1.1 Kwetsbare personen", "Diversen": as the seed writes them. */
const naamMetCode = (code: string, naam: string) => (/^\d+$/.test(code) ? `${code}. ${naam}` : /^\d/.test(code) ? `${code} ${naam}` : naam || code);

/** The Voortgang sheet: counts by status per speerpunt and per party, a native chart, and what needs the Driehoek's attention. */
export function buildVoortgangSheet(v: Voortgang, today: string): GeneratedSheet {
  const { papier, passend } = papierVoor(BREEDTES, true);
  const b = new BladBouwer(BREEDTES, papier, true);
  b.regel(t('nl', 'voortgang.titel', { jaar: v.jaar, datum: isoToDutch(v.peildatum) }), { bold: true, size: 14 });
  b.regel(t('nl', 'voortgang.gemaakt', { datum: isoToDutch(today), aantal: v.totaal.acties }));
  const kopRij = b.tabel({
    titel: t('nl', 'voortgang.alle'),
    kop: kop(t('nl', 'voortgang.speerpunt')),
    rijen: v.speerpunten.map((s) => rij(naamMetCode(s.code, s.naam), s.tellingen)),
    slot: rij(t('nl', 'voortgang.totaal'), v.totaal),
    eersteVet: true,
    rechtsVanaf: 1,
    leeg: t('nl', 'overzicht.geen'),
  });
  const chartRows = v.speerpunten.length;
  const plek = b.ruimte(GRAFIEK_PT);
  const chart = chartRows
    ? {
        naam: 'driehoek-voortgang',
        titel: t('nl', 'voortgang.grafiek'),
        bereik: `A${kopRij}:${columnLetter(1 + STATUS_SLEUTELS.length)}${kopRij + chartRows}`,
        kleuren: KLEUREN,
        van: `A${plek.van}`,
        tot: `${columnLetter(BREEDTES.length)}${plek.tot}`,
      }
    : undefined;
  for (const s of v.speerpunten.filter((x) => x.subspeerpunten.length)) {
    b.tabel({
      titel: naamMetCode(s.code, s.naam),
      kop: kop(t('nl', 'voortgang.subspeerpunt')),
      rijen: s.subspeerpunten.map((x) => rij(naamMetCode(x.code, x.naam), x.tellingen)),
      slot: rij(t('nl', 'voortgang.totaal'), s.tellingen),
      eersteVet: true,
      rechtsVanaf: 1,
      leeg: t('nl', 'overzicht.geen'),
    });
  }
  b.tabel({
    titel: t('nl', 'voortgang.perPartij'),
    kop: kop(t('nl', 'voortgang.partij')),
    rijen: v.partijen.map((p) => rij(p.partij, p.tellingen)),
    eersteVet: true,
    rechtsVanaf: 1,
    leeg: t('nl', 'overzicht.geen'),
  });
  b.regel(t('nl', 'voortgang.partijUitleg'), { size: 9 });
  b.tabel({
    titel: t('nl', 'voortgang.aandacht'),
    kop: [
      t('nl', 'overzicht.onderwerp'),
      t('nl', 'overzicht.trekkers'),
      t('nl', 'agenda.kop.vergadering'),
      t('nl', 'agenda.kop.status'),
      t('nl', 'agenda.kop.opmerking'),
      t('nl', 'overzicht.cel'),
      t('nl', 'overzicht.reden'),
    ],
    spans: b.spans([4, 2, 2, 1, 2, 1.5, 1.5]),
    rijen: v.aandacht.map((a) => [
      a.onderwerp,
      a.trekkers.join(', '),
      a.vergaderingen.map(isoToDutch).join(', '),
      a.status || t('nl', 'agenda.geenStatus'),
      a.opmerking,
      a.cel,
      a.reden.map(redenTekst).join('; '),
    ]),
    leeg: t('nl', 'overzicht.geen'),
  });
  return b.build(GENERATED.voortgang.sheet, { rows: 0, columns: 0 }, passend, chart);
}
