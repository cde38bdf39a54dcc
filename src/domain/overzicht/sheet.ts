import { isoToDayMonth, isoToDutch } from '../cells';
import { GENERATED } from '../contract';
import { BladBouwer } from '../documenten/blad';
import { MAX_LIJNEN, papierVoor, regels } from '../documenten/pagina';
import type { GeneratedSheet } from '../schema/overzicht';
import { t } from '../teksten/index';
import { redenenTekst, type Entry, type Overzicht } from './model';

/** Title, "gemaakt op", a blank row, then the matrix' head. */
const HEADER_ROW = 4;
const PARTIJ_BREED = 20;
const VERGADERING_BREED = 17;
const TOTAAL_BREED = 9;

/** "11-2-2021 (28-1)": the Driehoek date with its WIV date in brackets, as the seed writes it. */
export function meetingHeader(iso: string, wiv: string | undefined): string {
  return wiv ? `${isoToDutch(iso)} (${isoToDayMonth(wiv)})` : isoToDutch(iso);
}

/** "- MMA ✓", "- DOR (vervallen)", "- pva (van 11-2)", "- MMA → 9-9": an entry with its status in words or a sign. */
function entryLine(e: Entry): string {
  if (e.verplaatstNaar) return `- ${e.label} → ${isoToDayMonth(e.verplaatstNaar)}`;
  const status = e.status === 'Afgerond' ? ' ✓' : e.status === 'Vervallen' || e.status === 'Uitgesteld' ? ` (${e.status.toLowerCase()})` : '';
  const van = e.verplaatstVan?.length ? ` ${t('nl', 'overzicht.van', { datums: e.verplaatstVan.map(isoToDayMonth).join(', ') })}` : '';
  return `- ${e.label}${status}${van}`;
}

/**
 * One line per entry, each starting with "- ". A cell prints at most as many
 * lines as Excel's highest row holds: what does not fit is counted on a last
 * line, so nothing goes unseen. Only a single entry longer than a whole cell
 * (thousands of characters) is shortened, with "…".
 */
export function cellLines(entries: readonly Entry[], breedte = VERGADERING_BREED): string[] {
  const lines: string[] = [];
  let used = 0;
  for (const [i, entry] of entries.entries()) {
    const line = entryLine(entry);
    const need = regels(line, breedte);
    const last = i === entries.length - 1;
    if (used + need <= MAX_LIJNEN - (last ? 0 : 1)) {
      lines.push(line);
      used += need;
      continue;
    }
    if (!lines.length) lines.push(inkorten(line, breedte, last ? MAX_LIJNEN : MAX_LIJNEN - 1));
    // Every entry before kept a line free for this count (a last one too long for what is left included).
    const rest = entries.length - lines.length;
    if (rest) lines.push(rest === 1 ? t('nl', 'overzicht.enNogEen') : t('nl', 'overzicht.enNog', { aantal: rest }));
    break;
  }
  return lines;
}

/** The longest start of the line that fits the lines with "…" (a longer start never takes fewer lines). */
function inkorten(line: string, breedte: number, lijnen: number): string {
  let [kort, lang] = [1, line.length];
  while (kort < lang) {
    const n = Math.ceil((kort + lang) / 2);
    if (regels(`${line.slice(0, n)}…`, breedte) <= lijnen) kort = n;
    else lang = n - 1;
  }
  return `${line.slice(0, kort)}…`;
}

/** The sheet regeneration writes, laid out for A4 landscape at 100 % (A3 when the meetings do not fit). `today` only fills the "gemaakt op" line. */
export function buildOverzichtSheet(o: Overzicht, today: string): GeneratedSheet {
  const breedtes = [PARTIJ_BREED, ...o.vergaderingen.map(() => VERGADERING_BREED), TOTAAL_BREED];
  const { papier, passend } = papierVoor(breedtes, true);
  const b = new BladBouwer(breedtes, papier, true);
  const acties = `${o.aantalActies} ${t('nl', o.aantalActies === 1 ? 'overzicht.actie' : 'overzicht.acties')}`;
  b.regel(t('nl', 'overzicht.titel', { jaar: o.jaar }), { bold: true, size: 14 });
  b.regel(t('nl', 'overzicht.gemaakt', { datum: isoToDutch(today), acties }));
  b.leeg();
  b.tabel({
    kop: [t('nl', 'overzicht.kop'), ...o.vergaderingen.map((m) => meetingHeader(m, o.wiv[m])), t('nl', 'overzicht.totaalPerPartij')],
    rijen: o.rijen.map((r) => [r.partij, ...o.vergaderingen.map((m) => cellLines(r.cellen[m] ?? []).join('\n')), r.totaal]),
    slot: [t('nl', 'overzicht.totaalPerDriehoek'), ...o.vergaderingen.map((m) => o.totaalPerVergadering[m] ?? 0), o.totaal],
    eersteVet: true,
    leeg: t('nl', 'overzicht.geen'),
  });
  b.regel(t('nl', 'overzicht.legenda'), { size: 9 });
  const [onderwerp, trekkers, cel] = [t('nl', 'overzicht.onderwerp'), t('nl', 'overzicht.trekkers'), t('nl', 'overzicht.cel')];
  b.tabel({
    titel: t('nl', 'overzicht.doorlopend'),
    kop: [onderwerp, trekkers, cel],
    spans: b.spans([3, 3, 2]),
    rijen: o.doorlopend.map((d) => [d.onderwerp, d.trekkers.join(', '), d.cel]),
    leeg: t('nl', 'overzicht.geen'),
  });
  b.tabel({
    titel: t('nl', 'overzicht.onvoorzien'),
    kop: [t('nl', 'overzicht.actieKop'), trekkers, t('nl', 'overzicht.ingevlogen'), cel],
    spans: b.spans([3, 2, 1, 2]),
    rijen: o.onvoorzien.map((d) => [d.actie, d.trekkers.join(', '), d.ingevlogen, d.cel]),
    leeg: t('nl', 'overzicht.geen'),
  });
  b.tabel({
    titel: t('nl', 'overzicht.nietGeplaatst'),
    kop: [onderwerp, t('nl', 'overzicht.reden'), cel],
    spans: b.spans([3, 3, 2]),
    rijen: o.nietGeplaatst.map((d) => [d.onderwerp, redenenTekst(d.redenen, 'nl'), d.cel]),
    leeg: t('nl', 'overzicht.geen'),
  });
  return b.build(GENERATED.overzicht.sheet, { rows: HEADER_ROW, columns: 1 }, passend);
}
