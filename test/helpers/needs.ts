import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { VALIDATOR } from './openxml';

const ROOT = path.join(__dirname, '..', '..');

/** What a suite may need from the machine, and how to get it. */
const CHECKS = {
  dist: { ok: () => existsSync(path.join(ROOT, 'dist', 'taskpane.html')), how: 'npm run build' },
  chromium: { ok: () => existsSync('/usr/bin/chromium'), how: 'apt-get install chromium' },
  soffice: { ok: () => spawnSync('which', ['soffice']).status === 0, how: 'apt-get install libreoffice-calc-nogui' },
  pdftotext: { ok: () => spawnSync('which', ['pdftotext']).status === 0, how: 'apt-get install poppler-utils' },
  // Calibri's metric twin: without it LibreOffice prints in a wider font than Excel does.
  carlito: { ok: () => /carlito/i.test(spawnSync('fc-list', [], { encoding: 'utf8' }).stdout ?? ''), how: 'apt-get install fonts-crosextra-carlito' },
  validator: { ok: () => existsSync(VALIDATOR), how: 'npm run build:validator (needs the .NET SDK)' },
} as const;

export type Need = keyof typeof CHECKS;

export function missing(needs: readonly Need[]): Need[] {
  return needs.filter((n) => !CHECKS[n].ok());
}

/**
 * describe, or — where the machine lacks what the suite needs — a skip that
 * says so. On CI (.ci/run installs everything) a missing need fails instead:
 * no suite skips silently.
 */
export function needs(list: readonly Need[]): jest.Describe {
  const lacking = missing(list);
  if (!lacking.length) return describe;
  const why = `Overgeslagen: ${lacking.map((n) => `${n} ontbreekt (${CHECKS[n].how})`).join('; ')}.`;
  if (process.env.CI) {
    return ((name: string) => describe(name, () => it('has what it needs', () => expect(why).toBe('')))) as unknown as jest.Describe;
  }
  process.stderr.write(`\n${why}\n`);
  return describe.skip;
}
