import { execFile } from 'node:child_process';
import path from 'node:path';
import { ValidationJsonSchema } from '../../src/domain/schema/finding';
import { tempDir, type CliResult } from '../helpers/cli';
import type { Expect } from './cases';

const LIMIT_MS = 60_000;

const BIN = path.join(__dirname, '..', '..', 'bin', 'driehoek.js');

/** The real command in its own process, killed if it runs past the limit: no case may hang. */
export function bounded(args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { timeout: LIMIT_MS, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, DRIEHOEK_DEBUG: '' } },
      (error, out, err) => {
        if (error && error.killed) reject(new Error(`hangt of duurt te lang: driehoek ${args.join(' ')}`));
        else resolve({ code: error ? Number(error.code) : 0, out, err });
      },
    );
  });
}

/** Exit 2 is one Dutch line on stderr and nothing else; no stack trace ever. */
export function expectCalm(r: CliResult): void {
  expect(r.err).not.toMatch(/\n\s+at |TypeError|ReferenceError|RangeError|Error:/);
  if (r.code === 2) {
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
  } else expect(r.err).toBe('');
}

export async function overzichtToo(file: string, valideer: CliResult): Promise<void> {
  const out = path.join(tempDir(), 'uit.xlsx');
  const r = await bounded(['overzicht', file, '-o', out]);
  expectCalm(r);
  if (valideer.code === 2) {
    expect(r.code).toBe(2);
    return;
  }
  if (r.code === 2) {
    expect(r.err).toMatch(/^Het overzicht kan niet gemaakt worden: de tabel .* (ontbreekt|is leeg)/);
    return;
  }
  const again = ValidationJsonSchema.parse(JSON.parse((await bounded(['valideer', out, '--json'])).out));
  expect(again.findings.filter((f) => f.rule === 'overzicht-verouderd')).toEqual([]);
}

export function check(json: string, e: Expect): void {
  const found = new Set(ValidationJsonSchema.parse(JSON.parse(json)).findings.map((f) => f.rule));
  for (const rule of e.rules ?? []) expect([rule, found.has(rule)]).toEqual([rule, true]);
  for (const rule of e.without ?? []) expect([rule, found.has(rule)]).toEqual([rule, false]);
}
