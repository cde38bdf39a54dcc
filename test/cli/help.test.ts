import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RULES } from '../../src/domain/rules/index';
import { cli } from '../helpers/cli';

const ENGLISH_WORDS = /\b(Usage|Options|Commands|Arguments|display|help for command|output|the|default)\b/;

describe('the command line speaks Dutch', () => {
  it.each([
    [['--help']],
    [['valideer', '--help']],
    [['overzicht', '--help']],
    [['herstel', '--help']],
    [['regels', '--help']],
    [['help', 'valideer']],
  ])('%j has no English word', async (args) => {
    const r = await cli(args);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Gebruik: driehoek /);
    expect(r.out.replace(/--\w+/g, '')).not.toMatch(ENGLISH_WORDS);
  });

  it('prints its version', async () => {
    const r = await cli(['--version']);
    expect(r.out.trim()).toBe((JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('lists the valid rule ids when --ernst names an unknown rule', async () => {
    const r = await cli(['valideer', '--ernst', 'foo=bar']);
    expect(r.code).toBe(2);
    for (const rule of RULES) expect(r.err).toContain(rule.meta.id);
  });
});

describe('driehoek regels', () => {
  it('shows every rule with its severity, title, description, example and what it offers', async () => {
    const r = await cli(['regels', '--json']);
    const rules = z
      .array(
        z.strictObject({
          id: z.string(),
          ernst: z.enum(['fout', 'waarschuwing', 'melding']),
          titel: z.string().min(3),
          beschrijving: z.string().min(40),
          voorbeeld: z.string().min(5),
          herstel: z.enum(['zeker', 'voorstel']).nullable(),
        }),
      )
      .parse(JSON.parse(r.out));
    expect(rules.map((x) => x.id)).toEqual(RULES.map((x) => x.meta.id));
    expect(rules.find((x) => x.id === 'trekker-onbekend')).toMatchObject({ ernst: 'fout', titel: 'Onbekende trekker', herstel: 'voorstel' });
    expect(rules.find((x) => x.id === 'kolom-gecombineerd')?.herstel).toBe('zeker');
    const text = (await cli(['regels'])).out;
    for (const rule of RULES) expect(text).toContain(rule.meta.description.nl);
  });
});
