import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { convert } from './libreoffice';
import { tempDir } from './cli';

const OUTPUT = path.join(__dirname, '..', 'output');

export interface Printed {
  /** The text of each page, as pdftotext lays it out. */
  pages: string[];
  /** All text in the order it was drawn, each cell's lines together, white space as single spaces. */
  text: string;
  /** Width × height of the first page, in points. */
  size: [number, number];
  pdf: string;
}

/**
 * One sheet of a workbook as LibreOffice prints it. The other worksheets are
 * emptied in a copy first (LibreOffice prints every sheet), so the pages are
 * that sheet's alone. PNGs of the pages go to test/output/NAME-N.png.
 */
export async function printSheet(file: string, sheet: string, name: string): Promise<Printed> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  const keep = `xl/${target!.replace(/^\/?xl\//, '')}`;
  for (const part of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p) && p !== keep)) {
    const xml = await zip.file(part)!.async('string');
    zip.file(part, xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, '<sheetData/>').replace(/<mergeCells[\s\S]*?<\/mergeCells>/, ''));
  }
  const copy = path.join(tempDir(), `${name}.xlsx`);
  writeFileSync(copy, await zip.generateAsync({ type: 'uint8array' }));
  const pdf = convert([copy]).get(copy)!;
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
  );
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))!;
  mkdirSync(OUTPUT, { recursive: true });
  for (const f of readdirSync(OUTPUT).filter((f) => f.startsWith(`${name}-`))) rmSync(path.join(OUTPUT, f));
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(OUTPUT, name)]);
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { pages, text, size: [Number(w), Number(h)], pdf };
}

/** How many pixels of a page, rendered at 50 dpi, have this colour (within a little for anti-aliasing). */
export function pixelsOf(pdf: string, page: number, rgb: string): number {
  const ppm = execFileSync('pdftoppm', ['-r', '50', '-f', String(page), '-l', String(page), pdf]);
  // P6, width, height, maximum value, then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 50).toString('latin1'))!;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16));
  let n = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
    if (Math.abs(ppm[i]! - r!) <= 6 && Math.abs(ppm[i + 1]! - g!) <= 6 && Math.abs(ppm[i + 2]! - b!) <= 6) n++;
  }
  return n;
}
