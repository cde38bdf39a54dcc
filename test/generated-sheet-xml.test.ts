import JSZip from 'jszip';
import { XlsxWorkbook } from '../src/adapters/file';
import type { GeneratedSheet } from '../src/domain/schema/overzicht';
import { buildPackage } from './corpus/package-builder';
import { EMPTY_SHEET } from './helpers/generated-sheet';

const SHEET: GeneratedSheet = { ...EMPTY_SHEET, name: 'Driehoek-overzicht', cells: [['Partij', 'Februari']], landscape: true };

/** A generated sheet as a file gets it: its worksheet part, and its cells read back. */
async function written(sheet: Partial<GeneratedSheet>) {
  const wb = await XlsxWorkbook.open(await buildPackage([{ name: 'Acties', rows: [['Actie']] }]), 'werkboek.xlsx');
  await wb.writeGenerated({ sheet: { ...SHEET, ...sheet }, fingerprintName: 'driehoek_vingerafdruk', fingerprint: 'x', area: 'A1' });
  const bytes = await wb.save();
  const xml = await (await JSZip.loadAsync(bytes)).file('xl/worksheets/sheet2.xml')!.async('string');
  const snapshot = await (await XlsxWorkbook.open(bytes, 'werkboek.xlsx')).read();
  return { xml, values: snapshot.sheets.find((s) => s.name === SHEET.name)!.blocks[0]!.values };
}

const pane = (xml: string) => /<pane [^>]*>/.exec(xml)?.[0] ?? '';
const pageSetup = (xml: string) => /<pageSetup [^>]*>/.exec(xml)?.[0] ?? '';
/** Text between elements, where SpreadsheetML allows none (cell text and values taken out first). */
const strayText = (xml: string) => xml.replace(/<t [^>]*>[^<]*<\/t>|<v>[^<]*<\/v>/g, '').match(/>[^<]+</g) ?? [];

describe('a generated sheet in a file', () => {
  it('keeps the header row and the party column in view when scrolling, as frozen panes', async () => {
    expect(pane((await written({ freeze: { rows: 3, columns: 1 } })).xml)).toBe(
      '<pane xSplit="1" ySplit="3" topLeftCell="B4" activePane="bottomRight" state="frozen"/>',
    );
    expect(pane((await written({ freeze: { rows: 3, columns: 0 } })).xml)).toBe(
      '<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>',
    );
    expect(pane((await written({ freeze: { rows: 0, columns: 2 } })).xml)).toBe(
      '<pane xSplit="2" topLeftCell="C1" activePane="topRight" state="frozen"/>',
    );
    expect(pane((await written({})).xml)).toBe('');
  });

  it('prints upright at full size, or fitted to the page width', async () => {
    const upright = (await written({ landscape: false })).xml;
    expect(pageSetup(upright)).toBe('<pageSetup paperSize="9" orientation="portrait" scale="100"/>');
    expect(upright).not.toContain('<sheetPr');
    const fitted = (await written({ fitToWidth: true, paper: 'A3' })).xml;
    expect(pageSetup(fitted)).toBe('<pageSetup paperSize="8" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(fitted).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  });

  it('breaks pages where asked, and only there', async () => {
    expect((await written({ rowBreaks: [10] })).xml).toContain(
      '<rowBreaks count="1" manualBreakCount="1"><brk id="10" max="16383" man="1"/></rowBreaks>',
    );
    expect((await written({})).xml).not.toContain('rowBreaks');
  });

  it('holds nothing Excel would have to repair: no empty lists, no text between elements', async () => {
    const { xml } = await written({});
    expect(xml).not.toMatch(/<cols|<mergeCells|<rowBreaks/);
    expect(strayText(xml)).toEqual([]);
  });

  it('cuts a text to the 32,767 characters a cell holds, and writes no cell past the end of a short row', async () => {
    const { xml, values } = await written({ cells: [['x'.repeat(40_000), 'b', 'c'], ['d']] });
    expect(String(values[0]![0]).length).toBe(32_767);
    expect(values[1]).toEqual(['d', '', '']);
    expect(xml).not.toMatch(/<c r="[BC]2"/);
  });
});
