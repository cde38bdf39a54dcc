import { buildAgenda } from '../../src/domain/agenda/model';
import { BladBouwer } from '../../src/domain/documenten/blad';
import { bedrukbaar, MAX_LIJNEN, papierVoor, regels, REGEL_PT } from '../../src/domain/documenten/pagina';
import { ingevlogenPeriode } from '../../src/domain/documenten/planning';
import { buildOverzicht } from '../../src/domain/overzicht/model';
import { styleGrid } from '../../src/domain/overzicht/layout';
import { buildOverzichtSheet, cellLines } from '../../src/domain/overzicht/sheet';
import { readWerkboek } from '../../src/domain/read/werkboek';
import { buildVoortgang, voortgangJson } from '../../src/domain/voortgang/model';
import type { SheetSnapshot } from '../../src/domain/schema/snapshot';
import { PARTIJEN, SPEERPUNTEN, VERGADERINGEN, sheet, sheetLines, workbook, type TestCell } from '../helpers/snapshot';

const TODAY = '2021-05-01';
const HEAD: TestCell[] = ['Speerpunt', 'Subspeerpunt', 'Actie', 'Onderwerp', 'Trekker', 'Driehoek', 'Status', 'Oorspronkelijk', 'Opmerking'];

/** A programme with these Acties rows (and other sheets, such as Onvoorzien) beside the reference tables. */
function programma(rows: TestCell[][], head = HEAD, ...andere: SheetSnapshot[]) {
  return readWerkboek(
    workbook([
      sheet('Acties', [head, ...rows]),
      ...andere,
      sheet('Vergaderingen', VERGADERINGEN),
      sheet('Speerpunten', SPEERPUNTEN),
      sheet('Partijen', PARTIJEN),
    ]),
    TODAY,
  );
}

const SP = ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen'];
const ROWS: TestCell[][] = [
  [...SP, 'Wvggz monitoren.', 'Wvggz', 'Hattem', '11 februari', 'Afgerond', '', ''],
  [...SP, 'DOR nieuw leven.', 'DOR', 'Elburg', '11 februari', 'Vervallen', '', ''],
  [...SP, 'Damocles beleid.', 'Damocles', 'Epe', '15 april', 'Uitgesteld', '11 februari', 'uitgesteld tot april'],
  [...SP, 'MMA aansluiten.', 'MMA', 'Elburg', '17 juni', 'Gepland', '', ''],
  [...SP, 'Casustafel.', 'Casustafel', 'Politie', '11 februari', '', '', ''],
];

// Results are worked out inside each test: StrykerJS runs a mutant only against the tests that ran its code.
describe('the overview beneath its matrix', () => {
  const lees = () =>
    programma(
      [
        [...SP, 'Damocles beleid.', 'Damocles', 'Epe, Politie, Hatemm', 'doorlopend'],
        [...SP, 'Casus   bespreken. Met iedereen.', '', 'Hatemm', ''],
        [...SP, 'Wvggz monitoren.', 'Wvggz', '', '30 februari'],
        [...SP, 'MMA aansluiten.', 'MMA', 'OM', 'na de zomer'],
        [...SP, 'DOR evalueren.', 'DOR', 'Elburg', '18 februari'],
        [...SP, 'DOOR evalueren.', 'DOOR', 'Epe', '18-2-2021'],
      ],
      HEAD,
      sheet('Onvoorzien', [
        ['Speerpunt', 'Onvoorziene acties', 'Trekker', 'Ingevlogen', 'Driehoek'],
        ['Diversen', 'Schietincident', 'Politie, OM', 'maart', { date: '2021-04-15' }],
      ]),
    );
  const blad = () => buildOverzichtSheet(buildOverzicht(lees()), TODAY);
  const regels = () => sheetLines(blad());

  it('labels an action by its onderwerp on one line, and leaves Ingevlogen empty where Onvoorzien has no such column', () => {
    const los = programma([[...SP, 'Wvggz monitoren.', 'Wvggz  in\nde wijk', 'Hattem', '11 februari', '', '', '']]);
    expect(cellLines(buildOverzicht(los).rijen.find((r) => r.partij === 'Hattem')!.cellen['2021-02-11']!)).toEqual(['- Wvggz in de wijk']);
    const zonder = programma(
      [ROWS[0]!],
      HEAD,
      sheet('Onvoorzien', [
        ['Onvoorziene acties', 'Trekker'],
        ['Schietincident', 'Politie'],
      ]),
    );
    expect(buildOverzicht(zonder).onvoorzien).toEqual([{ actie: 'Schietincident', trekkers: ['Politie'], ingevlogen: '', cel: 'Onvoorzien!A2' }]);
  });

  it('lists the continuous, unplanned and unplaced actions with their trekkers, reasons and cells', () => {
    const lines = regels();
    expect(lines.slice(lines.indexOf('Doorlopende acties'))).toEqual([
      'Doorlopende acties',
      'Onderwerp | Trekkers | Cel',
      'Damocles | Epe, Politie, Hatemm | Acties!C2',
      'Onvoorziene acties',
      'Actie | Trekkers | Ingevlogen | Cel',
      'Schietincident | Politie, OM | maart | Onvoorzien!B2',
      'Niet geplaatst',
      'Onderwerp | Reden | Cel',
      'Damocles | onbekende trekker "Hatemm" | Acties!C2',
      'Casus bespreken. | onbekende trekker "Hatemm"; geen datum | Acties!C3',
      'Wvggz | geen trekker; datum "30 februari" bestaat niet | Acties!C4',
      'MMA | datum "na de zomer" is onleesbaar | Acties!C5',
      'DOR | 18-2-2021 ("18 februari") is geen Driehoek | Acties!C6',
      'DOOR | 18-2-2021 is geen Driehoek | Acties!C7',
    ]);
  });

  it('counts the actions in its second line, one as "actie", and sets the title large and the legend small', () => {
    const [s, lines] = [blad(), regels()];
    expect(lines[1]).toBe('gemaakt op 1-5-2021 uit 6 acties');
    expect(lines[2]).toBe(
      'Actiehouder / Driehoek (WIV) | 11-2-2021 (28-1) | 15-4-2021 (1-4) | 17-6-2021 (3-6) | 9-9-2021 (26-8) | 4-11-2021 (21-10) | 16-12-2021 (2-12) | Totaal per partij',
    );
    const een = buildOverzichtSheet(buildOverzicht(programma([ROWS[0]!])), TODAY);
    expect(een.cells[1]![0]).toBe('gemaakt op 1-5-2021 uit 1 actie');
    const styles = styleGrid(s);
    expect(styles.get('A1')).toMatchObject({ bold: true, size: 14 });
    const legenda = s.cells.findIndex((r) => String(r[0]).startsWith('Legenda'));
    expect(styles.get(`A${legenda + 1}`)).toMatchObject({ size: 9 });
    // The matrix's first column, the parties, in bold.
    const epe = s.cells.findIndex((r) => r[0] === 'Epe');
    expect(styles.get(`A${epe + 1}`)).toEqual({ bold: true, border: true, wrap: true, vAlign: 'top' });
    expect(styles.get(`B${epe + 1}`)?.bold).toBeFalsy();
  });
});

describe('status and moved actions in every document', () => {
  const lees = () => programma(ROWS);
  const cell = (partij: string, m: string) => cellLines(buildOverzicht(lees()).rijen.find((r) => r.partij === partij)!.cellen[m] ?? []);

  it('the overview marks Afgerond ✓, Vervallen and Uitgesteld in words, and a moved action at both meetings', () => {
    expect(cell('Hattem', '2021-02-11')).toEqual(['- Wvggz ✓']);
    expect(cell('Elburg', '2021-02-11')).toEqual(['- DOR (vervallen)']);
    expect(cell('Epe', '2021-04-15')).toEqual(['- Damocles (uitgesteld) (van 11-2)']);
    expect(cell('Epe', '2021-02-11')).toEqual(['- Damocles → 15-4']);
  });

  it('takes an Excel date for a meeting, not for a continuous action', () => {
    const excel = buildOverzicht(programma([[...SP, 'Wvggz monitoren.', 'Wvggz', 'Hattem', { date: '2021-04-15' }, 'Gepland', '', '']]));
    expect(cellLines(excel.rijen.find((r) => r.partij === 'Hattem')!.cellen['2021-04-15']!)).toEqual(['- Wvggz']);
    expect(excel.doorlopend).toEqual([]);
  });

  it('counts a moved action only where it is now', () => {
    const o = buildOverzicht(lees());
    expect(o.rijen.find((r) => r.partij === 'Epe')!.totaal).toBe(1);
    expect(o.totaalPerVergadering['2021-02-11']).toBe(3);
    expect(o.totaalPerVergadering['2021-04-15']).toBe(1);
    expect(o.totaal).toBe(5);
  });

  it('the agenda lists the moved action with where it came from, and only open earlier actions as overdue', () => {
    const a = buildAgenda(lees(), '2021-04-15', TODAY);
    expect(a.punten.map((p) => [p.onderwerp, p.status, p.verplaatstVan])).toEqual([['Damocles', 'Uitgesteld', ['2021-02-11']]]);
    // Afgerond and Vervallen are closed; the action without status is still open.
    expect(a.achterstallig.map((p) => [p.onderwerp, p.vergadering])).toEqual([['Casustafel', '2021-02-11']]);
  });

  it('the report counts by status and puts overdue, postponed, moved and status-less actions before the Driehoek', () => {
    const v = voortgangJson(buildVoortgang(lees(), '2021-06-30'));
    expect(v.totaal).toEqual({
      acties: 5,
      perStatus: { Gepland: 1, Lopend: 0, Afgerond: 1, Uitgesteld: 1, Vervallen: 1, geen: 1 },
      opgeleverd: 5,
      achterstallig: 3,
      gereedPercentage: 20,
    });
    expect(v.aandacht.map((x) => [x.onderwerp, x.reden])).toEqual([
      ['Damocles', 'achterstallig sinds 15-4-2021; uitgesteld; verplaatst van 11-2-2021'],
      ['MMA', 'achterstallig sinds 17-6-2021'],
      ['Casustafel', 'achterstallig sinds 11-2-2021'],
    ]);
  });

  it('reads a move from the Opmerking of an Uitgesteld action when there is no Oorspronkelijk column', () => {
    const head = HEAD.filter((h) => h !== 'Oorspronkelijk');
    const moved = programma([[...SP, 'Damocles beleid.', 'Damocles', 'Epe', '15 april', 'Uitgesteld', 'was 11 februari']], head);
    expect(cellLines(buildOverzicht(moved).rijen.find((r) => r.partij === 'Epe')!.cellen['2021-04-15']!)).toEqual([
      '- Damocles (uitgesteld) (van 11-2)',
    ]);
  });
});

describe('the printed page', () => {
  it('puts six meetings on A4 landscape at 100 %, and more on A3', () => {
    expect(papierVoor([20, ...new Array(6).fill(17), 9], true)).toEqual({ papier: 'A4', passend: true });
    expect(papierVoor([20, ...new Array(9).fill(17), 9], true)).toEqual({ papier: 'A3', passend: true });
    expect(papierVoor([20, ...new Array(20).fill(17), 9], true)).toEqual({ papier: 'A3', passend: false });
    const many = programma([[...SP, 'Iets.', 'Iets', 'Epe', '11 februari', '', '', '']]);
    const sheet9 = buildOverzichtSheet(
      { ...buildOverzicht(many), vergaderingen: Array.from({ length: 9 }, (_, i) => `2021-${String(i + 1).padStart(2, '0')}-01`) },
      TODAY,
    );
    expect([sheet9.paper, sheet9.fitToWidth]).toEqual(['A3', false]);
  });

  it('starts a table on a new page when its head and first row do not fit, and repeats its head where it runs over', () => {
    const b = new BladBouwer([20, 20], 'A4', false);
    const page = bedrukbaar('A4', false).hoog;
    const tall = 'woord '.repeat(200);
    b.tabel({ titel: 'Eerste', kop: ['A', 'B'], rijen: Array.from({ length: 8 }, (_, i) => [`rij ${i}`, tall]), leeg: '' });
    const s = b.build('x', { rows: 0, columns: 0 }, true);
    expect(s.rowBreaks!.length).toBeGreaterThan(2);
    for (const brk of s.rowBreaks!) expect(s.cells[brk]).toEqual(['A', 'B']);
    // No page holds more than a page: sum the heights between breaks.
    const heights = s.cells.map((_, i) => s.rowHeights![String(i + 1)] ?? REGEL_PT);
    const bounds = [0, ...s.rowBreaks!, s.cells.length];
    for (let i = 1; i < bounds.length; i++) expect(heights.slice(bounds[i - 1], bounds[i]).reduce((n, h) => n + h, 0)).toBeLessThanOrEqual(page);
  });

  it('shows whole entries, and counts what a full cell cannot hold on its last line', () => {
    const entries = Array.from({ length: 40 }, (_, i) => ({ actie: i, label: `onderwerp nummer ${i}` }));
    const lines = cellLines(entries);
    expect(lines.at(-1)).toMatch(/^- en nog \d+ onderwerpen: zie de tabel Acties$/);
    const shown = lines.length - 1;
    expect(lines.at(-1)).toBe(`- en nog ${40 - shown} onderwerpen: zie de tabel Acties`);
    expect(lines.slice(0, -1).every((l) => !l.includes('…'))).toBe(true);
  });
});

describe('a full cell of the overview', () => {
  const entries = (n: number, label = (i: number) => `nr ${i}`) => Array.from({ length: n }, (_, i) => ({ actie: i, label: label(i) }));
  const breed = 17; // a meeting column's width in characters

  it('holds as many one-line entries as its lines, and counts the rest on the line each entry before kept free', () => {
    expect(cellLines(entries(MAX_LIJNEN))).toEqual(entries(MAX_LIJNEN).map((e) => `- ${e.label}`));
    const over = cellLines(entries(MAX_LIJNEN + 1));
    expect(over).toHaveLength(MAX_LIJNEN);
    expect(over.slice(-2)).toEqual([`- nr ${MAX_LIJNEN - 2}`, '- en nog 2 onderwerpen: zie de tabel Acties']);
  });

  it('counts a last entry too long for the lines left, in the singular', () => {
    const lang = entries(MAX_LIJNEN - 1).concat({ actie: 99, label: 'een onderwerp van meer dan een regel' });
    expect(cellLines(lang).slice(-2)).toEqual([`- nr ${MAX_LIJNEN - 2}`, '- en nog 1 onderwerp: zie de tabel Acties']);
  });

  it('shortens only a first entry longer than the cell, to as much as the cell holds', () => {
    const label = Array.from({ length: 300 }, (_, i) => `woord${i}`).join(' ');
    const [alleen, ...meer] = cellLines([{ actie: 0, label }]);
    // Nothing is left to count.
    expect(meer).toEqual([]);
    const fits = (text: string, lijnen: number) => regels(text, breed) <= lijnen;
    const kept = alleen!.slice(0, -1);
    expect([alleen!.endsWith('…'), fits(alleen!, MAX_LIJNEN), fits(`- ${label}`.slice(0, kept.length + 1) + '…', MAX_LIJNEN)]).toEqual([
      true,
      true,
      false,
    ]);
    const [eerste, telling] = cellLines([
      { actie: 0, label },
      { actie: 1, label: 'kort' },
    ]);
    expect([fits(eerste!, MAX_LIJNEN - 1), telling]).toEqual([true, '- en nog 1 onderwerp: zie de tabel Acties']);
  });

  it('names every meeting a moved action came from', () => {
    expect(cellLines([{ actie: 0, label: 'MMA', verplaatstVan: ['2021-02-11', '2021-04-15'] }])).toEqual(['- MMA (van 11-2, 15-4)']);
  });
});

describe('Ingevlogen', () => {
  it('reads a month name as the whole month and a date as that day', () => {
    expect(ingevlogenPeriode('Februari', 2021)).toEqual({ van: '2021-02-01', tot: '2021-02-28' });
    expect(ingevlogenPeriode('3 maart', 2021)).toEqual({ van: '2021-03-03', tot: '2021-03-03' });
    expect(ingevlogenPeriode('ergens dit jaar', 2021)).toBeUndefined();
  });
});

it('shows two acties with the same onderwerp, party and meeting as two lines, and counts both in either total', () => {
  const o = buildOverzicht(
    programma([
      [...SP, 'Casustafel Epe.', 'Casustafel', 'Politie', '11 februari', '', '', ''],
      [...SP, 'Casustafel Hattem.', 'Casustafel', 'Politie', '11 februari', '', '', ''],
    ]),
  );
  const politie = o.rijen.find((r) => r.partij === 'Politie')!;
  expect(cellLines(politie.cellen['2021-02-11']!)).toEqual(['- Casustafel', '- Casustafel']);
  expect([politie.totaal, o.totaalPerVergadering['2021-02-11']]).toEqual([2, 2]);
});
