import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/file';
import { officeErrorMessage } from '../../src/adapters/office/errors';
import { refusedForSize } from '../../src/adapters/office/limits';
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { validate } from '../../src/domain/engine';
import { keuzelijsten } from '../../src/domain/keuzelijsten';
import { Grid } from '../../src/domain/read/grid';
import { readWerkboek } from '../../src/domain/read/werkboek';
import { t } from '../../src/domain/teksten/index';
import type { Fix, ZekereFix } from '../../src/domain/schema/finding';
import type { WorkbookSnapshot } from '../../src/domain/schema/snapshot';
import { herstelAlleZekere, herstelEen, ongedaanMaken, overzichtMaken, valideer, zekereFixes } from '../../src/domain/usecases/index';
import { FakeWorkbook, LIMIT, serial } from '../helpers/fake-excel';
import { fakeFromSnapshot } from '../helpers/fake-from-snapshot';
import { EMPTY_SHEET } from '../helpers/generated-sheet';
import { generatedSnapshot } from '../helpers/generate';
import { xlsxFile } from '../helpers/cli';
import { buildPackage } from '../corpus/package-builder';
import { valuesOf } from '../helpers/snapshot';

const TODAY = { today: '2021-01-15' };
const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'uitvoeringsprogramma-2021.xlsx');

async function sampleSnapshot(): Promise<WorkbookSnapshot> {
  return (await XlsxWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), 'uitvoeringsprogramma-2021.xlsx')).read();
}

const sortBlocks = (blocks: number[][]) => [...blocks].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!);

function adapter(fake: FakeWorkbook, now?: () => number): OfficeWorkbook {
  return new OfficeWorkbook(fake.run, fake.runIn, now);
}

const temporary = (fake: FakeWorkbook) => fake.sheets.filter((s) => s.name.startsWith('driehoek ')).map((s) => s.name);

describe('reading, on documented patterns only', () => {
  it('reads the sample exactly as the file adapter does, in two round trips, writing nothing', async () => {
    const file = await sampleSnapshot();
    const fake = fakeFromSnapshot(file);
    const before = fake.sheets.map((s) => s.dump());
    const snapshot = await adapter(fake).read();
    expect(fake.syncs).toBe(2);
    expect(fake.writes).toBe(0);
    expect(fake.sheets.map((s) => s.dump())).toEqual(before);
    expect(snapshot.sheets.map((s) => [s.name, valuesOf(s)])).toEqual(file.sheets.map((s) => [s.name, valuesOf(s)]));
    expect(validate(snapshot, TODAY).findings).toEqual(validate(file, TODAY).findings);
  });

  it('reads every sheet of a workbook with many, without walking past the last one', async () => {
    const many = new FakeWorkbook();
    for (let i = 1; i <= 45; i++) many.addSheet(`Blad${i}`).fill([[`waarde ${i}`]]);
    const all = await adapter(many).read();
    expect(all.sheets.map((s) => valuesOf(s)[0]![0])).toEqual(Array.from({ length: 45 }, (_, i) => `waarde ${i + 1}`));
    expect(many.syncs).toBe(2);
  });

  it('reads hidden and protected sheets, tables and fingerprints as the file adapter does', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Blad').fill([['Actie'], ['Wvggz']]);
    fake.addSheet('Verborgen').fill([['x']]);
    fake.sheet('Verborgen').visibility = 'Hidden';
    fake.sheet('Verborgen').protected = true;
    fake.tables.push({ name: 'Acties_2021', sheet: 'Blad', address: 'Blad!A1:A2', showHeaders: false, showTotals: true });
    // A text constant is a fingerprint, its quotes doubled; a formula that compares or joins a text is not.
    fake.names.set('driehoek_vingerafdruk', '="a""b"');
    fake.names.set('driehoek_vingerafdruk_agenda', '=A1="x"');
    fake.names.set('driehoek_vingerafdruk_voortgang', '="a"&B1');
    const snapshot = await adapter(fake).read();
    expect(snapshot.sheets.map((s) => [s.name, s.visible, s.protected])).toEqual([
      ['Blad', true, false],
      ['Verborgen', false, true],
    ]);
    expect(snapshot.tables).toEqual([{ name: 'Acties_2021', sheet: 'Blad', range: 'A1:A2', headerRows: 0, totalsRows: 1 }]);
    expect(snapshot.vingerafdrukken).toEqual({ overzicht: 'a"b' });
  });

  it.each([10, 1000])('validates %i rows in two round trips', async (n) => {
    const fake = fakeFromSnapshot(generatedSnapshot(n));
    const snapshot = await adapter(fake).read();
    expect(fake.syncs).toBe(2);
    expect(valuesOf(snapshot.sheets[0])).toHaveLength(n + 1);
  });

  it('reads 4,000 rows × 10 columns of 180-character texts in blocks that Excel accepts, whatever their bytes', async () => {
    const fake = new FakeWorkbook();
    const text = (i: number, j: number) => `${'é'.repeat(60)}${'ondermijning '.repeat(9)}${i},${j}`.slice(0, 180);
    fake.addSheet('Acties').fill(Array.from({ length: 4000 }, (_, i) => Array.from({ length: 10 }, (_, j) => text(i, j))));
    const port = adapter(fake);
    const snapshot = await port.read();
    expect(snapshot.sheets[0]!.blocks.length).toBeGreaterThan(1);
    expect(snapshot.sheets[0]!.blocks.length).toBeLessThan(10);
    const cells = snapshot.sheets[0]!.blocks.reduce((n, b) => n + b.values.length * b.values[0]!.length, 0);
    expect(cells).toBe(40_000);
    expect(snapshot.sheets[0]!.blocks.flatMap((b) => b.values).find((r) => r[0] === text(3999, 0))?.[9]).toBe(text(3999, 9));
    // Excel refused what was too large; every block that arrived fits one response.
    expect(port.lastReadRoundTrips).toBe(fake.syncs);
    expect(fake.requests.filter((r) => r.responseBytes <= LIMIT).every((r) => r.responseBytes < LIMIT)).toBe(true);
  });

  it('reads a stray value in XFD1048576 as one cell, not as a grid of billions', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Acties').fill([
      ['Actie', 'Trekker'],
      ['Wvggz', 'Hattem'],
    ]);
    fake.sheet('Acties').set(1048576, 16384, { value: 'vergeten' });
    const port = adapter(fake);
    const snapshot = await port.read();
    expect(port.lastReadRoundTrips).toBe(fake.syncs);
    const blocks = snapshot.sheets[0]!.blocks;
    expect(blocks.reduce((n, b) => n + b.values.length * b.values[0]!.length, 0)).toBeLessThanOrEqual(5);
    expect(blocks.map((b) => [b.top, b.left])).toEqual([
      [1, 1],
      [1048576, 16384],
    ]);
  });

  it('reads cells of a huge used range that lie within 64 rows or columns of each other as one block, and farther apart as two', async () => {
    // [the cells as they lie (a formula listed after the constants by Excel), the blocks read: top, left, rows, columns]
    const cases: Array<[Array<[number, number, 'waarde' | 'formule']>, number[][]]> = [
      [
        [
          [1, 1, 'waarde'],
          [65, 1, 'waarde'],
        ],
        [[1, 1, 65, 1]],
      ],
      [
        [
          [1, 1, 'waarde'],
          [66, 1, 'waarde'],
        ],
        [
          [1, 1, 1, 1],
          [66, 1, 1, 1],
        ],
      ],
      [
        [
          [1, 1, 'waarde'],
          [1, 65, 'waarde'],
        ],
        [[1, 1, 1, 65]],
      ],
      [
        [
          [1, 1, 'waarde'],
          [1, 66, 'waarde'],
        ],
        [
          [1, 1, 1, 1],
          [1, 66, 1, 1],
        ],
      ],
      // The formula above or left of the value: the second area lies before the first.
      [
        [
          [65, 1, 'waarde'],
          [1, 1, 'formule'],
        ],
        [[1, 1, 65, 1]],
      ],
      [
        [
          [66, 1, 'waarde'],
          [1, 1, 'formule'],
        ],
        [
          [1, 1, 1, 1],
          [66, 1, 1, 1],
        ],
      ],
      [
        [
          [1, 65, 'waarde'],
          [1, 1, 'formule'],
        ],
        [[1, 1, 1, 65]],
      ],
      [
        [
          [1, 66, 'waarde'],
          [1, 1, 'formule'],
        ],
        [
          [1, 1, 1, 1],
          [1, 66, 1, 1],
        ],
      ],
    ];
    for (const [cells, expected] of cases) {
      const fake = new FakeWorkbook();
      const sheet = fake.addSheet('Acties');
      for (const [r, c, kind] of cells) sheet.set(r, c, kind === 'waarde' ? { value: `${r},${c}` } : { value: 7, formula: '=3+4' });
      sheet.set(1048576, 16384, { value: 'vergeten' });
      const blocks = (await adapter(fake).read()).sheets[0]!.blocks.map((b) => [b.top, b.left, b.values.length, b.values[0]!.length]);
      expect([cells, sortBlocks(blocks)]).toEqual([cells, sortBlocks([...expected, [1048576, 16384, 1, 1]])]);
    }
  });

  it('turns Excel error values and dates into what the core expects, in the 1900 and the 1904 date system', async () => {
    for (const date1904 of [false, true]) {
      const fake = new FakeWorkbook();
      fake.date1904 = date1904;
      fake.addSheet('Blad1').fill(
        [
          ['Datum', 'Fout'],
          [{ date: '2021-02-11' }, { error: '#REF!' }],
        ],
        3,
        2,
        date1904,
      );
      const snapshot = await adapter(fake).read();
      expect(snapshot.date1904).toBe(date1904);
      const s = snapshot.sheets[0]!;
      expect([s.blocks[0]!.top, s.blocks[0]!.left]).toEqual([3, 2]);
      expect(s.errorCells).toEqual(['C4']);
      expect(new Grid(s).value(4, 2)).toBe(serial('2021-02-11', date1904));
      expect(readWerkboek(snapshot, '2021-01-01').sheetOrder).toEqual(['Blad1']);
    }
  });

  it('says in Dutch what to do when Excel is busy editing a cell', async () => {
    const fake = fakeFromSnapshot(await sampleSnapshot());
    fake.editingCell = true;
    const error = await adapter(fake)
      .read()
      .catch((e: unknown) => e);
    expect(officeErrorMessage(error, 'nl')).toBe('Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.');
  });
});

describe("Excel's errors", () => {
  // What Office.js rejects with (OfficeExtension.Error): a code and a message, the message possibly absent.
  const fout = (code: string, message?: string) => ({ code, message });

  it('each become the sentence that says what to do; an error that is not Excel’s is left to the caller', () => {
    const cases: Array<[unknown, string | undefined]> = [
      [fout('InvalidOperationInCellEditMode'), t('nl', 'excel.bewerken')],
      [fout('AccessDenied', 'The sheet is protected.'), t('nl', 'excel.beveiligd')],
      [fout('AccessDenied', 'Het blad is beveiligd.'), t('nl', 'excel.beveiligd')],
      [fout('AccessDenied', 'Read-only workbook.'), t('nl', 'excel.nietToegestaan')],
      ...['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit'].map(
        (code): [unknown, string] => [fout(code), t('nl', 'excel.teGroot')],
      ),
      [fout('ItemNotFound'), t('nl', 'excel.weg')],
      [fout('GeneralException'), t('nl', 'excel.bezet')],
      [fout('Conflict'), t('nl', 'excel.bezet')],
      [
        fout('InvalidArgument', 'The argument is invalid.'),
        t('nl', 'excel.anders', { code: 'InvalidArgument', melding: 'The argument is invalid.' }),
      ],
      [fout('InvalidArgument'), t('nl', 'excel.anders', { code: 'InvalidArgument', melding: '' })],
      [new Error('ENOENT'), undefined],
      [null, undefined],
      [undefined, undefined],
    ];
    for (const [error, sentence] of cases) expect([error, officeErrorMessage(error, 'nl')]).toEqual([error, sentence]);
  });

  it('tell a request refused for its size, to be read again in halves, from every other error', () => {
    const size = ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit'];
    const other = [fout('AccessDenied'), fout('ItemNotFound'), new Error('RangeExceedsLimit'), null, undefined];
    expect([...size.map((c) => refusedForSize(fout(c))), ...other.map(refusedForSize)]).toEqual([...size.map(() => true), ...other.map(() => false)]);
  });
});

describe('Overzicht maken keeps the sheet', () => {
  async function withReference() {
    const fake = fakeFromSnapshot(await sampleSnapshot());
    fake.addSheet('Samenvatting').fill([['Elburg in februari', { formula: "='Driehoek-overzicht'!B3", value: '' }]]);
    fake.sheet('Driehoek-overzicht').tabColor = 'FF0000';
    return fake;
  }

  it('replaces the content in place: formulas that point at it keep working, its tab colour and notes beside it stay', async () => {
    const fake = await withReference();
    const id = fake.sheet('Driehoek-overzicht').id;
    const port = adapter(fake);
    await overzichtMaken(port, { ...TODAY, overschrijven: true });
    // A note beside what driehoek wrote, and an action that changed: the next run replaces only its own area.
    fake.sheet('Driehoek-overzicht').set(1, 30, { value: 'notitie naast het overzicht' });
    fake.sheet('Uitvoeringsprogramma').set(3, 4, { value: 'Hattem 11 februari' });
    fake.requests = [];
    const out = await overzichtMaken(port, TODAY);
    expect(out.soort).toBe('klaar');
    expect(fake.syncs).toBeLessThanOrEqual(4);
    const sheet = fake.sheet('Driehoek-overzicht');
    expect([sheet.id, sheet.tabColor, sheet.get(1, 30)?.value]).toEqual([id, 'FF0000', 'notitie naast het overzicht']);
    expect(sheet.get(4, 2)?.value).toBe('11-2-2021 (28-1)');
    expect(fake.sheet('Samenvatting').get(1, 2)).toMatchObject({ formula: "='Driehoek-overzicht'!B3" });
    expect(fake.sheet('Samenvatting').get(1, 2)?.error).toBeUndefined();
    expect(temporary(fake)).toEqual([]);
    expect(sheet.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });
  });

  it('writes text from the workbook as text, never as a formula', async () => {
    const snapshot = await sampleSnapshot();
    const acties = snapshot.sheets[0]!.blocks[0]!.values;
    acties[3]![4] = '=HYPERLINK("http://x","klik")';
    acties[5]![4] = '+31 6 1234 5678';
    const fake = fakeFromSnapshot(snapshot);
    await overzichtMaken(adapter(fake), { ...TODAY, overschrijven: true });
    const cells = [...fake.sheet('Driehoek-overzicht').cells.values()];
    expect(cells.filter((c) => c.formula)).toEqual([]);
    expect(cells.map((c) => c.value)).toEqual(
      expect.arrayContaining(['- =HYPERLINK("http://x","klik")', '- +31 6 1234 5678\n- Evaluatie jeugdcoördinator']),
    );
  });

  it('leaves the previous overview intact, and no temporary sheet, when Excel fails at any command of the final batch', async () => {
    // One run to learn the commands of the final batch.
    const probe = await withReference();
    const port = adapter(probe);
    await port.read();
    probe.commandLog = [];
    const syncsBefore = probe.syncs;
    await overzichtMaken(port, { ...TODAY, overschrijven: true });
    expect(probe.syncs - syncsBefore).toBe(4);
    // The final batch starts where the old overview is first touched.
    const final = probe.commandLog.slice(probe.commandLog.findIndex((c) => c.startsWith('unmerge')));
    expect(final.length).toBeGreaterThan(5);
    for (let k = 0; k < final.length; k++) {
      const fake = await withReference();
      const before = fake.sheet('Driehoek-overzicht').dump();
      let seen = -1;
      let armed = false;
      fake.failOn = (what) => {
        if (what.startsWith('unmerge') && !armed) armed = true;
        if (!armed) return false;
        seen++;
        return seen === k;
      };
      const error = await overzichtMaken(adapter(fake), { ...TODAY, overschrijven: true }).catch((e: unknown) => e);
      expect([k, final[k], error instanceof Error]).toEqual([k, final[k], true]);
      expect([k, fake.sheet('Driehoek-overzicht').dump()]).toEqual([k, before]);
      expect([k, temporary(fake)]).toEqual([k, []]);
      expect(fake.sheet('Samenvatting').get(1, 2)?.error).toBeUndefined();
    }
  });

  it('finds the overview whatever its capitals, and refuses a protected one with a sentence', async () => {
    const snapshot = await sampleSnapshot();
    const fake = fakeFromSnapshot(snapshot);
    fake.sheet('Driehoek-overzicht').name = 'Driehoek-Overzicht';
    await overzichtMaken(adapter(fake), { ...TODAY, overschrijven: true });
    expect(fake.sheets.filter((s) => s.name.toLowerCase() === 'driehoek-overzicht').map((s) => s.name)).toEqual(['Driehoek-Overzicht']);
    fake.sheet('Driehoek-Overzicht').protected = true;
    const out = await overzichtMaken(adapter(fake), { ...TODAY, overschrijven: true });
    expect(out).toMatchObject({ soort: 'geweigerd', reden: 'beveiligd', blad: 'Driehoek-Overzicht' });
  });

  it('refuses with a sentence when a chart sheet holds the name, and leaves nothing behind', async () => {
    const snapshot = await sampleSnapshot();
    const fake = fakeFromSnapshot({ ...snapshot, sheets: snapshot.sheets.filter((s) => s.name !== 'Driehoek-overzicht') });
    fake.chartSheets.push('Driehoek-overzicht');
    const out = await overzichtMaken(adapter(fake), TODAY);
    expect(out).toMatchObject({ soort: 'geweigerd', reden: 'geenWerkblad' });
    expect(temporary(fake)).toEqual([]);
  });

  it('writes a generated sheet of more than 5 MB in requests Excel accepts, every cell in place', async () => {
    const fake = new FakeWorkbook();
    const line = (i: number) => `- ${'Aanpak ondermijning en georganiseerde criminaliteit in het buitengebied '.repeat(3)}${i}`;
    const cells = Array.from({ length: 30_000 }, (_, i) => [`Partij ${i}`, line(i), i]);
    const sheet = { ...EMPTY_SHEET, name: 'Driehoek-overzicht', cells, columnWidths: [20, 80, 8] };
    await adapter(fake).writeGenerated({ sheet, fingerprintName: 'driehoek_overzicht', fingerprint: 'x@A1:C30000', area: 'A1:C30000' });
    expect(fake.requests.reduce((n, r) => n + r.requestBytes, 0)).toBeGreaterThan(LIMIT);
    expect(fake.requests.filter((r) => r.refused || r.requestBytes > LIMIT)).toEqual([]);
    const s = fake.sheet('Driehoek-overzicht');
    expect([s.get(1, 1)?.value, s.get(30_000, 2)?.value, s.get(30_000, 3)?.value]).toEqual(['Partij 0', line(29_999), 29_999]);
  });

  it('knows a hand-made or hand-edited overview from its own', async () => {
    const fake = fakeFromSnapshot(await sampleSnapshot());
    const port = adapter(fake);
    expect(await overzichtMaken(port, TODAY)).toMatchObject({ soort: 'bevestigen', reden: 'handmatig' });
    await overzichtMaken(port, { ...TODAY, overschrijven: true });
    expect((await overzichtMaken(port, TODAY)).soort).toBe('klaar');
    // The programme changes, so the overview does: it is still driehoek's own the time after.
    fake.sheet('Uitvoeringsprogramma').set(6, 4, { value: '4 november Oldebroek en politie' });
    expect((await overzichtMaken(port, TODAY)).soort).toBe('klaar');
    expect((await overzichtMaken(port, TODAY)).soort).toBe('klaar');
    fake.sheet('Driehoek-overzicht').set(6, 2, { value: '- met de hand erbij' });
    expect((await overzichtMaken(port, TODAY)).soort).toBe('bevestigen');
  });
});

describe('Herstel through the fix planner', () => {
  it('applies every certain fix in two round trips, and the findings after in two more', async () => {
    const snapshot = await sampleSnapshot();
    const fake = fakeFromSnapshot(snapshot);
    const port = adapter(fake);
    const before = await valideer(port, TODAY);
    fake.requests = [];
    const out = await herstelAlleZekere(port, before, zekereFixes(before.result.findings), TODAY);
    expect(fake.syncs).toBe(4);
    expect(out.plan.geweigerd).toEqual([]);
    const s = fake.sheet('Uitvoeringsprogramma');
    expect([s.get(2, 6)?.value, s.get(2, 7)?.value, s.get(4, 6)?.value, s.get(4, 7)]).toEqual([
      'Trekker',
      'Driehoek',
      'Nunspeet',
      { value: 44301, format: 'd-m-yyyy', formula: undefined, error: undefined },
    ]);
    // "Politie" spelled as Partijen spells it; no date changed, no name guessed.
    expect(s.get(6, 4)?.value).toBe('9 september Oldebroek en Politie');
    expect(s.get(3, 4)?.value).toBe('Hatterm 18 februari');
  });

  it('stores text as the planner says: no apostrophe, in a General cell and in a cell formatted as text', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Acties').fill([
      ['Driehoek', 'Trekker'],
      ['18 februari', 'Hatterm'],
    ]);
    fake.sheet('Acties').set(2, 2, { format: '@' });
    const port = adapter(fake);
    const before = await valideer(port, TODAY);
    const fixes: Fix[] = [
      { type: 'replaceText', sheet: 'Acties', cell: 'A2', expect: '18 februari', find: '18 februari', replace: '11 februari' },
      { type: 'replaceText', sheet: 'Acties', cell: 'B2', expect: 'Hatterm', find: 'Hatterm', replace: 'Hattem' },
    ];
    await herstelAlleZekere(port, before, fixes as ZekereFix[], TODAY);
    expect(fake.sheet('Acties').get(2, 1)).toMatchObject({ value: '11 februari', format: 'General' });
    expect(fake.sheet('Acties').get(2, 2)).toMatchObject({ value: 'Hattem', format: '@' });
  });

  it('refuses, for every kind of fix, a cell that changed since validation, and writes nothing', async () => {
    const fake = fakeFromSnapshot(await sampleSnapshot());
    const port = adapter(fake);
    const before = await valideer(port, TODAY);
    fake.sheet('Uitvoeringsprogramma').set(3, 4, { value: 'Hattem 11 februari' });
    fake.sheet('Vergaderingen').set(2, 1, { value: serial('2021-02-12') });
    fake.sheet('Uitvoeringsprogramma').set(3, 3, { formula: '=A1', value: 'x' });
    const dump = fake.sheets.map((s) => s.dump());
    const fixes: Fix[] = [
      { type: 'replaceText', sheet: 'Uitvoeringsprogramma', cell: 'D3', expect: 'Hatterm 18 februari', find: 'Hatterm', replace: 'Hattem' },
      { type: 'setDate', sheet: 'Vergaderingen', cell: 'A2', expect: serial('2021-02-11'), iso: '2021-02-10' },
      {
        type: 'fillEmpty',
        sheet: 'Uitvoeringsprogramma',
        startCell: 'F2',
        rows: [[{ kind: 'text', text: 'Trekker' }]],
        sources: [{ cell: 'D3', expect: 'Hatterm 18 februari' }],
      },
      { type: 'fillEmpty', sheet: 'Uitvoeringsprogramma', startCell: 'A2', rows: [[{ kind: 'text', text: 'x' }]], sources: [] },
      { type: 'replaceText', sheet: 'Uitvoeringsprogramma', cell: 'C3', expect: 'x', find: 'x', replace: 'y' },
      { type: 'addSheet', sheet: 'PARTIJEN', rows: [[{ kind: 'text', text: 'Naam' }]] },
      { type: 'replaceText', sheet: 'Weg', cell: 'A1', expect: 'x', find: 'x', replace: 'y' },
    ];
    const out = await herstelAlleZekere(port, before, fixes as ZekereFix[], TODAY);
    expect(out.plan.geweigerd.map((g) => [g.cel, g.reden])).toEqual([
      ['Uitvoeringsprogramma!D3', 'celVeranderd'],
      ['Vergaderingen!A2', 'celVeranderd'],
      ['Uitvoeringsprogramma!D3', 'celVeranderd'],
      ['Uitvoeringsprogramma!A2', 'nietLeeg'],
      ['Uitvoeringsprogramma!C3', 'formule'],
      ['PARTIJEN!A1', 'bladBestaat'],
      ['Weg!A1', 'bladWeg'],
    ]);
    expect(fake.sheets.map((s) => s.dump())).toEqual(dump);
  });

  it('fixes the right cell of a programme whose table starts at B3 under a title, in Excel as in the file', async () => {
    const file = await xlsxFile('b3.xlsx', (wb) => {
      const ws = wb.addWorksheet('Acties');
      ws.getCell('A1').value = 'Uitvoeringsprogramma 2021';
      ['Speerpunt', 'Subspeerpunt', 'Actie', 'Trekker', 'Driehoek'].forEach((h, i) => (ws.getRow(3).getCell(2 + i).value = h));
      ['1. Zorg & Veiligheid', '1.1 Personen', 'Wvggz monitoren', 'Hattem', '11 februari'].forEach((v, i) => (ws.getRow(4).getCell(2 + i).value = v));
      ['', '', 'Huiselijk geweld', 'politie', '15 april'].forEach((v, i) => (ws.getRow(5).getCell(2 + i).value = v || null));
      wb.addWorksheet('Vergaderingen').addRows([['Driehoek'], [new Date(Date.UTC(2021, 1, 11))], [new Date(Date.UTC(2021, 3, 15))]]);
      wb.addWorksheet('Speerpunten').addRows([
        ['Code', 'Naam'],
        ['1', 'Zorg & Veiligheid'],
        ['1.1', 'Personen'],
      ]);
      wb.addWorksheet('Partijen').addRows([
        ['Naam', 'Soort'],
        ['Hattem', 'Gemeente'],
        ['Politie', 'Politie'],
      ]);
    });
    const xlsx = await XlsxWorkbook.open(new Uint8Array(readFileSync(file)), 'b3.xlsx');
    const fake = fakeFromSnapshot(await xlsx.read());
    for (const port of [xlsx, adapter(fake)]) {
      const before = await valideer(port, TODAY);
      expect(zekereFixes(before.result.findings)).toEqual([expect.objectContaining({ sheet: 'Acties', cell: 'E5' })]);
      const out = await herstelAlleZekere(port, before, zekereFixes(before.result.findings), TODAY);
      expect(out.plan.geweigerd).toEqual([]);
    }
    const fromFile = valuesOf((await XlsxWorkbook.open(await xlsx.save(), 'b3.xlsx').then((w) => w.read())).sheets[0]);
    expect(fromFile[4]!.slice(1)).toEqual(['', '', 'Huiselijk geweld', 'Politie', '15 april']);
    expect([fake.sheet('Acties').get(5, 5)?.value, fake.sheet('Acties').get(4, 5)?.value, fake.sheet('Acties').get(5, 4)?.value]).toEqual([
      'Politie',
      'Hattem',
      'Huiselijk geweld',
    ]);
  });

  it('reads each cell a fix checks from its own sheet and range, in Excel as in the file', async () => {
    const bytes = await buildPackage([
      {
        name: 'Acties',
        rows: [
          ['Trekker', 'Driehoek'],
          ['Hatterm', '18 februari'],
          ['Epe', '15 april'],
          [null, null],
          ['Nunspeet', '9 september'],
          ['Heerde', '4 november'],
        ],
      },
      {
        name: 'Onvoorzien',
        rows: [
          ['Trekker', 'Driehoek'],
          ['Politei', '11 februari'],
        ],
      },
    ]);
    const xlsx = await XlsxWorkbook.open(bytes, 'twee.xlsx');
    const fake = fakeFromSnapshot(await xlsx.read());
    // Before each cell's own range comes one beside it, above it, below it, left and right of it, and the same address on the other sheet.
    const ranges = [
      ['Acties', 'B2:B3'],
      ['Acties', 'A5:A6'],
      ['Onvoorzien', 'A2:B2'],
      ['Acties', 'A2:A3'],
      ['Acties', 'B5:B6'],
    ];
    const wanted = ['Acties!A2', 'Acties!B5', 'Onvoorzien!A2', 'Acties!B3', 'Acties!A6', 'Onvoorzien!B2', 'Verwijderd!A2'];
    for (const port of [xlsx, adapter(fake)]) {
      const seen: unknown[] = [];
      await port.edit({
        ranges: ranges.map(([sheet, range]) => ({ sheet: sheet!, range: range! })),
        decide: (current) => {
          for (const [sheet, cell] of wanted.map((w) => w.split('!'))) seen.push(current.cell(sheet!, cell!)?.value);
          return { writes: [], sheets: [] };
        },
      });
      expect(seen).toEqual(['Hatterm', '9 september', 'Politei', '15 april', 'Heerde', '11 februari', undefined]);
    }
  });

  it('writes a date fix as a date of the workbook’s own date system, and undoes it', async () => {
    const fake = new FakeWorkbook();
    fake.date1904 = true;
    fake.addSheet('Vergaderingen').fill([['Driehoek'], [{ date: '2021-02-12' }]], 1, 1, true);
    const port = adapter(fake);
    const before = await valideer(port, TODAY);
    const fix: Fix = { type: 'setDate', sheet: 'Vergaderingen', cell: 'A2', expect: serial('2021-02-12', true), iso: '2021-02-11' };
    const out = await herstelEen(port, before, fix as ZekereFix, TODAY);
    expect(fake.sheet('Vergaderingen').get(2, 1)?.value).toBe(serial('2021-02-11', true));
    expect(out.na.result.werkboek.vergaderingen[0]!.driehoekIso).toBe('2021-02-11');
    await ongedaanMaken(port, out.ongedaan!, TODAY);
    expect(fake.sheet('Vergaderingen').get(2, 1)?.value).toBe(serial('2021-02-12', true));
  });
});

it('activates the sheet before selecting the cell', async () => {
  const fake = fakeFromSnapshot(await sampleSnapshot());
  await adapter(fake).select('Partijen', 'A3');
  expect([fake.active, fake.selected]).toEqual(['Partijen', 'Partijen!A3:A3']);
});

it('installs dropdowns from the reference tables', async () => {
  const snapshot = await sampleSnapshot();
  const fake = fakeFromSnapshot(snapshot);
  const lists = keuzelijsten(readWerkboek(snapshot, '2021-01-15'), 'nl');
  expect(lists.map((l) => [l.range, l.source])).toEqual([
    ['A3:A235', "='Speerpunten'!$B$2:$B$14"],
    ['B3:B235', "='Speerpunten'!$B$2:$B$14"],
  ]);
  await adapter(fake).installKeuzelijsten(lists);
  expect(fake.sheet('Uitvoeringsprogramma').validations).toEqual(
    lists.map((l) => ({
      address: l.range,
      // A dropdown in the cell; another value is allowed after a notice that names driehoek.
      rule: { list: { inCellDropDown: true, source: l.source } },
      errorAlert: { showAlert: true, style: 'Information', title: 'driehoek', message: l.melding },
    })),
  );
});

describe('live validation', () => {
  it('calls back on the user’s edits, not on driehoek’s own writes, until switched off', async () => {
    let clock = 0;
    const fake = fakeFromSnapshot(await sampleSnapshot());
    const port = adapter(fake, () => clock);
    let calls = 0;
    const stop = await port.watch(() => calls++);
    await fake.emitChanged();
    expect(calls).toBe(1);
    // driehoek's own write: Excel reports it a moment later; it is no reason to validate again.
    await port.hideColumns('Uitvoeringsprogramma', 'D:D');
    clock += 500;
    await fake.emitChanged();
    expect(calls).toBe(1);
    clock += 5000;
    await fake.emitChanged();
    expect(calls).toBe(2);
    // Where Excel says who made the change, that decides.
    await fake.emitChanged({ triggerSource: 'ThisLocalAddin' });
    expect(calls).toBe(2);
    await stop();
    expect(fake.changeHandlers).toHaveLength(0);
    await fake.emitChanged();
    expect(calls).toBe(2);
  });

  it('takes no change for the user’s while driehoek writes, however long the write takes, and every change from 1.5 s after it', async () => {
    let clock = 10_000;
    const fake = fakeFromSnapshot(await sampleSnapshot());
    const port = adapter(fake, () => clock);
    let calls = 0;
    await port.watch(() => calls++);
    // Excel reports driehoek's own write while it is still going, long after it began.
    fake.failOn = () => {
      clock += 5000;
      void fake.emitChanged();
      return false;
    };
    await port.hideColumns('Uitvoeringsprogramma', 'D:D');
    fake.failOn = () => false;
    expect(calls).toBe(0);
    // Where Excel names the source, a change that is not the add-in's counts, even right after a write.
    await fake.emitChanged({ triggerSource: 'Unknown' });
    expect(calls).toBe(1);
    clock += 1499;
    await fake.emitChanged();
    expect(calls).toBe(1);
    clock += 1;
    await fake.emitChanged();
    expect(calls).toBe(2);
  });
});
