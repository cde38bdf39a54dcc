import { isoToDutch } from '../cells';
import { GENERATED } from '../contract';
import { BladBouwer, type Cel, type Groep } from '../documenten/blad';
import { papierVoor } from '../documenten/pagina';
import type { GeneratedSheet } from '../schema/overzicht';
import { t } from '../teksten/index';
import type { Agenda, AgendaPunt } from './model';

/** Onderwerp, Actie, Trekkers, Status, Opmerking, Cel: A4 portrait at 100 %. */
const BREEDTES = [16, 27, 12, 9, 13, 12];

function status(p: AgendaPunt): string {
  const van = p.verplaatstVan.length ? t('nl', 'agenda.verplaatstVan', { datums: p.verplaatstVan.map(isoToDutch).join(', ') }) : '';
  return [p.status || t('nl', 'agenda.geenStatus'), van].filter(Boolean).join('\n');
}

/** The rows of "Op de agenda": a heading per speerpunt and sub-speerpunt, in Speerpunten order. */
function gegroepeerd(punten: readonly AgendaPunt[]): Array<Cel[] | Groep> {
  const rijen: Array<Cel[] | Groep> = [];
  let vorige: string | undefined;
  for (const p of punten) {
    const groep = [p.speerpunt, p.subspeerpunt].filter(Boolean).join(' · ') || t('nl', 'agenda.zonderSpeerpunt');
    if (groep !== vorige) rijen.push({ groep });
    vorige = groep;
    rijen.push([p.onderwerp, p.actie, p.trekkers.join(', '), status(p), p.opmerking, p.cel]);
  }
  return rijen;
}

/** The Agenda sheet: what the Driehoek works through at this meeting. `today` only fills the "gemaakt op" line. */
export function buildAgendaSheet(a: Agenda, today: string): GeneratedSheet {
  // Stryker disable next-line BooleanLiteral: columns that fit A4 portrait fit the wider landscape page too, so the paper is the same
  const { papier, passend } = papierVoor(BREEDTES, false);
  const b = new BladBouwer(BREEDTES, papier, false);
  const wiv = a.wiv ? t('nl', 'agenda.wiv', { datum: isoToDutch(a.wiv) }) : '';
  b.regel(t('nl', 'agenda.titel', { datum: isoToDutch(a.vergadering), wiv }).trim(), { bold: true, size: 14 });
  b.regel(t('nl', 'agenda.gemaakt', { datum: isoToDutch(today), aantal: a.punten.length }));
  const onderwerp = t('nl', 'overzicht.onderwerp');
  const actie = t('nl', 'overzicht.actieKop');
  const trekkers = t('nl', 'overzicht.trekkers');
  const [stat, opmerking, cel] = [t('nl', 'agenda.kop.status'), t('nl', 'agenda.kop.opmerking'), t('nl', 'overzicht.cel')];
  b.tabel({
    titel: t('nl', 'agenda.opDeAgenda'),
    kop: [onderwerp, actie, trekkers, stat, opmerking, cel],
    rijen: gegroepeerd(a.punten),
    leeg: t('nl', 'overzicht.geen'),
  });
  b.tabel({
    titel: t('nl', 'agenda.achterstallig'),
    kop: [onderwerp, actie, trekkers, t('nl', 'agenda.kop.vergadering'), stat, cel],
    rijen: a.achterstallig.map((p) => [p.onderwerp, p.actie, p.trekkers.join(', '), isoToDutch(p.vergadering), status(p), p.cel]),
    leeg: t('nl', 'overzicht.geen'),
  });
  const vanaf = a.vorige ? t('nl', 'agenda.sinds', { datum: isoToDutch(a.vorige) }) : t('nl', 'agenda.ditJaar');
  b.tabel({
    titel: t('nl', 'agenda.onvoorzien', { vanaf }),
    kop: [actie, t('nl', 'overzicht.ingevlogen'), cel],
    spans: b.spans([4, 1, 1]),
    rijen: a.onvoorzien.map((o) => [o.actie, o.ingevlogen, o.cel]),
    leeg: t('nl', 'overzicht.geen'),
  });
  b.tabel({
    titel: t('nl', 'agenda.doorlopend'),
    kop: [onderwerp, trekkers, cel],
    spans: b.spans([3, 2, 1]),
    rijen: a.doorlopend.map((d) => [d.onderwerp, d.trekkers.join(', '), d.cel]),
    leeg: t('nl', 'overzicht.geen'),
  });
  return b.build(GENERATED.agenda.sheet, { rows: 0, columns: 0 }, passend);
}
