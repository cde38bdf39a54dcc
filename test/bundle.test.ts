import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, initialScripts } from './helpers/dist';
import { needs } from './helpers/needs';

// `npm test` builds dist/ first (npm run build); these check what ships.
const XLSX_MARKERS = ['sharedStrings', 'JSZip', 'xl/workbook.xml'];

needs(['dist'])('the built pane', () => {
  it('loads no spreadsheet library in the Office pane: it sits in a lazy chunk of its own', () => {
    const initial = initialScripts('taskpane.html');
    expect(initial.length).toBeGreaterThan(0);
    for (const file of initial) {
      const code = readFileSync(path.join(DIST, file), 'utf8');
      for (const marker of XLSX_MARKERS) expect([file, marker, code.includes(marker)]).toEqual([file, marker, false]);
    }
    const lazy = readdirSync(DIST).filter((f) => /^xlsx\..*\.js$/.test(f));
    expect(lazy).toHaveLength(1);
    expect(readFileSync(path.join(DIST, lazy[0]!), 'utf8')).toContain('xl/workbook.xml');
  });

  it('points the built manifest at the production host, not at localhost', () => {
    const manifest = readFileSync(path.join(DIST, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain('/taskpane.html');
  });
});
