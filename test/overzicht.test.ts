import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XlsxWorkbook } from '../src/adapters/file';
import { OverzichtJsonSchema, type OverzichtJson } from '../src/domain/schema/overzicht';
import { ValidationJsonSchema } from '../src/domain/schema/finding';
import { SAMPLE } from '../src/cli/main';
import { cli, tempDir } from './helpers/cli';
import { valuesOf } from './helpers/snapshot';

const M = ['2021-02-11', '2021-04-15', '2021-06-17', '2021-09-09', '2021-11-04', '2021-12-16'] as const;
const BEWUST = 'Tweemaal per jaar een bewustwordingssessie houden als onderdeel van de lokale PvA ondermijning.';
const G = ['Elburg', 'Epe', 'Hattem', 'Heerde', 'Nunspeet', 'Oldebroek'];

/**
 * The matrix worked out by hand from the seed's action table (not from its
 * hand-made matrix). Where the seed's own matrix says otherwise, the comment says so.
 */
const EXPECTED: Record<string, Partial<Record<(typeof M)[number], string[]>>> = {
  // Seed: MMA at 11-2 for every municipality; but "Gemeenten 18 februari" is no meeting: not placed.
  Elburg: {
    '2021-06-17': ['Casustafel ondermijning', 'pva ondermijning'],
    '2021-09-09': ['Protocol bijtincidenten honden'],
    '2021-11-04': ['PVA cybercrime'],
    '2021-12-16': [BEWUST],
  },
  // Seed: 10; it also put "pva woninginbraak" here at 9-9, where the action says 18 februari.
  Epe: {
    '2021-04-15': ['Damocles beleid'],
    '2021-06-17': ['Casustafel ondermijning', 'pva ondermijning', 'BIBOB', 'Twee rapportage IV'],
    '2021-09-09': ['Delen ervaring ondermijning'],
    '2021-11-04': ['Whatsapp buurtpreventie', 'Uitvoeringsprogramma 2022'],
    '2021-12-16': [BEWUST],
  },
  // Seed: WVGGZ and "Lessons learned" at Hattem; the actions name "Hatterm", no party: not placed until fixed.
  Hattem: {
    '2021-06-17': ["Thema's gemeenten ondermijning", 'Casustafel ondermijning', 'pva ondermijning', 'Twee rapportage IV'],
    '2021-12-16': [BEWUST],
  },
  // Seed: DOR at 11-2; the action says 18 februari. Seed lacks pva ondermijning at 17-6.
  Heerde: { '2021-06-17': ['Casustafel ondermijning', 'pva ondermijning'], '2021-12-16': [BEWUST] },
  // Seed: "Sparren over ... vuurwerk" at 16-12; the action says 9 september.
  Nunspeet: {
    '2021-04-15': ['Uitvoeringsagenda huiselijk geweld'],
    '2021-06-17': ['Casustafel ondermijning', 'pva ondermijning'],
    '2021-09-09': ['Sparren over aanpak illegaal vuurwerk'],
    '2021-12-16': [BEWUST],
  },
  Oldebroek: {
    '2021-04-15': ['APV en bestuursrechtelijke mogelijkheden jeugd'],
    '2021-06-17': ['Casustafel ondermijning', 'pva ondermijning'],
    '2021-09-09': ['Evalueren overlastnetwerk', 'Evaluatie jeugdcoördinator'],
    '2021-12-16': [BEWUST],
  },
  // Seed: Politie has no overlastnetwerk or vuurwerk at 9-9, "Jaarwisseling" at 4-11 (action: 11 november and 16 december),
  // and "Verkeer terugblik" at 16-12 (the traffic action has no date).
  Politie: {
    '2021-06-17': ['Twee rapportage IV'],
    '2021-09-09': ['Evalueren overlastnetwerk', 'Sparren over aanpak illegaal vuurwerk'],
    '2021-11-04': ['PVA cybercrime'],
    '2021-12-16': [
      'Jaarwisseling',
      'Social Media Team',
      "Voortzetten van het project 'Duurzaam verbeteren' waarbij het proces van Horizontale fraude/cybercrime wordt bekeken en verbeteringen worden doorgevoerd.",
      'Het verbreden van kennis en het verbeteren van het aangifteproces.',
    ],
  },
  // Seed: no OM row at all, though "beleidsmedewerker OM" is a trekker of the rapportage.
  OM: { '2021-06-17': ['Twee rapportage IV'] },
};

/** Seed: 5, 4, 4, 4, 4, 3 — which add up to nothing in its own matrix. */
const TOTAAL_PER_DRIEHOEK = { '2021-02-11': 0, '2021-04-15': 3, '2021-06-17': 5, '2021-09-09': 5, '2021-11-04': 3, '2021-12-16': 5 };
const TOTAAL_PER_PARTIJ = { Elburg: 5, Epe: 9, Hattem: 5, Heerde: 3, Nunspeet: 5, Oldebroek: 6, Politie: 8, OM: 1 };

const NIET_GEPLAATST = [
  ['WVGGZ', 'Uitvoeringsprogramma!C3', 'onbekende trekker "Hatterm"; 18-2-2021 ("18 februari") is geen Driehoek'],
  ['Lessons learned zorgcasus', 'Uitvoeringsprogramma!C5', 'onbekende trekker "Hatterm"'],
  ['Jaarwisseling', 'Uitvoeringsprogramma!C13', '11-11-2021 ("11 november") is geen Driehoek'],
  ['Verkeerscontroles', 'Uitvoeringsprogramma!C14', 'geen datum'],
  ['MMA', 'Uitvoeringsprogramma!C22', '18-2-2021 ("18 februari") is geen Driehoek'],
  ['Actiepunten onder 2.2 en 2.1 hebben veelal ook invloed op 2.3.', 'Uitvoeringsprogramma!C24', 'datum "eind 2021/ begin 2022" is onleesbaar'],
  ['DOR', 'Uitvoeringsprogramma!C26', '18-2-2021 ("18 februari") is geen Driehoek'],
  ['pva woninginbraak', 'Uitvoeringsprogramma!C28', '18-2-2021 ("18 februari") is geen Driehoek'],
];

describe('driehoek overzicht on the sample', () => {
  let json: OverzichtJson;
  let out: string;
  let code: number;
  beforeAll(async () => {
    out = path.join(tempDir(), 'x.xlsx');
    const r = await cli(['overzicht', '-o', out, '--json']);
    code = r.code;
    json = OverzichtJsonSchema.parse(JSON.parse(r.out));
  });

  it('exits 1, because the seed still has errors', () => expect(code).toBe(1));

  it('has the six meetings in date order and the parties in the order of Partijen', () => {
    expect(json.jaar).toBe(2021);
    expect(json.vergaderingen).toEqual(M);
    expect(json.rijen.map((r) => r.partij)).toEqual([...G, 'Politie', 'OM']);
  });

  it.each(Object.keys(EXPECTED))('row %s: every cell and its total', (partij) => {
    const row = json.rijen.find((r) => r.partij === partij)!;
    for (const m of M) expect([m, row.cellen[m]]).toEqual([m, EXPECTED[partij]![m] ?? []]);
    expect(row.totaal).toBe(TOTAAL_PER_PARTIJ[partij as keyof typeof TOTAAL_PER_PARTIJ]);
  });

  it('counts each actie once per meeting, however many trekkers', () => {
    expect(json.totaalPerVergadering).toEqual(TOTAAL_PER_DRIEHOEK);
  });

  it('lists the doorlopende and onvoorziene acties', () => {
    expect(json.doorlopend.map((d) => [d.onderwerp, d.trekkers])).toEqual([
      [
        'We zetten onze instrumenten in om drugsgebruik en drugshandel tegen te gaan (APV, gemeentewet, DHW) aandacht voor ontwikkelingen designerdrugs.',
        G,
      ],
      ['Prioritering van subthema en doelgroepen: focus leggen op ID fraude en fraude via Whatsapp.', ['Politie']],
    ]);
    expect(json.onvoorzien.map((d) => [d.actie, d.ingevlogen])).toEqual([
      ['Lachgas APV, Oldebroek, april', 'Februari'],
      ['Vuurwerkverbod Nunspeet breder trekken? November, december.', 'Februari'],
    ]);
  });

  it('says which acties it could not place, and why, so that nothing disappears', () => {
    expect(json.nietGeplaatst.map((n) => [n.onderwerp, n.cel, n.reden])).toEqual(NIET_GEPLAATST);
  });

  it('writes the sheet: title, line, header with WIV dates, "- " lines, totals, blocks', async () => {
    const wb = await XlsxWorkbook.open(new Uint8Array(readFileSync(out)), 'x.xlsx');
    const sheet = (await wb.read()).sheets.find((s) => s.name === 'Driehoek-overzicht')!;
    const v = valuesOf(sheet);
    expect(v[0]![0]).toBe('Driehoek-overzicht 2021');
    expect(v[1]![0]).toMatch(/^gemaakt op \d{1,2}-\d{1,2}-\d{4} uit 30 acties$/);
    expect(v[3]).toEqual([
      'Actiehouder / Driehoek (WIV)',
      '11-2-2021 (28-1)',
      '15-4-2021 (1-4)',
      '17-6-2021 (3-6)',
      '9-9-2021 (26-8)',
      '4-11-2021 (21-10)',
      '16-12-2021 (2-12)',
      'Totaal per partij',
    ]);
    expect(v[5]).toEqual([
      'Epe',
      '',
      '- Damocles beleid',
      '- Casustafel ondermijning\n- pva ondermijning\n- BIBOB\n- Twee rapportage IV',
      '- Delen ervaring ondermijning',
      '- Whatsapp buurtpreventie\n- Uitvoeringsprogramma 2022',
      `- ${BEWUST}`,
      9,
    ]);
    // The corner adds the acties per Driehoek over the year.
    expect(v.find((r) => r[0] === 'Totaal per Driehoek')).toEqual(['Totaal per Driehoek', 0, 3, 5, 5, 3, 5, 21]);
    const col = v.map((r) => r[0]);
    expect(col).toEqual(expect.arrayContaining(['Doorlopende acties', 'Onvoorziene acties', 'Niet geplaatst', 'Verkeerscontroles']));
    expect(String(col.find((c) => String(c).startsWith('Legenda')))).toMatch(/✓ afgerond/);
  });

  it('reports the hand-made matrix as stale, and the regenerated one not', async () => {
    const before = ValidationJsonSchema.parse(JSON.parse((await cli(['valideer', '--json'])).out));
    const stale = before.findings.filter((f) => f.rule === 'overzicht-verouderd');
    // The seed's action table still has rows that cannot be placed: the message says to fix those first.
    expect(stale[0]!.message).toMatch(
      /^Het Driehoek-overzicht klopt niet met de acties \(verschillen: \d+\), maar er zijn acties die nog niet geplaatst kunnen worden \(8\)\./,
    );
    expect(stale.map((f) => f.message)).toContain(
      'Verschil: Elburg, 11-2-2021: "MMA" staat er, maar de actie in Uitvoeringsprogramma!C22 kan niet geplaatst worden (18-2-2021 ("18 februari") is geen Driehoek). Herstel eerst die rij.',
    );
    const after = ValidationJsonSchema.parse(JSON.parse((await cli(['valideer', out, '--json'])).out));
    expect(after.findings.filter((f) => f.rule === 'overzicht-verouderd')).toEqual([]);
  });

  it('tells that it replaced the seed’s hand-made matrix, and knows its own overview again the next time', async () => {
    const HAND = /met de hand gemaakt of aangepast/;
    const first = await cli(['overzicht', '-o', path.join(tempDir(), 'eerste.xlsx')]);
    expect(first.out).toMatch(HAND);
    const again = await cli(['overzicht', out, '-o', path.join(tempDir(), 'tweede.xlsx')]);
    expect(again.out).toMatch(/Driehoek-overzicht/);
    expect(again.out).not.toMatch(HAND);
  });

  it('never overwrites its input', async () => {
    const r = await cli(['overzicht', SAMPLE, '-o', SAMPLE]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nooit overschreven/);
  });
});
