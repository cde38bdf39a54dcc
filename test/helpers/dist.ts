import { readFileSync } from 'node:fs';
import path from 'node:path';

export const DIST = path.join(__dirname, '..', '..', 'dist');

/** The scripts a built page loads at once (not its lazy chunks). */
export function initialScripts(page: string): string[] {
  const html = readFileSync(path.join(DIST, page), 'utf8');
  return [...html.matchAll(/<script[^>]+src="?([^"\s>]+)"?/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
}
