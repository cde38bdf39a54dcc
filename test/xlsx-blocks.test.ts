import { packBlocks, segmentsOf, type Segment } from '../src/adapters/file/xlsx/blocks';

/** A row's cells as the reader meets them: [column, value] in column order, each formatted as its value says. */
const row = (r: number, cells: Array<[number, string]>): Segment[] =>
  segmentsOf(
    r,
    cells.map(([c]) => c),
    cells.map(([, v]) => v),
    cells.map(([, v]) => (v.startsWith('@') ? '@' : 'General')),
  );

/** Each block as [top, left, rows, columns], with the cells that hold something as "row,col=value" ("[tekst]" where formatted as text). */
const shape = (segments: Segment[]) =>
  packBlocks(segments).map((b) => [
    [b.top, b.left, b.values.length, b.values[0]!.length],
    b.values.flatMap((vs, i) =>
      vs.flatMap((v, j) => (v === '' ? [] : [`${b.top + i},${b.left + j}=${v}${b.numberFormats[i]![j] === '@' ? ' [tekst]' : ''}`])),
    ),
  ]);

describe('the file reader packs the cells it finds into blocks', () => {
  it('keeps cells of a row up to 32 columns apart in one segment, the empty ones between as blanks', () => {
    expect(
      row(5, [
        [1, 'a'],
        [33, '@b'],
      ]),
    ).toEqual([
      {
        row: 5,
        left: 1,
        values: ['a', ...new Array<string>(31).fill(''), '@b'],
        formats: ['General', ...new Array<string>(31).fill('General'), '@'],
      },
    ]);
    expect(
      row(5, [
        [1, 'a'],
        [34, 'b'],
      ]).map((s) => [s.left, s.values]),
    ).toEqual([
      [1, ['a']],
      [34, ['b']],
    ]);
  });

  it('adds a row to a block up to 32 rows below it, and starts another farther down', () => {
    expect(shape([...row(1, [[1, 'a']]), ...row(33, [[1, 'b']])])).toEqual([
      [
        [1, 1, 33, 1],
        ['1,1=a', '33,1=b'],
      ],
    ]);
    expect(shape([...row(1, [[1, 'a']]), ...row(34, [[1, 'b']])])).toEqual([
      [[1, 1, 1, 1], ['1,1=a']],
      [[34, 1, 1, 1], ['34,1=b']],
    ]);
  });

  it('adds a row to a block it lies within 32 columns of, on either side, and widens the block', () => {
    expect(shape([...row(1, [[1, 'a']]), ...row(2, [[33, 'b']])])).toEqual([
      [
        [1, 1, 2, 33],
        ['1,1=a', '2,33=b'],
      ],
    ]);
    expect(shape([...row(1, [[1, 'a']]), ...row(2, [[34, 'b']])])).toEqual([
      [[1, 1, 1, 1], ['1,1=a']],
      [[2, 34, 1, 1], ['2,34=b']],
    ]);
    expect(shape([...row(1, [[40, 'a']]), ...row(2, [[8, '@b']])])).toEqual([
      [
        [1, 8, 2, 33],
        ['1,40=a', '2,8=@b [tekst]'],
      ],
    ]);
    expect(shape([...row(1, [[40, 'a']]), ...row(2, [[7, 'b']])])).toEqual([
      [[1, 40, 1, 1], ['1,40=a']],
      [[2, 7, 1, 1], ['2,7=b']],
    ]);
  });

  it('joins two blocks when a row reaches to within 32 columns of the other, so that blocks never overlap', () => {
    // The far block begins a row lower; the row that reaches ends at column `reach`.
    const cells = (reach: number) => [
      ...row(1, [[1, 'a']]),
      ...row(2, [[100, 'z']]),
      ...row(3, [
        [2, 'b'],
        [30, 'c'],
        [60, 'd'],
        [reach, 'e'],
      ]),
    ];
    expect(shape(cells(68))).toEqual([
      [
        [1, 1, 3, 100],
        ['1,1=a', '2,100=z', '3,2=b', '3,30=c', '3,60=d', '3,68=e'],
      ],
    ]);
    expect(shape(cells(67)).map(([box]) => box)).toEqual([
      [1, 1, 3, 67],
      [2, 100, 1, 1],
    ]);
    // A row joining the block on the right reaches leftward to within 32 columns of the block on the left.
    const leftward = (from: number) => [
      ...row(1, [[100, 'z']]),
      ...row(2, [[1, 'a']]),
      ...row(3, [
        [from, 'b'],
        [from + 32, 'c'],
        [from + 64, 'd'],
      ]),
    ];
    expect(shape(leftward(33)).map(([box]) => box)).toEqual([[1, 1, 3, 100]]);
    expect(shape(leftward(34)).map(([box]) => box)).toEqual([
      [1, 34, 3, 67],
      [2, 1, 1, 1],
    ]);
    // A block far to the left stays apart from a row that reaches only rightward.
    const left = [
      ...row(1, [[1, 'a']]),
      ...row(1, [[100, 'z']]),
      ...row(2, [
        [101, 'y'],
        [130, 'x'],
      ]),
    ];
    expect(shape(left).map(([box]) => box)).toEqual([
      [1, 1, 1, 1],
      [1, 100, 2, 31],
    ]);
  });

  it('gives the empty cells of a block no number format of their own (General)', () => {
    const [block] = packBlocks([...row(1, [[1, '@a']]), ...row(3, [[2, 'b']])]);
    expect(block!.numberFormats).toEqual([
      ['@', 'General'],
      ['General', 'General'],
      ['General', 'General'],
    ]);
  });

  it('keeps a block that ended far above apart from the blocks below it, in reading order', () => {
    const cells = [...row(1, [[1, 'a']]), ...row(2, [[200, 'x']]), ...row(100, [[1, 'b']]), ...row(101, [[200, 'y']])];
    expect(shape(cells).map(([box]) => box)).toEqual([
      [1, 1, 1, 1],
      [2, 200, 1, 1],
      [100, 1, 1, 1],
      [101, 200, 1, 1],
    ]);
    // Two blocks of the same first row, the right one ended long before the left one: left first.
    const sameTop = [
      ...row(1, [
        [1, 'a'],
        [200, 'x'],
      ]),
      ...Array.from({ length: 40 }, (_, i) => row(i + 2, [[1, 'a']])).flat(),
    ];
    expect(shape(sameTop).map(([box]) => box)).toEqual([
      [1, 1, 41, 1],
      [1, 200, 1, 1],
    ]);
  });
});
