import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

function newest(dir: string, ext: RegExp): number {
  let max = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && ext.test(e.name)) max = Math.max(max, statSync(path.join(e.parentPath, e.name)).mtimeMs);
  }
  return max;
}

/**
 * The suites that run the real command (bin/driehoek.js) run the compiled
 * lib/: after an edit in src/ without `npm run build:cli` they would test
 * old code. They fail then, and say what to do.
 */
export function expectFreshLib(): void {
  const src = newest(path.join(ROOT, 'src'), /\.tsx?$/);
  let lib = 0;
  try {
    lib = newest(path.join(ROOT, 'lib'), /\.js$/);
  } catch {
    // no lib/ at all
  }
  expect([lib >= src, 'lib/ is ouder dan src/: draai npm run build:cli (npm test doet dat zelf)']).toEqual([true, expect.any(String)]);
}
