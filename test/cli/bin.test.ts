import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ValidationJsonSchema } from '../../src/domain/schema/finding';
import { cli } from '../helpers/cli';
import { expectFreshLib } from '../helpers/lib';

const ROOT = path.join(__dirname, '..', '..');

describe('the package bin, bin/driehoek.js', () => {
  beforeAll(() => expectFreshLib());

  it('runs as the package bin, and says what the in-process command says', async () => {
    const json = ValidationJsonSchema.parse(JSON.parse((await cli(['valideer', '--json'])).out));
    let status = 0;
    let stdout = '';
    try {
      stdout = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'driehoek.js'), 'valideer', '--json', '--vandaag', '2021-01-15'], {
        encoding: 'utf8',
      });
    } catch (e) {
      const err = e as { status: number; stdout: string };
      status = err.status;
      stdout = err.stdout;
    }
    expect(status).toBe(1);
    expect(ValidationJsonSchema.parse(JSON.parse(stdout)).findings).toEqual(json.findings);
  });
});
