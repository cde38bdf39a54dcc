/**
 * Valid workbooks that no one here wrote with a library: each a correct
 * programme with one twist that other producers (the Open XML SDK, Google
 * Sheets, LibreOffice, Excel in Strict mode, macro workbooks) bring along.
 */
import JSZip from 'jszip';
import type { CorpusCase } from './cases';
import { ACTIES, PARTIJEN, buildPackage, programme, strayValueInXfd1048576, type Cell } from './package-builder';

const parts = async (bytes: Uint8Array) => {
  const zip = await JSZip.loadAsync(bytes);
  return { zip, text: async (p: string) => (await zip.file(new RegExp(`^${p.replace(/[.[\]]/g, '\\$&')}$`, 'i'))[0]?.async('string')) ?? '' };
};

/** A hand-made overview that reads the same sheet from elsewhere, for the cases about keeping it. */
const OVERZICHT: Cell[][] = [
  ['Driehoek (WIV)', '11-2-2021 (28-1)'],
  ['Hattem', '- Wvggz'],
];
const SAMENVATTING: Cell[][] = [['Hattem in februari', { f: "'Driehoek-overzicht'!B2", v: '- Wvggz' }]];

export const PRODUCERS: CorpusCase[] = [
  {
    name: 'voorvoegsel-x-zoals-de-open-xml-sdk',
    build: () => buildPackage(programme(), { prefix: 'x' }),
    expect: { exit: 0 },
  },
  {
    name: 'cellen-zonder-r-attribuut',
    build: () => buildPackage(programme(), { noRefs: true }),
    expect: { exit: 0 },
  },
  {
    name: 'gedeelde-teksten-met-opmaak',
    build: () =>
      buildPackage(programme({ acties: ACTIES.map((r, i) => (i === 1 ? r.map((c, j) => (j === 2 ? { rich: ['Wvggz ', 'monitoren'] } : c)) : r)) }), {
        sharedStrings: true,
      }),
    expect: { exit: 0, without: ['actie-dubbel'] },
  },
  {
    name: 'onderdeelnamen-in-hoofdletters',
    build: () => buildPackage(programme(), { upperCaseParts: true }),
    expect: { exit: 0 },
  },
  {
    name: 'xml-in-utf-16',
    build: () => buildPackage(programme(), { utf16: true }),
    expect: { exit: 0 },
  },
  {
    name: 'zonder-opmaakonderdeel',
    build: () => buildPackage(programme(), { noStyles: true }),
    // Without styles no number can be a date: the Excel dates read as plain numbers.
    expect: { exit: 1, rules: ['datum-onleesbaar'] },
  },
  {
    name: 'datums-als-iso-tekst-type-d',
    build: () => buildPackage(programme(), { isoDates: true }),
    expect: { exit: 0, without: ['datum-onleesbaar', 'datum-geen-driehoek', 'datum-buiten-jaar'] },
  },
  {
    name: 'tabel-met-totaalrij',
    build: () =>
      buildPackage([
        {
          name: 'Acties',
          rows: [...ACTIES, ['', '', 'Totaal', '', '', '']],
          tables: [{ name: 'tblActies', ref: 'A1:F5', totalsRowCount: 1, columns: ACTIES[0] as string[] }],
        },
        ...programme().slice(1),
      ]),
    expect: { exit: 0, without: ['verplicht-leeg', 'onderwerp-ontbreekt'] },
  },
  {
    name: 'strict-open-xml',
    build: () => buildPackage(programme(), { strict: true }),
    expect: { exit: 0 },
    overzicht: { refused: /Strict Open XML/ },
  },
  {
    name: 'macrowerkmap-xlsm',
    ext: '.xlsm',
    build: () => buildPackage(programme(), { macro: true }),
    expect: { exit: 0 },
    overzicht: {
      out: 'uit.xlsm',
      check: async (input, output) => {
        const [a, b] = [await parts(input), await parts(output)];
        expect(await b.text('[Content_Types].xml')).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
        expect(await b.zip.file('xl/vbaProject.bin')!.async('uint8array')).toEqual(await a.zip.file('xl/vbaProject.bin')!.async('uint8array'));
      },
    },
  },
  {
    name: 'externe-koppeling',
    build: () => buildPackage(programme(), { externalLink: true }),
    expect: { exit: 0 },
    overzicht: {
      check: async (_input, output) => {
        const wb = await (await parts(output)).text('xl/workbook.xml');
        expect(wb.indexOf('externalReferences')).toBeLessThan(wb.indexOf('definedNames'));
      },
    },
  },
  {
    name: 'overzicht-is-een-grafiekblad',
    build: () => buildPackage(programme({ after: [{ name: 'Driehoek-overzicht', rows: [], kind: 'chartsheet' }] })),
    expect: { exit: 0 },
    overzicht: { refused: /geen werkblad is/ },
  },
  {
    name: 'overzicht-met-andere-hoofdletters',
    build: () => buildPackage(programme({ after: [{ name: 'Driehoek-Overzicht', rows: OVERZICHT, tabColor: 'FFFF0000', printTitles: '1:1' }] })),
    expect: { exit: 0 },
    overzicht: {
      check: async (_input, output) => {
        const wb = await (await parts(output)).text('xl/workbook.xml');
        expect(wb.match(/<sheet [^>]*name="Driehoek-[oO]verzicht"/g)).toEqual([expect.stringContaining('name="Driehoek-Overzicht"')]);
        const sheet = await (await parts(output)).text('xl/worksheets/sheet5.xml');
        expect(sheet).toContain('<tabColor rgb="FFFF0000"/>');
      },
    },
  },
  {
    name: 'overzicht-beveiligd',
    build: () => buildPackage(programme({ after: [{ name: 'Driehoek-overzicht', rows: OVERZICHT, protectedSheet: true }] })),
    expect: { exit: 0 },
    overzicht: { refused: /is beveiligd/ },
  },
  {
    name: 'formules-lezen-het-overzicht',
    build: () =>
      buildPackage(
        programme({
          after: [
            { name: 'Driehoek-overzicht', rows: OVERZICHT },
            { name: 'Samenvatting', rows: SAMENVATTING },
          ],
        }),
        { excelLike: true },
      ),
    expect: { exit: 0 },
    overzicht: {
      check: async (input, output) => {
        const [a, b] = [await parts(input), await parts(output)];
        // The overview keeps its part and sheet id; the formula that reads it stays as it was, and Excel recalculates on opening.
        expect(await b.text('xl/worksheets/sheet6.xml')).toBe(await a.text('xl/worksheets/sheet6.xml'));
        expect(await b.text('xl/workbook.xml')).toMatch(/<sheet name="Driehoek-overzicht" sheetId="5" r:id="rId5"\/>/);
        expect(await b.text('xl/workbook.xml')).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
        expect(b.zip.file('xl/calcChain.xml')).toBeNull();
      },
    },
  },
  {
    name: 'zoals-excel-het-schrijft',
    build: () =>
      buildPackage(
        programme({ after: [{ name: 'Samenvatting', rows: [['Partijen', { f: 'COUNTA(Partijen!A2:A5)', v: 4 }]], printTitles: '1:1' }] }).map((s) =>
          s.name === 'Partijen' ? { ...s, printTitles: '1:1' } : s,
        ),
        { excelLike: true, sharedStrings: true },
      ),
    expect: { exit: 0 },
    overzicht: {
      check: async (_input, output) => {
        // Print titles of other sheets stay on their own sheets.
        const wb = await (await parts(output)).text('xl/workbook.xml');
        expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="3">'Partijen'!$1:$1</definedName>`);
        expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="4">'Samenvatting'!$1:$1</definedName>`);
        expect(await (await parts(output)).text('xl/styles.xml')).toContain('mc:Ignorable="x14ac xr"');
      },
    },
  },
  {
    name: 'datumsysteem-1904-met-de-hand',
    build: () => buildPackage(programme(), { date1904: true }),
    expect: { exit: 0, without: ['datum-geen-driehoek', 'datum-buiten-jaar'] },
  },
  {
    name: 'een-waarde-in-xfd1048576',
    build: strayValueInXfd1048576,
    expect: { exit: 0 },
  },
  {
    name: 'partijen-met-alias-als-rijke-tekst',
    build: () =>
      buildPackage(
        programme().map((s) =>
          s.name === 'Partijen' ? { ...s, rows: PARTIJEN.map((r, i) => (i === 2 ? [r[0]!, r[1]!, { rich: ['voorzitter ', 'WIV'] }] : r)) } : s,
        ),
        { sharedStrings: true },
      ),
    expect: { exit: 0 },
  },
];
