import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ruleTable } from '../src/cli/rule-table';

const README = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it('has the rule table exactly as the rules describe themselves (npm run readme writes it)', () => {
    const section = /<!-- regels:begin -->\n([\s\S]*?)\n<!-- regels:end -->/.exec(README)?.[1];
    expect(section).toBe(ruleTable());
  });
});
