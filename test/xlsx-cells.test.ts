import JSZip from 'jszip';
import { XlsxWorkbook } from '../src/adapters/file';
import type { CellWrite } from '../src/domain/fixes/planner';
import { Grid } from '../src/domain/read/grid';
import { buildPackage, type Cell, type PackageOptions } from './corpus/package-builder';

/** What a fix's writes leave in a file: the cells read back, and the sheet's XML as Excel will read it. */
async function afterWrites(rows: Cell[][], writes: Array<Omit<CellWrite, 'sheet' | 'before'>>, options: PackageOptions = {}) {
  const wb = await XlsxWorkbook.open(await buildPackage([{ name: 'Acties', rows }], options), 'werkboek.xlsx');
  const before = { value: '', formula: false, format: 'General' };
  await wb.edit({ ranges: [], decide: () => ({ writes: writes.map((w) => ({ ...w, sheet: 'Acties', before })), sheets: [] }) });
  const bytes = await wb.save();
  const grid = new Grid((await (await XlsxWorkbook.open(bytes, 'werkboek.xlsx')).read()).sheets[0]!);
  const xml = (await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet1.xml')!.async('string'))!;
  const at = (cell: string): [number, number] => [Number(cell.slice(1)), cell.charCodeAt(0) - 64];
  return { value: (cell: string) => grid.value(...at(cell)), format: (cell: string) => grid.format(...at(cell)), xml };
}

/** The r attributes of the rows, and of the cells of one row, in the order the XML has them. */
const rowOrder = (xml: string) => [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
const cellOrder = (xml: string, row: number) =>
  [...(new RegExp(`<row r="${row}"[^>]*>(.*?)</row>`).exec(xml)?.[1] ?? '').matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1]);
const cellXml = (xml: string, cell: string) => new RegExp(`<c r="${cell}"[^>]*>`).exec(xml)?.[0] ?? '';

describe('a fix written into a file', () => {
  it('finds its cell on a sheet whose rows and cells leave out their addresses', async () => {
    const after = await afterWrites(
      [
        ['Nr', 'Trekker', 'Driehoek'],
        [1, 'Hatterm', '11 februari'],
        [2, 'Epe', '15 april'],
      ],
      [{ cell: 'B2', value: 'Hattem' }],
      { noRefs: true },
    );
    expect(['A2', 'B2', 'C2', 'B3'].map(after.value)).toEqual([1, 'Hattem', '11 februari', 'Epe']);
  });

  it('creates a missing row and cell in their place, so Excel reads the file without repairing it', async () => {
    const after = await afterWrites(
      [['Nr', 'Trekker', 'Driehoek', 'Status', 'Opmerking', 'Eind'], ['x', null, null, null, null, 'blijft'], [], [], ['y']],
      [
        { cell: 'C2', value: 'tussen' },
        { cell: 'B4', value: 'nieuwe rij' },
        { cell: 'H7', value: 7 },
      ],
    );
    expect(['C2', 'F2', 'B4', 'A5', 'H7'].map(after.value)).toEqual(['tussen', 'blijft', 'nieuwe rij', 'y', 7]);
    expect(rowOrder(after.xml)).toEqual([1, 2, 4, 5, 7]);
    expect(cellOrder(after.xml, 2)).toEqual(['A2', 'C2', 'F2']);
  });

  it('keeps a cell’s own style when the fix sets none, and sets the one it gives', async () => {
    const after = await afterWrites(
      [
        ['Driehoek', 'Datum', 'Was'],
        [{ date: '2021-02-11' }, { date: '2021-04-15' }, { date: '2021-06-17' }],
      ],
      [
        { cell: 'A2', value: 'doorlopend' },
        { cell: 'B2', value: 44301, style: 0 },
        { cell: 'C2', value: 44364 },
      ],
    );
    const own = / s="(\d+)"/.exec(cellXml(after.xml, 'A2'))?.[1];
    expect(own).toMatch(/^[1-9]\d*$/);
    expect(cellXml(after.xml, 'C2')).toContain(` s="${own}"`);
    expect(cellXml(after.xml, 'B2')).toContain(' s="0"');
    expect(after.xml).not.toContain('undefined');
  });

  it('tells the planner each cell’s own style, so that an undo gives it back', async () => {
    const wb = await XlsxWorkbook.open(await buildPackage([{ name: 'Acties', rows: [['Datum'], [{ date: '2021-02-11' }]] }]), 'werkboek.xlsx');
    let seen: number | undefined;
    await wb.edit({
      ranges: [{ sheet: 'Acties', range: 'A2' }],
      decide: (current) => {
        seen = current.cell('Acties', 'A2')?.style;
        return { writes: [], sheets: [] };
      },
    });
    const xml = await (await JSZip.loadAsync(await wb.save())).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(seen).toBe(Number(/ s="(\d+)"/.exec(cellXml(xml, 'A2'))?.[1]));
    expect(seen).toBeGreaterThan(0);
  });

  it('formats a filled cell as text, so that Excel keeps "11 februari" as written', async () => {
    const after = await afterWrites([['Driehoek'], [null]], [{ cell: 'A2', value: '11 februari', format: '@' }]);
    expect(after.format('A2')).toBe('@');
  });

  it('writes a number over text as a number, not as a shared string index', async () => {
    const after = await afterWrites([['Subspeerpunt'], ['1.1 Jeugd']], [{ cell: 'A2', value: 1.1 }], { sharedStrings: true });
    expect(after.value('A2')).toBe(1.1);
    expect(cellXml(after.xml, 'A2')).not.toContain(' t=');
  });
});
