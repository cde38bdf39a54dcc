import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import type { CellWrite } from '../../src/domain/fixes/planner';
import type { GeneratedSheet } from '../../src/domain/schema/overzicht';
import { FakeWorkbook, LIMIT } from '../helpers/fake-excel';
import { EMPTY_SHEET } from '../helpers/generated-sheet';

const SHEET: GeneratedSheet = {
  ...EMPTY_SHEET,
  name: 'Driehoek-voortgang',
  cells: [
    ['Partij', 'Opgeleverd', 'Open'],
    ['Epe', 2, 1],
  ],
};

const generated = (fake: FakeWorkbook, sheet: Partial<GeneratedSheet>, existing?: string) =>
  new OfficeWorkbook(fake.run, fake.runIn).writeGenerated({
    sheet: { ...SHEET, ...sheet },
    ...(existing && { existing }),
    fingerprintName: 'driehoek_voortgang',
    fingerprint: 'x',
    area: 'A1:C2',
  });
const temporary = (fake: FakeWorkbook) => fake.sheets.filter((s) => s.name.startsWith('driehoek ')).map((s) => s.name);

/** A workbook that already holds driehoek's sheet, as the last run wrote it. */
async function withOldSheet(): Promise<FakeWorkbook> {
  const fake = new FakeWorkbook();
  fake.addSheet('Acties').fill([['Actie']]);
  await generated(fake, {});
  fake.requests = [];
  return fake;
}

describe('a generated sheet written through Office.js', () => {
  it('leaves the old sheet and no temporary sheet when Excel fails while the new one is still being built', async () => {
    const fake = await withOldSheet();
    const before = fake.sheet(SHEET.name).dump();
    const cells = Array.from({ length: 40_000 }, (_, i) => [`Partij ${i} ${'x'.repeat(100)}`, i, i]);
    let blocks = 0;
    fake.failOn = (what) => what.startsWith('values') && ++blocks === 2;
    await expect(generated(fake, { cells }, SHEET.name)).rejects.toThrow();
    expect(fake.sheet(SHEET.name).dump()).toEqual(before);
    expect(temporary(fake)).toEqual([]);
  });

  it('refuses with a sentence when the sheet is protected while driehoek writes it, and puts back what it held', async () => {
    const fake = await withOldSheet();
    const before = fake.sheet(SHEET.name).dump();
    fake.failOn = (what) => {
      // The user protects the sheet between driehoek's check and its last batch.
      if (what.startsWith('unmerge')) fake.sheet(SHEET.name).protected = true;
      return false;
    };
    await expect(generated(fake, { cells: [['Partij'], ['Heerde']] }, SHEET.name)).rejects.toMatchObject({ reden: 'beveiligd' });
    fake.sheet(SHEET.name).protected = false;
    expect(fake.sheet(SHEET.name).dump()).toEqual(before);
  });

  it('formats each range as the sheet asks: alignment, and borders round and inside it', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Acties').fill([['Actie']]);
    const formats: GeneratedSheet['formats'] = [
      { range: 'A1', style: { hAlign: 'left', vAlign: 'top', border: true } },
      { range: 'B1:B3', style: { hAlign: 'center', vAlign: 'center', border: true } },
      { range: 'C1:E1', style: { hAlign: 'right', border: true } },
      { range: 'A5:B6', style: { border: true } },
      { range: 'D5', style: { bold: true, fill: 'FFEE00' } },
    ];
    await generated(fake, { cells: [['x']], formats });
    const style = (r: number, c: number) => fake.sheet(SHEET.name).get(r, c)?.style ?? {};
    const pick = (st: Record<string, unknown>, prefix: string) =>
      Object.keys(st)
        .filter((k) => k.startsWith(prefix))
        .sort();
    const edges = (inside: string[]) => ['EdgeBottom', 'EdgeLeft', 'EdgeRight', 'EdgeTop', ...inside].map((e) => `border.${e}.style`).sort();
    expect([style(1, 1).horizontalAlignment, style(1, 1).verticalAlignment, pick(style(1, 1), 'border.')]).toEqual(['Left', 'Top', edges([])]);
    expect([style(2, 2).horizontalAlignment, style(2, 2).verticalAlignment, pick(style(2, 2), 'border.')]).toEqual([
      'Center',
      'Center',
      edges(['InsideHorizontal']),
    ]);
    expect([style(1, 4).horizontalAlignment, style(1, 4).verticalAlignment, pick(style(1, 4), 'border.')]).toEqual([
      'Right',
      undefined,
      edges(['InsideVertical']),
    ]);
    expect(pick(style(6, 2), 'border.')).toEqual(edges(['InsideHorizontal', 'InsideVertical']));
    expect(new Set(Object.values(pick(style(6, 2), 'border.')).map((k) => style(6, 2)[k]))).toEqual(new Set(['Continuous']));
    expect([style(5, 4)['font.bold'], style(5, 4)['fill.color'], pick(style(5, 4), 'border.'), style(5, 4).horizontalAlignment]).toEqual([
      true,
      '#FFEE00',
      [],
      undefined,
    ]);
  });

  it('writes a short row as empty cells after its end, text as text and numbers as numbers', async () => {
    const fake = new FakeWorkbook();
    await generated(fake, { cells: [['Partij', 'Opgeleverd', 'Open'], ['Epe', 2], ['Heerde']] });
    const s = fake.sheet(SHEET.name);
    expect([1, 2, 3].map((c) => s.get(3, c)?.value ?? '')).toEqual(['Heerde', '', '']);
    expect([s.get(2, 1), s.get(2, 2)]).toEqual([
      expect.objectContaining({ value: 'Epe', format: '@' }),
      expect.objectContaining({ value: 2, format: 'General' }),
    ]);
  });

  it('counts the number formats it sends toward Excel’s request limit, also where they outweigh the values', async () => {
    const fake = new FakeWorkbook();
    const cells = Array.from({ length: 50_000 }, (_, i) => Array.from({ length: 10 }, (_, j) => i + j));
    await generated(fake, { cells });
    expect(fake.requests.filter((r) => r.refused)).toEqual([]);
    expect(fake.sheet(SHEET.name).get(50_000, 10)?.value).toBe(50_008);
  });

  it.each([
    [{ rows: 3, columns: 1 }, 'A1:A3'],
    [{ rows: 2, columns: 0 }, 'rows:2'],
    [{ rows: 0, columns: 1 }, 'columns:1'],
    [{ rows: 0, columns: 0 }, undefined],
  ])('freezes %j of a new sheet, and nothing else', async (freeze, frozen) => {
    const fake = new FakeWorkbook();
    await generated(fake, { freeze });
    expect(fake.sheet(SHEET.name).freeze).toBe(frozen);
  });

  it('prints a sheet that is not fitted at full size, with its columns as wide as laid out', async () => {
    const fake = new FakeWorkbook();
    await generated(fake, { columnWidths: [20, 40] });
    const s = fake.sheet(SHEET.name);
    expect(s.pageLayout.zoom).toEqual({ scale: 100 });
    const [a, b] = [s.columnWidths.get(1), s.columnWidths.get(2)];
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a!);
  });

  it('tells a failure of Excel while adding the sheet from a name another sheet holds', async () => {
    const fake = new FakeWorkbook();
    fake.failOn = (what) => what.startsWith('rename');
    // Excel's own error goes to the user, not the sentence about a chart sheet holding the name.
    await expect(generated(fake, {})).rejects.toThrow(/failed at rename/);
    expect(temporary(fake)).toEqual([]);
  });

  it('refuses with the sentence about the name also when Excel answers a taken name with InvalidArgument', async () => {
    const fake = new FakeWorkbook();
    fake.failOn = (what) => what.startsWith('rename') && 'InvalidArgument';
    await expect(generated(fake, {})).rejects.toMatchObject({ reden: 'geenWerkblad' });
    expect(temporary(fake)).toEqual([]);
  });

  it('writes rows as long as Excel allows in requests Excel accepts', async () => {
    const fake = new FakeWorkbook();
    // Forty cells of 32,767 characters: over a megabyte a row, so a block holds three.
    const cells = Array.from({ length: 8 }, (_, i) => Array.from({ length: 40 }, (_, j) => `${i}.${j} ${'x'.repeat(32_760)}`));
    await generated(fake, { cells, columnWidths: [] });
    expect(fake.requests.filter((r) => r.refused || r.requestBytes > LIMIT)).toEqual([]);
    expect([fake.sheet(SHEET.name).get(8, 40)?.value]).toEqual([cells[7]![39]]);
  });

  it('lays out a sheet replaced in place as a new one: its columns as wide, its pages broken after the same rows', async () => {
    const layout = { columnWidths: [20, 40], rowBreaks: [10, 25] };
    const fresh = new FakeWorkbook();
    await generated(fresh, layout);
    const replaced = await withOldSheet();
    await generated(replaced, { rowBreaks: [3] }, SHEET.name);
    await generated(replaced, layout, SHEET.name);
    for (const s of [fresh.sheet(SHEET.name), replaced.sheet(SHEET.name)]) {
      // Excel breaks a page above the row it is given: after rows 10 and 25, and no longer after row 3.
      expect(s.breaks).toEqual([11, 26]);
      const [a, b] = [s.columnWidths.get(1), s.columnWidths.get(2)];
      expect(a).toBeGreaterThan(0);
      expect(b).toBeGreaterThan(a!);
    }
  });

  it('keeps the page margins the printed pages were laid out for, in points', async () => {
    const fake = new FakeWorkbook();
    await generated(fake, {});
    // 0.5 inch left and right, 0.6 top and bottom, 0.3 header and footer (documenten/pagina.ts), 72 points an inch.
    const layout = fake.sheet(SHEET.name).pageLayout;
    const margins = ['leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin'].map(
      (k) => Math.round(Number(layout[k]) * 10) / 10,
    );
    expect(margins).toEqual([36, 36, 43.2, 43.2, 21.6, 21.6]);
  });

  it('keeps the backup, hidden, when even putting the old content back fails: nothing is lost', async () => {
    const fake = await withOldSheet();
    let copies = 0;
    // The first copy makes the backup, the second replaces the content, the third would put the backup back.
    fake.failOn = (what) => what.startsWith('copyFrom') && ++copies >= 2;
    await expect(generated(fake, { cells: [['Partij'], ['Heerde']] }, SHEET.name)).rejects.toThrow();
    const left = fake.sheets.filter((s) => s.name.startsWith('driehoek '));
    expect(left.map((s) => [s.name.split(' ')[1], s.visibility])).toEqual([['vorige', 'Hidden']]);
    expect(left[0]!.get(2, 1)?.value).toBe('Epe');
  });

  it('keeps its fingerprint in a hidden name that says in Name Manager what it is for', async () => {
    const fake = new FakeWorkbook();
    await generated(fake, {});
    expect(fake.names.get('driehoek_voortgang')).toBe('="x"');
    expect(fake.nameComments.get('driehoek_voortgang')).toMatch(/^driehoek: /);
  });

  it('sets up a new sheet to print: fitted to the page width, its header on every page', async () => {
    const fake = new FakeWorkbook();
    await generated(fake, { fitToWidth: true, printTitleRows: '3:4' });
    expect(fake.sheet(SHEET.name).pageLayout).toMatchObject({
      orientation: 'Portrait',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$3:$4',
    });
  });

  it('colours the chart’s series in order, starting again when there are more series than colours', async () => {
    const fake = new FakeWorkbook();
    const chart = { naam: 'driehoek-voortgang', titel: 'Voortgang', bereik: 'A1:D2', kleuren: ['112233', '445566'], van: 'F1', tot: 'L10' };
    await generated(fake, {
      cells: [
        ['Partij', 'Opgeleverd', 'Open', 'Achterstallig'],
        ['Epe', 2, 1, 0],
      ],
      chart,
    });
    expect(fake.sheet(SHEET.name).charts[0]!.colors).toEqual(['#112233', '#445566', '#112233']);
  });
});

describe('cells written through Office.js', () => {
  const edit = (fake: FakeWorkbook, writes: CellWrite[], sheets = [] as Array<{ name: string; header: string[] }>) =>
    new OfficeWorkbook(fake.run, fake.runIn).edit({
      ranges: writes.map((w) => ({ sheet: w.sheet, range: w.cell })),
      decide: () => ({ writes, sheets }),
    });
  const before = { value: 'Politie', formula: false, format: '@' };

  it('takes one round trip when the planner decides to write nothing', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Acties').fill([['Trekker'], ['Politie']]);
    await edit(fake, []);
    expect([fake.syncs, fake.writes]).toEqual([1, 0]);
  });

  it('empties a cell when the planner says so (an undo of a filled cell)', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Acties').fill([['Trekker'], ['Politie']]);
    await edit(fake, [{ sheet: 'Acties', cell: 'A2', value: null, before }]);
    expect(fake.sheet('Acties').get(2, 1)?.value ?? '').toBe('');
  });

  it('writes nothing when Excel refuses the read, as while the user is typing in a cell', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Acties').fill([['Trekker'], ['Hatterm']]);
    let typing = true;
    // Excel refuses the first request (cell edit mode); the user has finished typing by the next.
    Object.defineProperty(fake, 'editingCell', { get: () => [typing, (typing = false)][0] });
    await expect(edit(fake, [{ sheet: 'Acties', cell: 'A2', value: 'Hattem', before: { ...before, value: 'Hatterm' } }])).rejects.toThrow();
    expect(fake.sheet('Acties').get(2, 1)?.value).toBe('Hatterm');
  });

  it('adds a missing table as a sheet with a bold header row in text, kept in view', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Acties').fill([['Trekker']]);
    await edit(fake, [], [{ name: 'Partijen', header: ['Naam', 'Soort'] }]);
    const s = fake.sheet('Partijen');
    expect([1, 2].map((c) => s.get(1, c))).toEqual(
      [1, 2].map(() => expect.objectContaining({ format: '@', style: expect.objectContaining({ 'font.bold': true }) })),
    );
    expect(s.freeze).toBe('rows:1');
  });

  it('adds a sheet without a header row when the template has none', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Acties').fill([['Trekker']]);
    await edit(fake, [], [{ name: 'Leeg', header: [] }]);
    expect(fake.sheet('Leeg').get(1, 1)?.value ?? '').toBe('');
  });
});
