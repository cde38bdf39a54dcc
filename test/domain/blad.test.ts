import { BladBouwer } from '../../src/domain/documenten/blad';
import { bedrukbaar, kolomPt, MAX_LIJNEN, papierVoor, regels, rijHoogte } from '../../src/domain/documenten/pagina';
import { styleGrid } from '../../src/domain/overzicht/layout';
import type { GeneratedSheet } from '../../src/domain/schema/overzicht';
import { rowText } from '../helpers/snapshot';

/** The printable height of A4 portrait: 842 pt less 0.6 inch above and below. */
const A4_HOOG = 842 - 1.2 * 72;
const KOP = { bold: true, fill: 'D9E1F2', border: true, wrap: true, vAlign: 'top' };
const RIJ = { border: true, wrap: true, vAlign: 'top' };

const bouw = (b: BladBouwer) => b.build('Blad', { rows: 0, columns: 0 }, true);
const tekst = (s: GeneratedSheet, rij: number) => rowText(s.cells[rij - 1]!);

describe('the printed page in points', () => {
  it('is the paper less half an inch left and right and 0.6 inch above and below', () => {
    expect(bedrukbaar('A4', false).breed).toBe(595 - 72);
    expect(bedrukbaar('A4', false).hoog).toBeCloseTo(A4_HOOG, 6);
    expect(bedrukbaar('A4', true).breed).toBe(842 - 72);
    expect(bedrukbaar('A3', false).breed).toBe(842 - 72);
    expect(bedrukbaar('A3', true)).toEqual({ breed: 1191 - 72, hoog: expect.closeTo(842 - 86.4, 6) });
  });

  it('takes a column of w characters as 7w + 5 pixels at 96 to the inch', () => {
    expect(kolomPt(17)).toBe(93);
    expect(kolomPt(0)).toBe(3.75);
  });

  it('chooses A4 while every column fits it with 4 % to spare, then A3, and scales only what A3 cannot hold', () => {
    // A4 portrait holds 523 pt: a column of 95 characters needs 502.5 pt and 4 % more, one of 96 too much.
    expect(papierVoor([95], false)).toEqual({ papier: 'A4', passend: true });
    expect(papierVoor([96], false)).toEqual({ papier: 'A3', passend: true });
    expect(papierVoor([140], false)).toEqual({ papier: 'A3', passend: true });
    expect(papierVoor([141], false)).toEqual({ papier: 'A3', passend: false });
    expect(papierVoor([140], true)).toEqual({ papier: 'A4', passend: true });
    expect(papierVoor([204], true)).toEqual({ papier: 'A3', passend: true });
    expect(papierVoor([205], true)).toEqual({ papier: 'A3', passend: false });
    // Every column counts: 50 and 44 fit A4 portrait, 50 and 45 do not.
    expect(papierVoor([50, 44], false).papier).toBe('A4');
    expect(papierVoor([50, 45], false).papier).toBe('A3');
  });
});

describe('lines of wrapped text', () => {
  it('fits about 1.1 letters per character of width, and fewer in bold', () => {
    // A column of 10 holds 11 letters a line, in bold 10.
    expect(regels('aaaa bbbbbb', 10)).toBe(1);
    expect(regels('aaaa bbbbbb', 10, true)).toBe(2);
    expect(regels('aaaa bbbbbb c', 10)).toBe(2);
    expect(regels('', 10)).toBe(1);
    expect(regels('  aaaa    bbbbbb  ', 10)).toBe(1);
  });

  it('counts each paragraph on its own lines, an empty one too', () => {
    expect(regels('a\nb', 10)).toBe(2);
    expect(regels('a\n\nb', 10)).toBe(3);
  });

  it('breaks a word longer than the line inside itself, going on after its last piece', () => {
    const x = (n: number) => 'x'.repeat(n);
    expect(regels(x(25), 10)).toBe(3);
    // The last piece of 25 letters holds 3 of 11: "yyyyyyy" still fits beside it, "z" does not.
    expect(regels(`${x(25)} yyyyyyy`, 10)).toBe(3);
    expect(regels(`${x(25)} yyyyyyy z`, 10)).toBe(4);
    expect(regels(`ab ${x(25)}`, 10)).toBe(4);
    // A word of exactly two lines fills its last line.
    expect(regels(`${x(22)} y`, 10)).toBe(3);
  });

  it('gives a very narrow column at least four letters a line', () => {
    expect(regels('abcd', 1)).toBe(1);
    expect(regels('abcde', 1)).toBe(2);
  });
});

describe('the height of a row', () => {
  it('is 15 pt a line of 11 pt, with 3 pt to spare over more lines', () => {
    expect([rijHoogte(1), rijHoogte(2), rijHoogte(3)]).toEqual([15, 33, 48]);
  });

  it('grows with larger type', () => {
    expect([rijHoogte(1, 12), rijHoogte(1, 14), rijHoogte(2, 14), rijHoogte(1, 10)]).toEqual([16, 19, 41, 15]);
  });

  it('is never more than Excel allows, and the lines a cell may hold fit in it', () => {
    expect(rijHoogte(40)).toBe(409);
    expect(MAX_LIJNEN).toBe(27);
    expect(rijHoogte(MAX_LIJNEN)).toBe(27 * 15 + 3);
  });
});

describe('a line across the sheet', () => {
  it('is merged over every column, wraps, and stands at the top of its row', () => {
    const b = new BladBouwer([10, 20, 30], 'A4', false);
    b.regel('Titel');
    const s = bouw(b);
    expect(s.cells).toEqual([['Titel', '', '']]);
    expect(s.merges).toEqual(['A1:C1']);
    expect(s.formats).toEqual([{ range: 'A1', style: { wrap: true, vAlign: 'top' } }]);
    expect(s.rowHeights).toEqual({});
  });

  it('takes the height its words need in its own type size', () => {
    const b = new BladBouwer([10, 20, 30], 'A4', false);
    const twintig = 'woord '.repeat(20).trim();
    // 60 characters hold 66 letters a line: eleven words. At 14 pt in bold they hold 47: eight words.
    b.regel(twintig);
    b.regel(twintig, { bold: true, size: 14 });
    b.regel('Kop', { bold: true, size: 14 });
    const s = bouw(b);
    expect(s.rowHeights).toEqual({ '1': 33, '2': 3 * 19 + 3, '3': 19 });
    expect(s.formats[1]).toEqual({ range: 'A2', style: { wrap: true, vAlign: 'top', bold: true, size: 14 } });
  });

  it('merges nothing on a sheet of one column', () => {
    const b = new BladBouwer([60], 'A4', false);
    b.regel('Titel');
    expect(bouw(b).merges).toEqual([]);
  });

  it('goes to a new page when it does not fit on this one', () => {
    const b = new BladBouwer([60], 'A4', false);
    for (let i = 0; i < 51; i++) b.regel(`regel ${i + 1}`);
    // 50 lines of 15 pt fill 750 of the page's 755.6 pt.
    expect(bouw(b).rowBreaks).toEqual([50]);
  });
});

describe('blank rows', () => {
  it('are as wide as the sheet and of the default height', () => {
    const b = new BladBouwer([10, 20], 'A4', true);
    b.leeg();
    const s = bouw(b);
    expect([s.cells, s.rowHeights, s.formats]).toEqual([[['', '']], {}, []]);
  });

  it('make room for a chart on one page, as many rows as its height takes', () => {
    const b = new BladBouwer([60], 'A4', false);
    b.regel('Titel');
    expect(b.ruimte(100)).toEqual({ van: 2, tot: 8 });
    for (let i = 0; i < 41; i++) b.leeg();
    // 49 rows on the page: 735 pt, and 300 more do not fit.
    expect(b.ruimte(300)).toEqual({ van: 50, tot: 69 });
    expect(bouw(b).rowBreaks).toEqual([49]);
  });

  it('stay on the page a chart fills to its last point', () => {
    const b = new BladBouwer([60], 'A4', false);
    b.regel('Titel');
    b.ruimte(bedrukbaar('A4', false).hoog - 15);
    // No break between the title and the chart's rows.
    expect(bouw(b).rowBreaks?.[0]).toBeGreaterThan(1);
  });
});

describe('a table', () => {
  const tabel = () => {
    const b = new BladBouwer([10, 20, 30], 'A4', false);
    const kopRij = b.tabel({
      titel: 'Tabel',
      kop: ['K1', 'K2'],
      spans: [1, 2],
      rijen: [['a', 'b'], { groep: 'G' }, ['c', 4]],
      slot: ['T', 5],
      eersteVet: true,
      rechtsVanaf: 1,
      leeg: '(geen)',
    });
    return { b, kopRij };
  };

  it('writes its title, head, groups, rows and closing row, each field over its span', () => {
    const { b, kopRij } = tabel();
    const s = bouw(b);
    expect(kopRij).toBe(2);
    expect(s.cells).toEqual([
      ['Tabel', '', ''],
      ['K1', 'K2', ''],
      ['a', 'b', ''],
      ['G', '', ''],
      ['c', 4, ''],
      ['T', 5, ''],
    ]);
    expect(s.merges).toEqual(['A1:C1', 'B2:C2', 'B3:C3', 'A4:C4', 'B5:C5', 'B6:C6']);
    expect(s.rowHeights).toEqual({ '1': 16 });
  });

  it('sets the head on blue, a group on grey in bold, the counts to the right, the first field and the totals in bold', () => {
    const styles = styleGrid(bouw(tabel().b));
    expect(styles.get('A1')).toEqual({ wrap: true, vAlign: 'top', bold: true, size: 12 });
    for (const c of ['A2', 'B2', 'C2']) expect(styles.get(c)).toEqual(KOP);
    expect(styles.get('A3')).toEqual({ ...RIJ, bold: true });
    expect(styles.get('B3')).toEqual({ ...RIJ, hAlign: 'right' });
    expect(styles.get('C3')).toEqual({ ...RIJ, hAlign: 'right' });
    expect(styles.get('A4')).toEqual({ bold: true, border: true, wrap: true, fill: 'EDEDED' });
    expect(styles.get('C4')).toEqual(styles.get('A4'));
    expect(styles.get('A6')).toEqual({ ...RIJ, bold: true, fill: 'F2F2F2' });
    expect(styles.get('C6')).toEqual({ ...RIJ, hAlign: 'right', bold: true, fill: 'F2F2F2' });
  });

  it('without spans or extras: one column a field, no alignment, nothing bold', () => {
    const b = new BladBouwer([10, 20], 'A4', false);
    expect(b.tabel({ kop: ['K1', 'K2'], rijen: [['a', 'b']], leeg: '' })).toBe(1);
    const s = bouw(b);
    expect([s.cells, s.merges]).toEqual([
      [
        ['K1', 'K2'],
        ['a', 'b'],
      ],
      [],
    ]);
    expect([styleGrid(s).get('A2'), styleGrid(s).get('B2')]).toEqual([RIJ, RIJ]);
  });

  it('says what it says when empty, under its title, and returns that line', () => {
    const b = new BladBouwer([10, 20], 'A4', false);
    b.regel('Boven');
    expect(b.tabel({ titel: 'Leeg', kop: ['K'], rijen: [], leeg: '(geen)' })).toBe(4);
    expect(bouw(b).cells.map((r) => r[0])).toEqual(['Boven', '', 'Leeg', '(geen)']);
  });

  it('takes the height of its fullest field, in bold where the field is bold', () => {
    const b = new BladBouwer([10, 10], 'A4', false);
    // 11 letters a line, 10 in bold: "aaaa bbbbbb" is one line, or two in the bold first field.
    b.tabel({
      kop: ['K', 'L'],
      rijen: [
        ['x', 'aaaa bbbbbb'],
        ['aaaa bbbbbb', 'x'],
        ['x', 'aaaa bbbbbb cc dd'],
      ],
      eersteVet: true,
      leeg: '',
    });
    b.tabel({ kop: ['K', 'L'], rijen: [['aaaa bbbbbb', 'x']], slot: ['aaaa bbbbbb', 'aaaa bbbbbb'], leeg: '' });
    b.tabel({ kop: ['aaaa bbbbbb', 'K'], rijen: [{ groep: 'aaaa bbbbbb cccc dddd' }], leeg: '' });
    // The first table stands in rows 1–4, the second in 5–7, the third in 8–9. A group spans both columns: 20 letters in bold.
    expect(bouw(b).rowHeights).toEqual({ '3': 33, '4': 33, '7': 33, '8': 33, '9': 33 });
  });
});

describe('a table over more pages', () => {
  const rijen = (n: number) => Array.from({ length: n }, (_, i) => [`r${i}`, 'x']);

  it('repeats its head on the next page', () => {
    const b = new BladBouwer([10, 20], 'A4', false);
    b.tabel({ kop: ['K1', 'K2'], rijen: rijen(60), leeg: '' });
    const s = bouw(b);
    // The head and 49 rows fill 750 pt of 755.6.
    expect(s.rowBreaks).toEqual([50]);
    expect([tekst(s, 50), tekst(s, 51), tekst(s, 52), s.cells.length]).toEqual(['r48 | x', 'K1 | K2', 'r49 | x', 62]);
  });

  it('keeps a group with the row under it', () => {
    const b = new BladBouwer([10, 20], 'A4', false);
    b.tabel({ kop: ['K1', 'K2'], rijen: [...rijen(48), { groep: 'G' }, ['laatste', 'x']], leeg: '' });
    const s = bouw(b);
    expect(s.rowBreaks).toEqual([49]);
    expect([tekst(s, 50), tekst(s, 51), tekst(s, 52)]).toEqual(['K1 | K2', 'G', 'laatste | x']);
  });

  it('keeps a last group on the page when it fits', () => {
    const b = new BladBouwer([10, 20], 'A4', false);
    b.tabel({ kop: ['K1', 'K2'], rijen: [...rijen(48), { groep: 'G' }], leeg: '' });
    expect(bouw(b).rowBreaks).toEqual([]);
  });

  it('starts on a new page when its title, head and first row do not fit on what is left', () => {
    const b = new BladBouwer([10, 20], 'A4', false);
    // 705 pt used; a blank line, the title (16 pt), head and a row take 61 more: 766, past the page's 755.6.
    for (let i = 0; i < 47; i++) b.regel(`regel ${i}`);
    b.tabel({ titel: 'Tabel', kop: ['K1', 'K2'], rijen: rijen(1), leeg: '' });
    const s = bouw(b);
    expect(s.rowBreaks).toEqual([47]);
    // On a new page a title needs no blank line above it.
    expect([tekst(s, 48), tekst(s, 49)]).toEqual(['Tabel', 'K1 | K2']);
  });

  it('starts on a new page when its head and first row do not fit, also without a title', () => {
    const b = new BladBouwer([10, 20], 'A4', false);
    for (let i = 0; i < 49; i++) b.regel(`regel ${i}`);
    b.tabel({ kop: ['K1', 'K2'], rijen: rijen(1), leeg: '' });
    expect(bouw(b).rowBreaks).toEqual([49]);
  });

  it('stays on the page when its title, head and first row fit', () => {
    const b = new BladBouwer([10, 20], 'A4', false);
    for (let i = 0; i < 45; i++) b.regel(`regel ${i}`);
    // 675 pt used; a blank line, the title (16 pt), head and a row take 61 more: 736.
    b.tabel({ titel: 'Tabel', kop: ['K1', 'K2'], rijen: rijen(1), leeg: '' });
    expect(bouw(b).rowBreaks).toEqual([]);
  });
});

describe('a page break', () => {
  const reus = 'woord '.repeat(60).trim();

  it('never stands before the first row, however tall the first table or chart', () => {
    // On A4 landscape (508.6 pt) a head and a first row of 409 pt each do not fit one page.
    const b = new BladBouwer([10], 'A4', true);
    b.tabel({ kop: [reus], rijen: [[reus]], leeg: '' });
    expect(bouw(b).rowBreaks![0]).toBeGreaterThan(0);
    const c = new BladBouwer([10], 'A4', true);
    c.ruimte(600);
    expect(bouw(c).rowBreaks![0]).toBeGreaterThan(0);
  });
});

describe('the sheet it builds', () => {
  it('holds the paper, orientation, widths and freeze it was given, and scales only what does not fit', () => {
    const breedtes = [10, 20];
    const b = new BladBouwer(breedtes, 'A3', true);
    b.regel('x');
    const s = b.build('Naam', { rows: 1, columns: 0 }, false);
    expect(s).toMatchObject({
      name: 'Naam',
      columnWidths: [10, 20],
      freeze: { rows: 1, columns: 0 },
      landscape: true,
      paper: 'A3',
      fitToWidth: true,
    });
    expect('chart' in s).toBe(false);
    expect(new BladBouwer([10], 'A4', false).build('N', { rows: 0, columns: 0 }, true).fitToWidth).toBe(false);
    const chart = { naam: 'c', titel: 'T', bereik: 'A1:B2', kleuren: ['000000'], van: 'A3', tot: 'B9' };
    expect(b.build('Naam', { rows: 0, columns: 0 }, true, chart).chart).toEqual(chart);
  });

  it('on a landscape page holds 33 lines of 15 pt', () => {
    const b = new BladBouwer([10], 'A4', true);
    for (let i = 0; i < 34; i++) b.leeg();
    expect(bouw(b).rowBreaks).toEqual([33]);
  });
});

describe('the columns a field spans', () => {
  const zes = [10, 10, 10, 10, 10, 10];
  it('follow the weights, each field at least one column, the last field to the edge', () => {
    const b = (breedtes: number[]) => new BladBouwer(breedtes, 'A4', false);
    expect(b(zes).spans([1, 1, 1])).toEqual([2, 2, 2]);
    expect(b(zes).spans([4, 1, 1])).toEqual([4, 1, 1]);
    expect(b(zes).spans([1, 10])).toEqual([1, 5]);
    expect(b(zes).spans([10, 1])).toEqual([5, 1]);
    expect(b([5, 50, 5]).spans([1, 1])).toEqual([1, 2]);
    // A field that would take every column leaves one for the field after it; one that would take none gets one.
    expect([b(zes).spans([1000, 1]), b(zes).spans([1, 1000])]).toEqual([
      [5, 1],
      [1, 5],
    ]);
    // The agenda's columns for Actie, Ingevlogen and Cel.
    expect(b([16, 27, 12, 9, 13, 12]).spans([4, 1, 1])).toEqual([3, 2, 1]);
  });
});
