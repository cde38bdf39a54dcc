import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/file';
import { officeErrorMessage } from '../../src/adapters/office/errors';
import { OfficeWorkbook } from '../../src/adapters/office/office-workbook';
import { validate } from '../../src/domain/engine';
import { keuzelijsten } from '../../src/domain/keuzelijsten';
import { readWerkboek } from '../../src/domain/read/werkboek';
import { isSafeFix } from '../../src/domain/schema/finding';
import { overzichtHandmatigGewijzigd, overzichtMaken } from '../../src/domain/usecases';
import { FakeWorkbook, LIMIT } from '../helpers/fake-excel';
import { fakeFromSnapshot } from '../helpers/fake-from-snapshot';
import { generatedSnapshot } from '../helpers/generate';

const TODAY = '2021-01-15';
const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'uitvoeringsprogramma-2021.xlsx');

async function sampleSnapshot() {
  return (await XlsxWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), 'uitvoeringsprogramma-2021.xlsx')).read();
}

function adapter(fake: FakeWorkbook): OfficeWorkbook {
  return new OfficeWorkbook(fake.run, fake.runIn);
}

const strip = <T extends { overzichtVingerafdruk?: string }>(s: T) => ({ ...s, overzichtVingerafdruk: undefined });

describe('the Office.js adapter on a faithful fake', () => {
  it('reads the sample exactly as the file adapter does, in two round trips, writing nothing', async () => {
    const file = await sampleSnapshot();
    const fake = fakeFromSnapshot(file);
    const before = fake.sheets.map((s) => s.dump());
    const snapshot = await adapter(fake).read();
    expect(fake.syncs).toBe(2);
    expect(fake.writes).toBe(0);
    expect(fake.sheets.map((s) => s.dump())).toEqual(before);
    expect(strip(snapshot)).toEqual(strip(file));
    expect(validate(snapshot, { today: TODAY }).findings).toEqual(validate(file, { today: TODAY }).findings);
  });

  it('asks for the sheets by name when Excel refuses to walk past the last one, or when there are many', async () => {
    const file = await sampleSnapshot();
    const strict = fakeFromSnapshot(file);
    strict.strictNullObjects = true;
    const snapshot = await adapter(strict).read();
    expect(strip(snapshot)).toEqual(strip(file));
    expect(strict.syncs).toBe(4); // refused walk, names, used ranges, one block
    const many = new FakeWorkbook();
    for (let i = 1; i <= 45; i++) many.addSheet(`Blad${i}`).fill([[`waarde ${i}`]]);
    const all = await adapter(many).read();
    expect(all.sheets.map((s) => s.values[0]![0])).toEqual(Array.from({ length: 45 }, (_, i) => `waarde ${i + 1}`));
  });

  it.each([10, 1000])('validates %i rows in at most two round trips', async (n) => {
    const fake = fakeFromSnapshot(generatedSnapshot(n));
    const snapshot = await adapter(fake).read();
    expect(fake.syncs).toBeLessThanOrEqual(2);
    expect(snapshot.sheets[0]!.values).toHaveLength(n + 1);
  });

  it('reads 50,000 rows in blocks under 5 MB: one round trip plus one per block', async () => {
    const source = generatedSnapshot(50_000);
    const fake = fakeFromSnapshot(source);
    const port = adapter(fake);
    const snapshot = await port.read();
    expect(port.lastReadBlocks).toBeGreaterThan(1);
    expect(fake.syncs).toBe(1 + port.lastReadBlocks);
    for (const r of fake.requests) {
      expect(r.requestBytes).toBeLessThan(LIMIT);
      expect(r.responseBytes).toBeLessThan(LIMIT);
    }
    expect(snapshot.sheets[0]!.values).toEqual(source.sheets[0]!.values);
  });

  it('turns Excel error values and dates into what the core expects', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Blad1').fill(
      [
        ['Datum', 'Fout'],
        [{ date: '2021-02-11' }, { error: '#REF!' }],
      ],
      3,
      2,
    );
    const s = (await adapter(fake).read()).sheets[0]!;
    expect([s.top, s.left]).toEqual([3, 2]);
    expect(s.values[1]).toEqual([44238, '#REF!']);
    expect(s.numberFormats[1]![0]).toBe('d-m-yyyy');
    expect(s.errorCells).toEqual(['C4']);
  });

  describe('Overzicht maken', () => {
    it.each([10, 1000])('writes the overview for %i rows in two round trips, touching no other sheet', async (n) => {
      const fake = fakeFromSnapshot(generatedSnapshot(n));
      const before = fake.sheets.map((s) => [s.name, s.dump()]);
      fake.requests = [];
      const port = adapter(fake);
      const { sheet } = await overzichtMaken(
        { read: async () => generatedSnapshot(n), writeGeneratedSheet: (g) => port.writeGeneratedSheet(g), applyFixes: async () => undefined },
        TODAY,
      );
      expect(fake.syncs).toBeLessThanOrEqual(2);
      const written = fake.sheet('Driehoek-overzicht');
      expect(written.get(1, 1)?.value).toBe('Driehoek-overzicht 2021');
      expect(written.get(4, 2)?.value).toBe('11-2-2021 (28-1)');
      expect(fake.sheets.filter((s) => s.name !== 'Driehoek-overzicht').map((s) => [s.name, s.dump()])).toEqual(before);
      expect(new Set(fake.formatLog.map((f) => f.sheet))).toEqual(new Set(['Driehoek-overzicht (nieuw)']));
      // Formats go per range: a handful of calls, not one per cell.
      expect(fake.formatLog.length).toBeLessThan(sheet.formats.length * 8 + sheet.columnWidths.length + 10);
      expect(written.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4', printTitleRows: '$4:$4' });
    });

    it('writes text from the workbook as text, never as a formula, and replaces the old sheet in place', async () => {
      const snapshot = await sampleSnapshot();
      const acties = snapshot.sheets[0]!;
      acties.values[3]![4] = '=HYPERLINK("http://x","klik")';
      acties.values[5]![4] = '+31 6 1234 5678';
      const fake = fakeFromSnapshot(snapshot);
      const position = fake.sheets.findIndex((s) => s.name === 'Driehoek-overzicht');
      const port = adapter(fake);
      await overzichtMaken(port, TODAY);
      const written = fake.sheet('Driehoek-overzicht');
      expect(fake.sheets.findIndex((s) => s.name === 'Driehoek-overzicht')).toBe(position);
      const cells = [...written.cells.values()];
      expect(cells.filter((c) => c.formula)).toEqual([]);
      expect(cells.map((c) => c.value)).toEqual(
        expect.arrayContaining(['- =HYPERLINK("http://x","klik")', '- +31 6 1234 5678\n- Evaluatie jeugdcoördinator']),
      );
      expect(fake.active).toBe('Driehoek-overzicht');
    });

    it('leaves the previous overview intact when Excel fails half-way', async () => {
      const fake = fakeFromSnapshot(await sampleSnapshot());
      const old = fake.sheet('Driehoek-overzicht');
      const before = old.dump();
      // The merge is queued after the new values and before the swap: let Excel fail there.
      fake.failOn = (what) => what === 'merge';
      const port = adapter(fake);
      await expect(overzichtMaken(port, TODAY)).rejects.toThrow(/failed at merge/);
      fake.failOn = undefined;
      expect(fake.sheet('Driehoek-overzicht').dump()).toBe(before);
      // The next attempt cleans up the half-built sheet and succeeds.
      await overzichtMaken(port, TODAY);
      expect(fake.sheets.map((s) => s.name).filter((n) => n.startsWith('Driehoek-overzicht'))).toEqual(['Driehoek-overzicht']);
    });

    it('knows a hand-made or hand-edited overview from its own', async () => {
      const fake = fakeFromSnapshot(await sampleSnapshot());
      const port = adapter(fake);
      expect(overzichtHandmatigGewijzigd(await port.read())).toBe(true);
      await overzichtMaken(port, TODAY);
      expect(overzichtHandmatigGewijzigd(await port.read())).toBe(false);
      fake.sheet('Driehoek-overzicht').set(6, 2, { value: '- met de hand erbij' });
      expect(overzichtHandmatigGewijzigd(await port.read())).toBe(true);
    });
  });

  describe('Herstel', () => {
    it('applies every safe fix in two round trips, changing only the target cells and no formats', async () => {
      const snapshot = await sampleSnapshot();
      const fake = fakeFromSnapshot(snapshot);
      const acties = fake.sheet('Uitvoeringsprogramma');
      const before = new Map(acties.cells);
      const fixes = validate(snapshot, { today: TODAY }).findings.flatMap((f) => (f.fix && isSafeFix(f.fix) ? [f.fix] : []));
      fake.requests = [];
      await adapter(fake).applyFixes(fixes);
      expect(fake.syncs).toBe(2);
      const changed = [...acties.cells.entries()].filter(([k, c]) => JSON.stringify(before.get(k)) !== JSON.stringify(c));
      expect(changed.map(([k, c]) => [k, c.value, c.format])).toEqual([
        ['3,4', 'Hattem 11 februari', 'General'],
        ['5,4', 'Hattem 15 april', 'General'],
        ['13,4', 'Politie trekker, gemeente input 4 november en 16 december', 'General'],
        ['22,4', 'Gemeenten 11 februari', 'General'],
        ['26,4', '11 februari Heerde', 'General'],
        ['28,4', '11 februari Politie en Epe', 'General'],
      ]);
      expect(fake.formatLog).toEqual([]);
    });

    it('keeps a lone date text a text: Excel would otherwise make it a date of this year', async () => {
      const fake = new FakeWorkbook();
      fake.addSheet('Acties').fill([['Driehoek'], ['18 februari']]);
      await adapter(fake).applyFixes([{ type: 'replaceText', sheet: 'Acties', cell: 'A2', find: '18 februari', replace: '11 februari', label: '' }]);
      expect(fake.sheet('Acties').get(2, 1)).toEqual({ value: '11 februari', format: 'General', formula: undefined });
    });

    it('refuses a fix when the cell changed, and writes nothing', async () => {
      const fake = new FakeWorkbook();
      fake.addSheet('Acties').fill([['Trekker'], ['Hattem']]);
      const before = fake.sheet('Acties').dump();
      await expect(
        adapter(fake).applyFixes([{ type: 'replaceText', sheet: 'Acties', cell: 'A2', find: 'Hatterm', replace: 'Hattem', label: '' }]),
      ).rejects.toThrow(/veranderd sinds de controle/);
      expect(fake.sheet('Acties').dump()).toBe(before);
    });

    it('splits the combined column only into empty cells', async () => {
      const snapshot = await sampleSnapshot();
      const split = validate(snapshot, { today: TODAY }).findings.find((f) => f.rule === 'kolom-gecombineerd')!.fix!;
      const fake = fakeFromSnapshot(snapshot);
      await adapter(fake).applyFixes([split]);
      const s = fake.sheet('Uitvoeringsprogramma');
      expect([s.get(2, 6)?.value, s.get(2, 7)?.value, s.get(4, 6)?.value, s.get(4, 7)]).toEqual([
        'Trekker',
        'Driehoek',
        'Nunspeet',
        { value: 44301, format: 'd-m-yyyy', formula: undefined },
      ]);
      expect(s.get(8, 6)).toBeUndefined(); // the seed's blank row stays blank
      await expect(adapter(fake).applyFixes([split])).rejects.toThrow(/alleen in lege cellen/);
    });

    it('adds a missing table on a new sheet, never over an existing one', async () => {
      const fake = new FakeWorkbook();
      fake.addSheet('Blad1');
      const missing = validate(await adapter(fake).read(), { today: TODAY })
        .findings.filter((f) => f.rule === 'tabel-ontbreekt')
        .map((f) => f.fix!);
      await adapter(fake).applyFixes(missing);
      expect(fake.sheets.map((s) => s.name)).toEqual(['Blad1', 'Acties', 'Vergaderingen', 'Speerpunten', 'Partijen']);
      expect(fake.sheet('Partijen').get(1, 3)?.value).toBe('Aliassen');
      await expect(adapter(fake).applyFixes(missing.slice(0, 1))).rejects.toThrow(/Er is al een blad Acties/);
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
    const lists = keuzelijsten(readWerkboek(snapshot, TODAY));
    expect(lists.map((l) => [l.range, l.source])).toEqual([
      ['A3:A235', "='Speerpunten'!$B$2:$B$14"],
      ['B3:B235', "='Speerpunten'!$B$2:$B$14"],
    ]);
    await adapter(fake).installKeuzelijsten(lists);
    expect(fake.sheet('Uitvoeringsprogramma').validations.map((v) => v.address)).toEqual(['A3:A235', 'B3:B235']);
  });

  it('re-validates after edits until the switch is turned off', async () => {
    const fake = fakeFromSnapshot(await sampleSnapshot());
    const port = adapter(fake);
    let calls = 0;
    const stop = await port.watch(() => calls++);
    await fake.emitChanged();
    await stop();
    await fake.emitChanged();
    expect(calls).toBe(1);
  });

  it('says in Dutch what to do when Excel is busy editing a cell', async () => {
    const fake = fakeFromSnapshot(await sampleSnapshot());
    fake.editingCell = true;
    const error = await adapter(fake)
      .read()
      .catch((e: unknown) => e);
    expect(officeErrorMessage(error)).toBe('Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.');
  });
});
