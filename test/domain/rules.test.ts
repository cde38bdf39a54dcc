import { validate } from '../../src/domain/engine';
import { RULES } from '../../src/domain/rules/index';
import type { Finding } from '../../src/domain/schema/finding';
import type { WorkbookSnapshot } from '../../src/domain/schema/snapshot';
import {
  ACTIES_HEADER,
  PARTIJEN,
  SPEERPUNTEN,
  VERGADERINGEN,
  actiesWith,
  goodWorkbook,
  sheet,
  withOverzicht,
  table,
  workbook,
  type TestCell,
} from '../helpers/snapshot';

const TODAY = '2021-01-01';

function findings(snapshot: WorkbookSnapshot, today = TODAY): Finding[] {
  return validate(snapshot, { today }).findings;
}

interface Case {
  fires: () => WorkbookSnapshot;
  /** sheet!cell of the expected finding */
  at: string;
  quiet: () => WorkbookSnapshot;
  today?: string;
  quietToday?: string;
  check?: (f: Finding) => void;
}

const combined: TestCell[][] = [
  ['Speerpunt', 'Sub speerpunt', 'Acties 2021', 'Onderwerp', 'Wanneer af/terugkoppeling en wie is de trekker?'],
  ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen', 'Wvggz', 'Wvggz', 'Hattem 11 februari'],
  ['', '', 'Huiselijk geweld', 'HG', '15 april Elburg en politie'],
];

const CASES: Record<string, Case> = {
  'overzicht-verouderd': {
    // Row 5 is Elburg; column 3 the meeting of 15-4-2021 where "Huiselijk geweld" belongs.
    fires: () => withOverzicht((c) => (c[4]![2] = '- Iets anders')),
    at: 'Driehoek-overzicht!C5',
    quiet: () => withOverzicht((c) => (c[1]![0] = 'gemaakt op 1-1-2030 uit 5 acties')),
    check: (f) => expect(f.message).toBe('Verschil: Elburg, 15-4-2021: "Huiselijk geweld" ontbreekt.'),
  },
  'tabel-ontbreekt': {
    fires: () => goodWorkbook({ Partijen: null }),
    at: 'Partijen!A1',
    quiet: () => goodWorkbook({ Partijen: null, Blad1: [['Lijst van partijen'], ...PARTIJEN] }),
    check: (f) =>
      expect(f.fix).toMatchObject({ type: 'addSheet', sheet: 'Partijen', rows: [[{ text: 'Naam' }, { text: 'Soort' }, { text: 'Aliassen' }]] }),
  },
  'kolom-ontbreekt': {
    fires: () => goodWorkbook({ Speerpunten: SPEERPUNTEN.map((r, i) => (i === 0 ? ['Code', 'Titel'] : r)) }),
    at: 'Speerpunten!C1',
    quiet: () => goodWorkbook({ Speerpunten: SPEERPUNTEN.map((r, i) => (i === 0 ? [' CODE ', 'naam:'] : r)) }),
    check: (f) => expect(f.column).toBe('Naam'),
  },
  'verplicht-leeg': {
    fires: () => goodWorkbook({ Acties: actiesWith(2, 'Driehoek', '') }),
    at: 'Acties!F3',
    quiet: () => goodWorkbook({ Acties: actiesWith(2, 'Speerpunt', '') }),
  },
  'cel-fout': {
    fires: () => goodWorkbook({ Acties: actiesWith(2, 'Onderwerp', { error: '#REF!' }) }),
    at: 'Acties!D3',
    quiet: () => goodWorkbook({ Acties: actiesWith(2, 'Onderwerp', '#REF! opgelost') }),
    check: (f) => expect(f.message).toContain('#REF!'),
  },
  'speerpunt-onbekend': {
    fires: () => goodWorkbook({ Acties: actiesWith(1, 'Speerpunt', 'Zorg en Veilighied') }),
    at: 'Acties!A2',
    quiet: () => goodWorkbook({ Acties: actiesWith(1, 'Speerpunt', '1. zorg en veilighied') }),
    check: (f) => expect(f.suggestion).toBe('1 Zorg & Veiligheid'),
  },
  'subspeerpunt-onbekend': {
    fires: () => goodWorkbook({ Acties: actiesWith(1, 'Subspeerpunt', '1.9 Ouderen') }),
    at: 'Acties!B2',
    quiet: () => goodWorkbook({ Acties: actiesWith(1, 'Subspeerpunt', 'Kwetsbare  personen') }),
    check: (f) => expect(f.message).toContain('"1.9 Ouderen"'),
  },
  'subspeerpunt-verkeerde-speerpunt': {
    fires: () => goodWorkbook({ Acties: actiesWith(1, 'Subspeerpunt', '2.1') }),
    at: 'Acties!B2',
    quiet: () => goodWorkbook({ Acties: actiesWith(1, 'Subspeerpunt', '1.2') }),
    check: (f) => expect(f.message).toContain('hoort bij speerpunt 2 Maatschappelijke ondermijning'),
  },
  'trekker-onbekend': {
    fires: () => goodWorkbook({ Acties: actiesWith(1, 'Trekker', 'Hatterm') }),
    at: 'Acties!E2',
    quiet: () => goodWorkbook({ Acties: actiesWith(1, 'Trekker', 'Hattem & Politie') }),
    check: (f) => {
      // A nearest name is a guess: a suggestion to click, never a certain fix.
      expect(f.fix).toBeUndefined();
      expect(f.suggestion).toBe('Hattem');
      expect(f.voorstellen![0]!.fix).toEqual({
        type: 'replaceText',
        sheet: 'Acties',
        cell: 'E2',
        expect: 'Hatterm',
        find: 'Hatterm',
        replace: 'Hattem',
      });
    },
  },
  'datum-onleesbaar': {
    fires: () => goodWorkbook({ Acties: actiesWith(1, 'Driehoek', 'eind 2021/ begin 2022') }),
    at: 'Acties!F2',
    quiet: () => goodWorkbook({ Acties: actiesWith(1, 'Driehoek', '11 februari en 15 april') }),
  },
  'datum-geen-driehoek': {
    fires: () => goodWorkbook({ Acties: actiesWith(1, 'Driehoek', '18 februari') }),
    at: 'Acties!F2',
    quiet: () => goodWorkbook({ Acties: actiesWith(1, 'Driehoek', '11/02/2021') }),
    check: (f) => {
      expect(f.fix).toBeUndefined();
      expect(f.suggestion).toBe('11-2-2021');
      expect(f.voorstellen![0]!.fix).toEqual(
        expect.objectContaining({ type: 'replaceText', expect: '18 februari', find: '18 februari', replace: '11 februari' }),
      );
    },
  },
  'datum-buiten-jaar': {
    fires: () => goodWorkbook({ Acties: actiesWith(1, 'Driehoek', '2020-02-11') }),
    at: 'Acties!F2',
    quiet: () => goodWorkbook({ Acties: actiesWith(1, 'Driehoek', '2021-02-11') }),
  },
  'status-onbekend': {
    fires: () => goodWorkbook({ Acties: actiesWith(1, 'Status', 'Klaar') }),
    at: 'Acties!G2',
    quiet: () => goodWorkbook({ Acties: actiesWith(1, 'Status', 'afgerond') }),
  },
  achterstallig: {
    fires: () => goodWorkbook(),
    today: '2021-10-01',
    at: 'Acties!G4',
    quiet: () =>
      goodWorkbook({ Acties: actiesWith(2, 'Status', 'Afgerond').map((r, i) => (i === 5 ? r.map((c, j) => (j === 6 ? 'Vervallen' : c)) : r)) }),
    quietToday: '2021-09-09',
    check: (f) => expect(f.message).toContain('9-9-2021'),
  },
  'onderwerp-ontbreekt': {
    fires: () => goodWorkbook({ Acties: actiesWith(1, 'Onderwerp', '') }),
    at: 'Acties!D2',
    quiet: () => goodWorkbook({ Acties: actiesWith(1, 'Onderwerp', 'W') }),
    check: (f) => expect(f.message).toContain('"Wvggz monitoren"'),
  },
  'onderwerp-te-lang': {
    fires: () => goodWorkbook({ Acties: actiesWith(1, 'Onderwerp', 'x'.repeat(61)) }),
    at: 'Acties!D2',
    quiet: () => goodWorkbook({ Acties: actiesWith(1, 'Onderwerp', '🚓'.repeat(60)) }),
  },
  'actie-dubbel': {
    fires: () => goodWorkbook({ Acties: actiesWith(2, 'Actie', 'WVGGZ  monitoren.') }),
    at: 'Acties!C3',
    quiet: () => goodWorkbook({ Acties: actiesWith(2, 'Actie', 'Wvggz monitoren 2022') }),
    check: (f) => expect(f.message).toContain('C2'),
  },
  'vergadering-dubbel': {
    fires: () => goodWorkbook({ Vergaderingen: [...VERGADERINGEN, [{ date: '2021-04-15' }, { date: '2021-04-01' }]] }),
    at: 'Vergaderingen!A8',
    quiet: () => goodWorkbook({ Vergaderingen: [...VERGADERINGEN.slice(0, 1), ...VERGADERINGEN.slice(1).reverse()] }),
  },
  'vergadering-wiv-na-driehoek': {
    fires: () => goodWorkbook({ Vergaderingen: VERGADERINGEN.map((r, i) => (i === 2 ? [r[0]!, { date: '2021-04-15' }] : r)) }),
    at: 'Vergaderingen!B3',
    quiet: () => goodWorkbook({ Vergaderingen: VERGADERINGEN.map((r, i) => (i === 2 ? [r[0]!, { date: '2021-04-14' }] : r)) }),
  },
  'partij-dubbel': {
    fires: () => goodWorkbook({ Partijen: [...PARTIJEN, ['Heerde', 'Gemeente', 'Voorzitter  WIV']] }),
    at: 'Partijen!C7',
    quiet: () => goodWorkbook({ Partijen: [...PARTIJEN, ['Heerde', 'Gemeente', 'voorzitter Driehoek']] }),
  },
  'speerpunt-dubbel': {
    fires: () => goodWorkbook({ Speerpunten: [...SPEERPUNTEN, ['1.2', 'Jongeren']] }),
    at: 'Speerpunten!A8',
    quiet: () => goodWorkbook({ Speerpunten: [...SPEERPUNTEN, ['1.3', 'Jongeren']] }),
  },
  'kolom-gecombineerd': {
    fires: () => goodWorkbook({ Acties: combined }),
    at: 'Acties!E1',
    quiet: () => goodWorkbook({ Acties: combined.map((r, i) => [...r, i === 0 ? 'Trekker' : 'Hattem', i === 0 ? 'Driehoek' : '11 februari']) }),
    check: (f) =>
      expect(f.fix).toEqual(
        expect.objectContaining({
          type: 'fillEmpty',
          startCell: 'F1',
          sources: [
            { cell: 'E2', expect: 'Hattem 11 februari' },
            { cell: 'E3', expect: '15 april Elburg en politie' },
          ],
          rows: [
            [
              { kind: 'text', text: 'Trekker' },
              { kind: 'text', text: 'Driehoek' },
            ],
            [
              { kind: 'text', text: 'Hattem' },
              { kind: 'date', iso: '2021-02-11' },
            ],
            [
              { kind: 'text', text: 'Elburg, Politie' },
              { kind: 'date', iso: '2021-04-15' },
            ],
          ],
        }),
      ),
  },
  'partij-soort-onbekend': {
    fires: () => goodWorkbook({ Partijen: [...PARTIJEN, ['Waterschap', 'Waterschap', '']] }),
    at: 'Partijen!B7',
    quiet: () => goodWorkbook({ Partijen: [...PARTIJEN, ['Waterschap', 'overig', '']] }),
  },
  'instelling-onbekend': {
    fires: () =>
      goodWorkbook({
        Instellingen: [
          ['Regel', 'Ernst'],
          ['trekker-onbekent', 'uit'],
        ],
      }),
    at: 'Instellingen!A2',
    quiet: () =>
      goodWorkbook({
        Instellingen: [
          ['Regel', 'Ernst'],
          ['Trekker-onbekend', 'Waarschuwing'],
        ],
      }),
    check: (f) => expect(f.suggestion).toBe('trekker-onbekend'),
  },
  'tabel-leeg': {
    fires: () => goodWorkbook({ Partijen: [PARTIJEN[0]!] }),
    at: 'Partijen!A2',
    quiet: () => goodWorkbook({ Partijen: [PARTIJEN[0]!, PARTIJEN[1]!] }),
    check: (f) => expect(f.message).toBe('De tabel Partijen heeft nog geen rijen. Vul haar onder de kopregel (rij 1).'),
  },
  'trekker-schrijfwijze': {
    fires: () => goodWorkbook({ Acties: actiesWith(1, 'Trekker', 'hattem') }),
    at: 'Acties!E2',
    quiet: () => goodWorkbook({ Acties: actiesWith(1, 'Trekker', 'Hattem, voorzitter WIV') }),
    check: (f) => expect(f.fix).toEqual({ type: 'replaceText', sheet: 'Acties', cell: 'E2', expect: 'hattem', find: 'hattem', replace: 'Hattem' }),
  },
};

describe('the rule catalogue', () => {
  it('has a case here for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  it('says nothing about a correct programme', () => {
    expect(findings(goodWorkbook(), '2021-01-01')).toEqual([]);
  });

  describe.each(Object.entries(CASES))('%s', (id, c) => {
    it('fires where the mistake is', () => {
      const hits = findings(c.fires(), c.today).filter((f) => f.rule === id);
      expect(hits.map((f) => `${f.sheet}!${f.cell}`)).toContain(c.at);
      const hit = hits.find((f) => `${f.sheet}!${f.cell}` === c.at)!;
      expect(hit.message.length).toBeGreaterThan(10);
      c.check?.(hit);
    });
    it('stays quiet on the near miss', () => {
      expect(findings(c.quiet(), c.quietToday ?? c.today).filter((f) => f.rule === id)).toEqual([]);
    });
  });
});

it('finds an overview whose totals were changed by hand, per party and per Driehoek', () => {
  const stale = (edit: (cells: TestCell[][]) => void) =>
    findings(withOverzicht(edit))
      .filter((f) => f.rule === 'overzicht-verouderd')
      .map((f) => [f.cell, f.message]);
  const totalRow = (cells: TestCell[][]) => cells.findIndex((r) => /^Totaal/.test(String(r[0])));
  // Row 5 is Elburg, column H its total; column C the meeting of 15-4-2021.
  const head = ['A1', 'Het Driehoek-overzicht klopt niet met de acties (verschillen: 1). Maak het overzicht opnieuw.'];
  expect(stale((c) => (c[4]![7] = 7))).toEqual([head, ['H5', 'Verschil: Totaal per partij Elburg is 7, moet 2 zijn.']]);
  expect(stale((c) => (c[4]![7] = null))).toEqual([head, ['H5', 'Verschil: Totaal per partij Elburg is leeg, moet 2 zijn.']]);
  expect(stale((c) => (c[totalRow(c)]![2] = 9))).toEqual([
    head,
    [expect.stringMatching(/^C\d+$/), 'Verschil: Totaal per Driehoek 15-4-2021 is 9, moet 1 zijn.'],
  ]);
});

it('tells when a code and the name beside it disagree', () => {
  const f = findings(goodWorkbook({ Acties: actiesWith(1, 'Speerpunt', '1. Criminaliteit') })).filter((x) => x.rule === 'speerpunt-onbekend');
  expect(f.map((x) => [x.cell, x.message])).toEqual([
    ['A2', '"1. Criminaliteit": in Speerpunten heet 1 "Zorg & Veiligheid". Pas de code of de naam aan.'],
  ]);
});

it('counts texts as the same actie regardless of case, accents, "&" and punctuation', () => {
  const pairs: Array<[string, string]> = [
    ['Damocles & Bibob', 'damocles en bibob'],
    ['Café-overleg', 'cafe overleg!'],
    ['Pva ondermijning', 'PVA  ondermijning.'],
  ];
  for (const [a, b] of pairs) {
    const acties = actiesWith(1, 'Actie', a).map((r, i) => (i === 2 ? r.map((c, j) => (j === 2 ? b : c)) : r));
    expect([
      a,
      b,
      findings(goodWorkbook({ Acties: acties }))
        .filter((f) => f.rule === 'actie-dubbel')
        .map((f) => f.cell),
    ]).toEqual([a, b, ['C3']]);
  }
});

describe('severity is configuration', () => {
  const hatterm = () => goodWorkbook({ Acties: actiesWith(1, 'Trekker', 'Hatterm') });
  /** Hatterm, and an Instellingen table with one line. */
  const withInstelling = (regel: string, ernst: string) =>
    goodWorkbook({
      Acties: actiesWith(1, 'Trekker', 'Hatterm'),
      Instellingen: [
        ['Regel', 'Ernst'],
        [regel, ernst],
      ],
    });

  it('takes the default from the rule', () => {
    expect(findings(hatterm()).find((f) => f.rule === 'trekker-onbekend')?.severity).toBe('error');
  });

  it('lets the workbook change or switch off a rule', () => {
    const lower = withInstelling('trekker-onbekend', 'waarschuwing');
    expect(validate(lower, { today: TODAY }).findings.find((f) => f.rule === 'trekker-onbekend')?.severity).toBe('warning');
    const off = withInstelling('trekker-onbekend', 'uit');
    expect(validate(off, { today: TODAY }).findings.filter((f) => f.rule === 'trekker-onbekend')).toEqual([]);
  });

  it('reads a rule name in Instellingen as staff type it: any case, spaces around it', () => {
    const typed = withInstelling('  Trekker-Onbekend ', 'uit');
    expect(findings(typed).filter((f) => f.rule === 'trekker-onbekend')).toEqual([]);
  });

  it('keeps a rule on when the caller gives no severity for it', () => {
    const r = validate(hatterm(), { today: TODAY, ernst: { 'trekker-onbekend': undefined } });
    expect(r.findings.find((f) => f.rule === 'trekker-onbekend')?.severity).toBe('error');
  });

  it('lets the caller overrule the workbook', () => {
    const off = withInstelling('trekker-onbekend', 'uit');
    const r = validate(off, { today: TODAY, ernst: { 'trekker-onbekend': 'info' } });
    expect(r.findings.find((f) => f.rule === 'trekker-onbekend')?.severity).toBe('info');
    expect(r.summary).toEqual({ errors: 0, warnings: 0, info: 1 });
  });

  it('speaks English when asked', () => {
    const f = validate(hatterm(), { today: TODAY, locale: 'en' }).findings.find((x) => x.rule === 'trekker-onbekend');
    expect(f?.message).toBe('"Hatterm" is not a party in Partijen; did you mean Hattem?');
  });
});

describe('reading tables', () => {
  it('finds a table by its Excel table name on any sheet, below a title', () => {
    const wb = goodWorkbook({ Partijen: null, Referentie: [['Titel'], [], ...PARTIJEN] });
    wb.tables.push(table('Partijen', 'Referentie', 'A3:C8'));
    const r = validate(wb, { today: TODAY });
    expect(r.werkboek.locations.partijen).toMatchObject({ sheet: 'Referentie', headerRow: 3, foundBy: 'tabel' });
    expect(r.findings).toEqual([]);
  });

  it('lets blank speerpunt cells inherit, but not across a new speerpunt', () => {
    const r = validate(goodWorkbook(), { today: TODAY });
    const rows = r.werkboek.acties.map((a) => [a.speerpunt?.text, a.subspeerpunt?.text]);
    expect(rows).toEqual([
      ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen'],
      ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen'],
      ['1. Zorg & Veiligheid', '1.2 Jeugd'],
      ['2. Maatschappelijke ondermijning', '2.1 Georganiseerde criminaliteit'],
      ['Diversen', ''],
    ]);
  });

  it('skips blank rows and reads an Excel date serial without a time zone', () => {
    const rows = [...actiesWith(1, 'Driehoek', { date: '2021-02-11' }).slice(0, 2), [], [], ...actiesWith(1, 'Driehoek', '').slice(2)];
    const r = validate(goodWorkbook({ Acties: rows }), { today: TODAY });
    expect(r.werkboek.acties.map((a) => a.row)).toEqual([2, 5, 6, 7, 8]);
    expect(r.werkboek.acties[0]!.datum?.datums[0]?.iso).toBe('2021-02-11');
  });

  it('reads the header row anywhere with headers in another order and spelling', () => {
    const shuffled: TestCell[][] = [
      [],
      ['', 'DRIEHOEK', 'actiehouder', 'Acties 2022', 'Sub-speerpunt', 'speerpunt'],
      ['', '11 februari', 'Hattem', 'x', '1.1', '1'],
    ];
    const r = validate(goodWorkbook({ Acties: null, Werkblad: shuffled }), { today: TODAY });
    expect(r.werkboek.locations.acties).toMatchObject({ sheet: 'Werkblad', headerRow: 2, foundBy: 'kopregel' });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('has the combined column feed both Trekker and Driehoek', () => {
    const r = validate(goodWorkbook({ Acties: combined }), { today: TODAY });
    expect(r.werkboek.acties.map((a) => [a.trekkers?.partijen, a.datum?.datums.map((d) => d.iso)])).toEqual([
      [['Hattem'], ['2021-02-11']],
      [['Elburg', 'Politie'], ['2021-04-15']],
    ]);
  });

  it('sorts findings by sheet order, row and column', () => {
    const acties = actiesWith(3, 'Trekker', 'Hatterm').map((r, i) => (i === 1 ? r.map((c, j) => (j === 6 ? 'Klaar' : c)) : r));
    const f = findings(goodWorkbook({ Acties: acties, Speerpunten: [...SPEERPUNTEN, ['1.2', 'x']] }));
    expect(f.map((x) => `${x.sheet}!${x.cell}`)).toEqual(['Acties!G2', 'Acties!E4', 'Speerpunten!A8']);
  });

  it('reports no tables at all in an empty workbook', () => {
    const r = validate(workbook([sheet('Blad1', [])]), { today: TODAY });
    expect(r.findings.map((f) => f.rule)).toEqual(['tabel-ontbreekt', 'tabel-ontbreekt', 'tabel-ontbreekt', 'tabel-ontbreekt']);
  });
});

void ACTIES_HEADER;

describe('dates around the programme year and in Onvoorzien', () => {
  const inYear = (date: TestCell) =>
    findings(goodWorkbook({ Acties: actiesWith(5, 'Driehoek', date) })).filter((f) => f.rule === 'datum-buiten-jaar');

  it('takes 31 December as in the programme year and 1 January of the next or 31 December of the last as outside', () => {
    expect(inYear({ date: '2021-12-31' })).toEqual([]);
    expect(inYear('31 december 2021')).toEqual([]);
    expect(inYear({ date: '2022-01-01' }).map((f) => f.cell)).toEqual(['F6']);
    expect(inYear('1 januari 2022').map((f) => f.cell)).toEqual(['F6']);
    expect(inYear({ date: '2020-12-31' }).map((f) => f.cell)).toEqual(['F6']);
  });

  it('checks the Driehoek dates of Onvoorzien rows with every date rule, as those of Acties', () => {
    const wb = goodWorkbook({
      Onvoorzien: [
        ['Speerpunt', 'Onvoorziene acties', 'Trekker', 'Ingevlogen', 'Driehoek'],
        ['Diversen', 'Schietincident', 'Politie', 'maart', 'ergens in het voorjaar'],
        ['Diversen', 'Drugslab', 'OM', 'mei', { date: '2021-05-20' }],
        ['Diversen', 'Vuurwerk', 'Epe', 'december', { date: '2020-12-17' }],
      ],
    });
    const at = (rule: string) =>
      findings(wb)
        .filter((f) => f.rule === rule && f.sheet === 'Onvoorzien')
        .map((f) => f.cell);
    expect(at('datum-onleesbaar')).toEqual(['E2']);
    expect(at('datum-geen-driehoek')).toEqual(['E3', 'E4']);
    expect(at('datum-buiten-jaar')).toEqual(['E4']);
  });

  it('suggests the nearest meeting for an Excel date that is no meeting as a date to set, not a text to replace', () => {
    const f = findings(goodWorkbook({ Acties: actiesWith(1, 'Driehoek', { date: '2021-02-18' }) })).find((x) => x.rule === 'datum-geen-driehoek')!;
    expect(f.message).toBe('18-2-2021 is geen Driehoek-vergadering. De dichtstbijzijnde Driehoek is op 11-2-2021.');
    expect(f.voorstellen![0]!.fix).toEqual(expect.objectContaining({ type: 'setDate', cell: 'F2', iso: '2021-02-11' }));
  });
});
