import { Grid, blank } from '../../src/domain/read/grid';
import { sheetOf, type CellBlock, type Scalar } from '../../src/domain/schema/snapshot';

/**
 * A sheet read by Excel row and column whatever blocks its cells come in:
 * one block at C3, or blocks far apart and listed in any order, with empty
 * blocks among them.
 */
const block = (top: number, left: number, values: Scalar[][]): CellBlock => ({
  top,
  left,
  values,
  numberFormats: values.map((r) => r.map(() => 'General')),
});
const sheetOfBlocks = (...blocks: CellBlock[]) => ({ ...sheetOf('Blad', []), blocks });

describe('a sheet read as a grid', () => {
  it('takes an empty cell and one of spaces only as blank, and anything else as a value', () => {
    for (const v of [undefined, '', '   ', '\u00a0\t']) expect(blank(v)).toBe(true);
    for (const v of ['x', ' x ', 0, false, true]) expect(blank(v)).toBe(false);
  });

  it('reads one block at C3: its cells, formats and rows, and nothing outside it', () => {
    const g = new Grid(
      sheetOf(
        'Blad',
        [
          ['a', '', 'c'],
          ['  ', '', ''],
          [1, 'x', ''],
        ],
        undefined,
        { top: 3, left: 3 },
      ),
    );
    expect([g.top, g.left, g.lastRow, g.lastCol]).toEqual([3, 3, 5, 5]);
    expect([g.value(3, 3), g.value(5, 4), g.value(2, 3), g.value(6, 3), g.value(3, 9)]).toEqual(['a', 'x', '', '', '']);
    expect([g.format(3, 3), g.format(2, 3), g.format(3, 9)]).toEqual(['General', 'General', 'General']);
    expect([g.rowCells(3), g.rowCells(4), g.rowCells(2), g.rowCells(6)]).toEqual([
      [
        [3, 'a'],
        [5, 'c'],
      ],
      [],
      [],
      [],
    ]);
    expect([2, 3, 4, 5, 6].map((r) => g.isEmptyRow(r, 1, 9))).toEqual([true, false, true, false, true]);
    // Only the columns asked about count.
    expect([g.isEmptyRow(3, 4, 4), g.isEmptyRow(3, 5, 5)]).toEqual([true, false]);
    const rows: number[] = [];
    g.forEachRow(1, 100, (r) => rows.push(r));
    g.forEachRow(4, 4, (r) => rows.push(r));
    expect(rows).toEqual([3, 4, 5, 4]);
  });

  it('reads blocks far apart in row order whatever order they come in, and leaves empty blocks out', () => {
    const g = new Grid(
      sheetOfBlocks(block(10, 4, [['d10'], ['d11']]), block(1, 1, []), block(10, 1, [['a10', '']]), block(2, 2, [[]]), block(1, 2, [['b1']])),
    );
    expect([g.top, g.left, g.lastRow, g.lastCol]).toEqual([1, 1, 11, 4]);
    const rows: number[] = [];
    g.forEachRow(1, 10, (r) => rows.push(r));
    expect(rows).toEqual([1, 10]);
    expect(g.rowCells(10)).toEqual([
      [1, 'a10'],
      [4, 'd10'],
    ]);
    expect([g.value(10, 4), g.value(10, 2), g.value(5, 1)]).toEqual(['d10', '', '']);
    expect([g.format(10, 4), g.format(10, 3), g.format(5, 1)]).toEqual(['General', 'General', 'General']);
    expect([g.isEmptyRow(10, 2, 3), g.isEmptyRow(10, 2, 4), g.isEmptyRow(5, 1, 9)]).toEqual([true, false, true]);
  });
});
