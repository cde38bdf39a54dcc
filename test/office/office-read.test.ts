import { officeErrorMessage } from '../../src/adapters/office/errors';
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { Grid } from '../../src/domain/read/grid';
import type { SheetSnapshot } from '../../src/domain/schema/snapshot';
import { t } from '../../src/domain/teksten/index';
import { FakeWorkbook, LIMIT } from '../helpers/fake-excel';

// Reading a workbook too large for one request: what arrives, and how often Excel is asked.

const text = (len: number) => (i: number, j: number) => `${'é'.repeat(60)}${'ondermijning '.repeat(40)}${i},${j}`.slice(0, len);

function large(rows: number, cols: number, len: number): FakeWorkbook {
  const fake = new FakeWorkbook();
  fake.addSheet('Acties').fill(Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => text(len)(i, j))));
  return fake;
}

/** A sheet's values as rows, whatever blocks they arrived in. */
function rowsOf(sheet: SheetSnapshot): unknown[][] {
  const grid = new Grid(sheet);
  const rows: unknown[][] = [];
  grid.forEachRow(1, 1_048_576, (r) => rows.push(grid.rowCells(r).map(([, v]) => v)));
  return rows;
}

async function read(fake: FakeWorkbook) {
  const port = new OfficeWorkbook(fake.run, fake.runIn);
  return { snapshot: await port.read(), roundTrips: port.lastReadRoundTrips };
}

const refusal = async (fake: FakeWorkbook) => officeErrorMessage(await read(fake).catch((e: unknown) => e), 'nl');

describe('a workbook too large for one request', () => {
  it.each([
    [4000, 10, 180],
    [20_000, 8, 40],
    [300, 200, 100],
  ])('%i rows × %i columns of %i characters: every cell arrives once, in as few requests as its bytes need', async (rows, cols, len) => {
    const fake = large(rows, cols, len);
    const { snapshot, roundTrips } = await read(fake);
    const values = rowsOf(snapshot.sheets[0]!);
    expect(values).toHaveLength(rows);
    expect(values.every((row, i) => row.length === cols && row.every((v, j) => v === text(len)(i, j)))).toBe(true);
    expect(snapshot.sheets[0]!.blocks.reduce((n, b) => n + b.values.length * b.values[0]!.length, 0)).toBe(rows * cols);
    expect(roundTrips).toBe(fake.syncs);
    // Request 2 asked for everything at once and was refused: its size is what the content costs. Excel takes at
    // most LIMIT a response, so no reader needs fewer requests than that size ÷ LIMIT; aiming under it costs two more.
    // Refused: the first guess, and at most once more before a block that arrived has measured the cells.
    const [, whole, , ...blocks] = fake.requests;
    expect(whole!.refused).toBe(true);
    expect(blocks.filter((r) => r.refused).length).toBeLessThanOrEqual(2);
    // Once a block has arrived, its measure holds: no request after it is refused.
    expect(blocks.slice(blocks.findIndex((r) => !r.refused)).filter((r) => r.refused)).toEqual([]);
    expect(blocks.filter((r) => !r.refused).length).toBeLessThanOrEqual(Math.ceil(whole!.responseBytes / LIMIT) + 2);
  });

  it('keeps hidden, protected and empty sheets, tables and fingerprints as a read in one request does', async () => {
    const fake = large(4000, 10, 180);
    // Only formatted, as Excel keeps a sheet where cells were cleared: no values, so no block.
    const leeg = fake.addSheet('Leeg');
    for (let r = 1; r <= 100; r++) leeg.set(r, 3, { format: '@' });
    fake.addSheet('Verborgen').fill([['x']]);
    fake.sheet('Verborgen').visibility = 'Hidden';
    fake.sheet('Verborgen').protected = true;
    fake.tables.push({ name: 'Acties_2021', sheet: 'Acties', address: 'Acties!A1:J4000', showHeaders: true, showTotals: false });
    fake.names.set('driehoek_vingerafdruk', '="abc"');
    const { snapshot, roundTrips } = await read(fake);
    expect(fake.requests[1]!.refused).toBe(true);
    expect(snapshot.sheets.map((s) => [s.name, s.visible, s.protected, rowsOf(s).length])).toEqual([
      ['Acties', true, false, 4000],
      ['Leeg', true, false, 0],
      ['Verborgen', false, true, 1],
    ]);
    expect(snapshot.sheets[1]!.blocks).toEqual([]);
    expect(snapshot.tables).toEqual([{ name: 'Acties_2021', sheet: 'Acties', range: 'A1:J4000', headerRows: 1, totalsRows: 0 }]);
    expect(snapshot.vingerafdrukken).toEqual({ overzicht: 'abc' });
    expect(roundTrips).toBe(fake.syncs);
  });

  it('reads only where values are, not the formatted cells around them', async () => {
    const fake = new FakeWorkbook();
    const sheet = fake.addSheet('Acties').fill([
      ['Actie', 'Trekker'],
      ['Wvggz', 'Hattem'],
    ]);
    for (let r = 1; r <= 100; r++) sheet.set(r, 50, { format: '@' });
    const { snapshot, roundTrips } = await read(fake);
    expect(snapshot.sheets[0]!.blocks.map((b) => [b.top, b.left, b.values.length, b.values[0]!.length])).toEqual([[1, 1, 2, 2]]);
    expect([fake.syncs, roundTrips]).toEqual([2, 2]);
  });

  it('reads rows too wide for a block one at a time, and a small sheet between them whole', async () => {
    // 16,384 cells of about 275 bytes: a row of 4.5 MB, more than a block, less than Excel refuses.
    const wide = (rows: number) => Array.from({ length: rows }, (_, i) => Array.from({ length: 16_384 }, (_, j) => text(193)(i, j)));
    const fake = new FakeWorkbook();
    fake.addSheet('Breed').fill(wide(3));
    fake.addSheet('Acties').fill(Array.from({ length: 10 }, (_, i) => [0, 1].map((j) => text(10)(i, j))));
    fake.addSheet('Breder').fill(wide(2));
    const { snapshot, roundTrips } = await read(fake);
    expect(snapshot.sheets.map((s) => rowsOf(s))).toEqual([
      wide(3),
      Array.from({ length: 10 }, (_, i) => [0, 1].map((j) => text(10)(i, j))),
      wide(2),
    ]);
    expect(roundTrips).toBe(fake.syncs);
  });

  it('reads sheets of one wide row each, refused together, in fewer at a time', async () => {
    // 16,384 cells of about 140 bytes: three rows of 2.3 MB, refused as one request, read two and one.
    const fake = new FakeWorkbook();
    for (const name of ['Een', 'Twee', 'Drie']) fake.addSheet(name).fill([Array.from({ length: 16_384 }, (_, j) => text(60)(0, j))]);
    const { snapshot, roundTrips } = await read(fake);
    expect(snapshot.sheets.map((s) => rowsOf(s).map((row) => row.length))).toEqual([[16_384], [16_384], [16_384]]);
    expect(roundTrips).toBe(fake.syncs);
  });

  it('says in Dutch that the workbook is too large when even one row is refused, and stops asking', async () => {
    const fake = large(1, 16_384, 400);
    expect(await refusal(fake)).toBe(t('nl', 'excel.teGroot'));
    // The meta data, the whole, the sizes, and the one row.
    expect(fake.syncs).toBe(4);
  });

  it.each([
    ['in one request', 2, large(10, 2, 10)],
    ['in blocks', 4, large(4000, 10, 180)],
  ])('says in Dutch that a sheet went away when the user deletes it while it is read %s, and stops asking', async (_, request, fake) => {
    fake.beforeRequest = (n) => n === request && fake.removeSheet(fake.sheet('Acties'));
    expect(await refusal(fake)).toBe(t('nl', 'excel.weg'));
    expect(fake.syncs).toBe(request);
  });
});
