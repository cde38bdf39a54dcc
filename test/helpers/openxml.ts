import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Built by npm run build:validator (test/openxml-validator, Microsoft's Open XML SDK 3.3.0). */
export const VALIDATOR = path.join(__dirname, '..', 'openxml-validator', 'bin', 'out', 'openxml-validator.dll');

interface PackageError {
  id: string;
  description: string;
  part: string;
  path: string;
}

/** The Open XML SDK's validator on each file: the errors it finds, by file. */
function validatePackages(files: readonly string[]): Record<string, PackageError[]> {
  if (!files.length) return {};
  const r = spawnSync('dotnet', [VALIDATOR, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 });
  if (r.status !== 0) throw new Error(`de validator faalde: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, PackageError[]>;
}

/** Every file passes the validator with zero errors (the failures name the file and the first errors). */
export function expectValid(files: readonly string[]): void {
  const report = validatePackages(files);
  const bad = Object.entries(report)
    .filter(([, errors]) => errors.length)
    .map(([file, errors]) => [path.basename(file), errors.slice(0, 3)]);
  expect(bad).toEqual([]);
}

/**
 * Every written package passes the validator, but for what its input already
 * had: a sheet driehoek must keep byte for byte keeps its own faults (the Open
 * XML SDK reports cells of type d, for one). driehoek adds no error.
 */
export function expectNoNewErrors(pairs: ReadonlyArray<{ input: string; output: string }>): void {
  const report = validatePackages([...new Set(pairs.flatMap((p) => [p.input, p.output]))]);
  const key = (e: PackageError) => `${e.id}|${e.part.toLowerCase()}|${e.path}`;
  const added = pairs.flatMap(({ input, output }) => {
    const before = new Set((report[input] ?? []).map(key));
    const errors = (report[output] ?? []).filter((e) => !before.has(key(e)));
    return errors.length ? [[path.basename(output), errors.slice(0, 3)]] : [];
  });
  expect(added).toEqual([]);
}
