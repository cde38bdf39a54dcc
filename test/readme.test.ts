import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../src/domain/rules/index';

const README = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
const SEVERITY_NL = { error: 'fout', warning: 'waarschuwing', info: 'melding' } as const;

describe('README', () => {
  it.each(RULES.map((r) => [r.meta.id, r.meta.severity] as const))('lists the rule %s with its default severity', (id, severity) => {
    expect(README).toContain(`| \`${id}\` | ${SEVERITY_NL[severity]} |`);
  });
});
