import { createHash } from 'node:crypto';
import { type Stats, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { SAMPLE } from '../../src/cli/main';
import { refuseAlias, writeAtomically } from '../../src/cli/output';
import { cli, tempDir } from '../helpers/cli';
import { buildPackage, programme } from '../corpus/package-builder';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Runs `check` while the file system reports `file` changed as `change` says: what another disk or file system would report. */
async function withStatOf(file: string, change: (s: Stats) => Partial<Stats>, check: () => Promise<unknown>): Promise<void> {
  const real = fsp.stat.bind(fsp);
  const stat = jest.spyOn(fsp, 'stat').mockImplementation(async (p) => {
    const s = await real(p);
    return p === file ? Object.assign(s, change(s)) : s;
  });
  try {
    await check();
  } finally {
    stat.mockRestore();
  }
}

describe('the output path is never the input, whatever its form', () => {
  let dir: string;
  let input: string;
  let before: string;
  beforeEach(() => {
    dir = tempDir();
    input = path.join(dir, 'programma.xlsx');
    copyFileSync(SAMPLE, input);
    before = sha(input);
  });
  afterEach(() => expect(sha(input)).toBe(before));

  const refused = async (out: string, cmd = 'overzicht') => {
    const r = await cli([cmd, input, '-o', out]);
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toMatch(/is het bestand zelf \(of een koppeling ernaar\); het origineel wordt nooit overschreven/);
  };

  it('the same path', () => refused(input));
  it('a path through ".."', () => {
    mkdirSync(path.join(dir, 'sub'));
    return refused(path.join(dir, 'sub', '..', 'programma.xlsx'));
  });
  it('a symbolic link to it', () => {
    symlinkSync(input, path.join(dir, 'koppeling.xlsx'));
    return refused(path.join(dir, 'koppeling.xlsx'));
  });
  it('a hard link to it, for herstel as well', async () => {
    linkSync(input, path.join(dir, 'harde-koppeling.xlsx'));
    await refused(path.join(dir, 'harde-koppeling.xlsx'));
    await refused(path.join(dir, 'harde-koppeling.xlsx'), 'herstel');
  });
  it('but an earlier copy of it is written again', async () => {
    const copy = path.join(dir, 'overzicht.xlsx');
    // Exit 1: the sample has errors, and the overview is written all the same; a refusal would be 2.
    for (const run of [1, 2]) {
      const r = await cli(['overzicht', input, '-o', copy]);
      expect([run, r.code, r.err]).toEqual([run, 1, '']);
    }
  });
  it('but a file on another disk that has the same inode number is another file', async () => {
    const copy = path.join(tempDir(), 'uit.xlsx');
    writeFileSync(copy, 'eerdere kopie');
    const { ino } = await fsp.stat(input);
    // An inode number is unique on its own disk only: the copy gets the input's, on a disk one further.
    await withStatOf(
      copy,
      (s) => ({ ino, dev: s.dev + 1 }),
      () => expect(refuseAlias(input, copy)).resolves.toBeUndefined(),
    );
  });
  it('the input through a linked folder, on a disk whose inode numbers tell nothing (FAT gives none), by its real path', async () => {
    const linked = path.join(tempDir(), 'map');
    symlinkSync(dir, linked);
    const out = path.join(linked, 'programma.xlsx');
    await withStatOf(
      out,
      (s) => ({ ino: s.ino + 1 }),
      () => expect(refuseAlias(input, out)).rejects.toThrow(/is het bestand zelf/),
    );
  });
  it('the input through a linked folder', () => {
    const linked = path.join(tempDir(), 'map');
    symlinkSync(dir, linked);
    return refused(path.join(linked, 'programma.xlsx'));
  });
});

describe('writing never leaves half a workbook', () => {
  it('writes through a temporary file and renames it into place', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'uit.xlsx');
    await writeAtomically(out, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(out)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['uit.xlsx']);
  });

  it('leaves no file, and an earlier copy as it was, when the write is interrupted', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'uit.xlsx');
    writeFileSync(out, 'eerdere kopie');
    const rename = jest.spyOn(fsp, 'rename').mockRejectedValueOnce(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    await expect(writeAtomically(out, new Uint8Array(10_000))).rejects.toThrow(/Kan .*uit\.xlsx niet schrijven: ENOSPC/);
    rename.mockRestore();
    expect(readdirSync(dir)).toEqual(['uit.xlsx']);
    expect(readFileSync(out, 'utf8')).toBe('eerdere kopie');
  });

  it('tells in one sentence when the folder is not there', async () => {
    const r = await cli(['overzicht', '-o', path.join(tempDir(), 'bestaat-niet', 'uit.xlsx')]);
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/^Kan .* niet schrijven: ENOENT\. Controleer of de map bestaat/)]);
    expect(existsSync(path.join(tempDir(), 'bestaat-niet'))).toBe(false);
  });
});

describe('a workbook with macros', () => {
  it('is copied to .xlsm only: another name is refused in one sentence and nothing is written, and the default name keeps .xlsm', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'programma.xlsm');
    writeFileSync(input, await buildPackage(programme(), { macro: true }));
    const r = await cli(['overzicht', input, '-o', path.join(dir, 'uit.xlsx')]);
    expect([r.code, r.err.trim()]).toEqual([
      2,
      'programma.xlsm bevat macro’s; een kopie met macro’s moet op .xlsm eindigen, anders opent Excel haar niet. Kies met -o een naam die op .xlsm eindigt.',
    ]);
    expect(readdirSync(dir)).toEqual(['programma.xlsm']);
    expect((await cli(['overzicht', input])).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['programma.overzicht.xlsm', 'programma.xlsm']);
  });
});

describe('a workbook whose list of content types is damaged', () => {
  it('is refused in one sentence that names that part, and nothing is written', async () => {
    const zip = await JSZip.loadAsync(await buildPackage(programme()));
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml"',
    );
    const dir = tempDir();
    const input = path.join(dir, 'kapot.xlsx');
    writeFileSync(input, await zip.generateAsync({ type: 'uint8array' }));
    const r = await cli(['overzicht', input, '-o', path.join(dir, 'uit.xlsx')]);
    expect([r.code, r.err.trim()]).toEqual([
      2,
      'kapot.xlsx kon niet gelezen worden: een onderdeel ervan ([Content_Types].xml) is beschadigd. Open het in Excel, sla het opnieuw op als .xlsx en probeer het nog eens.',
    ]);
    expect(readdirSync(dir)).toEqual(['kapot.xlsx']);
  });
});
