import { a1 } from '../../src/domain/cells';
// What each rule tells the user beyond firing at the right cell (rules.test.ts):
// its sentence, the cell it names, what it leaves to another rule. Each case
// here was a mutant StrykerJS found alive in the rules (BENCHMARKS.md).
import { CONTRACT } from '../../src/domain/contract';
import { validate } from '../../src/domain/engine';
import { readWerkboek } from '../../src/domain/read/werkboek';
import { buildOverzicht } from '../../src/domain/overzicht/model';
import { cellLines } from '../../src/domain/overzicht/sheet';
import { fnv1a } from '../../src/domain/hash';
import type { Finding } from '../../src/domain/schema/finding';
import type { WorkbookSnapshot } from '../../src/domain/schema/snapshot';
import { defineRule } from '../../src/domain/rules/define';
import {
  ACTIES_HEADER,
  PARTIJEN,
  SPEERPUNTEN,
  VERGADERINGEN,
  actiesWith,
  sheet,
  goodWorkbook,
  withOverzicht,
  type TestCell,
} from '../helpers/snapshot';

const TODAY = '2021-01-01';

const of = (rule: string, snapshot: WorkbookSnapshot, today = TODAY): Finding[] =>
  validate(snapshot, { today }).findings.filter((f) => f.rule === rule);

/** The good programme with the first actie's text set, and one more actie. */
const withActies = (first: string, added: string) =>
  goodWorkbook({ Acties: [...actiesWith(1, 'Actie', first), ['', '', added, 'x', 'Hattem', '11 februari', 'Gepland']] });

describe('verplicht-leeg', () => {
  it('has a check of its own for each required column of Acties', () => {
    // checkActie checks these five by name: a sixth required column needs a check there too.
    const acties = CONTRACT.acties.columns as Record<string, { required?: boolean }>;
    expect(Object.keys(acties).filter((k) => acties[k]!.required)).toEqual(['speerpunt', 'subspeerpunt', 'actie', 'trekker', 'driehoek']);
  });

  it('names the empty column and its row, also outside Acties', () => {
    const actie = of('verplicht-leeg', goodWorkbook({ Acties: actiesWith(3, 'Actie', '') }));
    expect(actie.map((f) => [f.cell, f.message])).toEqual([['C4', 'Actie is leeg in rij 4. Vul een waarde in.']]);
    const soort = of('verplicht-leeg', goodWorkbook({ Partijen: [...PARTIJEN, ['Heerde', '', '']] }));
    expect(soort.map((f) => [f.sheet, f.cell, f.message])).toEqual([['Partijen', 'B7', 'Soort is leeg in rij 7. Vul een waarde in.']]);
    // Vergaderingen has a Driehoek column too: checked on its text, as in every table but Acties.
    const driehoek = of('verplicht-leeg', goodWorkbook({ Vergaderingen: [...VERGADERINGEN, ['', { date: '2021-12-02' }]] }));
    expect(driehoek.map((f) => [f.sheet, f.cell, f.message])).toEqual([['Vergaderingen', 'A8', 'Driehoek is leeg in rij 8. Vul een waarde in.']]);
  });

  it('asks for no sub-speerpunt where the Speerpunt column is missing', () => {
    const zonderSpeerpunt = actiesWith(0, 'Speerpunt', 'Opmerking').map((r, i) => (i ? r.map((c, j) => (j < 2 ? '' : c)) : r));
    expect(of('verplicht-leeg', goodWorkbook({ Acties: zonderSpeerpunt }))).toEqual([]);
  });

  it('leaves a missing column to kolom-ontbreekt: one finding, not an empty cell on every row', () => {
    const zonderNaam = goodWorkbook({ Partijen: PARTIJEN.map((r) => r.slice(1)) });
    expect(of('verplicht-leeg', zonderNaam)).toEqual([]);
    expect(of('kolom-ontbreekt', zonderNaam).map((f) => [f.sheet, f.column])).toEqual([['Partijen', 'Naam']]);
  });

  it('asks for a sub-speerpunt only where the speerpunt has them and none is inherited from above', () => {
    const f = of('verplicht-leeg', goodWorkbook({ Acties: actiesWith(4, 'Subspeerpunt', '') }));
    expect(f.map((x) => [x.cell, x.message])).toEqual([['B5', 'Subspeerpunt is leeg in rij 5. Vul een waarde in.']]);
    // The row below a merged one inherits its sub-speerpunt; Diversen has none to ask for.
    expect(of('verplicht-leeg', goodWorkbook())).toEqual([]);
  });

  it('lets the first row inherit nothing: not the header above it', () => {
    const blank = [ACTIES_HEADER, ['', '', 'Wvggz', 'Wvggz', 'Hattem', '11 februari']];
    const all = validate(goodWorkbook({ Acties: blank }), { today: TODAY }).findings.filter((f) => f.sheet === 'Acties' && /^[AB]2$/.test(f.cell));
    expect(all.map((f) => [f.rule, f.cell, f.message])).toEqual([['verplicht-leeg', 'A2', 'Speerpunt is leeg in rij 2. Vul een waarde in.']]);
    const eerste = readWerkboek(goodWorkbook({ Acties: blank }), TODAY).acties[0]!;
    expect([eerste.speerpunt?.text, eerste.subspeerpunt?.text]).toEqual(['', '']);
    // A new speerpunt without a sub-speerpunt leaves its merged rows below without one too.
    const geenSub = goodWorkbook({
      Acties: [ACTIES_HEADER, ['1. Zorg & Veiligheid', '', 'Wvggz', 'Wvggz', 'Hattem', '11 februari'], ['', '', 'Jeugd', 'Jeugd', 'Epe', '15 april']],
    });
    const rows = validate(geenSub, { today: TODAY }).findings.filter((f) => f.sheet === 'Acties' && f.cell.startsWith('B'));
    expect(rows.map((f) => [f.rule, f.cell])).toEqual([
      ['verplicht-leeg', 'B2'],
      ['verplicht-leeg', 'B3'],
    ]);
  });

  it('lets the rows below an error value in Subspeerpunt inherit the sub-speerpunt above it, not the error', () => {
    const acties = [
      ACTIES_HEADER,
      ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen', 'Wvggz', 'Wvggz', 'Hattem', '11 februari'],
      ['', { error: '#N/A' }, 'Jeugd', 'Jeugd', 'Epe', '15 april'],
      ['', '', 'Zorg', 'Zorg', 'Epe', '15 april'],
    ];
    expect(readWerkboek(goodWorkbook({ Acties: acties }), TODAY).acties.map((a) => a.subspeerpunt?.text)).toEqual([
      '1.1 Kwetsbare personen',
      '',
      '1.1 Kwetsbare personen',
    ]);
  });

  it('says a row has no trekker', () => {
    const f = of('verplicht-leeg', goodWorkbook({ Acties: actiesWith(2, 'Trekker', '') }));
    expect(f.map((x) => [x.cell, x.message])).toEqual([['E3', 'Rij 3 heeft geen trekker. Vul in welke partij de actie trekt.']]);
  });

  it('leaves a cell holding an error to cel-fout', () => {
    const partij = goodWorkbook({ Partijen: [...PARTIJEN, ['Heerde', { error: '#N/A' }, '']] });
    expect(of('verplicht-leeg', partij)).toEqual([]);
    expect(of('cel-fout', partij).map((f) => f.cell)).toEqual(['B7']);
    const trekker = goodWorkbook({ Acties: actiesWith(2, 'Trekker', { error: '#REF!' }) });
    expect(of('verplicht-leeg', trekker)).toEqual([]);
    expect(of('cel-fout', trekker).map((f) => f.cell)).toEqual(['E3']);
  });
});

describe('messages that list or count', () => {
  it('lists the kinds a party may have, the statuses and the columns of a missing table', () => {
    const soort = of('partij-soort-onbekend', goodWorkbook({ Partijen: [...PARTIJEN, ['Waterschap', 'Waterschap', '']] }));
    expect(soort[0]!.message).toBe('"Waterschap" is geen soort. Kies uit Gemeente, Politie, OM, Overig.');
    const status = of('status-onbekend', goodWorkbook({ Acties: actiesWith(1, 'Status', 'Bezig') }));
    expect(status[0]!.message).toBe('"Bezig" is geen status. Kies uit Gepland, Lopend, Afgerond, Uitgesteld, Vervallen.');
    const tabel = of('tabel-ontbreekt', goodWorkbook({ Partijen: null }));
    expect(tabel[0]!.message).toBe(
      'De tabel Partijen ontbreekt. Voeg een blad "Partijen" toe met de kolommen Naam, Soort, Aliassen, of gebruik "Sjabloon aanvullen".',
    );
  });

  it('gives the length of a long onderwerp as people count it', () => {
    const f = of('onderwerp-te-lang', goodWorkbook({ Acties: actiesWith(1, 'Onderwerp', `${'a'.repeat(60)}🚓`) }));
    expect(f[0]!.message).toBe('Het onderwerp is 61 tekens lang; houd het op hoogstens 60.');
  });

  it('names the last meeting that passed, whatever order the cell gives its dates in', () => {
    const f = of('achterstallig', goodWorkbook({ Acties: actiesWith(3, 'Driehoek', '16 december en 11 februari') }), '2021-12-31');
    expect(f.filter((x) => x.cell === 'G4').map((x) => x.message)).toEqual([
      'De Driehoek van 16-12-2021 is voorbij en de status is "Gepland". Zet de status op Afgerond, Uitgesteld of Vervallen, of plan de actie opnieuw.',
    ]);
  });
});

describe('findings about a table, not a cell', () => {
  it('name no column when a table is missing or empty', () => {
    expect(of('tabel-ontbreekt', goodWorkbook({ Partijen: null }))[0]!.column).toBe('');
    expect(of('tabel-leeg', goodWorkbook({ Partijen: [PARTIJEN[0]!] }))[0]!.column).toBe('');
  });

  it('asks once for a missing Onderwerp column, beside the header, and not on every row', () => {
    const zonder = [
      ACTIES_HEADER.filter((h) => h !== 'Onderwerp'),
      ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen', 'Wvggz', 'Hattem', '11 februari', 'Gepland'],
    ];
    const f = of('onderwerp-ontbreekt', goodWorkbook({ Acties: zonder }));
    expect(f.map((x) => [x.cell, x.column])).toEqual([['G1', 'Onderwerp']]);
    expect(f[0]!.message).toContain('geen kolom Onderwerp');
  });
});

describe('status-onbekend', () => {
  const suggestion = (status: string) => of('status-onbekend', goodWorkbook({ Acties: actiesWith(1, 'Status', status) }))[0]!.suggestion;

  it('suggests the status two letters away at most, as a click', () => {
    expect(suggestion('Afgrond')).toBe('Afgerond');
    expect(suggestion('Afgrnd')).toBe('Afgerond');
    expect(suggestion('Afgnd')).toBeUndefined();
    expect(suggestion('Bezig')).toBeUndefined();
    const f = of('status-onbekend', goodWorkbook({ Acties: actiesWith(1, 'Status', 'Afgrond') }))[0]!;
    expect(f.fix).toBeUndefined();
    expect(f.voorstellen?.[0]?.fix).toMatchObject({ cell: 'G2', expect: 'Afgrond' });
  });
});

describe('datum-onleesbaar in Vergaderingen', () => {
  it('asks for an Excel date where a meeting is text without a year, in either column, and leaves an error to cel-fout', () => {
    const vergaderingen: TestCell[][] = [
      ['Driehoek', 'WIV'],
      ['11 februari', { date: '2021-01-28' }],
      [{ date: '2021-04-15' }, 'begin april'],
      [{ date: '2021-06-17' }, { error: '#N/A' }],
      [{ error: '#REF!' }, { date: '2021-08-26' }],
    ];
    const f = of('datum-onleesbaar', goodWorkbook({ Vergaderingen: vergaderingen }));
    expect(f.map((x) => [x.sheet, x.cell, x.message])).toEqual([
      ['Vergaderingen', 'A2', '"11 februari" is geen datum met jaartal. Vul een Excel-datum in, bijv. 11-2-2021.'],
      ['Vergaderingen', 'B3', '"begin april" is geen datum met jaartal. Vul een Excel-datum in, bijv. 11-2-2021.'],
    ]);
  });

  it('takes a meeting written as text with its year, in any of the ways a date is written', () => {
    const vergaderingen: TestCell[][] = [
      ['Driehoek', 'WIV'],
      ['2021-02-11', '28-1-2021'],
      ['15 april 2021', '1/4/2021'],
    ];
    expect(readWerkboek(goodWorkbook({ Vergaderingen: vergaderingen }), TODAY).meetings).toEqual(['2021-02-11', '2021-04-15']);
    expect(of('datum-onleesbaar', goodWorkbook({ Vergaderingen: vergaderingen }))).toEqual([]);
  });
});

describe('instelling-onbekend', () => {
  it('says a severity is unknown and which ones there are', () => {
    const f = of(
      'instelling-onbekend',
      goodWorkbook({
        Instellingen: [
          ['Regel', 'Ernst'],
          ['trekker-onbekend', 'hoog'],
        ],
      }),
    );
    expect(f.map((x) => [x.cell, x.message])).toEqual([['B2', '"hoog" is geen ernst. Kies uit uit, info, waarschuwing of fout.']]);
  });
});

describe('actie-dubbel', () => {
  it('does not take two texts for the same action because their hashes meet', () => {
    // Two texts of the same 32-bit FNV-1a hash: the rule compares the texts before it reports.
    expect(fnv1a('uvthlwb')).toBe(fnv1a('gmgxjbk'));
    expect(of('actie-dubbel', withActies('Wvggz monitoren', 'uvthlwb'))).toEqual([]);
    expect(of('actie-dubbel', withActies('uvthlwb', 'gmgxjbk'))).toEqual([]);
    expect(of('actie-dubbel', withActies('uvthlwb', 'Uvthlwb.')).map((f) => f.message)).toEqual([
      'Deze actie staat ook in C2. Verwijder een van beide of maak het verschil duidelijk.',
    ]);
  });

  it.each([':;<=>?@', '[\\]^_`', '{|}~'])('finds a copy that differs only by the punctuation %s', (marks) => {
    expect(of('actie-dubbel', withActies('Wvggz 2021 monitoren', `Wvggz ${marks}2021${marks} monitoren`)).map((f) => f.cell)).toEqual(['C7']);
  });
});

describe('subspeerpunt-verkeerde-speerpunt', () => {
  it('checks a sub-speerpunt of its own under an inherited speerpunt', () => {
    const f = of('subspeerpunt-verkeerde-speerpunt', goodWorkbook({ Acties: actiesWith(3, 'Subspeerpunt', '2.1 Georganiseerde criminaliteit') }));
    expect(f.map((x) => x.cell)).toEqual(['B4']);
  });

  it('names the code of the speerpunt a sub-speerpunt belongs to when that speerpunt is not listed', () => {
    const speerpunten = [...SPEERPUNTEN, ['3.1', 'High Impact Crime']];
    const f = of('subspeerpunt-verkeerde-speerpunt', goodWorkbook({ Speerpunten: speerpunten, Acties: actiesWith(1, 'Subspeerpunt', '3.1') }));
    expect(f.map((x) => x.message)).toEqual([
      '3.1 High Impact Crime hoort bij speerpunt 3, niet bij 1 Zorg & Veiligheid. Pas het speerpunt of het sub-speerpunt aan.',
    ]);
  });
});

describe('kolom-gecombineerd', () => {
  const split = (cell: string) => {
    const acties = [
      ['Speerpunt', 'Sub speerpunt', 'Acties 2021', 'Onderwerp', 'Wanneer af/terugkoppeling en wie is de trekker?'],
      ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen', 'Wvggz', 'Wvggz', cell],
    ];
    const fix = of('kolom-gecombineerd', goodWorkbook({ Acties: acties }))[0]!.fix;
    return fix?.type === 'fillEmpty' ? fix.rows[1] : undefined;
  };

  it('writes what it read of each cell: several dates, "doorlopend", or nothing', () => {
    expect(split('Hattem 11 februari en 15 april')).toEqual([
      { kind: 'text', text: 'Hattem' },
      { kind: 'text', text: '11-2-2021 en 15-4-2021' },
    ]);
    expect(split('Hattem 11 februari en doorlopend')).toEqual([
      { kind: 'text', text: 'Hattem' },
      { kind: 'text', text: '11-2-2021; doorlopend' },
    ]);
    expect(split('Hattem')).toEqual([
      { kind: 'text', text: 'Hattem' },
      { kind: 'text', text: '' },
    ]);
    expect(split('')).toEqual([
      { kind: 'text', text: '' },
      { kind: 'text', text: '' },
    ]);
  });

  it('spells a party’s own name as Partijen does, and leaves a role as written', () => {
    expect(split('hattem 11 februari')![0]).toEqual({ kind: 'text', text: 'Hattem' });
    expect(split('voorzitter WIV 11 februari')![0]).toEqual({ kind: 'text', text: 'voorzitter WIV' });
  });

  it('fills a rectangle beside the table: a blank row inside it gets two empty cells', () => {
    const header = ['Speerpunt', 'Sub speerpunt', 'Acties 2021', 'Onderwerp', 'Wanneer af/terugkoppeling en wie is de trekker?'];
    const row = ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen', 'Wvggz', 'Wvggz', 'Hattem 11 februari'];
    const fix = of('kolom-gecombineerd', goodWorkbook({ Acties: [header, row, ['', '', '', '', ''], row] }))[0]!.fix;
    expect(fix?.type === 'fillEmpty' && fix.rows.map((r) => r.map((c) => (c.kind === 'text' ? c.text : c.kind)))).toEqual([
      ['Trekker', 'Driehoek'],
      ['Hattem', 'date'],
      ['', ''],
      ['Hattem', 'date'],
    ]);
  });
});

describe('onderwerp-ontbreekt', () => {
  it('quotes the label the overview shows for the row: the whole first sentence of the actie', () => {
    const actie = 'Wvggz monitoren in alle zes gemeenten, met de politie en een evaluatie per kwartaal. Daarna rapporteren.';
    const wb = goodWorkbook({ Acties: actiesWith(1, 'Actie', actie).map((r, i) => (i === 1 ? r.map((c, j) => (j === 3 ? '' : c)) : r)) });
    const label = 'Wvggz monitoren in alle zes gemeenten, met de politie en een evaluatie per kwartaal.';
    expect(of('onderwerp-ontbreekt', wb).map((f) => f.message)).toEqual([
      `Rij 2 heeft geen onderwerp; het overzicht toont "${label}". Vul een korte naam in.`,
    ]);
    const cell = buildOverzicht(readWerkboek(wb, TODAY)).rijen.find((r) => r.partij === 'Hattem')!.cellen['2021-02-11']!;
    expect(cellLines(cell)).toEqual([`- ${label} ✓`]);
  });
});

describe('datum-geen-driehoek', () => {
  it('names the text and the date it read, and a date once where the text is that date', () => {
    const message = (driehoek: TestCell) =>
      of('datum-geen-driehoek', goodWorkbook({ Acties: actiesWith(1, 'Driehoek', driehoek) })).map((f) => f.message);
    expect(message('18 februari')).toEqual(['"18 februari" (18-2-2021) is geen Driehoek-vergadering. De dichtstbijzijnde Driehoek is op 11-2-2021.']);
    expect(message('18-2-2021')).toEqual(['18-2-2021 is geen Driehoek-vergadering. De dichtstbijzijnde Driehoek is op 11-2-2021.']);
    expect(message({ date: '2021-02-18' })).toEqual(['18-2-2021 is geen Driehoek-vergadering. De dichtstbijzijnde Driehoek is op 11-2-2021.']);
  });
});

describe('speerpunt-dubbel', () => {
  it('takes two rows without a code for no double code: verplicht-leeg asks for their codes', () => {
    expect(of('speerpunt-dubbel', goodWorkbook({ Speerpunten: [...SPEERPUNTEN, ['', 'Overig'], ['', 'Evaluatie']] }))).toEqual([]);
    expect(of('speerpunt-dubbel', goodWorkbook({ Speerpunten: [...SPEERPUNTEN, ['2.1', 'Evaluatie']] })).map((f) => f.cell)).toEqual(['A8']);
  });
});

describe('kolom-ontbreekt', () => {
  const missing = (acties: TestCell[][]) => of('kolom-ontbreekt', goodWorkbook({ Acties: acties })).map((f) => [f.cell, f.column]);

  it('names a missing Trekker or Driehoek column, but not beside a combined column that holds both', () => {
    expect(missing(actiesWith(0, 'Driehoek', 'Opmerking'))).toEqual([['H1', 'Driehoek']]);
    const combined = [
      ['Speerpunt', 'Sub speerpunt', 'Onderwerp', 'Wanneer af/terugkoppeling en wie is de trekker?'],
      ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen', 'Wvggz', 'Hattem 11 februari'],
    ];
    expect(missing(combined)).toEqual([['E1', 'Actie']]);
  });
});

describe('overzicht-verouderd on an overview kept by hand', () => {
  const verschillen = (edit: (cells: TestCell[][]) => void) => of('overzicht-verouderd', withOverzicht(edit)).map((f) => [f.cell, f.message]);

  it('says so when the sheet has no row of meeting dates', () => {
    expect(verschillen((cells) => cells.splice(0, cells.length, ['Overzicht volgt']))).toEqual([
      ['A1', 'Het Driehoek-overzicht klopt niet met de acties (verschillen: 1). Maak het overzicht opnieuw.'],
      ['A1', 'Verschil: er staat geen kopregel met vergaderdatums in.'],
    ]);
  });

  it('reads totals typed as text, and skips a column or a row that is no meeting and no party', () => {
    const same = verschillen((cells) => {
      const totaalRij = cells.findIndex((r) => r[0] === 'Totaal per Driehoek');
      for (const r of cells.slice(3, totaalRij + 1)) r.push(r === cells[3] ? 'Subtotaal gemeenten' : 99);
      cells[totaalRij]![2] = String(cells[totaalRij]![2]);
      cells[4]![7] = `${String(cells[4]![7])} `;
      cells.splice(totaalRij, 0, ['Subtotaal gemeenten', 9, 9, 9, 9, 9, 9, 9]);
      cells.push(['Totaal vorig jaar', 7, 7, 7, 7, 7, 7, 7]);
    });
    expect(same).toEqual([]);
  });

  it('reads onderwerpen after a dash with or without a space, and names each one too many', () => {
    const f = verschillen((cells) => {
      const hattem = cells.findIndex((r) => r[0] === 'Hattem');
      cells[hattem]![1] = `-${String(cells[hattem]![1]).slice(2)} -Extra \n-Overleg - Casus\n--Dubbel`;
    });
    expect(f.slice(1)).toEqual(
      ['Extra', 'Overleg', 'Casus', 'Dubbel'].map((onderwerp) => ['B7', `Verschil: Hattem, 11-2-2021: "${onderwerp}" hoort er niet in.`]),
    );
  });

  it('takes a total with a fraction for a wrong total', () => {
    let cell = '';
    const f = verschillen((cells) => {
      const hattem = cells.findIndex((r) => r[0] === 'Hattem');
      const row = cells[hattem]!;
      row[row.length - 1] = Number(row.at(-1)) + 0.5;
      cell = a1(hattem + 1, row.length);
    });
    expect(f.slice(1).map(([c]) => c)).toEqual([cell]);
  });
});

describe('overzicht-verouderd', () => {
  it('reports each difference once, with the row that cannot be placed where that row explains it, and names no column', () => {
    const made = withOverzicht();
    const stale = { ...made, sheets: made.sheets.map((s) => (s.name === 'Acties' ? sheet('Acties', actiesWith(2, 'Driehoek', '')) : s)) };
    const f = of('overzicht-verouderd', stale);
    const unplaced = (partij: string) =>
      `Verschil: ${partij}, 15-4-2021: "Huiselijk geweld" staat er, maar de actie in Acties!C3 kan niet geplaatst worden (geen datum). Herstel eerst die rij.`;
    expect(f.map((x) => [x.cell, x.column, x.message])).toEqual([
      [
        'A1',
        '',
        'Het Driehoek-overzicht klopt niet met de acties (verschillen: 5), maar er zijn acties die nog niet geplaatst kunnen worden (1). Herstel eerst hun datum of trekker; maak daarna het overzicht opnieuw.',
      ],
      ['C5', '', unplaced('Elburg')],
      ['H5', '', 'Verschil: Totaal per partij Elburg is 2, moet 1 zijn.'],
      ['C8', '', unplaced('Politie')],
      ['H8', '', 'Verschil: Totaal per partij Politie is 1, moet 0 zijn.'],
      ['C10', '', 'Verschil: Totaal per Driehoek 15-4-2021 is 1, moet 0 zijn.'],
    ]);
  });

  it('names a meeting column that is missing and one that is no meeting', () => {
    const f = of(
      'overzicht-verouderd',
      // The header of the second meeting's column (row 4) names a date that is no meeting.
      withOverzicht((cells) => (cells[3]![2] = '22-4-2021 (1-4)')),
    );
    expect(f.map((x) => [x.cell, x.message])).toEqual(
      expect.arrayContaining([
        ['C4', 'Verschil: de kolom 22-4-2021 is geen vergadering (meer).'],
        ['A4', 'Verschil: de kolom voor 15-4-2021 ontbreekt.'],
      ]),
    );
  });
});

describe('a code with a name beside it', () => {
  const onbekend = (sub: string) => of('subspeerpunt-onbekend', goodWorkbook({ Acties: actiesWith(4, 'Subspeerpunt', sub) }));

  it('takes typing slips in the name up to a quarter of the longer name, and at least two', () => {
    // "georganiseerde criminaliteit" has 28 letters and spaces: up to 7 slips.
    expect(onbekend('2.1 Georgniseerde crimnalitet')).toEqual([]); // 3 slips
    expect(onbekend('2.1 Georgniserd crimnlitet')).toEqual([]); // 6 slips, in a name of 22
    expect(onbekend('2.1 Georgnserd crimnlitet')).toEqual([]); // 7 slips: just the same name
    expect(onbekend('2.1 Gorgnserd crimnlitet').map((f) => f.cell)).toEqual(['B5']); // 8: another name
  });

  it('says nothing while Speerpunten has no rows: the empty table is the finding', () => {
    const leeg = goodWorkbook({ Speerpunten: [['Code', 'Naam']], Acties: actiesWith(4, 'Subspeerpunt', '9.9 Nergens') });
    expect(of('subspeerpunt-onbekend', leeg)).toEqual([]);
  });
});

describe('speerpunten as staff write them', () => {
  /** What the speerpunt rules say about row 2 (the first action) with the given Speerpunten and Acties cells. */
  const said = (speerpunten: TestCell[][], column: string, value: string, sub?: string) => {
    const acties = actiesWith(1, column, value).map((r, i) => (i === 1 && sub !== undefined ? r.map((c, j) => (j === 1 ? sub : c)) : r));
    return validate(goodWorkbook({ Speerpunten: speerpunten, Acties: acties }), { today: TODAY })
      .findings.filter((f) => /speerpunt/.test(f.rule) && /^[AB]2$/.test(f.cell))
      .map((f) => [f.rule, f.message, f.voorstellen?.map((v) => v.label)]);
  };

  it('reads codes of two digits, and a name beside them that is another code’s', () => {
    expect(said([...SPEERPUNTEN, ['10', 'Overig']], 'Speerpunt', '10 Criminaliteit')).toEqual([
      ['speerpunt-onbekend', '"10 Criminaliteit": in Speerpunten heet 10 "Overig". Pas de code of de naam aan.', ['10 Overig']],
    ]);
    expect(said([...SPEERPUNTEN, ['1.10', 'Jeugdcriminaliteit']], 'Subspeerpunt', '1.10 Kwetsbare personen')).toEqual([
      [
        'subspeerpunt-onbekend',
        '"1.10 Kwetsbare personen": in Speerpunten heet 1.10 "Jeugdcriminaliteit". Pas de code of de naam aan.',
        ['1.10 Jeugdcriminaliteit'],
      ],
    ]);
  });

  it('finds a speerpunt and its sub-speerpunt of the same name each in its own column', () => {
    expect(said([...SPEERPUNTEN, ['3', 'Ondermijning'], ['3.1', 'Ondermijning']], 'Speerpunt', 'Ondermijning', 'Ondermijning')).toEqual([]);
  });

  it('takes no sub-speerpunt for a speerpunt, nor suggests one', () => {
    const unknown = (text: string) => [
      ['speerpunt-onbekend', `"${text}" staat niet in Speerpunten. Kies een speerpunt uit die tabel of voeg het daar toe.`, undefined],
    ];
    expect(said(SPEERPUNTEN, 'Speerpunt', '1.1 Kwetsbare personen')).toEqual(unknown('1.1 Kwetsbare personen'));
    expect(said(SPEERPUNTEN, 'Speerpunt', 'Kwetsbare persone')).toEqual(unknown('Kwetsbare persone'));
  });

  it('suggests the first in Speerpunten of two names as near', () => {
    // "Duur" is one letter from both.
    expect(said([...SPEERPUNTEN, ['3', 'Vuur'], ['4', 'Buur']], 'Speerpunt', 'Duur')[0]![2]).toEqual(['3 Vuur']);
    expect(said([...SPEERPUNTEN, ['3', 'Buur'], ['4', 'Vuur']], 'Speerpunt', 'Duur')[0]![2]).toEqual(['3 Buur']);
  });

  it('suggests the nearest name up to a third of the text apart, and nothing farther', () => {
    // "zorg en veiligheid in wijk" has 26 letters and spaces: 8 more than the name, as far as a suggestion goes.
    expect(said(SPEERPUNTEN, 'Speerpunt', 'Zorg en Veiligheid in wijk')[0]![2]).toEqual(['1 Zorg & Veiligheid']);
    expect(said(SPEERPUNTEN, 'Speerpunt', 'Zorg en Veiligheid in de wijk')[0]![2]).toBeUndefined();
  });

  it('reads codes Excel stores as numbers as the codes they show', () => {
    const numbers = SPEERPUNTEN.map((r, i) => (i && /^[\d.]+$/.test(String(r[0])) ? [Number(r[0]), r[1]!] : r));
    expect(numbers[2]).toEqual([1.1, 'Kwetsbare personen']);
    expect(validate(goodWorkbook({ Speerpunten: numbers }), { today: TODAY }).findings.filter((f) => /speerpunt/.test(f.rule))).toEqual([]);
  });

  it('says a speerpunt without sub-speerpunten, by its name, has none to fill in', () => {
    expect(said([...SPEERPUNTEN, ['9', 'Overig']], 'Speerpunt', '9 Overig', 'Evaluatie')).toEqual([
      [
        'subspeerpunt-onbekend',
        'Overig heeft geen sub-speerpunten, maar hier staat "Evaluatie". Maak de cel leeg of kies een ander speerpunt.',
        undefined,
      ],
    ]);
  });

  it('takes a text without letters or digits for no speerpunt, not even for one without a name', () => {
    expect(said([...SPEERPUNTEN, ['3', '']], 'Speerpunt', '-').map(([rule, message]) => [rule, message])).toEqual([
      ['speerpunt-onbekend', '"-" staat niet in Speerpunten. Kies een speerpunt uit die tabel of voeg het daar toe.'],
    ]);
  });

  it('names a speerpunt without a numeric code by its name, and one without a name by its code alone', () => {
    expect(said([...SPEERPUNTEN, ['', 'Overig']], 'Speerpunt', 'Overige')[0]![2]).toEqual(['Overig']);
    expect(said([...SPEERPUNTEN, ['Thema 3', 'Cybercrime']], 'Speerpunt', 'Cybercrim')[0]![2]).toEqual(['Cybercrime']);
    expect(said([...SPEERPUNTEN, ['3', ''], ['3.1', 'Cyber']], 'Subspeerpunt', '3.1 Cyber')).toEqual([
      [
        'subspeerpunt-verkeerde-speerpunt',
        '3.1 Cyber hoort bij speerpunt 3, niet bij 1 Zorg & Veiligheid. Pas het speerpunt of het sub-speerpunt aan.',
        undefined,
      ],
    ]);
  });
});

describe('the engine', () => {
  const sneaky = defineRule({
    meta: {
      id: 'stiekem',
      severity: 'error',
      title: { nl: 'x', en: 'x' },
      description: { nl: 'x', en: 'x' },
      example: { nl: 'x', en: 'x' },
      messages: { m: { nl: 'x', en: 'x' } },
    },
    create(ctx) {
      const at = { sheet: 'Acties', cell: 'A1', column: '' };
      const fix = { type: 'replaceText' as const, sheet: 'Acties', cell: 'A1', expect: '', find: '', replace: 'y' };
      ctx.report({ messageId: 'm', data: {}, at, ...(ctx.wb.jaar === 2021 ? { fix } : { suggest: [{ label: 'y', fix }] }) });
    },
  });

  /** validate() with only the given rule in the catalogue. */
  let validateWith: (wb: WorkbookSnapshot) => () => unknown;
  // Loaded before the tests, not in one: StrykerJS would count the modules' own constants as covered by that test alone.
  beforeAll(async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock('../../src/domain/rules/index', () => ({ RULES: [sneaky], RULE_IDS: ['stiekem'] }));
      const engine = await import('../../src/domain/engine');
      validateWith = (wb) => () => engine.validate(wb, { today: TODAY });
    });
  });

  it('refuses a rule that offers a fix or a suggestion its meta does not declare, as ESLint does', () => {
    expect(validateWith(goodWorkbook())).toThrow('stiekem gaf een herstelactie zonder fixable in zijn meta');
    const volgendJaar = goodWorkbook({
      Vergaderingen: [
        ['Driehoek', 'WIV'],
        [{ date: '2022-02-10' }, { date: '2022-01-27' }],
      ],
    });
    expect(validateWith(volgendJaar)).toThrow('stiekem gaf voorstellen zonder hasSuggestions in zijn meta');
  });
});
