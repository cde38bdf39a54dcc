import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { orderFonts } from '../../scripts/exceljs-fonts';
import { run } from '../../src/cli/main';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process, as `driehoek ARGS`, with today fixed. */
export async function cli(args: string[], today = '2021-01-15'): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await run(['node', 'driehoek', ...args], { out: (t) => (out += t), err: (t) => (err += t), today: () => today });
  return { code, out, err };
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'driehoek-'));
}

export function tempFile(name: string, bytes: Uint8Array | string): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, bytes);
  return file;
}

/** Writes a workbook built by the callback and returns its path. */
export async function xlsxFile(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return tempFile(name, await orderFonts(new Uint8Array(await wb.xlsx.writeBuffer())));
}
