import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { ValidationJsonSchema } from '../../src/domain/schema/finding';
import { TEKSTEN } from '../../src/domain/teksten/index';
import { cli, tempDir, type CliResult } from '../helpers/cli';
import { expectFreshLib } from '../helpers/lib';
import type { Expect, OverzichtExpect } from './cases';

/** Far above what any case needs (a few seconds at most): a guard against a hang, not a timer. */
const LIMIT_MS = 300_000;

const BIN = path.join(__dirname, '..', '..', 'bin', 'driehoek.js');

/**
 * Under StrykerJS (jest.mutation.config.js sets DRIEHOEK_IN_PROCESS) the
 * command runs in this process from src/, so that a planted bug reaches it;
 * Stryker's own timeout then guards against a hang.
 */
const IN_PROCESS = process.env.DRIEHOEK_IN_PROCESS === '1';

/** The suites run the compiled command: it must be built from the src/ of now (in process it is src/ itself). */
export function expectFreshCommand(): void {
  if (!IN_PROCESS) expectFreshLib();
}

/** The real command in its own process, killed only if it hangs. */
export function bounded(args: string[]): Promise<CliResult> {
  // Today as the command takes it from the clock.
  if (IN_PROCESS) return cli(args, new Date().toISOString().slice(0, 10));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { timeout: LIMIT_MS, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, DRIEHOEK_DEBUG: '' } },
      (error, out, err) => {
        if (error && error.killed) reject(new Error(`hangt: driehoek ${args.join(' ')}`));
        else resolve({ code: error ? Number(error.code) : 0, out, err });
      },
    );
  });
}

/** The sentences driehoek may end a run with, from its catalogue: any other exit 2 is a failure. */
const KNOWN = Object.entries(TEKSTEN)
  .filter(([id]) => /^(bestand|weigering|cli\.fout)\./.test(id) && id !== 'cli.fout.onverwacht')
  .map(([, text]) => new RegExp(`^${text.nl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.+')}$`));

/** Exit 2 is one sentence from the catalogue on stderr and nothing else; no stack trace, no "something unexpected". */
export function expectCalm(r: CliResult): void {
  expect(r.err).not.toMatch(/\n\s+at |TypeError|ReferenceError|RangeError|Error:|onverwachts/);
  if (r.code === 2) {
    expect(r.out).toBe('');
    const line = r.err.trim();
    expect(line.split('\n')).toHaveLength(1);
    expect([line, KNOWN.some((re) => re.test(line))]).toEqual([line, true]);
  } else expect(r.err).toBe('');
}

export interface Written {
  input: string;
  output: string;
}

/**
 * `driehoek overzicht` on the case: a refusal with its sentence, or a copy
 * that is valid again for `valideer` (no stale overview), that changed nothing
 * but what driehoek owns, and that passed the case's own checks.
 */
export async function overzichtToo(file: string, valideer: CliResult, name: string, o: OverzichtExpect = {}): Promise<Written | undefined> {
  const out = path.join(tempDir(), `${name}${path.extname(o.out ?? 'uit.xlsx')}`);
  const r = await bounded(['overzicht', file, '-o', out]);
  expectCalm(r);
  if (valideer.code === 2) {
    expect(r.code).toBe(2);
    return undefined;
  }
  if (o.refused) {
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(o.refused)]);
    return undefined;
  }
  if (r.code === 2) {
    expect(r.err).toMatch(/^Het overzicht kan niet gemaakt worden: de (tabel|tabellen) .* (ontbreekt|ontbreken|is leeg|zijn leeg)\./);
    return undefined;
  }
  const again = ValidationJsonSchema.parse(JSON.parse((await bounded(['valideer', out, '--json'])).out));
  expect(again.findings.filter((f) => f.rule === 'overzicht-verouderd')).toEqual([]);
  const [input, output] = [new Uint8Array(readFileSync(file)), new Uint8Array(readFileSync(out))];
  await expectNothingLost(input, output);
  await o.check?.(input, output);
  return { input: file, output: out };
}

/** The parts driehoek writes into when it makes the overview; every other part stays byte for byte. */
const OWNED = [
  /^xl\/workbook\.xml$/i,
  /^xl\/_rels\/workbook\.xml\.rels$/i,
  /^\[Content_Types\]\.xml$/,
  /^xl\/styles\.xml$/i,
  /^xl\/calcChain\.xml$/i,
];

export async function expectNothingLost(before: Uint8Array, after: Uint8Array, written: readonly string[] = []): Promise<void> {
  const [a, b] = await Promise.all([JSZip.loadAsync(before), JSZip.loadAsync(after)]);
  const overview = await overviewPart(a);
  for (const name of Object.keys(a.files)) {
    if (a.files[name]!.dir || OWNED.some((re) => re.test(name)) || name === overview || written.includes(name)) continue;
    // Found whatever its capitals: driehoek names a part as its content type does.
    const other = Object.keys(b.files).find((n) => n.toLowerCase() === name.toLowerCase());
    const [x, y] = await Promise.all([a.file(name)!.async('uint8array'), other ? b.file(other)!.async('uint8array') : undefined]);
    expect([name, y && Buffer.compare(Buffer.from(x), Buffer.from(y)) === 0]).toEqual([name, true]);
  }
}

/** The part of the existing overview sheet, if any (its content is what driehoek replaces). */
async function overviewPart(zip: JSZip): Promise<string | undefined> {
  const wb = (await zip.file(/^xl\/workbook\.xml$/i)[0]?.async('string')) ?? '';
  const id = /<(?:\w+:)?sheet [^>]*name="driehoek-overzicht"[^>]*r:id="(\w+)"/i.exec(wb)?.[1];
  const rels = (await zip.file(/^xl\/_rels\/workbook\.xml\.rels$/i)[0]?.async('string')) ?? '';
  const target = id && new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  return target ? Object.keys(zip.files).find((n) => n.toLowerCase() === `xl/${target}`.toLowerCase()) : undefined;
}

export function check(json: string, e: Expect): void {
  const found = new Set(ValidationJsonSchema.parse(JSON.parse(json)).findings.map((f) => f.rule));
  for (const rule of e.rules ?? []) expect([rule, found.has(rule)]).toEqual([rule, true]);
  for (const rule of e.without ?? []) expect([rule, found.has(rule)]).toEqual([rule, false]);
}
