import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const DOMAIN = path.join(__dirname, '..', '..', 'src', 'domain');
// zod/mini is zod's own smaller entry point (the pane's first load), not a fourth library.
const ALLOWED = /^(\.|zod(\/mini)?$|date-fns(\/[a-zA-Z]+)?$|fastest-levenshtein$)/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

describe('src/domain is the pure core', () => {
  it.each(files(DOMAIN).map((f) => [path.relative(DOMAIN, f), f]))('%s imports only the core and its three libraries', (_name, file) => {
    // Comments may name Office.js; code may not.
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const specifiers = [...source.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    expect(specifiers.filter((s) => !ALLOWED.test(s) || /adapters|cli|pane/.test(s))).toEqual([]);
    expect(source).not.toMatch(/\b(Office|Excel)\.\w|Date\.now\(|new Date\(\)/);
  });
});
