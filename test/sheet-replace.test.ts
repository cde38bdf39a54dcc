import { DOMParser, type Element } from '@xmldom/xmldom';
import { replaceSheetContent } from '../src/adapters/file/xlsx/sheet-replace';
import { StyleRegistry } from '../src/adapters/file/xlsx/styles';
import type { GeneratedSheet } from '../src/domain/schema/overzicht';
import { EMPTY_SHEET } from './helpers/generated-sheet';
import { workbookPart } from './helpers/workbook-package';

/**
 * An overview regenerated into the sheet that holds it: driehoek's area and
 * settings replaced, everything the user added to that sheet kept, as Excel
 * will read the part.
 */
const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const SHEET: GeneratedSheet = {
  ...EMPTY_SHEET,
  name: 'Driehoek-overzicht',
  cells: [
    ['Partij', 'Februari'],
    ['Elburg', 'nieuw'],
  ],
  columnWidths: [20, 30],
  merges: ['A1:B1'],
};

async function replaced(old: string, sheet: Partial<GeneratedSheet> = {}, area = 'A1:B2') {
  const styles = await StyleRegistry.of((await workbookPart()).part);
  const xml = replaceSheetContent(`<worksheet ${NS}>${old}</worksheet>`, 'xl/worksheets/sheet2.xml', { ...SHEET, ...sheet }, area, styles);
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
  const all = (tag: string) => Array.from(root.getElementsByTagName(tag)) as Element[];
  const attr = (tag: string, name: string) => all(tag).map((e) => e.getAttribute(name));
  return {
    all,
    attr,
    /** Each row as "r: cell=text, …" (inline or shared-string text, or the value). */
    rows: all('row').map(
      (r) =>
        `${r.getAttribute('r')}: ${Array.from(r.getElementsByTagName('c'))
          .map((c) => `${c.getAttribute('r')}=${c.textContent}`)
          .join(', ')}`,
    ),
    order: Array.from(root.childNodes)
      .filter((n) => n.nodeType === 1)
      .map((n) => (n as Element).localName),
  };
}

describe('an overview regenerated in place', () => {
  it("replaces the cells of its area and keeps the user's cells beside and below it, in order", async () => {
    const { rows, attr } = await replaced(
      '<sheetData><row r="1" spans="1:4"><c r="A1"><v>1</v></c><c r="D1"><v>9</v></c></row><row r="2"><c r="B2"><v>2</v></c></row><row r="5"><c r="A5"><v>5</v></c></row></sheetData>',
    );
    expect(rows).toEqual(['1: A1=Partij, B1=Februari, D1=9', '2: A2=Elburg, B2=nieuw', '5: A5=5']);
    // The span hint would be wrong once cells come and go.
    expect(attr('row', 'spans')).toEqual([null, null, null]);
    expect(attr('dimension', 'ref')).toEqual(['A1:D5']);
  });

  it('reads rows and cells without an address in order, as Excel does, before it moves any', async () => {
    const { rows } = await replaced(
      '<sheetData><row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row><row><c><v>4</v></c></row><row r="7"><c r="C7"><v>7</v></c><c><v>8</v></c></row></sheetData>',
    );
    expect(rows).toEqual(['1: A1=Partij, B1=Februari, C1=3', '2: A2=Elburg, B2=nieuw', '7: C7=7, D7=8']);
  });

  it('puts new rows between the rows that stay, and drops an emptied row unless it is hidden or styled', async () => {
    const { rows } = await replaced(
      '<sheetData><row r="2"><c r="A2"><v>1</v></c></row><row r="6" hidden="1"><c r="A6"><v>6</v></c></row><row r="7" s="2" customFormat="1"><c r="A7"><v>7</v></c></row><row r="8"><c r="Z8"><v>8</v></c></row><row r="9"><c r="A9"><v>9</v></c></row></sheetData>',
      { cells: [['a'], ['b'], ['c']] },
      'A1:B9',
    );
    expect(rows).toEqual(['1: A1=a', '2: A2=b', '3: A3=c', '6: ', '7: ', '8: Z8=8']);
  });

  it('gives a row of the area its new height, or none, in place of the old one', async () => {
    const { all } = await replaced(
      '<sheetData><row r="1" ht="40" customHeight="1"><c r="A1"><v>1</v></c><c r="D1"><v>1</v></c></row><row r="2" ht="33" customHeight="1"><c r="C2"><v>1</v></c></row><row r="4" ht="50" customHeight="1"><c r="A4"><v>4</v></c></row></sheetData>',
      { rowHeights: { '1': 24 } },
    );
    // Row 4 is below the area: the user's height stays.
    expect(all('row').map((r) => [r.getAttribute('r'), r.getAttribute('ht'), r.getAttribute('customHeight')])).toEqual([
      ['1', '24', '1'],
      ['2', null, null],
      ['4', '50', '1'],
    ]);
  });

  it("sets the widths of its own columns and keeps the user's widths further right", async () => {
    const { all } = await replaced(
      '<cols><col min="1" max="1" width="5" customWidth="1"/><col min="2" max="4" width="7" customWidth="1"/><col min="6" max="6" width="9" customWidth="1"/></cols><sheetData/>',
    );
    expect(all('col').map((c) => [c.getAttribute('min'), c.getAttribute('max'), c.getAttribute('width')])).toEqual([
      ['1', '1', expect.stringMatching(/^20/)],
      ['2', '2', expect.stringMatching(/^30/)],
      ['3', '4', '7'],
      ['6', '6', '9'],
    ]);
  });

  it('drops a user width that lies wholly within its columns, even one ending at its last column', async () => {
    const { all } = await replaced(
      '<cols><col min="1" max="2" width="5" customWidth="1"/><col min="2" max="2" width="7" customWidth="1"/></cols><sheetData/>',
    );
    expect(all('col').map((c) => [c.getAttribute('min'), c.getAttribute('max')])).toEqual([
      ['1', '1'],
      ['2', '2'],
    ]);
  });

  it('adds its column widths to a sheet that had none, in the schema order', async () => {
    const { order, all } = await replaced('<sheetData/>');
    expect(all('col')).toHaveLength(2);
    expect(order.indexOf('cols')).toBe(order.indexOf('sheetData') - 1);
  });

  it("replaces merges that touch its area, keeps the user's elsewhere, and counts them", async () => {
    const { attr } = await replaced(
      '<sheetData/><mergeCells count="4"><mergeCell ref="A2:B2"/><mergeCell ref="B2:C3"/><mergeCell ref="D1:E2"/><mergeCell ref="E5:F6"/></mergeCells>',
    );
    expect(attr('mergeCell', 'ref')).toEqual(['D1:E2', 'E5:F6', 'A1:B1']);
    expect(attr('mergeCells', 'count')).toEqual(['3']);
  });

  // The area is read back from a defined name in the workbook: one edited by hand may start elsewhere than A1.
  it('removes only the cells, merges and row heights of an area that does not start at A1', async () => {
    const { rows, attr, all } = await replaced(
      '<sheetData><row r="3" ht="40" customHeight="1"><c r="C3"><v>3</v></c></row><row r="5"><c r="A5"><v>51</v></c><c r="C5"><v>53</v></c><c r="E5"><v>55</v></c></row><row r="6"><c r="D6"><v>64</v></c></row><row r="7"><c r="C7"><v>73</v></c></row></sheetData>' +
        '<mergeCells count="7"><mergeCell ref="C3:D3"/><mergeCell ref="C4:D5"/><mergeCell ref="A5:B5"/><mergeCell ref="A6:C6"/><mergeCell ref="E6:F6"/><mergeCell ref="C7:D7"/><mergeCell ref="D5:D6"/></mergeCells>',
      {},
      'C5:D6',
    );
    expect(rows).toEqual(['1: A1=Partij, B1=Februari', '2: A2=Elburg, B2=nieuw', '3: C3=3', '5: A5=51, E5=55', '7: C7=73']);
    expect(
      all('row')
        .find((r) => r.getAttribute('r') === '3')
        ?.getAttribute('ht'),
    ).toBe('40');
    expect(attr('mergeCell', 'ref')).toEqual(['C3:D3', 'A5:B5', 'E6:F6', 'C7:D7', 'A1:B1']);
  });

  // Row numbers of two digits and more: an address is its column letters, then all of its digits.
  it('replaces cells in rows 10 and further down, keeps the user cells there in column order, and spans them in the dimension', async () => {
    const cells = Array.from({ length: 12 }, (_, i) => [`p${i + 1}`, `q${i + 1}`]);
    const { rows, attr } = await replaced(
      '<sheetData><row r="10"><c r="A10"><v>10</v></c><c r="D10"><v>40</v></c></row><row r="11"><c r="B11"><v>21</v></c><c r="AA11"><v>99</v></c></row></sheetData>',
      { cells, merges: [] },
      'A1:B12',
    );
    expect(rows.slice(9)).toEqual(['10: A10=p10, B10=q10, D10=40', '11: A11=p11, B11=q11, AA11=99', '12: A12=p12, B12=q12']);
    expect(attr('dimension', 'ref')).toEqual(['A1:AA12']);
  });

  it('drops a mergeCell without a ref (it merges nothing and is not valid) wherever its area lies', async () => {
    const { attr } = await replaced('<sheetData/><mergeCells count="2"><mergeCell/><mergeCell ref="E5:F6"/></mergeCells>', {}, 'C5:D6');
    expect(attr('mergeCell', 'ref')).toEqual(['E5:F6', 'A1:B1']);
  });

  it('removes a mergeCells left empty, and adds none where there are none', async () => {
    expect(
      (await replaced('<sheetData/><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>', { merges: [] })).all('mergeCells'),
    ).toHaveLength(0);
    expect((await replaced('<sheetData/>', { merges: [] })).all('mergeCells')).toHaveLength(0);
    expect((await replaced('<sheetData/>')).attr('mergeCells', 'count')).toEqual(['1']);
  });

  it("sets paper, orientation and scale, and keeps the user's printer settings and first page number", async () => {
    const { all } = await replaced(
      '<sheetData/><pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><pageSetup paperSize="1" orientation="portrait" fitToWidth="1" fitToHeight="0" firstPageNumber="3" useFirstPageNumber="1" r:id="rId1"/>',
      { landscape: true, paper: 'A3' },
    );
    const setup = all('pageSetup')[0]!;
    expect(
      ['paperSize', 'orientation', 'scale', 'fitToWidth', 'fitToHeight', 'firstPageNumber', 'useFirstPageNumber'].map((a) => setup.getAttribute(a)),
    ).toEqual(['8', 'landscape', '100', null, null, '3', '1']);
    expect(setup.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id')).toBe('rId1');
    expect(all('pageMargins')[0]!.getAttribute('left')).not.toBe('1');
  });

  it('fits a wide overview to the page width, and takes an old fit-to-page away from one that fits', async () => {
    const wide = await replaced('<sheetPr><tabColor rgb="FFFF0000"/></sheetPr><sheetData/>', { fitToWidth: true });
    expect(wide.attr('pageSetUpPr', 'fitToPage')).toEqual(['1']);
    expect(wide.attr('tabColor', 'rgb')).toEqual(['FFFF0000']);
    expect(wide.attr('pageSetup', 'fitToWidth')).toEqual(['1']);
    const fits = await replaced('<sheetPr><pageSetUpPr fitToPage="1" autoPageBreaks="0"/></sheetPr><sheetData/>');
    expect(fits.attr('pageSetUpPr', 'fitToPage')).toEqual([null]);
    expect(fits.attr('pageSetUpPr', 'autoPageBreaks')).toEqual(['0']);
    expect((await replaced('<sheetData/>')).all('sheetPr')).toHaveLength(0);
  });

  it("puts the fit after the user's tab colour and outline settings, as the schema orders them", async () => {
    for (const kept of ['<outlinePr summaryBelow="0"/>', '<tabColor rgb="FF00B050"/><outlinePr summaryBelow="0"/>']) {
      const { all } = await replaced(`<sheetPr>${kept}</sheetPr><sheetData/>`, { fitToWidth: true });
      const order = Array.from(all('sheetPr')[0]!.childNodes).map((n) => (n as Element).localName);
      expect(order).toEqual([...(kept.includes('tabColor') ? ['tabColor'] : []), 'outlinePr', 'pageSetUpPr']);
    }
  });

  it('replaces its panes and page breaks, keeps a sheet format the user set, and removes breaks it no longer has', async () => {
    const old =
      '<sheetViews><sheetView workbookViewId="0" zoomScale="55"/></sheetViews><sheetFormatPr defaultRowHeight="20" baseColWidth="12"/><sheetData/><rowBreaks count="1" manualBreakCount="1"><brk id="9" max="16383" man="1"/></rowBreaks>';
    const withBreaks = await replaced(old, { rowBreaks: [30], freeze: { rows: 1, columns: 1 } });
    expect(withBreaks.attr('sheetView', 'zoomScale')).toEqual([null]);
    expect(withBreaks.attr('pane', 'topLeftCell')).toEqual(['B2']);
    expect(withBreaks.attr('sheetFormatPr', 'baseColWidth')).toEqual(['12']);
    expect(withBreaks.attr('brk', 'id')).toEqual(['30']);
    expect((await replaced(old)).all('rowBreaks')).toHaveLength(0);
    expect((await replaced('<sheetData/>')).attr('sheetFormatPr', 'defaultRowHeight')).toEqual(['15']);
  });

  it('keeps the elements in the order the schema requires', async () => {
    const { order } = await replaced(
      '<sheetData/><sheetProtection sheet="1"/><headerFooter><oddFooter>&amp;P</oddFooter></headerFooter><drawing r:id="rId2"/><tableParts count="0"/>',
      { fitToWidth: true, rowBreaks: [5] },
    );
    expect(order).toEqual([
      'sheetPr',
      'dimension',
      'sheetViews',
      'sheetFormatPr',
      'cols',
      'sheetData',
      'sheetProtection',
      'mergeCells',
      'pageMargins',
      'pageSetup',
      'headerFooter',
      'rowBreaks',
      'drawing',
      'tableParts',
    ]);
  });
});
