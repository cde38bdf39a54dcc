import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { AgendaJsonSchema, VoortgangJsonSchema, type AgendaJson, type VoortgangJson } from '../../src/domain/schema/overzicht';
import { cli, tempDir, tempFile } from '../helpers/cli';
import { buildPackage, programme, type SheetSpec } from '../corpus/package-builder';

/** The seed's action table as data/programma-2021.json has it, independent of the code. */
const DATA = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'data', 'programma-2021.json'), 'utf8')) as {
  acties: { rijen: Array<{ actie: string; wanneer: string } | null> };
  speerpunten: Array<[string, string]>;
};
const ROWS = DATA.acties.rijen.filter((r): r is { actie: string; wanneer: string } => Boolean(r?.actie));
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every "17 juni" of a row's Wanneer text, as ISO dates of 2021. */
function datesOf(wanneer: string): string[] {
  return [...wanneer.toLowerCase().matchAll(new RegExp(`(\\d{1,2})\\s+(${MONTHS.join('|')})`, 'g'))].map(
    (m) => `2021-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`,
  );
}

async function agenda(args: string[]): Promise<AgendaJson> {
  const r = await cli(['agenda', '-o', path.join(tempDir(), 'agenda.xlsx'), '--json', ...args]);
  expect(r.code).toBe(1);
  return AgendaJsonSchema.parse(JSON.parse(r.out));
}

describe('driehoek agenda', () => {
  it('--vergadering 2021-06-17 lists exactly the actions the table places at 17-6-2021, by speerpunt in Speerpunten order', async () => {
    const a = await agenda(['--vergadering', '2021-06-17', '--vandaag', '2021-06-01']);
    const expected = ROWS.filter((r) => datesOf(r.wanneer).includes('2021-06-17')).map((r) => flat(r.actie));
    expect(a.punten.map((p) => flat(p.actie)).sort()).toEqual(expected.sort());
    const order = DATA.speerpunten.map(([code]) => code);
    const rank = a.punten.map((p) => order.indexOf(/^(\d+(?:\.\d+)?)/.exec(p.subspeerpunt || p.speerpunt)?.[1] ?? 'Diversen'));
    expect(rank).toEqual([...rank].sort((x, y) => x - y));
    expect([a.vergadering, a.wiv, a.vorige]).toEqual(['2021-06-17', '2021-06-03', '2021-04-15']);
  });

  it.each([
    [['--vergadering', '2021-06-17', '--vandaag', '2021-09-01'], '2021-06-17'],
    [['--vandaag', '2021-09-01'], '2021-09-09'],
  ])('%j: the overdue list holds the open actions of the meetings before %s, with their meeting', async (args, meeting) => {
    const a = await agenda(args);
    expect(a.vergadering).toBe(meeting);
    // The seed has no Status column: nothing is Afgerond or Vervallen, so every earlier action is still open.
    const earlier = ROWS.filter((r) => !datesOf(r.wanneer).includes(meeting) && datesOf(r.wanneer).some((d) => d < meeting));
    expect(a.achterstallig.map((p) => flat(p.actie)).sort()).toEqual(earlier.map((r) => flat(r.actie)).sort());
    for (const p of a.achterstallig) expect(p.vergadering < meeting).toBe(true);
  });

  it('refuses a date that is no Driehoek, naming the nearest, with exit 2', async () => {
    const r = await cli(['agenda', '--vergadering', '2021-06-18', '-o', path.join(tempDir(), 'x.xlsx')]);
    expect([r.code, r.err.trim()]).toEqual([
      2,
      '18-6-2021 is geen Driehoek in Vergaderingen; de dichtstbijzijnde is 17-6-2021. Kies een datum uit Vergaderingen.',
    ]);
  });

  it('refuses when no meeting is left after today, and a --vergadering that is no date', async () => {
    const late = await cli(['agenda', '--vandaag', '2022-01-10', '-o', path.join(tempDir(), 'x.xlsx')]);
    expect([late.code, late.err]).toEqual([2, expect.stringMatching(/^Na 10-1-2022 staat er geen Driehoek meer in Vergaderingen\./)]);
    const bad = await cli(['agenda', '--vergadering', 'juni', '-o', path.join(tempDir(), 'x.xlsx')]);
    expect([bad.code, bad.err.trim()]).toEqual([2, '--vergadering "juni" is geen datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2021-06-30.']);
  });
});

describe('driehoek voortgang', () => {
  let v: VoortgangJson;
  let out: string;
  beforeAll(async () => {
    out = path.join(tempDir(), 'voortgang.xlsx');
    const r = await cli(['voortgang', '--peildatum', '2021-06-30', '-o', out, '--json']);
    expect(r.code).toBe(1);
    v = VoortgangJsonSchema.parse(JSON.parse(r.out));
  });

  it('counts every action of Acties once: per speerpunt and per status the counts add up to the total', () => {
    expect(v.totaal.acties).toBe(ROWS.length);
    expect(v.speerpunten.reduce((n, s) => n + s.acties, 0)).toBe(v.totaal.acties);
    expect(Object.values(v.totaal.perStatus).reduce((n, x) => n + x, 0)).toBe(v.totaal.acties);
    for (const status of Object.keys(v.totaal.perStatus) as Array<keyof VoortgangJson['totaal']['perStatus']>)
      expect([status, v.speerpunten.reduce((n, s) => n + s.perStatus[status], 0)]).toEqual([status, v.totaal.perStatus[status]]);
    for (const s of v.speerpunten) expect(s.subspeerpunten.reduce((n, x) => n + x.acties, 0)).toBeLessThanOrEqual(s.acties);
  });

  it('counts per party every action that names it, and what is due by 30 June', () => {
    const politie = ROWS.filter((r) => /politie/i.test(r.wanneer)).length;
    expect(v.partijen.find((p) => p.partij === 'Politie')!.acties).toBe(politie);
    const due = ROWS.filter((r) => datesOf(r.wanneer).some((d) => d <= '2021-06-30')).length;
    expect(v.totaal.opgeleverd).toBe(due);
    // Nothing has a status: all that is due is overdue, and none of it is done.
    expect([v.totaal.achterstallig, v.totaal.gereedPercentage, v.peildatum]).toEqual([due, 0, '2021-06-30']);
  });

  it('writes the Voortgang sheet with a native chart on it', async () => {
    const zip = await JSZip.loadAsync(readFileSync(out));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const chart = await zip.file(charts[0]!)!.async('string');
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(chart).toContain("'Voortgang'!$A$");
  });
});

describe('a document from tables that are missing or empty', () => {
  /** The correct programme without the sheets named in `weg`, and with only the header row of those in `leeg`. */
  const zonder = (weg: string[], leeg: string[]): SheetSpec[] =>
    programme()
      .filter((s) => !weg.includes(s.name))
      .map((s) => (leeg.includes(s.name) ? { ...s, rows: s.rows.slice(0, 1) } : s));

  it.each([
    [
      'overzicht',
      zonder(['Vergaderingen', 'Partijen'], []),
      'Het overzicht kan niet gemaakt worden: de tabellen Vergaderingen en Partijen ontbreken. Voeg die toe (Sjabloon aanvullen) en valideer.',
    ],
    ['overzicht', zonder([], ['Partijen']), 'Het overzicht kan niet gemaakt worden: de tabel Partijen is leeg. Vul die eerst.'],
    [
      'agenda',
      zonder(['Vergaderingen'], ['Acties']),
      'De agenda kan niet gemaakt worden: de tabel Vergaderingen ontbreekt. Voeg die toe (Sjabloon aanvullen) en valideer.',
    ],
    ['agenda', zonder(['Partijen'], ['Acties']), 'De agenda kan niet gemaakt worden: de tabel Acties is leeg. Vul die eerst.'],
    [
      'voortgang',
      zonder(['Vergaderingen', 'Partijen'], ['Acties']),
      'De voortgangsrapportage kan niet gemaakt worden: de tabel Acties is leeg. Vul die eerst.',
    ],
  ])('%s names exactly the tables it needs and lacks, and writes nothing', async (document, sheets, sentence) => {
    const file = tempFile('programma.xlsx', await buildPackage(sheets));
    const out = path.join(tempDir(), 'uit.xlsx');
    const r = await cli([document, file, '-o', out]);
    expect([r.code, r.err.trim()]).toEqual([2, sentence]);
    expect(existsSync(out)).toBe(false);
  });
});
