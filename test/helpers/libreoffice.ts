import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * LibreOffice converts the files in one run (one start of the program for many
 * files): to PDF to see them printed, or to CSV only to learn that it opens
 * them (quick even for a sheet whose print area reaches XFD1048576). Returns
 * the converted file of each, or undefined where LibreOffice could not open it.
 */
export function convert(files: readonly string[], to: 'pdf' | 'csv' = 'pdf'): Map<string, string | undefined> {
  const out = mkdtempSync(path.join(tmpdir(), 'driehoek-pdf-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'driehoek-lo-'));
  if (files.length) {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', out, ...files], {
      timeout: 600_000,
      stdio: 'ignore',
    });
  }
  return new Map(
    files.map((f) => [f, ((result) => (existsSync(result) ? result : undefined))(path.join(out, `${path.basename(f, path.extname(f))}.${to}`))]),
  );
}
