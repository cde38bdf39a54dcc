import { mkdirSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { ValidationJsonSchema, type ValidationJson } from '../../src/domain/schema/finding';
import { cli, tempDir, tempFile, xlsxFile } from '../helpers/cli';

const onSheet = (j: ValidationJson, rule: string) => j.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);

describe('driehoek valideer on the sample (the seed of 2021)', () => {
  let json: ValidationJson;
  let code: number;
  beforeAll(async () => {
    const r = await cli(['valideer', '--json']);
    code = r.code;
    json = ValidationJsonSchema.parse(JSON.parse(r.out));
  });

  it('exits 1: the seed has errors', () => expect(code).toBe(1));

  it('finds Hatterm on both cells and suggests Hattem', () => {
    const hits = json.findings.filter((f) => f.rule === 'trekker-onbekend');
    expect(hits.map((f) => [f.cell, f.suggestion])).toEqual([
      ['D3', 'Hattem'],
      ['D5', 'Hattem'],
    ]);
    expect(hits[0]!.column).toBe('Wanneer af/terugkoppeling en wie is de trekker?');
  });

  it('finds every "18 februari" and suggests the Driehoek of 11-2-2021', () => {
    const feb = json.findings.filter((f) => f.rule === 'datum-geen-driehoek' && f.message.includes('18 februari'));
    expect(feb.map((f) => [f.cell, f.suggestion])).toEqual([
      ['D3', '11-2-2021'],
      ['D22', '11-2-2021'],
      ['D26', '11-2-2021'],
      ['D28', '11-2-2021'],
    ]);
  });

  it('also finds "11 november" (jaarwisseling), which the seed placed at 4-11 by hand', () => {
    const nov = json.findings.filter((f) => f.rule === 'datum-geen-driehoek' && f.message.includes('11 november'));
    expect(nov.map((f) => [f.cell, f.suggestion])).toEqual([['D13', '4-11-2021']]);
  });

  it('finds the unreadable date, the traffic row without a date and the combined column', () => {
    expect(onSheet(json, 'datum-onleesbaar')).toEqual(['Uitvoeringsprogramma!D24']);
    expect(json.findings.find((f) => f.rule === 'datum-onleesbaar')!.message).toContain('eind 2021/ begin 2022');
    expect(onSheet(json, 'verplicht-leeg')).toEqual(['Uitvoeringsprogramma!D14']);
    expect(onSheet(json, 'kolom-gecombineerd')).toEqual(['Uitvoeringsprogramma!D2']);
  });

  it('says nothing wrong about the correct rows', () => {
    // Rows 3, 5, 13, 14, 22, 24, 26 and 28 hold the seed's mistakes; 8, 19 and 29 are the seed's blank rows.
    const correct = [4, 6, 7, 9, 10, 11, 12, 15, 16, 17, 18, 20, 21, 23, 25, 27, 30, 31, 32, 33, 34, 35];
    const flagged = json.findings
      .filter((f) => f.sheet === 'Uitvoeringsprogramma' && f.severity !== 'info')
      .map((f) => Number(f.cell.replace(/^[A-Z]+/, '')));
    expect(flagged.filter((r) => correct.includes(r))).toEqual([]);
    expect([...new Set(flagged)].sort((a, b) => a - b)).toEqual([3, 5, 13, 14, 22, 24, 26, 28]);
  });

  it('counts what it prints', () => {
    const count = (s: string) => json.findings.filter((f) => f.severity === s).length;
    expect(json.summary).toEqual({ errors: count('error'), warnings: count('warning'), info: count('info') });
  });

  it('prints findings grouped by sheet for a person', async () => {
    const r = await cli(['valideer']);
    expect(r.out).toContain('Blad Uitvoeringsprogramma');
    expect(r.out).toContain('D3 (Wanneer af/terugkoppeling en wie is de trekker?)  fout  Onbekende trekker [trekker-onbekend]');
    expect(r.out).toContain('voorstel: Hattem');
    expect(r.out.trim().split('\n').pop()).toMatch(/^\d+ fouten, \d+ waarschuwing(en)?, \d+ meldingen$/);
  });

  it('takes a severity per call', async () => {
    const r = await cli(['valideer', '--json', '--ernst', 'trekker-onbekend=uit', 'datum-geen-driehoek=waarschuwing']);
    const j = ValidationJsonSchema.parse(JSON.parse(r.out));
    expect(onSheet(j, 'trekker-onbekend')).toEqual([]);
    expect(j.findings.filter((f) => f.rule === 'datum-geen-driehoek').every((f) => f.severity === 'warning')).toBe(true);
  });
});

describe('driehoek valideer on input it cannot use', () => {
  const expectUnusable = (r: { code: number; out: string; err: string }, words: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(words);
    expect(r.err).not.toMatch(/\bat .*\(|Error:|TypeError/);
  };

  it('a missing file', async () => expectUnusable(await cli(['valideer', '/nergens/werkboek.xlsx']), /Bestand niet gevonden/));
  it('a folder', async () => {
    const dir = path.join(tempDir(), 'map.xlsx');
    mkdirSync(dir);
    expectUnusable(await cli(['valideer', dir]), /is een map/);
  });
  it('a text file', async () => expectUnusable(await cli(['valideer', tempFile('notities.xlsx', 'Hattem 18 februari')]), /geen Excel-werkboek/));
  it('an empty file', async () => expectUnusable(await cli(['valideer', tempFile('leeg.xlsx', '')]), /is leeg/));
  it('a zip that is no workbook', async () => {
    const zip = new JSZip().file('readme.txt', 'hallo');
    expectUnusable(
      await cli(['valideer', tempFile('archief.xlsx', await zip.generateAsync({ type: 'uint8array' }))]),
      /zip-archief, maar geen Excel-werkboek/,
    );
  });
  it('an encrypted workbook', async () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    cfb.set(
      Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]),
      1024,
    );
    expectUnusable(await cli(['valideer', tempFile('geheim.xlsx', cfb)]), /wachtwoord/);
  });
  it('a corrupt workbook', async () => {
    const zip = new JSZip().file('[Content_Types].xml', '<Types/>').file('xl/workbook.xml', '<workbook><sheets><sheet name="x" r:id="nope"/>');
    expectUnusable(
      await cli(['valideer', tempFile('kapot.xlsx', await zip.generateAsync({ type: 'uint8array' }))]),
      /kon niet gelezen worden|beschadigd/,
    );
  });
  it('a date for --vandaag that is no date', async () => expectUnusable(await cli(['valideer', '--vandaag', '2021-02-30']), /geen datum/));
  it('an unknown option', async () => expectUnusable(await cli(['valideer', '--snel']), /Onbekende optie --snel/));
  it('an unknown rule for --ernst', async () => expectUnusable(await cli(['valideer', '--ernst', 'trekker=uit']), /geen regel "trekker"/));

  it('an empty workbook gets tabel-ontbreekt for each required table', async () => {
    const file = await xlsxFile('leeg-werkboek.xlsx', (wb) => wb.addWorksheet('Blad1'));
    const r = await cli(['valideer', file, '--json']);
    expect(r.code).toBe(1);
    const j = ValidationJsonSchema.parse(JSON.parse(r.out));
    expect(j.findings.map((f) => `${f.rule} ${f.sheet}`)).toEqual([
      'tabel-ontbreekt Acties',
      'tabel-ontbreekt Vergaderingen',
      'tabel-ontbreekt Speerpunten',
      'tabel-ontbreekt Partijen',
    ]);
  });

  it('a workbook of other data gets the same, and the tables it does have are used', async () => {
    const file = await xlsxFile('anders.xlsx', (wb) => {
      wb.addWorksheet('Omzet').addRows([
        ['Maand', 'Omzet'],
        ['jan', 100],
      ]);
      wb.addWorksheet('Partijen').addRows([
        ['Naam', 'Soort'],
        ['Epe', 'Gemeente'],
      ]);
    });
    const r = await cli(['valideer', file, '--json']);
    const j = ValidationJsonSchema.parse(JSON.parse(r.out));
    expect(j.findings.map((f) => f.sheet)).toEqual(['Acties', 'Vergaderingen', 'Speerpunten']);
  });
});
