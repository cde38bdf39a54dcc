import { readWerkboek } from '../../src/domain/read/werkboek';
import type { TableKind } from '../../src/domain/contract';
import type { WorkbookSnapshot } from '../../src/domain/schema/snapshot';
import { goodWorkbook, sheet, table, PARTIJEN, VERGADERINGEN, type TestCell } from '../helpers/snapshot';

/**
 * Where the reader finds each table, as a user lays out a workbook: Excel
 * tables, sheets named for their table, header rows on sheets of any name,
 * two tables on one sheet, and the legacy combined column however it is
 * written. And what it makes of the reference tables it finds.
 */
const read = (s: WorkbookSnapshot) => readWerkboek(s, '2021-01-01');
const where = (s: WorkbookSnapshot, kind: TableKind) => {
  const l = read(s).locations[kind];
  return l && [l.sheet, l.headerRow, l.foundBy];
};
const ZORG = ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen'];
const COMBINED = 'Wanneer af/terugkoppeling en wie is de trekker?';
const vergaderingen = (header: TestCell[]): TestCell[][] => [header, [{ date: '2021-02-11' }, { date: '2021-01-28' }, '']];

describe('the combined legacy column', () => {
  const acties = (header: string) => [
    ['Speerpunt', 'Subspeerpunt', 'Actie', header],
    [...ZORG, 'Wvggz', 'Hattem 11 februari'],
  ];

  it('is known by its two words however they are written, and only in Acties', () => {
    const wb = read(goodWorkbook({ Acties: acties('Wanneer terug? Wie is trekker?') }));
    expect(wb.locations.acties?.columns.gecombineerd?.header).toBe('Wanneer terug? Wie is trekker?');
    expect([wb.gecombineerd, wb.acties[0]!.datum?.datums.map((d) => d.iso)]).toEqual([true, ['2021-02-11']]);
    for (const header of ['Trekker (wie)', 'Wanneer klaar']) {
      expect(read(goodWorkbook({ Acties: acties(header) })).locations.acties?.columns).not.toHaveProperty('gecombineerd');
    }
    const onvoorzien = [
      ['Onvoorziene acties', 'Wanneer en wie is trekker'],
      ['Extra controle', 'Politie 11 februari'],
    ];
    expect(Object.keys(read(goodWorkbook({ Onvoorzien: onvoorzien })).locations.onvoorzien!.columns)).toEqual(['actie']);
  });

  it('is read while Trekker or Driehoek is missing beside it, and left alone when both are there', () => {
    const half = [
      ['Speerpunt', 'Subspeerpunt', 'Actie', 'Trekker', COMBINED],
      [...ZORG, 'Wvggz', 'Politie', 'Hattem 11 februari'],
    ];
    const wb = read(goodWorkbook({ Acties: half }));
    expect([wb.gecombineerd, wb.acties[0]!.datum?.datums.map((d) => d.iso)]).toEqual([true, ['2021-02-11']]);
    const both = [
      ['Speerpunt', 'Subspeerpunt', 'Actie', 'Trekker', 'Driehoek', COMBINED],
      [...ZORG, 'Wvggz', 'Politie', '15 april', 'Hattem 11 februari'],
    ];
    const heel = read(goodWorkbook({ Acties: both }));
    expect([heel.gecombineerd, heel.acties[0]!.datum?.datums.map((d) => d.iso)]).toEqual([false, ['2021-04-15']]);
  });
});

describe('a sheet named for its table', () => {
  it('is found whatever years its name and headers carry', () => {
    const rows = [
      ['Speerpunt', 'Subspeerpunt', 'Acties 2021/2022', 'Trekker', 'Driehoek 2021'],
      [...ZORG, 'Wvggz', 'Hattem', '11 februari'],
    ];
    const wb = read(goodWorkbook({ Acties: null, 'Programma 2021-2022': rows }));
    expect([wb.locations.acties?.sheet, wb.locations.acties?.foundBy]).toEqual(['Programma 2021-2022', 'blad']);
    expect(Object.keys(wb.locations.acties!.columns)).toEqual(['speerpunt', 'subspeerpunt', 'actie', 'trekker', 'driehoek']);
  });
});

describe('an Excel table', () => {
  it('reads its header inside its range only, each header trimmed', () => {
    const rows = [
      ['Opmerking', ' Speerpunt ', 'Subspeerpunt', 'Actie', 'Trekker', 'Driehoek', 'Status'],
      ['los', ...ZORG, 'Wvggz', 'Hattem', '11 februari', 'Gepland'],
    ];
    const loc = read({ ...goodWorkbook({ Acties: rows }), tables: [table('tblActies', 'Acties', 'B1:F2')] }).locations.acties!;
    expect([loc.foundBy, loc.firstCol, loc.lastCol, loc.columns.speerpunt?.header]).toEqual(['tabel', 2, 6, 'Speerpunt']);
    expect(Object.keys(loc.columns).sort()).toEqual(['actie', 'driehoek', 'speerpunt', 'subspeerpunt', 'trekker']);
  });

  it('without a header row is passed by: the sheet named for it is read instead', () => {
    const s = { ...goodWorkbook(), tables: [table('tblPartijen', 'Partijen', 'A2:C6', { headerRows: 0 })] };
    expect(where(s, 'partijen')).toEqual(['Partijen', 1, 'blad']);
  });
});

describe('a table found by its header row', () => {
  it('needs every required column, the combined one standing for Trekker and Driehoek only', () => {
    const blad = (header: string[]) => goodWorkbook({ Acties: null, Blad1: [header, [...ZORG, 'Wvggz', 'Hattem', '11 februari']] });
    expect(read(blad(['Speerpunt', 'Subspeerpunt', 'Trekker', 'Driehoek'])).locations.acties).toBeUndefined();
    expect(read(blad(['Speerpunt', 'Subspeerpunt', COMBINED])).locations.acties).toBeUndefined();
    expect(where(blad(['Speerpunt', 'Subspeerpunt', 'Actie', COMBINED]), 'acties')).toEqual(['Blad1', 1, 'kopregel']);
  });

  it('needs two columns it knows: "Datum" alone makes no list of dates a Vergaderingen table', () => {
    expect(read(goodWorkbook({ Vergaderingen: null, Blad1: vergaderingen(['Datum']) })).locations.vergaderingen).toBeUndefined();
    expect(where(goodWorkbook({ Vergaderingen: null, Blad1: vergaderingen(['Datum', 'WIV']) }), 'vergaderingen')).toEqual(['Blad1', 1, 'kopregel']);
  });

  it('is Onvoorzien only by its own words, not by the headers it shares with Acties', () => {
    const eigen = [
      ['Onvoorziene acties', 'Trekker', 'Driehoek'],
      ['Extra controle', 'Politie', '11 februari'],
    ];
    expect(where(goodWorkbook({ Blad2: eigen }), 'onvoorzien')).toEqual(['Blad2', 1, 'kopregel']);
    const ingevlogen = [
      ['Actie', 'Ingevlogen', 'Trekker'],
      ['Extra controle', 'maart', 'Politie'],
    ];
    expect(where(goodWorkbook({ Blad2: ingevlogen }), 'onvoorzien')).toEqual(['Blad2', 1, 'kopregel']);
    const gedeeld = [
      ['Actie', 'Trekker', 'Driehoek'],
      ['Extra controle', 'Politie', '11 februari'],
    ];
    expect(read(goodWorkbook({ Blad2: gedeeld })).locations.onvoorzien).toBeUndefined();
  });

  it('belongs to one table only', () => {
    // Acties on a sheet of another name, with Driehoek and Opmerking columns: the headers of Vergaderingen too.
    const acties = [
      ['Speerpunt', 'Subspeerpunt', 'Actie', 'Trekker', 'Driehoek', 'Opmerking'],
      [...ZORG, 'Wvggz', 'Hattem', '11 februari', ''],
    ];
    const wb = read(goodWorkbook({ Acties: null, Vergaderingen: null, Blad1: acties }));
    expect([wb.locations.acties?.sheet, wb.locations.vergaderingen]).toEqual(['Blad1', undefined]);
  });

  it('is the fullest of a sheet, the first of two as full', () => {
    const full = [['Driehoek', 'WIV'], ...vergaderingen(['Driehoek', 'WIV', 'Opmerking'])];
    expect(where(goodWorkbook({ Vergaderingen: null, Blad1: full }), 'vergaderingen')).toEqual(['Blad1', 2, 'kopregel']);
    const tie = [['Driehoek', 'WIV'], ...vergaderingen(['Driehoek', 'WIV'])];
    expect(where(goodWorkbook({ Vergaderingen: null, Blad1: tie }), 'vergaderingen')).toEqual(['Blad1', 1, 'kopregel']);
  });

  it('is the fullest among the sheets, on the first of two as full', () => {
    const [kort, vol] = [vergaderingen(['Driehoek', 'WIV']), vergaderingen(['Driehoek', 'WIV', 'Opmerking'])];
    expect(where(goodWorkbook({ Vergaderingen: null, Blad1: kort, Blad2: vol }), 'vergaderingen')).toEqual(['Blad2', 1, 'kopregel']);
    expect(where(goodWorkbook({ Vergaderingen: null, Blad1: kort, Blad2: kort }), 'vergaderingen')).toEqual(['Blad1', 1, 'kopregel']);
  });

  it('is never on a chart sheet or a sheet driehoek generates', () => {
    const s = goodWorkbook({ Partijen: null });
    const grafiek = { ...sheet('Partijen', PARTIJEN), kind: 'grafiekblad' as const };
    expect(read({ ...s, sheets: [...s.sheets, grafiek] }).locations.partijen).toBeUndefined();
    expect(read({ ...s, sheets: [...s.sheets, sheet('Driehoek-overzicht', PARTIJEN)] }).locations.partijen).toBeUndefined();
  });
});

describe('two tables on one sheet', () => {
  const gegevens = (rows: TestCell[][]) => read(goodWorkbook({ Vergaderingen: null, Partijen: null, Gegevens: rows }));

  it('ends the upper one where the lower header starts, also on the last row', () => {
    const wb = gegevens([...VERGADERINGEN, [], ...PARTIJEN]);
    expect([wb.locations.vergaderingen?.lastRow, wb.locations.partijen?.headerRow, wb.locations.partijen?.lastRow]).toEqual([8, 9, 14]);
    expect([wb.meetings.length, wb.partijen.length]).toEqual([6, 5]);
    expect(gegevens([...VERGADERINGEN, PARTIJEN[0]!]).locations.vergaderingen?.lastRow).toBe(7);
  });

  it('ends each where the next one down starts, with three on one sheet, and a header on another sheet cuts nothing', () => {
    const speerpunten = [
      ['Code', 'Naam'],
      ['1', 'Zorg & Veiligheid'],
    ];
    const wb = read(
      goodWorkbook({ Vergaderingen: null, Speerpunten: null, Partijen: null, Gegevens: [...VERGADERINGEN, ...speerpunten, ...PARTIJEN] }),
    );
    const { vergaderingen, speerpunten: sp, partijen } = wb.locations;
    expect([vergaderingen?.lastRow, sp?.headerRow, sp?.lastRow, partijen?.headerRow]).toEqual([7, 8, 9, 10]);
    // Partijen below two title rows on its own sheet: its header row 3 is no end to Vergaderingen.
    const apart = read(goodWorkbook({ Partijen: [['Partijen 2021'], [], ...PARTIJEN] }));
    expect([apart.locations.partijen?.headerRow, apart.locations.vergaderingen?.lastRow]).toEqual([3, 7]);
  });

  it('leaves an Excel table its own range, even with a header typed inside it', () => {
    const rows = [...VERGADERINGEN.slice(0, 4), PARTIJEN[0]!, ...VERGADERINGEN.slice(4)];
    const s = goodWorkbook({ Vergaderingen: null, Partijen: null, Gegevens: rows });
    const wb = read({ ...s, tables: [table('tblVergaderingen', 'Gegevens', 'A1:B8')] });
    expect([wb.locations.vergaderingen?.lastRow, wb.locations.partijen?.headerRow]).toEqual([8, 5]);
  });
});

describe('the reference tables as read', () => {
  it('know each meeting once, in date order, and a cell only as one date with its year and nothing else', () => {
    const v = [
      ['Driehoek', 'WIV'],
      [{ date: '2021-06-17' }, ''],
      [{ date: '2021-02-11' }, ''],
      [{ date: '2021-06-17' }, ''],
      ['4 november 2021 en 16 december 2021', ''],
      ['9 september', ''],
      ['14 oktober 2021 (onder voorbehoud)', ''],
    ];
    expect(read(goodWorkbook({ Vergaderingen: v })).meetings).toEqual(['2021-02-11', '2021-06-17']);
  });

  it('take the programme year from the year most meetings fall in, also when it is the later one', () => {
    const v = [['Driehoek'], [{ date: '2021-12-16' }], [{ date: '2022-02-10' }], [{ date: '2022-04-14' }]];
    expect(read(goodWorkbook({ Vergaderingen: v })).jaar).toBe(2022);
  });

  it('split aliases at semicolons and line breaks, each trimmed', () => {
    const p = [
      ['Naam', 'Soort', 'Aliassen'],
      ['Epe', 'Gemeente', 'gemeente Epe;\nEpe-dorp\n  burgemeester Epe '],
    ];
    expect(read(goodWorkbook({ Partijen: p })).partijen[0]!.aliassenLijst).toEqual(['gemeente Epe', 'Epe-dorp', 'burgemeester Epe']);
    expect(read(goodWorkbook({ Partijen: PARTIJEN.map((r) => r.slice(0, 2)) })).partijen[1]!.aliassenLijst).toEqual([]);
  });

  it('keep a speerpunt code that is no number as it is written', () => {
    expect(read(goodWorkbook()).speerpunten.map((s) => s.codeText)).toEqual(['1', '1.1', '1.2', '2', '2.1', 'Diversen']);
  });

  it('know which sheets hold error values', () => {
    const p = [...PARTIJEN, ['Heerde', { error: '#N/A' }, '']];
    expect([...read(goodWorkbook({ Partijen: p })).foutBladen]).toEqual(['Partijen']);
  });
});
