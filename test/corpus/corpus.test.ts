import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/cli';
import { convert } from '../helpers/libreoffice';
import { missing } from '../helpers/needs';
import { expectNoNewErrors } from '../helpers/openxml';
import { CASES } from './cases';
import { PRODUCERS } from './producers';
import { bounded, expectFreshCommand, check, expectCalm, overzichtToo, type Written } from './run';

const ALL = [...CASES, ...PRODUCERS];
const written: Written[] = [];

// These run the real command, which runs the compiled lib/.
beforeAll(() => expectFreshCommand());
describe('the robustness corpus: findings or one Dutch sentence, never a crash or a hang', () => {
  it('has a case for every kind of odd workbook', () => expect(ALL.length).toBeGreaterThanOrEqual(60));

  it.each(ALL.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const file = path.join(tempDir(), `${c.name}${c.ext ?? '.xlsx'}`);
    writeFileSync(file, await c.build());
    const r = await bounded(['valideer', file, '--json', '--vandaag', '2021-03-01']);
    expectCalm(r);
    expect([r.code, r.err.trim()]).toEqual([c.expect.exit, expect.stringMatching(c.expect.stderr ?? /^$/)]);
    if (r.code !== 2) check(r.out, c.expect);
    const out = await overzichtToo(file, r, c.name, c.overzicht);
    if (out) written.push(out);
  });

  // Every copy the corpus wrote, as Excel would open it: the Open XML SDK's validator, and LibreOffice.
  it('wrote only packages the Open XML SDK validates: no error that the input did not have', () => {
    if (missing(['validator']).length)
      return void process.stderr.write('\nOvergeslagen: de Open XML-validator is niet gebouwd (npm run build:validator).\n');
    expect(written.length).toBeGreaterThan(40);
    expectNoNewErrors(written);
  });

  it('wrote only packages LibreOffice opens', () => {
    if (missing(['soffice']).length)
      return void process.stderr.write('\nOvergeslagen: LibreOffice ontbreekt (apt-get install libreoffice-calc-nogui).\n');
    const opened = convert(
      written.map((w) => w.output),
      'csv',
    );
    expect([...opened].filter(([, csv]) => !csv).map(([file]) => path.basename(file))).toEqual([]);
  });
});
