import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './helpers/dist';
import { needs } from './helpers/needs';

const SRC = path.join(__dirname, '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );

describe('no injection', () => {
  it('renders no HTML from strings anywhere in the code', () => {
    for (const file of files(SRC)) {
      const code = readFileSync(file, 'utf8');
      expect([path.relative(SRC, file), /dangerouslySetInnerHTML|\.innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(code)]).toEqual([
        path.relative(SRC, file),
        false,
      ]);
    }
  });

  needs(['dist'])('the built pages', () => {
    it("sets a Content-Security-Policy: its own origin, and Office's script host only inside Excel", () => {
      const csp = (page: string) => /Content-Security-Policy content="([^"]+)"/.exec(readFileSync(path.join(DIST, page), 'utf8'))![1]!;
      const hosts = (policy: string) => [...new Set(policy.match(/https?:\/\/[^\s;]+/g) ?? [])];
      expect(csp('index.html')).toMatch(/default-src 'self'/);
      expect(hosts(csp('index.html'))).toEqual([]);
      expect(csp('taskpane.html')).toMatch(/default-src 'self'; script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
      expect(hosts(csp('taskpane.html'))).toEqual(['https://appsforoffice.microsoft.com']);
      expect(csp('taskpane.html')).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    });
  });
});
