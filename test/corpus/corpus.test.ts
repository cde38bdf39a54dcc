import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/cli';
import { CASES } from './cases';
import { bounded, check, expectCalm, overzichtToo } from './run';

describe('the robustness corpus: findings or one Dutch line, never a crash or a hang', () => {
  it('has at least 40 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const file = path.join(tempDir(), `${c.name}.xlsx`);
    writeFileSync(file, await c.build());
    const r = await bounded(['valideer', file, '--json', '--vandaag', '2021-03-01']);
    expectCalm(r);
    expect([r.code, r.err.trim()]).toEqual([c.expect.exit, expect.stringMatching(c.expect.stderr ?? /^$/)]);
    if (r.code !== 2) check(r.out, c.expect);
    await overzichtToo(file, r);
  });
});
