import { agendaJson, buildAgenda, volgendeVergadering } from '../../src/domain/agenda/model';
import { buildAgendaSheet } from '../../src/domain/agenda/sheet';
import { datumsVan, ingevlogenPeriode, isDue, isOverdue, lastDue, verplaatstVan } from '../../src/domain/documenten/planning';
import { styleGrid } from '../../src/domain/overzicht/layout';
import { readWerkboek } from '../../src/domain/read/werkboek';
import { buildVoortgang, peildatumVan, voortgangJson } from '../../src/domain/voortgang/model';
import { buildVoortgangSheet, KLEUREN } from '../../src/domain/voortgang/sheet';
import { t } from '../../src/domain/teksten/index';
import { goodWorkbook, PARTIJEN, SPEERPUNTEN, sheetLines, type TestCell } from '../helpers/snapshot';

const TODAY = '2021-05-01';
const HEAD: TestCell[] = ['Speerpunt', 'Subspeerpunt', 'Actie', 'Onderwerp', 'Trekker', 'Driehoek', 'Status', 'Oorspronkelijk', 'Opmerking'];
const Z = '1. Zorg & Veiligheid';
const D = 'Diversen';

/** Acties rows 2 to 13, each with what the documents should make of it around the Driehoek of 15 April. */
const ACTIES: TestCell[][] = [
  HEAD,
  ['2. Maatschappelijke ondermijning', '2.1 Georganiseerde criminaliteit', 'Damocles beleid.', 'Damocles', 'Epe', '15 april', 'Lopend', '', ''],
  [Z, '1.1 Kwetsbare personen', 'Wvggz monitoren.', 'Wvggz', 'Hattem', '15 april', 'Gepland', '', ''],
  // Speerpunt and sub-speerpunt from the row above (merged cells); a status the vocabulary does not know.
  ['', '', 'Casus bespreken.', 'Casus', 'Politie', '15 april', 'bezig', '', 'let op'],
  ['Onbekend punt', 'x.9 Nergens', 'Iets.', 'Iets', 'OM', '15 april', '', '', ''],
  [Z, '1.2 Jeugd', 'Jeugd overlast.', 'Overlast', 'Elburg', '14 april', '', '', ''],
  [Z, '1.2 Jeugd', 'Later.', 'Later', 'Elburg', '16 april', '', '', ''],
  [D, '', 'Rapportage.', 'Rapportage', 'OM', '11 februari', 'Afgerond', '', ''],
  [D, '', 'Doorlopend.', 'Doorlopend werk', 'Epe, OM', 'doorlopend', 'Lopend', '', ''],
  [D, '', 'Verschoven.', 'Verschoven', 'Hattem', '17 juni', 'Uitgesteld', '11 februari', ''],
  [D, '', 'Oud.', 'Oud', 'Politie', '11 februari', 'Lopend', '', ''],
  [D, '', 'Twee.', 'Twee', 'Politie', '17 juni, 11 februari, 14 april', 'Gepland', '', ''],
  [D, '', 'Nog niets.', 'Nog niets', 'OM', '17 juni', '', '', ''],
];

/** Unplanned acties and when they came in, rows 2 to 8. */
const ONVOORZIEN: TestCell[][] = [
  ['Speerpunt', 'Onvoorziene acties', 'Trekker', 'Ingevlogen'],
  [D, 'Januari-zaak', 'OM', 'januari'],
  [D, 'Februari-zaak', 'OM', 'februari'],
  [D, 'Op de dag', 'OM', '11 februari'],
  [D, 'Dag erna', 'OM', '12 februari'],
  [D, 'Op de vergadering', 'OM', '15 april'],
  [D, 'Erna', 'OM', '16 april'],
  [D, 'Ooit', 'OM', ''],
];

// Each test reads the workbook itself: StrykerJS counts only code run inside a test as that test's, and runs a mutant
// against those tests alone, so a result worked out once in a describe block or beforeAll would meet no mutant.
const lees = (acties = ACTIES) => readWerkboek(goodWorkbook({ Acties: acties, Onvoorzien: ONVOORZIEN }), TODAY);
const actie = (onderwerp: string) => lees().acties.find((a) => a.onderwerp?.text === onderwerp)!;

describe('the planning of an actie', () => {
  it('has each of its dates once, in order', () => {
    expect(datumsVan(actie('Twee'))).toEqual(['2021-02-11', '2021-04-14', '2021-06-17']);
    expect(datumsVan(actie('Doorlopend werk'))).toEqual([]);
  });

  it('is due on its day, overdue unless closed, and overdue from the last of its dates by then', () => {
    expect([isDue(actie('Wvggz'), '2021-04-14'), isDue(actie('Wvggz'), '2021-04-15')]).toEqual([false, true]);
    expect([isOverdue(actie('Rapportage'), '2021-12-31'), isOverdue(actie('Oud'), '2021-12-31')]).toEqual([false, true]);
    expect([lastDue(actie('Twee'), '2021-04-14'), lastDue(actie('Twee'), '2021-04-13'), lastDue(actie('Twee'), '2021-01-01')]).toEqual([
      '2021-04-14',
      '2021-02-11',
      undefined,
    ]);
  });

  it('was moved from the dates of Oorspronkelijk it is no longer at', () => {
    const rows = (oorspronkelijk: string, status = 'Uitgesteld', opmerking = '', driehoek = '15 april, 17 juni'): TestCell[][] => [
      HEAD,
      [Z, '', 'X.', 'X', 'Epe', driehoek, status, oorspronkelijk, opmerking],
    ];
    const van = (r: TestCell[][]) => verplaatstVan(readWerkboek(goodWorkbook({ Acties: r }), TODAY).acties[0]!, 2021);
    expect(van(rows('11 februari, 15 april, 11 februari'))).toEqual(['2021-02-11']);
    expect(van(rows('15 april'))).toEqual([]);
    // Without an Oorspronkelijk date, an Uitgesteld actie's Opmerking names where it came from: only a date before its first.
    expect(van(rows('', 'Uitgesteld', 'was 1 april, eerder nog 11 februari, daarna 9 september'))).toEqual(['2021-02-11', '2021-04-01']);
    expect(van(rows('', 'Uitgesteld', 'was 11 februari', ''))).toEqual(['2021-02-11']);
    expect(van(rows('', 'Lopend', 'was 11 februari'))).toEqual([]);
    expect(van(rows('4 november', 'Lopend', 'was 11 februari'))).toEqual(['2021-11-04']);
  });
});

describe('when an unplanned actie came in', () => {
  it('is the days its dates span, in any order', () => {
    expect(ingevlogenPeriode('10 maart, 3 maart, 20 maart, 5 maart', 2021)).toEqual({ van: '2021-03-03', tot: '2021-03-20' });
  });

  it('is the whole month a month name or its first three letters name', () => {
    expect(ingevlogenPeriode('begin april', 2021)).toEqual({ van: '2021-04-01', tot: '2021-04-30' });
    expect(ingevlogenPeriode('dec', 2021)).toEqual({ van: '2021-12-01', tot: '2021-12-31' });
    expect(ingevlogenPeriode('februari', 2024)).toEqual({ van: '2024-02-01', tot: '2024-02-29' });
    expect(ingevlogenPeriode('ma', 2021)).toBeUndefined();
  });
});

describe('the agenda of a Driehoek', () => {
  const agenda = () => buildAgenda(lees(), '2021-04-15', TODAY);

  it('is for the first meeting on or after today, and knows the one before and its WIV', () => {
    const a = agenda();
    expect([volgendeVergadering(lees(), '2021-04-15'), volgendeVergadering(lees(), '2021-04-16'), volgendeVergadering(lees(), '2022-01-01')]).toEqual(
      ['2021-04-15', '2021-06-17', undefined],
    );
    expect([a.vergadering, a.vorige, a.wiv]).toEqual(['2021-04-15', '2021-02-11', '2021-04-01']);
    expect(buildAgenda(lees(), '2021-02-11', '2021-01-15').vorige).toBeNull();
  });

  it('lists its own acties in Speerpunten order, the ones it does not know last, with all a reader needs', () => {
    const a = agenda();
    expect(a.punten.map((p) => [p.speerpunt, p.subspeerpunt, p.onderwerp, p.cel])).toEqual([
      [Z, '1.1 Kwetsbare personen', 'Wvggz', 'Acties!C3'],
      [Z, '1.1 Kwetsbare personen', 'Casus', 'Acties!C4'],
      ['2. Maatschappelijke ondermijning', '2.1 Georganiseerde criminaliteit', 'Damocles', 'Acties!C2'],
      ['Onbekend punt', 'x.9 Nergens', 'Iets', 'Acties!C5'],
    ]);
    expect(a.punten[1]).toEqual({
      speerpunt: Z,
      subspeerpunt: '1.1 Kwetsbare personen',
      onderwerp: 'Casus',
      actie: 'Casus bespreken.',
      trekkers: ['Politie'],
      status: 'bezig',
      opmerking: 'let op',
      cel: 'Acties!C4',
      verplaatstVan: [],
    });
  });

  it('lists as overdue what was due the day before the meeting and is still open, with the last meeting it was due', () => {
    const a = agenda();
    // Due on 16 April is not overdue at 15 April, though today is later; Afgerond is closed; Uitgesteld to June is not due.
    expect(a.achterstallig.map((p) => [p.onderwerp, p.vergadering])).toEqual([
      ['Overlast', '2021-04-14'],
      ['Oud', '2021-02-11'],
      ['Twee', '2021-04-14'],
    ]);
    // Before the meeting, only what is due by today.
    expect(buildAgenda(lees(), '2021-04-15', '2021-03-01').achterstallig.map((p) => p.onderwerp)).toEqual(['Oud', 'Twee']);
  });

  it('lists the unplanned acties that came in after the meeting before, up to this one', () => {
    const a = agenda();
    expect(a.onvoorzien).toEqual([
      { actie: 'Februari-zaak', ingevlogen: 'februari', cel: 'Onvoorzien!B3' },
      { actie: 'Dag erna', ingevlogen: '12 februari', cel: 'Onvoorzien!B5' },
      { actie: 'Op de vergadering', ingevlogen: '15 april', cel: 'Onvoorzien!B6' },
      { actie: 'Ooit', ingevlogen: '', cel: 'Onvoorzien!B8' },
    ]);
    // The first meeting of the year has none before it: everything up to it.
    expect(buildAgenda(lees(), '2021-02-11', '2021-01-15').onvoorzien.map((o) => o.actie)).toEqual([
      'Januari-zaak',
      'Februari-zaak',
      'Op de dag',
      'Ooit',
    ]);
  });

  it('lists the continuous acties for information, and leaves the year out of its JSON', () => {
    const a = agenda();
    expect(a.doorlopend).toEqual([{ onderwerp: 'Doorlopend werk', trekkers: ['Epe', 'OM'], cel: 'Acties!C9' }]);
    const json = agendaJson(a);
    expect('jaar' in json).toBe(false);
    expect(json).toEqual({ ...a, jaar: undefined });
  });

  it('names the speerpunt of an actie that gives only its sub-speerpunt, and a speerpunt of two digits by its code and name', () => {
    const los = readWerkboek(
      goodWorkbook({
        Speerpunten: [...SPEERPUNTEN, ['10', 'Tien']],
        Acties: [
          HEAD,
          ['', '2.1 Georganiseerde criminaliteit', 'J.', 'J', 'Epe', '15 april', '', '', ''],
          ['10. Tien', '', 'T.', 'T', 'Epe', '15 april', '', '', ''],
        ],
      }),
      TODAY,
    );
    expect(buildAgenda(los, '2021-04-15', TODAY).punten.map((p) => [p.speerpunt, p.subspeerpunt])).toEqual([
      ['2. Maatschappelijke ondermijning', '2.1 Georganiseerde criminaliteit'],
      ['10. Tien', ''],
    ]);
  });
});

describe('the Agenda sheet', () => {
  it('prints what the Driehoek works through: its acties by speerpunt, the overdue, the unplanned and the continuous ones', () => {
    expect(sheetLines(buildAgendaSheet(buildAgenda(lees(), '2021-04-15', TODAY), TODAY))).toEqual([
      'Agenda Driehoek 15-4-2021 (WIV 1-4-2021)',
      'gemaakt op 1-5-2021; 4 acties op de agenda',
      'Op de agenda',
      'Onderwerp | Actie | Trekkers | Status | Opmerking | Cel',
      `${Z} · 1.1 Kwetsbare personen`,
      'Wvggz | Wvggz monitoren. | Hattem | Gepland | Acties!C3',
      'Casus | Casus bespreken. | Politie | bezig | let op | Acties!C4',
      '2. Maatschappelijke ondermijning · 2.1 Georganiseerde criminaliteit',
      'Damocles | Damocles beleid. | Epe | Lopend | Acties!C2',
      'Onbekend punt · x.9 Nergens',
      'Iets | Iets. | OM | geen status | Acties!C5',
      'Achterstallig',
      'Onderwerp | Actie | Trekkers | Driehoek | Status | Cel',
      'Overlast | Jeugd overlast. | Elburg | 14-4-2021 | geen status | Acties!C6',
      'Oud | Oud. | Politie | 11-2-2021 | Lopend | Acties!C11',
      'Twee | Twee. | Politie | 14-4-2021 | Gepland | Acties!C12',
      'Onvoorzien sinds de vorige Driehoek (11-2-2021)',
      'Actie | Ingevlogen | Cel',
      'Februari-zaak | februari | Onvoorzien!B3',
      'Dag erna | 12 februari | Onvoorzien!B5',
      'Op de vergadering | 15 april | Onvoorzien!B6',
      'Ooit | Onvoorzien!B8',
      'Doorlopend (ter kennisname)',
      'Onderwerp | Trekkers | Cel',
      'Doorlopend werk | Epe, OM | Acties!C9',
    ]);
  });

  it('shows where a moved actie came from under its status, and groups an actie without speerpunt', () => {
    const s = sheetLines(buildAgendaSheet(buildAgenda(lees(), '2021-06-17', TODAY), TODAY));
    expect(s).toContain('Verschoven | Verschoven. | Hattem | Uitgesteld\nverplaatst van 11-2-2021 | Acties!C10');
    expect(s).toContain('Diversen');
    const los = readWerkboek(goodWorkbook({ Acties: [HEAD, ['', '', 'Los.', 'Los', 'OM', '15 april', '', '', '']] }), TODAY);
    expect(sheetLines(buildAgendaSheet(buildAgenda(los, '2021-04-15', TODAY), TODAY)).slice(3, 6)).toEqual([
      'Onderwerp | Actie | Trekkers | Status | Opmerking | Cel',
      'Zonder speerpunt',
      'Los | Los. | OM | geen status | Acties!C2',
    ]);
  });

  it('says "(geen)" under every empty block, "dit jaar" before the first meeting, and leaves out a WIV it does not have', () => {
    const kaal = readWerkboek(
      goodWorkbook({
        Acties: [HEAD, [Z, '', 'X.', 'X', 'Epe', '15 april', '', '', '']],
        Vergaderingen: [['Driehoek'], [{ date: '2021-02-11' }], [{ date: '2021-04-15' }]],
      }),
      TODAY,
    );
    expect(sheetLines(buildAgendaSheet(buildAgenda(kaal, '2021-02-11', '2021-01-01'), '2021-01-01'))).toEqual([
      'Agenda Driehoek 11-2-2021',
      'gemaakt op 1-1-2021; 0 acties op de agenda',
      'Op de agenda',
      '(geen)',
      'Achterstallig',
      '(geen)',
      'Onvoorzien dit jaar',
      '(geen)',
      'Doorlopend (ter kennisname)',
      '(geen)',
    ]);
  });

  it('is A4 portrait at 100 %, its heads bold, on a sheet named Agenda', () => {
    const s = buildAgendaSheet(buildAgenda(lees(), '2021-04-15', TODAY), TODAY);
    expect([s.name, s.paper, s.landscape, s.fitToWidth, s.freeze]).toEqual(['Agenda', 'A4', false, false, { rows: 0, columns: 0 }]);
    expect(styleGrid(s).get('A1')).toMatchObject({ bold: true, size: 14 });
  });
});

describe('every document from a programme without Status and Opmerking, and Onvoorzien without Ingevlogen', () => {
  const lees = () =>
    readWerkboek(
      goodWorkbook({
        Acties: [
          ['Speerpunt', 'Subspeerpunt', 'Actie', 'Onderwerp', 'Trekker', 'Driehoek'],
          [Z, '1.1 Kwetsbare personen', 'Kaal.', 'Kaal', 'Epe', '15 april'],
        ],
        Onvoorzien: [['Onvoorziene acties', 'Trekker'], ['Zomaar']],
      }),
      TODAY,
    );

  it('leaves status, remark and moment empty, and the agenda says "geen status"', () => {
    const a = buildAgenda(lees(), '2021-04-15', TODAY);
    expect([a.punten[0]!.status, a.punten[0]!.opmerking, a.onvoorzien]).toEqual([
      '',
      '',
      [{ actie: 'Zomaar', ingevlogen: '', cel: 'Onvoorzien!A2' }],
    ]);
    expect(sheetLines(buildAgendaSheet(a, TODAY))).toContain('Kaal | Kaal. | Epe | geen status | Acties!C2');
    expect(buildVoortgang(lees(), '2021-04-30').aandacht).toEqual([
      expect.objectContaining({ onderwerp: 'Kaal', status: '', opmerking: '', reden: [{ soort: 'achterstallig', sinds: '2021-04-15' }] }),
    ]);
  });
});

describe('more trekkers, and more meetings moved from', () => {
  const lees = () =>
    readWerkboek(
      goodWorkbook({
        Acties: [
          HEAD,
          [Z, '1.1 Kwetsbare personen', 'Samen.', 'Samen', 'Epe, OM', '17 juni', 'Uitgesteld', '11 februari, 15 april', ''],
          [Z, '1.1 Kwetsbare personen', 'Oud samen.', 'Oud samen', 'Hattem, Politie', '15 april', 'Lopend', '', ''],
        ],
      }),
      TODAY,
    );

  it('are each named, in the agenda and in the progress report', () => {
    expect(sheetLines(buildAgendaSheet(buildAgenda(lees(), '2021-06-17', '2021-06-01'), '2021-06-01')).slice(4, 11)).toEqual([
      `${Z} · 1.1 Kwetsbare personen`,
      'Samen | Samen. | Epe, OM | Uitgesteld\nverplaatst van 11-2-2021, 15-4-2021 | Acties!C2',
      'Achterstallig',
      'Onderwerp | Actie | Trekkers | Driehoek | Status | Cel',
      'Oud samen | Oud samen. | Hattem, Politie | 15-4-2021 | Lopend | Acties!C3',
      'Onvoorzien sinds de vorige Driehoek (15-4-2021)',
      '(geen)',
    ]);
    expect(voortgangJson(buildVoortgang(lees(), '2021-04-30')).aandacht.map((x) => [x.trekkers, x.reden])).toEqual([
      [['Epe', 'OM'], 'uitgesteld; verplaatst van 11-2-2021, 15-4-2021'],
      [['Hattem', 'Politie'], 'achterstallig sinds 15-4-2021'],
    ]);
    const blad = sheetLines(buildVoortgangSheet(buildVoortgang(lees(), '2021-04-30'), TODAY));
    expect(blad).toContain('Samen | Epe, OM | 17-6-2021 | Uitgesteld | Acties!C2 | uitgesteld; verplaatst van 11-2-2021, 15-4-2021');
  });
});

describe('the progress report', () => {
  const voortgang = () => buildVoortgang(lees(), '2021-04-30');
  const telling = (
    g: number,
    l: number,
    a: number,
    u: number,
    ve: number,
    geen: number,
    opgeleverd: number,
    achterstallig: number,
    pct: number | null,
  ) => ({
    acties: g + l + a + u + ve + geen,
    perStatus: { Gepland: g, Lopend: l, Afgerond: a, Uitgesteld: u, Vervallen: ve, geen },
    opgeleverd,
    achterstallig,
    gereedPercentage: pct,
  });

  it('is as of the half year, the year end or a date', () => {
    expect([peildatumVan('halfjaar', 2021), peildatumVan('eind', 2022), peildatumVan('2021-03-01', 2021)]).toEqual([
      '2021-06-30',
      '2022-12-31',
      '2021-03-01',
    ]);
  });

  it('has no head for unknown speerpunten where the table knows every one', () => {
    const bekend = ACTIES.filter((r) => r[0] !== 'Onbekend punt');
    const v = buildVoortgang(lees(bekend), '2021-04-30');
    expect(v.speerpunten.map((s) => s.naam)).not.toContain(t('nl', 'voortgang.onbekend'));
    expect(v.speerpunten.length).toBeGreaterThan(0);
  });

  it('counts every actie once by speerpunt and sub-speerpunt, the ones the table does not know under their own head', () => {
    const v = voortgang();
    expect(v.totaal).toEqual(telling(2, 3, 1, 1, 0, 5, 9, 8, 11));
    expect(v.speerpunten.map((s) => [s.code, s.naam, s.tellingen])).toEqual([
      ['1', 'Zorg & Veiligheid', telling(1, 0, 0, 0, 0, 3, 4, 4, 0)],
      ['2', 'Maatschappelijke ondermijning', telling(0, 1, 0, 0, 0, 0, 1, 1, 0)],
      ['Diversen', 'Diversen', telling(1, 2, 1, 1, 0, 1, 3, 2, 33)],
      ['', '(onbekend speerpunt)', telling(0, 0, 0, 0, 0, 1, 1, 1, 0)],
    ]);
    expect(v.speerpunten[0]!.subspeerpunten).toEqual([
      { code: '1.1', naam: 'Kwetsbare personen', tellingen: telling(1, 0, 0, 0, 0, 1, 2, 2, 0) },
      { code: '1.2', naam: 'Jeugd', tellingen: telling(0, 0, 0, 0, 0, 2, 2, 2, 0) },
    ]);
    expect(v.speerpunten[2]!.subspeerpunten).toEqual([]);
  });

  it('counts an actie for each of its parties, each party once', () => {
    const partijen = [...PARTIJEN, ['Epe', 'Gemeente', ''], ['', 'Overig', 'niemand']];
    const dubbel = buildVoortgang(readWerkboek(goodWorkbook({ Acties: ACTIES, Partijen: partijen }), TODAY), '2021-04-30');
    expect(dubbel.partijen).toEqual([
      { partij: 'Elburg', tellingen: telling(0, 0, 0, 0, 0, 2, 2, 2, 0) },
      { partij: 'Epe', tellingen: telling(0, 2, 0, 0, 0, 0, 1, 1, 0) },
      { partij: 'Hattem', tellingen: telling(1, 0, 0, 1, 0, 0, 1, 1, 0) },
      { partij: 'Politie', tellingen: telling(1, 1, 0, 0, 0, 1, 3, 3, 0) },
      { partij: 'OM', tellingen: telling(0, 1, 1, 0, 0, 2, 2, 1, 50) },
    ]);
  });

  it('has no percentage done where nothing is due yet', () => {
    expect(buildVoortgang(lees(), '2021-01-31').totaal.gereedPercentage).toBeNull();
  });

  it('puts before the Driehoek what is overdue, postponed, moved or without status, and why', () => {
    const v = voortgang();
    expect(voortgangJson(v).aandacht.map((x) => [x.onderwerp, x.reden])).toEqual([
      ['Damocles', 'achterstallig sinds 15-4-2021'],
      ['Wvggz', 'achterstallig sinds 15-4-2021'],
      ['Casus', 'achterstallig sinds 15-4-2021'],
      ['Iets', 'achterstallig sinds 15-4-2021'],
      ['Overlast', 'achterstallig sinds 14-4-2021'],
      ['Later', 'achterstallig sinds 16-4-2021'],
      ['Verschoven', 'uitgesteld; verplaatst van 11-2-2021'],
      ['Oud', 'achterstallig sinds 11-2-2021'],
      ['Twee', 'achterstallig sinds 14-4-2021'],
      ['Nog niets', 'geen status'],
    ]);
    expect(v.aandacht.find((x) => x.onderwerp === 'Twee')).toEqual({
      onderwerp: 'Twee',
      trekkers: ['Politie'],
      vergaderingen: ['2021-02-11', '2021-04-14', '2021-06-17'],
      status: 'Gepland',
      opmerking: '',
      cel: 'Acties!C12',
      reden: [{ soort: 'achterstallig', sinds: '2021-04-14' }],
    });
    expect(v.aandacht.find((x) => x.onderwerp === 'Casus')).toMatchObject({ status: 'bezig', opmerking: 'let op' });
    // Moved, and without a status: both said.
    const verplaatst = ACTIES.map((r) => (r[3] === 'Nog niets' ? r.map((c, j) => (j === 7 ? '11 februari' : c)) : r));
    const w = buildVoortgang(lees(verplaatst), '2021-04-30');
    expect(voortgangJson(w).aandacht.find((x) => x.onderwerp === 'Nog niets')?.reden).toBe('verplaatst van 11-2-2021; geen status');
  });

  it('writes its JSON with the counts beside the names', () => {
    const v = voortgang();
    const json = voortgangJson(v);
    expect([json.jaar, json.peildatum, json.totaal]).toEqual([2021, '2021-04-30', v.totaal]);
    expect(json.speerpunten[0]).toEqual({
      code: '1',
      naam: 'Zorg & Veiligheid',
      ...telling(1, 0, 0, 0, 0, 3, 4, 4, 0),
      subspeerpunten: [
        { code: '1.1', naam: 'Kwetsbare personen', ...telling(1, 0, 0, 0, 0, 1, 2, 2, 0) },
        { code: '1.2', naam: 'Jeugd', ...telling(0, 0, 0, 0, 0, 2, 2, 2, 0) },
      ],
    });
    expect(json.partijen[0]).toEqual({ partij: 'Elburg', ...telling(0, 0, 0, 0, 0, 2, 2, 2, 0) });
  });
});

describe('the Voortgang sheet', () => {
  const voortgang = () => buildVoortgang(lees(), '2021-04-30');
  const blad = () => buildVoortgangSheet(voortgang(), TODAY);
  const kop = (eerste: string) =>
    `${eerste} | Gepland | Lopend | Afgerond | Uitgesteld | Vervallen | geen status | Totaal | Achterstallig | Gereed van de opgeleverde`;

  it('prints the counts per speerpunt, per sub-speerpunt and per party, and what needs attention', () => {
    const s = blad();
    expect(sheetLines(s)).toEqual([
      'Voortgang uitvoeringsprogramma 2021 — peildatum 30-4-2021',
      'gemaakt op 1-5-2021 uit 12 acties',
      'Alle speerpunten',
      kop('Speerpunt'),
      `${Z} | 1 | 0 | 0 | 0 | 0 | 3 | 4 | 4 | 0%`,
      '2. Maatschappelijke ondermijning | 0 | 1 | 0 | 0 | 0 | 0 | 1 | 1 | 0%',
      'Diversen | 1 | 2 | 1 | 1 | 0 | 1 | 6 | 2 | 33%',
      '(onbekend speerpunt) | 0 | 0 | 0 | 0 | 0 | 1 | 1 | 1 | 0%',
      'Totaal | 2 | 3 | 1 | 1 | 0 | 5 | 12 | 8 | 11%',
      Z,
      kop('Sub-speerpunt'),
      '1.1 Kwetsbare personen | 1 | 0 | 0 | 0 | 0 | 1 | 2 | 2 | 0%',
      '1.2 Jeugd | 0 | 0 | 0 | 0 | 0 | 2 | 2 | 2 | 0%',
      'Totaal | 1 | 0 | 0 | 0 | 0 | 3 | 4 | 4 | 0%',
      '2. Maatschappelijke ondermijning',
      kop('Sub-speerpunt'),
      '2.1 Georganiseerde criminaliteit | 0 | 1 | 0 | 0 | 0 | 0 | 1 | 1 | 0%',
      'Totaal | 0 | 1 | 0 | 0 | 0 | 0 | 1 | 1 | 0%',
      'Per partij',
      kop('Partij'),
      'Elburg | 0 | 0 | 0 | 0 | 0 | 2 | 2 | 2 | 0%',
      'Epe | 0 | 2 | 0 | 0 | 0 | 0 | 2 | 1 | 0%',
      'Hattem | 1 | 0 | 0 | 1 | 0 | 0 | 2 | 1 | 0%',
      'Politie | 1 | 1 | 0 | 0 | 0 | 1 | 3 | 3 | 0%',
      'OM | 0 | 1 | 1 | 0 | 0 | 2 | 4 | 1 | 50%',
      'Een actie met meer trekkers telt bij elk van hen; per speerpunt telt elke actie één keer.',
      'Aandacht van de Driehoek',
      'Onderwerp | Trekkers | Driehoek | Status | Opmerking | Cel | Reden',
      'Damocles | Epe | 15-4-2021 | Lopend | Acties!C2 | achterstallig sinds 15-4-2021',
      'Wvggz | Hattem | 15-4-2021 | Gepland | Acties!C3 | achterstallig sinds 15-4-2021',
      // A new page, and the head again on it.
      'Onderwerp | Trekkers | Driehoek | Status | Opmerking | Cel | Reden',
      'Casus | Politie | 15-4-2021 | bezig | let op | Acties!C4 | achterstallig sinds 15-4-2021',
      'Iets | OM | 15-4-2021 | geen status | Acties!C5 | achterstallig sinds 15-4-2021',
      'Overlast | Elburg | 14-4-2021 | geen status | Acties!C6 | achterstallig sinds 14-4-2021',
      'Later | Elburg | 16-4-2021 | geen status | Acties!C7 | achterstallig sinds 16-4-2021',
      'Verschoven | Hattem | 17-6-2021 | Uitgesteld | Acties!C10 | uitgesteld; verplaatst van 11-2-2021',
      'Oud | Politie | 11-2-2021 | Lopend | Acties!C11 | achterstallig sinds 11-2-2021',
      'Twee | Politie | 11-2-2021, 14-4-2021, 17-6-2021 | Gepland | Acties!C12 | achterstallig sinds 14-4-2021',
      'Nog niets | OM | 17-6-2021 | geen status | Acties!C13 | geen status',
    ]);
    // The sub-speerpunten start a page after the chart; the attention list runs over onto another.
    expect(s.rowBreaks!.map((r) => s.cells[r]![0])).toEqual([Z, 'Onderwerp']);
  });

  it('puts a stacked chart of the statuses per speerpunt under that table, over blank rows', () => {
    const s = blad();
    // Title, made-on line, blank, table title: the head is row 5, the four speerpunten rows 6 to 9, the total row 10.
    expect(s.chart).toEqual({
      naam: 'driehoek-voortgang',
      titel: 'Acties per status per speerpunt',
      bereik: 'A5:G9',
      kleuren: KLEUREN,
      van: 'A11',
      tot: 'J30',
    });
    expect(s.cells.slice(10, 30).every((r) => r.every((c) => c === ''))).toBe(true);
    // A colour of its own for each of the six statuses, each an RGB Excel can show.
    expect(new Set(KLEUREN.filter((k) => /^[0-9A-F]{6}$/.test(k))).size).toBe(6);
  });

  it('writes a dash where nothing is due, names a speerpunt by its name where its code is no number, and draws no chart without speerpunten', () => {
    const v = voortgang();
    const vroeg = sheetLines(buildVoortgangSheet(buildVoortgang(lees(), '2021-01-31'), TODAY));
    expect(vroeg).toContain(`${Z} | 1 | 0 | 0 | 0 | 0 | 3 | 4 | 0 | –`);
    const naam = {
      ...v,
      speerpunten: [
        { ...v.speerpunten[2]!, code: 'X', naam: '' },
        { ...v.speerpunten[2]!, code: 'Y2', naam: 'Overig' },
        { ...v.speerpunten[2]!, code: '10', naam: 'Tien' },
      ],
    };
    expect(
      sheetLines(buildVoortgangSheet(naam, TODAY))
        .slice(4, 7)
        .map((l) => l.split(' | ')[0]),
    ).toEqual(['X', 'Overig', '10. Tien']);
    const leeg = buildVoortgangSheet({ ...v, speerpunten: [] }, TODAY);
    expect('chart' in leeg).toBe(false);
  });

  it('is A4 landscape at 100 %, the counts to the right, the names and totals in bold', () => {
    const s = blad();
    expect([s.name, s.paper, s.landscape, s.fitToWidth]).toEqual(['Voortgang', 'A4', true, false]);
    const styles = styleGrid(s);
    expect(styles.get('A6')).toMatchObject({ bold: true });
    expect(styles.get('B6')).toMatchObject({ hAlign: 'right' });
    expect(styles.get('B6')?.bold).toBeFalsy();
    expect(styles.get('J10')).toMatchObject({ bold: true, fill: 'F2F2F2', hAlign: 'right' });
    const row = (text: string) => s.cells.findIndex((r) => r[0] === text) + 1;
    expect(styles.get('A1')).toMatchObject({ bold: true, size: 14 });
    // The first column of the sub-speerpunt and party tables in bold, the note under the parties small.
    expect([styles.get(`A${row('1.1 Kwetsbare personen')}`)?.bold, styles.get(`A${row('Epe')}`)?.bold]).toEqual([true, true]);
    expect(styles.get(`A${row(t('nl', 'voortgang.partijUitleg'))}`)).toMatchObject({ size: 9 });
  });
});
