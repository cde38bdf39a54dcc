import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = path.join(__dirname, '..', '..', 'dist');

/** The scripts a built page loads at once (not its lazy chunks). */
export function initialScripts(page: string): string[] {
  const html = readFileSync(path.join(DIST, page), 'utf8');
  return [...html.matchAll(/<script[^>]+src="?([^"\s>]+)"?/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
}

export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length;
}

export function hasBuild(): boolean {
  return existsSync(path.join(DIST, 'taskpane.html'));
}
