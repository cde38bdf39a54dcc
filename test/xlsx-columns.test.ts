import { hideColumns } from '../src/adapters/file/xlsx/columns';
import { NS, children, parseXml } from '../src/adapters/file/xlsx/xml';

/** A worksheet whose <cols> holds these <col> elements (attributes as written), hidden from..to, and its <col>s after. */
function hidden(cols: Array<Record<string, string>>, from: number, to: number): string[] {
  const col = (a: Record<string, string>) =>
    `<col ${Object.entries(a)
      .map(([k, v]) => `${k}="${v}"`)
      .join(' ')}/>`;
  const colsXml = cols.length ? `<cols>${cols.map(col).join('')}</cols>` : '';
  const doc = parseXml(`<worksheet xmlns="${NS.main}"><sheetPr/>${colsXml}<sheetData/></worksheet>`, 'xl/worksheets/sheet1.xml');
  hideColumns(doc, from, to);
  const [colsEl] = children(doc.documentElement!, NS.main, 'cols');
  return children(colsEl!, NS.main, 'col').map((c) =>
    ['min', 'max', 'width', 'style', 'hidden']
      .filter((k) => c.hasAttribute(k))
      .map((k) => `${k}=${c.getAttribute(k)}`)
      .join(' '),
  );
}

describe('hiding columns in a sheet file (the old combined column after a split)', () => {
  it('adds the columns no <col> describes, hidden at the default width, in column order', () => {
    expect(hidden([], 4, 4)).toEqual(['min=4 max=4 width=9.140625 hidden=1']);
    expect(
      hidden(
        [
          { min: '1', max: '2', width: '20' },
          { min: '9', max: '9', width: '30' },
        ],
        4,
        5,
      ),
    ).toEqual(['min=1 max=2 width=20', 'min=4 max=4 width=9.140625 hidden=1', 'min=5 max=5 width=9.140625 hidden=1', 'min=9 max=9 width=30']);
  });

  it('splits a <col> that reaches beyond the hidden columns, so the columns around keep their width and style', () => {
    expect(hidden([{ min: '1', max: '10', width: '20', style: '3' }], 4, 5)).toEqual([
      'min=1 max=3 width=20 style=3',
      'min=4 max=5 width=20 style=3 hidden=1',
      'min=6 max=10 width=20 style=3',
    ]);
    expect(hidden([{ min: '2', max: '4', width: '20' }], 4, 4)).toEqual(['min=2 max=3 width=20', 'min=4 max=4 width=20 hidden=1']);
    expect(hidden([{ min: '4', max: '8', width: '20' }], 4, 4)).toEqual(['min=4 max=4 width=20 hidden=1', 'min=5 max=8 width=20']);
    expect(hidden([{ min: '4', max: '4', width: '20' }], 4, 4)).toEqual(['min=4 max=4 width=20 hidden=1']);
  });

  it('hides the columns a <col> covers and adds the rest, leaving the <col>s beside untouched', () => {
    expect(
      hidden(
        [
          { min: '3', max: '3', width: '11' },
          { min: '5', max: '5', width: '12' },
          { min: '7', max: '7', width: '13' },
        ],
        4,
        6,
      ),
    ).toEqual([
      'min=3 max=3 width=11',
      'min=4 max=4 width=9.140625 hidden=1',
      'min=5 max=5 width=12 hidden=1',
      'min=6 max=6 width=9.140625 hidden=1',
      'min=7 max=7 width=13',
    ]);
  });
});
