import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XlsxWorkbook } from '../src/adapters/file';
import { validate } from '../src/domain/engine';
import { isSafeFix } from '../src/domain/schema/finding';
import { cli, tempDir } from './helpers/cli';
import { richWorkbook } from './helpers/rich-workbook';

const OWNED = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

async function entries(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('string'));
  return out;
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function sheetModels(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  type Full = ExcelJS.Worksheet & { dataValidations: { model: unknown }; conditionalFormattings: unknown[] };
  return Object.fromEntries(
    (wb.worksheets as Full[]).map((ws) => [
      ws.name,
      {
        state: ws.state,
        merges: ws.model.merges,
        values: ws.getSheetValues(),
        validations: ws.dataValidations.model,
        cf: ws.conditionalFormattings,
        tables: ws.getTables().length,
      },
    ]),
  );
}

function attrsOf(xml: string, tag: string): string[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  return Array.from(doc.getElementsByTagName(tag)).map(
    (e) =>
      Array.from(e.attributes)
        .map((a) => `${a.name}=${a.value}`)
        .join(' ') + `|${e.textContent}`,
  );
}

describe('regeneration changes only the generated sheet', () => {
  let input: string;
  let before: Uint8Array;
  let after: Uint8Array;
  beforeAll(async () => {
    input = path.join(tempDir(), 'rijk.xlsx');
    before = await richWorkbook();
    writeFileSync(input, before);
    const out = path.join(tempDir(), 'rijk.overzicht.xlsx');
    const r = await cli(['overzicht', input, '-o', out]);
    expect(r.err).toBe('');
    after = new Uint8Array(readFileSync(out));
  });

  it('leaves the input file as it was', () => {
    expect(sha(new Uint8Array(readFileSync(input)))).toBe(sha(before));
  });

  it('keeps every part it does not own byte for byte: sheets, tables, chart, drawing, comments, shared strings', async () => {
    const [a, b] = await Promise.all([entries(before), entries(after)]);
    const overview = 'xl/worksheets/sheet3.xml'; // the hand-made Driehoek-overzicht, replaced
    const kept = [...a.keys()].filter((k) => !OWNED.includes(k) && k !== overview && !k.startsWith('xl/worksheets/_rels/sheet3'));
    expect(kept).toEqual(
      expect.arrayContaining(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/tables/table1.xml', 'xl/sharedStrings.xml']),
    );
    expect(kept.some((k) => /comments/.test(k))).toBe(true);
    for (const k of kept) expect([k, b.get(k)]).toEqual([k, a.get(k)]);
  });

  it('only adds to the shared parts: sheets, defined names, relationships, content types, styles', async () => {
    const [a, b] = await Promise.all([entries(before), entries(after)]);
    for (const [part, tag] of [
      ['xl/workbook.xml', 'sheet'],
      ['xl/workbook.xml', 'definedName'],
      ['xl/_rels/workbook.xml.rels', 'Relationship'],
      ['[Content_Types].xml', 'Override'],
      ['xl/styles.xml', 'xf'],
      ['xl/styles.xml', 'font'],
      ['xl/styles.xml', 'fill'],
      ['xl/styles.xml', 'border'],
    ] as const) {
      const old = attrsOf(a.get(part)!, tag);
      expect([part, tag, attrsOf(b.get(part)!, tag).slice(0, old.length)]).toEqual([part, tag, old]);
    }
  });

  it('reads back every other sheet cell for cell and merge for merge, with its lists, formats, tables and state', async () => {
    const [a, b] = await Promise.all([sheetModels(before), sheetModels(after)]);
    delete a['Driehoek-overzicht'];
    delete b['Driehoek-overzicht'];
    expect(b).toEqual(a);
    expect((a.Verborgen as { state: string }).state).toBe('hidden');
  });

  it('writes onderwerpen that look like formulas as text', async () => {
    const file = path.join(tempDir(), 'formule.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(before as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Uitvoeringsprogramma')!;
    ws.getCell('E4').value = '=HYPERLINK("http://x","klik")';
    ws.getCell('E6').value = '+31 6 1234 5678';
    ws.getCell('E7').value = '@gemeente';
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    const out = path.join(tempDir(), 'formule.overzicht.xlsx');
    await cli(['overzicht', file, '-o', out]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    const sheet = back.getWorksheet('Driehoek-overzicht')!;
    const texts: Array<[ExcelJS.ValueType, unknown]> = [];
    sheet.eachRow((row) => row.eachCell((c) => texts.push([c.type, c.value])));
    expect(texts).toContainEqual([ExcelJS.ValueType.String, '- =HYPERLINK("http://x","klik")']);
    expect(texts).toContainEqual([ExcelJS.ValueType.String, '- +31 6 1234 5678\n- @gemeente']);
    expect(texts.filter(([t]) => t === ExcelJS.ValueType.Formula)).toEqual([]);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('xl/worksheets/sheet3.xml')!.async('string');
    expect(xml).not.toContain('<f>');
  });

  it('regenerating twice gives the same cells', async () => {
    const once = path.join(tempDir(), 'een.xlsx');
    const twice = path.join(tempDir(), 'twee.xlsx');
    await cli(['overzicht', input, '-o', once]);
    await cli(['overzicht', once, '-o', twice]);
    const read = async (f: string) =>
      (await (await XlsxWorkbook.open(new Uint8Array(readFileSync(f)), 'x')).read()).sheets.find((s) => s.name === 'Driehoek-overzicht');
    expect(await read(twice)).toEqual(await read(once));
    expect((await entries(new Uint8Array(readFileSync(twice)))).size).toBe((await entries(new Uint8Array(readFileSync(once)))).size);
  });
});

describe('validation writes nothing', () => {
  it('leaves the file byte for byte, through the CLI and through the adapter', async () => {
    const file = path.join(tempDir(), 'rijk.xlsx');
    const bytes = await richWorkbook();
    writeFileSync(file, bytes);
    await cli(['valideer', file]);
    expect(sha(new Uint8Array(readFileSync(file)))).toBe(sha(bytes));
    const wb = await XlsxWorkbook.open(bytes, 'rijk.xlsx');
    validate(await wb.read(), { today: '2021-01-15' });
    expect(sha(await wb.save())).toBe(sha(bytes));
  });
});

describe('fixes change only their own cells', () => {
  it('applies every safe fix, after which the overview places all but the undated and unreadable acties', async () => {
    const wb = await XlsxWorkbook.open(
      new Uint8Array(readFileSync(path.join(__dirname, '..', 'assets', 'uitvoeringsprogramma-2021.xlsx'))),
      'x.xlsx',
    );
    const first = await wb.read();
    const fixes = validate(first, { today: '2021-01-15' }).findings.flatMap((f) => (f.fix && isSafeFix(f.fix) ? [f.fix] : []));
    expect(fixes.map((f) => `${f.cell}`)).toEqual(['D3', 'D3', 'D5', 'D13', 'D22', 'D26', 'D28']);
    await wb.applyFixes(fixes);
    const second = await wb.read();
    const changed: string[] = [];
    first.sheets.forEach((s, i) =>
      s.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (second.sheets[i]!.values[r]![c] !== v)
            changed.push(`${s.name}!${String.fromCharCode(65 + c)}${r + 1}: ${String(second.sheets[i]!.values[r]![c])}`);
        }),
      ),
    );
    expect(changed).toEqual([
      'Uitvoeringsprogramma!D3: Hattem 11 februari',
      'Uitvoeringsprogramma!D5: Hattem 15 april',
      'Uitvoeringsprogramma!D13: Politie trekker, gemeente input 4 november en 16 december',
      'Uitvoeringsprogramma!D22: Gemeenten 11 februari',
      'Uitvoeringsprogramma!D26: 11 februari Heerde',
      'Uitvoeringsprogramma!D28: 11 februari Politie en Epe',
    ]);
    const after = validate(second, { today: '2021-01-15' });
    expect(after.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([
      'verplicht-leeg',
      'datum-onleesbaar',
      'subspeerpunt-onbekend',
      'subspeerpunt-onbekend',
    ]);
  });

  it('refuses a fix whose cell changed since validation, and changes nothing', async () => {
    const wb = await XlsxWorkbook.open(
      new Uint8Array(readFileSync(path.join(__dirname, '..', 'assets', 'uitvoeringsprogramma-2021.xlsx'))),
      'x.xlsx',
    );
    const before = await wb.save();
    await expect(
      wb.applyFixes([{ type: 'replaceText', sheet: 'Uitvoeringsprogramma', cell: 'D4', find: 'Hatterm', replace: 'Hattem', label: '' }]),
    ).rejects.toThrow(/veranderd sinds de controle/);
    expect(await wb.save()).toBe(before);
  });

  it('splits the combined column into empty cells beside the table, dates as Excel dates', async () => {
    const wb = await XlsxWorkbook.open(
      new Uint8Array(readFileSync(path.join(__dirname, '..', 'assets', 'uitvoeringsprogramma-2021.xlsx'))),
      'x.xlsx',
    );
    const split = validate(await wb.read(), { today: '2021-01-15' }).findings.find((f) => f.rule === 'kolom-gecombineerd')!.fix!;
    await wb.applyFixes([split]);
    const r = validate(await wb.read(), { today: '2021-01-15' });
    expect(r.werkboek.gecombineerd).toBe(false);
    expect(r.werkboek.locations.acties!.columns).toMatchObject({ trekker: { header: 'Trekker' }, driehoek: { header: 'Driehoek' } });
    const row4 = r.werkboek.acties.find((a) => a.row === 4)!;
    expect([row4.trekker?.text, row4.driehoek?.iso]).toEqual(['Nunspeet', '2021-04-15']);
    expect(r.findings.filter((f) => f.rule === 'trekker-onbekend').map((f) => f.cell)).toEqual(['F3', 'F5']);
  });
});
