// The core's small helpers at their edges, as a user meets them: the dates
// Excel can hold, formats that look like dates but are not, a sheet in
// several blocks, a fingerprint of an empty sheet, an Onvoorzien month.
// Each case is code no other suite reached (coverage of the mutation run).
import { gridWidth, isDateFormat, isoToDayMonth, parseA1, parseRange, serialToIso } from '../../src/domain/cells';
import { ingevlogenPeriode } from '../../src/domain/documenten/planning';
import { UnusableWorkbookError } from '../../src/domain/errors';
import { fillRange, weigeringTekst } from '../../src/domain/fixes/describe';
import { contentArea, fingerprint, parseFingerprint, unchangedSince, unionArea } from '../../src/domain/overzicht/fingerprint';
import type { WorkbookPort } from '../../src/domain/port';
import { Grid } from '../../src/domain/read/grid';
import { parseSnapshot, sheetOf, type SheetSnapshot } from '../../src/domain/schema/snapshot';
import { keuzelijstenInstellen } from '../../src/domain/usecases/keuzelijsten';
import { valideer } from '../../src/domain/usecases/valideer';
import { PARTIJEN, SPEERPUNTEN, actiesWith, goodWorkbook } from '../helpers/snapshot';
import { keuzelijsten } from '../../src/domain/keuzelijsten';
import { eersteZin, nearestMeeting } from '../../src/domain/vocabulary';
import { readWerkboek } from '../../src/domain/read/werkboek';
import { validate } from '../../src/domain/engine';
import { zekereFixes } from '../../src/domain/fixes/zeker';
import { headerKey, nameKey } from '../../src/domain/normalize';
import { parseDatumCell } from '../../src/domain/parse/datum';
import { findingJson, type Finding } from '../../src/domain/schema/finding';

describe('cell addresses and Excel dates', () => {
  it('refuses an address that is no cell, naming it', () => {
    expect(() => parseA1('Totaal')).toThrow('Geen celadres: Totaal');
    expect(() => parseRange('Acties!A1:ABCD2')).toThrow('Geen celadres: ABCD2');
    expect(parseA1(' $B$12 ')).toEqual({ row: 12, col: 2 });
  });

  it('reads serials from the first day Excel counts to 31 December 9999, and nothing outside', () => {
    expect(serialToIso(2_958_465)).toBe('9999-12-31');
    expect(serialToIso(44_238)).toBe('2021-02-11');
    expect(serialToIso(44_238.75)).toBe('2021-02-11');
    for (const outside of [0, 0.5, -1, 2_958_466, Number.NaN, Number.POSITIVE_INFINITY]) expect(serialToIso(outside)).toBeUndefined();
    expect([serialToIso(1, true), serialToIso(1)]).toEqual(['1904-01-02', '1899-12-31']);
  });

  it('tells a date format from one that only quotes, brackets or escapes d, m or y', () => {
    for (const date of ['d-m-yyyy', 'mmmm', 'DD/MM/YY', '[$-413]d mmmm yyyy', 'yyyy']) expect(isDateFormat(date)).toBe(true);
    for (const other of ['General', '@', '', '0.00', 'h:mm', 'mm:ss', '"dag "0', '[Red]0', '\\d0', '#,##0 "m"'])
      expect(isDateFormat(other)).toBe(false);
  });

  it('writes the WIV date as day-month and measures the widest row', () => {
    expect(isoToDayMonth('2021-01-28')).toBe('28-1');
    expect(gridWidth([[1], [1, 2, 3], []])).toBe(3);
    expect(gridWidth([], 2)).toBe(2);
    expect(gridWidth([[1]], 4)).toBe(4);
  });
});

describe('text as a person compares it', () => {
  it('reads a header without accents, invisible characters or punctuation', () => {
    expect(headerKey('Sub-speerpúnt\u200b')).toBe('subspeerpunt');
  });

  it('reads a name without the marks around it', () => {
    expect(['Hattem.', ' Hattem ', '(Hattem)'].map(nameKey)).toEqual(['hattem', 'hattem', 'hattem']);
  });

  it('writes a date of a year before 1000 with four digits, as ISO 8601 does', () => {
    expect(parseDatumCell('0999-05-01', 2021).datums.map((d) => d.iso)).toEqual(['0999-05-01']);
  });

  it('gives a finding’s suggestion in its JSON only when it has one', () => {
    const f = { rule: 'trekker-onbekend', severity: 'error', sheet: 'Acties', cell: 'E2', column: 'Trekker', message: 'x' } as Finding;
    expect(findingJson({ ...f, suggestion: 'Hattem' }).suggestion).toBe('Hattem');
    expect('suggestion' in findingJson(f)).toBe(false);
  });
});

describe('a sheet in several blocks', () => {
  // Two blocks far apart, as the readers deliver a sheet with a stray cell: B2:C3 and F10.
  const sheet: SheetSnapshot = {
    ...sheetOf('Los', [[]]),
    blocks: [
      {
        top: 2,
        left: 2,
        values: [
          ['a', 'b'],
          ['c', 'd'],
        ],
        numberFormats: [
          ['General', '@'],
          ['General', 'General'],
        ],
      },
      { top: 10, left: 6, values: [[44_238]], numberFormats: [['d-m-yyyy']] },
    ],
  };
  const grid = new Grid(sheet);

  it('reads values and formats from the block that holds them, empty and General elsewhere', () => {
    expect([grid.value(2, 3), grid.format(2, 3), grid.value(10, 6), grid.format(10, 6)]).toEqual(['b', '@', 44_238, 'd-m-yyyy']);
    expect([grid.value(2, 6), grid.format(2, 6), grid.value(5, 2), grid.format(5, 2)]).toEqual(['', 'General', '', 'General']);
    expect([grid.top, grid.left, grid.lastRow, grid.lastCol]).toEqual([2, 2, 10, 6]);
  });

  it('covers both blocks in its content area', () => {
    expect(contentArea(sheet)).toBe('A1:F10');
  });

  it('reads a generated sheet back unchanged when it comes back in two blocks', () => {
    // The file reader splits a sheet at 32 columns; a fingerprint is of the cells, not of the blocks.
    const cells = [
      ['Overzicht', 'Elburg', 3],
      ['Totaal', '', 7],
    ];
    const stored = fingerprint(cells);
    const blocks = (third: number): SheetSnapshot => ({
      ...sheetOf('Overzicht', [[]]),
      blocks: [
        {
          top: 1,
          left: 1,
          values: [
            ['Overzicht', 'Elburg'],
            ['Totaal', ''],
          ],
          numberFormats: [
            ['General', 'General'],
            ['General', 'General'],
          ],
        },
        { top: 1, left: 3, values: [[3], [third]], numberFormats: [['General'], ['General']] },
      ],
    });
    expect(unchangedSince(blocks(7), stored)).toBe(true);
    expect(unchangedSince(blocks(8), stored)).toBe(false);
  });
});

describe('fingerprints', () => {
  it('of an empty sheet still name a cell, and nothing stored means not unchanged', () => {
    expect(fingerprint([])).toMatch(/^[0-9a-f]{8}@A1:A1$/);
    expect(contentArea(sheetOf('Leeg', [[]]))).toBe('A1:A1');
    expect(parseFingerprint(undefined)).toBeUndefined();
    expect(parseFingerprint('')).toBeUndefined();
    expect(parseFingerprint('0badcafe')).toEqual({ hash: '0badcafe', area: undefined });
    expect(unchangedSince(sheetOf('Overzicht', [['x']]), undefined)).toBe(false);
  });

  it('without an area compare the whole sheet', () => {
    const cells = [['Overzicht', 1]];
    const [hash] = fingerprint(cells).split('@');
    expect(unchangedSince(sheetOf('Overzicht', cells), hash)).toBe(true);
    expect(unchangedSince(sheetOf('Overzicht', [['Overzicht', 2]]), hash)).toBe(false);
  });

  it('take a note beside or below the written block for no edit, and a changed cell inside it for one', () => {
    const print = fingerprint([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const unchanged = (cells: string[][]) => unchangedSince(sheetOf('Overzicht', cells), print);
    expect(
      unchanged([
        ['a', 'b', 'noot'],
        ['c', 'd', ''],
      ]),
    ).toBe(true);
    expect(
      unchanged([
        ['a', 'b'],
        ['c', 'd'],
        ['noot', ''],
      ]),
    ).toBe(true);
    expect(
      unchanged([
        ['a', 'b'],
        ['c', 'x'],
      ]),
    ).toBe(false);
  });

  it('replace the block of both the old and the new sheet: a shorter or narrower overview leaves nothing behind', () => {
    expect(unionArea('A1:H40', 'A1:J20')).toBe('A1:J40');
    expect(unionArea('A1:J20', 'A1:H40')).toBe('A1:J40');
    expect(unionArea('A1:H40', undefined)).toBe('A1:H40');
  });
});

describe('Onvoorzien: when a row came in', () => {
  it('is the days its dates name, or the whole month it names', () => {
    expect(ingevlogenPeriode('3 maart en 1 maart', 2021)).toEqual({ van: '2021-03-01', tot: '2021-03-03' });
    expect(ingevlogenPeriode('half februari', 2021)).toEqual({ van: '2021-02-01', tot: '2021-02-28' });
    expect(ingevlogenPeriode('februari', 2024)).toEqual({ van: '2024-02-01', tot: '2024-02-29' });
    expect(ingevlogenPeriode('Dec.', 2021)).toEqual({ van: '2021-12-01', tot: '2021-12-31' });
    // Two letters are no month: "ma" could be maart or mei.
    expect(ingevlogenPeriode('ma', 2021)).toBeUndefined();
    expect(ingevlogenPeriode('onbekend', 2021)).toBeUndefined();
  });
});

describe('sentences around fixes and files', () => {
  it('say why a fix was refused, naming the sheet of its cell', () => {
    expect(weigeringTekst('nl', 'bladBestaat', 'Overzicht!A1')).toBe('Er is al een blad Overzicht; er wordt niets overschreven.');
    expect(weigeringTekst('en', 'bladWeg', 'Acties!F3')).toBe('The sheet Acties no longer exists. Validate again.');
  });

  it('name the block a split fills, at least one row and column', () => {
    const fill = (rows: string[][]) => fillRange({ type: 'fillEmpty', sheet: 'Acties', startCell: 'F2', rows, expect: [] } as never);
    expect(fill([['Politie', '11-2-2021'], ['OM']])).toBe('F2:G3');
    expect(fill([])).toBe('F2:F2');
  });

  it('tell a user why a file cannot be used, in English too', () => {
    const e = new UnusableWorkbookError('bestand.onleesbaar', { naam: 'acties.xlsx', onderdeel: 'xl/styles.xml' });
    expect(e.message).toBe(
      'acties.xlsx kon niet gelezen worden: een onderdeel ervan (xl/styles.xml) is beschadigd. Open het in Excel, sla het opnieuw op als .xlsx en probeer het nog eens.',
    );
    expect(e.sentence('en')).toBe(
      'acties.xlsx could not be read: one of its parts (xl/styles.xml) is damaged. Open it in Excel, save it again as .xlsx and try once more.',
    );
    expect(e.sentence('nl')).toBe(e.message);
  });
});

describe('a snapshot from an adapter', () => {
  it('is refused when a row is not as wide as the block', () => {
    const s = goodWorkbook();
    const block = (values: Array<Array<string | number | boolean>>, numberFormats: string[][]) => ({
      ...s,
      sheets: [{ ...s.sheets[0]!, blocks: [{ top: 1, left: 1, values, numberFormats }] }],
    });
    const G = ['General', 'General'];
    expect(() => parseSnapshot(block([['a', 'b'], ['c']], [G, ['General']]))).toThrow(`Blad ${s.sheets[0]!.name}: rij 2 is niet rechthoekig`);
    // Values short where the formats are whole, and the other way round.
    expect(() => parseSnapshot(block([['a', 'b'], ['c']], [G, G]))).toThrow('rij 2 is niet rechthoekig');
    expect(() =>
      parseSnapshot(
        block(
          [
            ['a', 'b'],
            ['c', 'd'],
          ],
          [G, ['General']],
        ),
      ),
    ).toThrow('rij 2 is niet rechthoekig');
    expect(() => parseSnapshot(block([['a', 'b']], [G, G]))).toThrow('waarden en opmaak verschillen in grootte');
    // A value or a format of a type no cell has.
    expect(() => parseSnapshot(block([['a', null as unknown as string]], [G]))).toThrow('onbekende celwaarde');
    expect(() => parseSnapshot(block([['a', 'b']], [['General', 14 as unknown as string]]))).toThrow('onbekende celopmaak');
    expect(parseSnapshot(block([['a', 2, true]], [['General', '0', '@']])).sheets[0]!.blocks[0]!.values).toEqual([['a', 2, true]]);
  });
});

describe('onderwerpen made from an actie', () => {
  // The overview's label and onderwerp-ontbreekt's sentence both.
  it('take the first sentence whole for the overview, a point inside a number not ending it', () => {
    expect(eersteZin('Wvggz monitoren. Daarna evalueren.')).toBe('Wvggz monitoren.');
    expect(eersteZin('Klaar? Ja.')).toBe('Klaar?');
    expect(eersteZin('Versie 2.0 uitrollen en  evalueren')).toBe('Versie 2.0 uitrollen en evalueren');
    expect(eersteZin('  Wvggz\nmonitoren  ')).toBe('Wvggz monitoren');
  });

  it('place a date halfway between two meetings at the earlier one', () => {
    expect(nearestMeeting('2021-07-29', ['2021-06-17', '2021-09-09'])).toBe('2021-06-17');
    expect(nearestMeeting('2021-07-30', ['2021-06-17', '2021-09-09'])).toBe('2021-09-09');
  });
});

describe('keuzelijsten', () => {
  it('quote a sheet name with an apostrophe as Excel does, and point an empty table at its first row', () => {
    const wb = goodWorkbook({ Speerpunten: null, "Speerpunten van 't jaar": SPEERPUNTEN, Partijen: [PARTIJEN[0]!] });
    expect(keuzelijsten(readWerkboek(wb, '2021-01-01'), 'nl').map((l) => [l.range, l.source])).toEqual([
      ['A2:A206', "='Speerpunten van ''t jaar'!$B$2:$B$7"],
      ['B2:B206', "='Speerpunten van ''t jaar'!$B$2:$B$7"],
      ['E2:E206', "='Partijen'!$A$2:$A$2"],
      ['F2:F206', "='Vergaderingen'!$A$2:$A$7"],
    ]);
  });

  it('leave "Herstel alle zekere" without the sheets Sjabloon aanvullen adds', () => {
    const findings = validate(goodWorkbook({ Partijen: null, Acties: actiesWith(1, 'Trekker', 'hattem') }), { today: '2021-01-01' }).findings;
    expect(findings.some((f) => f.fix?.type === 'addSheet')).toBe(true);
    expect(zekereFixes(findings).map((f) => f.type)).toEqual([]);
  });
});

describe('Keuzelijsten instellen', () => {
  const port = (snapshot = goodWorkbook()) => {
    const installed: unknown[] = [];
    let reads = 0;
    const p: WorkbookPort & Required<Pick<WorkbookPort, 'installKeuzelijsten'>> = {
      read: async () => (reads++, snapshot),
      edit: async () => undefined,
      writeGenerated: async () => undefined,
      hideColumns: async () => undefined,
      installKeuzelijsten: async (lists) => void installed.push(...lists),
    };
    return { p, installed, reads: () => reads };
  };

  it('installs a list per column that has a source, and refuses a workbook without Acties', async () => {
    const ok = port();
    const uitkomst = await keuzelijstenInstellen(ok.p, { today: '2021-01-01' });
    expect(uitkomst).toEqual({ soort: 'klaar', lijsten: ok.installed.length, gecombineerd: false });
    expect(ok.installed.length).toBeGreaterThan(0);
    const geen = port(goodWorkbook({ Acties: null }));
    expect(await keuzelijstenInstellen(geen.p, { today: '2021-01-01' })).toEqual({ soort: 'geweigerd', reden: 'geenActies' });
    expect(geen.installed).toEqual([]);
  });

  it('uses a validation it is given, without reading the workbook again', async () => {
    const first = port();
    const validatie = await valideer(first.p, { today: '2021-01-01' });
    const again = port();
    await keuzelijstenInstellen(again.p, { today: '2021-01-01', validatie });
    expect(again.reads()).toBe(0);
    expect(again.installed.length).toBeGreaterThan(0);
  });
});

describe('the programme year', () => {
  const meetings = (...isos: string[]) => [['Driehoek', 'WIV'], ...isos.map((iso) => [{ date: iso }, ''])];
  const jaar = (replace: Parameters<typeof goodWorkbook>[0]) => readWerkboek(goodWorkbook(replace), '2030-06-01').jaar;

  it("is the year most of the Driehoek's meetings fall in, the earliest of two as common", () => {
    expect(jaar({ Vergaderingen: meetings('2022-02-10', '2021-04-15', '2021-06-17', '2021-09-09') })).toBe(2021);
    expect(jaar({ Vergaderingen: meetings('2023-02-10', '2022-04-15', '2023-06-17', '2022-09-09') })).toBe(2022);
  });

  it('is the year in the Actie header without meetings, and this year without either or without Acties', () => {
    const header = (actie: string) => [
      ['Speerpunt', 'Subspeerpunt', actie, 'Trekker', 'Driehoek'],
      ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen', 'x', 'OM', 'doorlopend'],
    ];
    expect(jaar({ Vergaderingen: meetings(), Acties: header('Actie 2023') })).toBe(2023);
    expect(jaar({ Vergaderingen: meetings(), Acties: header('Actie') })).toBe(2030);
    expect(jaar({ Vergaderingen: meetings(), Acties: null })).toBe(2030);
  });
});
