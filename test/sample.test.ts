import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readWorkbookBytes } from '../src/adapters/file';
import data from '../data/programma-2021.json';
import { tempDir } from './helpers/cli';
import { formatsOf, valuesOf } from './helpers/snapshot';

const ROOT = path.join(__dirname, '..');
const SAMPLE = path.join(ROOT, 'assets', 'uitvoeringsprogramma-2021.xlsx');

async function read(file: string) {
  return readWorkbookBytes(new Uint8Array(readFileSync(file)), path.basename(file));
}

describe('the sample workbook', () => {
  it('is what scripts/make-sample.js builds from data/programma-2021.json', async () => {
    const fresh = path.join(tempDir(), 'sample.xlsx');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'make-sample.js'), fresh]);
    const [a, b] = await Promise.all([read(SAMPLE), read(fresh)]);
    expect({ ...a, name: '' }).toEqual({ ...b, name: '' });
  });

  it('holds the seed action table word for word, with its blank rows and merged speerpunt cells', async () => {
    const wb = await read(SAMPLE);
    const sheet = wb.sheets.find((s) => s.name === 'Uitvoeringsprogramma')!;
    const rows = valuesOf(sheet).slice(2);
    expect(rows.map((r) => r[2] ?? '')).toEqual(data.acties.rijen.map((r) => r?.actie ?? ''));
    expect(rows.map((r) => r[3] ?? '')).toEqual(data.acties.rijen.map((r) => r?.wanneer ?? ''));
    // Merged: the speerpunt stands only in the first row of its block.
    expect(rows.map((r) => r[0]).filter(Boolean)).toEqual([
      '1. Zorg & Veiligheid',
      '2. Maatschappelijke ondermijning',
      '3. Criminaliteit',
      'Diversen',
    ]);
  });

  it('has the reference tables as Excel tables, with the meetings as Excel dates', async () => {
    const wb = await read(SAMPLE);
    expect(wb.tables.map((t) => [t.name, t.range, t.headerRows, t.totalsRows])).toEqual([
      ['Vergaderingen', 'A1:C7', 1, 0],
      ['Speerpunten', 'A1:B14', 1, 0],
      ['Partijen', 'A1:C9', 1, 0],
    ]);
    const v = wb.sheets.find((s) => s.name === 'Vergaderingen')!;
    expect(valuesOf(v)[1]![0]).toBe(44238); // 11-2-2021
    expect(formatsOf(v)[1]![0]).toBe('d-m-yyyy');
  });
});
