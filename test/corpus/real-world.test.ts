import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ValidationJsonSchema } from '../../src/domain/schema/finding';
import { bounded, expectFreshCommand, expectCalm, overzichtToo } from './run';

// Beside the project; a mutation run tests a copy elsewhere and names it (stryker.config.mjs).
const REAL_WORLD = process.env.DRIEHOEK_REAL_WORLD ?? path.join(__dirname, '..', '..', '..', 'shared', 'corpus', 'real-world');

// These run the real command, which runs the compiled lib/.
beforeAll(() => expectFreshCommand());
describe('36 workbooks from the wild (Excel, Excel for Mac, Excel Online, LibreOffice, Google Sheets)', () => {
  const files = readdirSync(REAL_WORLD).filter((f) => f.endsWith('.xlsx'));
  it('are all there', () => expect(files).toHaveLength(36));

  it.each(files)('%s', async (name) => {
    const file = path.join(REAL_WORLD, name);
    const r = await bounded(['valideer', file, '--json']);
    // Findings, or one sentence that names the problem (expectCalm refuses "something unexpected").
    expectCalm(r);
    expect([1, 2]).toContain(r.code);
    if (r.code === 1) expect(ValidationJsonSchema.parse(JSON.parse(r.out)).findings.some((f) => f.rule === 'tabel-ontbreekt')).toBe(true);
    await overzichtToo(file, r, name.replace(/\.xlsx$/, ''));
  });
});
