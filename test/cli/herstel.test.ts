import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SAMPLE } from '../../src/cli/main';
import { cli, tempDir } from '../helpers/cli';
import { expectNothingLost } from '../corpus/run';
import { RULES } from '../../src/domain/rules/index';

const HerstelJson = z.strictObject({
  toegepast: z.array(z.strictObject({ rule: z.string(), sheet: z.string(), cell: z.string(), voor: z.string(), na: z.string() })),
  geweigerd: z.array(z.strictObject({ rule: z.string(), sheet: z.string(), cell: z.string(), reden: z.string() })),
});

describe('driehoek herstel', () => {
  it('applies every certain fix to a copy, changes no date and applies no suggestion', async () => {
    const out = path.join(tempDir(), 'hersteld.xlsx');
    const r = await cli(['herstel', '-o', out, '--json']);
    expect(r.code).toBe(1);
    const json = HerstelJson.parse(JSON.parse(r.out));
    expect(json.geweigerd).toEqual([]);
    expect([...new Set(json.toegepast.map((t) => t.rule))].sort()).toEqual(['kolom-gecombineerd', 'trekker-schrijfwijze']);
    const certain = new Set<string>(RULES.filter((rule) => 'fixable' in rule.meta).map((rule) => rule.meta.id));
    expect(json.toegepast.every((t) => certain.has(t.rule))).toBe(true);
    for (const t of json.toegepast.filter((x) => x.rule === 'trekker-schrijfwijze')) {
      // Only the spelling of "Politie"; the dates and the names stay as they were.
      expect(t.na).toBe(t.voor.replace('politie', 'Politie'));
    }
    // The suggestions are all still there to choose, in the new columns.
    const after = JSON.parse((await cli(['valideer', out, '--json'])).out) as { findings: Array<{ rule: string; cell: string }> };
    expect(after.findings.filter((f) => f.rule === 'trekker-onbekend').map((f) => f.cell)).toEqual(['F3', 'F5']);
    expect(after.findings.filter((f) => f.rule === 'datum-geen-driehoek').length).toBe(5);
    await expectNothingLostButFixes(out);
  });

  it('prints what changed as sheet!cell: before → after', async () => {
    const out = path.join(tempDir(), 'hersteld.xlsx');
    const r = await cli(['herstel', '-o', out]);
    expect(r.out).toContain('Uitvoeringsprogramma!D6: 9 september Oldebroek en politie → 9 september Oldebroek en Politie');
    expect(r.out).toContain('Uitvoeringsprogramma!F2:G35: Trekker en Driehoek ingevuld (33 rijen)');
    expect(r.out).toMatch(/5 toegepast, 0 geweigerd/);
  });

  it('writes nothing when nothing is certain', async () => {
    const first = path.join(tempDir(), 'eerst.xlsx');
    await cli(['herstel', '-o', first]);
    const second = path.join(tempDir(), 'nogmaals.xlsx');
    const r = await cli(['herstel', first, '-o', second]);
    expect(r.out).toMatch(/^Er is niets zeker te herstellen/);
    expect(() => readFileSync(second)).toThrow();
  });
});

/** A fix writes only its sheet: every other part of the package stays byte for byte. */
async function expectNothingLostButFixes(out: string): Promise<void> {
  await expectNothingLost(new Uint8Array(readFileSync(SAMPLE)), new Uint8Array(readFileSync(out)), ['xl/worksheets/sheet1.xml']);
}
