import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XlsxWorkbook } from '../src/adapters/file';
import { a1, parseRange } from '../src/domain/cells';
import { fillRange } from '../src/domain/fixes/describe';
import { validate } from '../src/domain/engine';
import { Grid } from '../src/domain/read/grid';
import type { Fix, ZekereFix } from '../src/domain/schema/finding';
import type { WorkbookSnapshot } from '../src/domain/schema/snapshot';
import { herstelAlleZekere, herstelEen, ongedaanMaken, overzichtMaken, sjabloonAanvullen, valideer, zekereFixes } from '../src/domain/usecases/index';
import { cli, tempDir, xlsxFile } from './helpers/cli';
import { richWorkbook } from './helpers/rich-workbook';
import { ACTIES, buildPackage, programme } from './corpus/package-builder';

const OWNED = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function rawParts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('uint8array'));
  return out;
}

/** The parts as UTF-8 text, for comparing and searching XML. */
async function entries(bytes: Uint8Array): Promise<Map<string, string>> {
  const decoder = new TextDecoder();
  return new Map([...(await rawParts(bytes))].map(([name, b]) => [name, decoder.decode(b)]));
}

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
    const overview = 'xl/worksheets/sheet3.xml'; // the hand-made Driehoek-overzicht, its content replaced in place
    const kept = [...a.keys()].filter((k) => !OWNED.includes(k) && k !== overview);
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

  // The pane shows the findings after Overzicht maken without reading the workbook again: they must be what a new read gives.
  it.each([
    ['a workbook without an overview', () => buildPackage(programme())],
    ['the sample, whose overview was made by hand', () => Promise.resolve(new Uint8Array(readFileSync(SAMPLE_FILE)))],
  ])('shows after regenerating %s the cells and findings a new read gives', async (_, bytes) => {
    const wb = await XlsxWorkbook.open(await bytes(), 'x.xlsx');
    const out = await overzichtMaken(wb, { ...TODAY, overschrijven: true });
    if (out.soort !== 'klaar') throw new Error(out.soort);
    const fresh = await valideer(wb, TODAY);
    const state = (w: WorkbookSnapshot) => w.sheets.map((s) => [s.name, s.kind, s.visible, s.protected, s.errorCells]);
    expect(state(out.na.snapshot)).toEqual(state(fresh.snapshot));
    expect(changedCells(fresh.snapshot, out.na.snapshot)).toEqual([]);
    expect(out.na.result.werkboek.vingerafdrukken).toEqual(fresh.result.werkboek.vingerafdrukken);
    expect(out.na.result.findings).toEqual(fresh.result.findings);
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

const SAMPLE_FILE = path.join(__dirname, '..', 'assets', 'uitvoeringsprogramma-2021.xlsx');
const TODAY = { today: '2021-01-15' };

const sampleBytes = async () => new Uint8Array(readFileSync(SAMPLE_FILE));

async function sample(): Promise<XlsxWorkbook> {
  return XlsxWorkbook.open(await sampleBytes(), 'x.xlsx');
}

/** Every cell's style index (its s attribute) by "part!A1", cells without one left out. */
async function cellStyles(bytes: Uint8Array): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [name, xml] of await entries(bytes)) {
    if (!name.startsWith('xl/worksheets/sheet')) continue;
    for (const c of Array.from(new DOMParser().parseFromString(xml, 'text/xml').getElementsByTagName('c'))) {
      if (c.getAttribute('s')) out.set(`${name}!${c.getAttribute('r')}`, c.getAttribute('s')!);
    }
  }
  return out;
}

/** The cells whose style differs between two such maps, in either direction. */
function restyled(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
}

/** Every cell whose value differs between two reads, as "Sheet!A1: new value". */
function changedCells(a: WorkbookSnapshot, b: WorkbookSnapshot): string[] {
  const out: string[] = [];
  for (const s of b.sheets) {
    const before = new Grid(a.sheets.find((x) => x.name === s.name) ?? { ...s, blocks: [] });
    const after = new Grid(s);
    for (let r = 1; r <= Math.max(before.lastRow, after.lastRow); r++) {
      for (let c = 1; c <= Math.max(before.lastCol, after.lastCol); c++) {
        if (before.value(r, c) !== after.value(r, c)) out.push(`${s.name}!${a1(r, c)}: ${String(after.value(r, c))}`);
      }
    }
  }
  return out;
}

describe('fixes change only their own cells', () => {
  it('"Herstel alle zekere" on the sample changes no date and picks no name by distance', async () => {
    const wb = await sample();
    const before = await valideer(wb, TODAY);
    const out = await herstelAlleZekere(wb, before, zekereFixes(before.result.findings), TODAY);
    const changed = changedCells(before.snapshot, out.na.snapshot);
    // The split fills new columns F and G; the old column D only gets "Politie" spelled as Partijen spells it.
    expect(changed.filter((c) => !/^Uitvoeringsprogramma![FG]\d+:/.test(c))).toEqual([
      'Uitvoeringsprogramma!D6: 9 september Oldebroek en Politie',
      'Uitvoeringsprogramma!D11: Nunspeet en Politie 9 september',
      'Uitvoeringsprogramma!D30: Elburg en Politie 4 november',
      'Uitvoeringsprogramma!D34: 17 juni voorzitter WIV, ambtelijk secretaris Driehoek, beleidsmedewerker OM & Politie.',
    ]);
    // The guesses are still there to choose: every "18 februari" and every "Hatterm", now in the new columns.
    const left = out.na.result.findings;
    expect(left.filter((f) => f.rule === 'trekker-onbekend').map((f) => f.cell)).toEqual(['F3', 'F5']);
    expect(left.filter((f) => f.rule === 'datum-geen-driehoek').map((f) => f.cell)).toEqual(['G3', 'G13', 'G22', 'G26', 'G28']);
    // The new Driehoek column holds the dates exactly as read: 18-2-2021 stays 18-2-2021.
    const g3 = out.na.result.werkboek.acties.find((a) => a.row === 3)!;
    expect(g3.driehoek?.iso).toBe('2021-02-18');
    expect(out.plan.geweigerd).toEqual([]);
  });

  it('applies a suggestion only on its own click, and undoes it cell for cell', async () => {
    const wb = await sample();
    const before = await valideer(wb, TODAY);
    const hatterm = before.result.findings.find((f) => f.rule === 'trekker-onbekend' && f.cell === 'D3')!;
    const out = await herstelEen(wb, before, hatterm.voorstellen![0]!, TODAY);
    expect(changedCells(before.snapshot, out.na.snapshot)).toEqual(['Uitvoeringsprogramma!D3: Hattem 18 februari']);
    const undone = await ongedaanMaken(wb, out.ongedaan!, TODAY);
    expect([undone.teruggezet, undone.geweigerd]).toEqual([1, []]);
    expect(changedCells(before.snapshot, undone.na.snapshot)).toEqual([]);
  });

  it('undoes the certain fixes, splitting the combined column included: the new columns are empty again, as they were', async () => {
    const wb = await sample();
    const before = await valideer(wb, TODAY);
    const out = await herstelAlleZekere(wb, before, zekereFixes(before.result.findings), TODAY);
    expect(changedCells(before.snapshot, out.na.snapshot).length).toBeGreaterThan(10);
    const styled = await cellStyles(await wb.save());
    const undone = await ongedaanMaken(wb, out.ongedaan!, TODAY);
    expect(undone.geweigerd).toEqual([]);
    expect(changedCells(before.snapshot, undone.na.snapshot)).toEqual([]);
    // Each cell has its own style again: the one it had, or none where it had none.
    const [was, is] = [await cellStyles(await sampleBytes()), await cellStyles(await wb.save())];
    expect([...styled.keys()].filter((k) => styled.get(k) !== was.get(k)).length).toBeGreaterThan(10);
    expect(restyled(was, is)).toEqual([]);
  });

  it('undoes a split into empty cells that had a fill of their own, giving each its style back', async () => {
    const split = (await valideer(await sample(), TODAY)).result.findings.find((f) => f.rule === 'kolom-gecombineerd')!.fix as Extract<
      Fix,
      { type: 'fillEmpty' }
    >;
    const target = parseRange(fillRange(split));
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.load((await sampleBytes()) as unknown as ArrayBuffer);
    const ws = filled.getWorksheet(split.sheet)!;
    for (let r = target.top; r <= target.bottom; r++)
      for (let c = target.left; c <= target.right; c++) ws.getCell(r, c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    const input = new Uint8Array((await filled.xlsx.writeBuffer()) as ArrayBuffer);
    const wb = await XlsxWorkbook.open(input, 'gevuld.xlsx');
    const before = await valideer(wb, TODAY);
    const out = await herstelEen(wb, before, split as ZekereFix, TODAY);
    await ongedaanMaken(wb, out.ongedaan!, TODAY);
    const [was, is] = [await cellStyles(input), await cellStyles(await wb.save())];
    // The programme's sheet is the first part; its split's first cell had the fill.
    expect(was.get(`xl/worksheets/sheet1.xml!${split.startCell}`)).toBeDefined();
    expect(restyled(was, is)).toEqual([]);
  });

  it('refuses, for every kind of fix, a cell that changed since validation, and writes nothing', async () => {
    const wb = await sample();
    const before = await valideer(wb, TODAY);
    const bytes = await wb.save();
    const fixes: Fix[] = [
      { type: 'replaceText', sheet: 'Uitvoeringsprogramma', cell: 'D4', expect: 'Hatterm 15 april', find: 'Hatterm', replace: 'Hattem' },
      { type: 'setDate', sheet: 'Vergaderingen', cell: 'A2', expect: 44239, iso: '2021-02-12' },
      {
        type: 'fillEmpty',
        sheet: 'Uitvoeringsprogramma',
        startCell: 'F2',
        rows: [[{ kind: 'text', text: 'Trekker' }]],
        sources: [{ cell: 'D3', expect: 'Hattem 18 februari' }],
      },
      { type: 'fillEmpty', sheet: 'Uitvoeringsprogramma', startCell: 'C3', rows: [[{ kind: 'text', text: 'x' }]], sources: [] },
      { type: 'addSheet', sheet: 'partijen', rows: [[{ kind: 'text', text: 'Naam' }]] },
    ];
    const out = await herstelAlleZekere(wb, before, fixes as ZekereFix[], TODAY);
    expect(out.plan.geweigerd.map((g) => [g.cel, g.reden])).toEqual([
      ['Uitvoeringsprogramma!D4', 'celVeranderd'],
      ['Vergaderingen!A2', 'celVeranderd'],
      ['Uitvoeringsprogramma!D3', 'celVeranderd'],
      ['Uitvoeringsprogramma!C3', 'nietLeeg'],
      ['partijen!A1', 'bladBestaat'],
    ]);
    expect(await wb.save()).toBe(bytes);
  });

  it('on a workbook as Excel writes it, rewrites only the part of the fixed sheet: every other part byte for byte, a sheet only read included', async () => {
    const acties = ACTIES.map((r, i) => (i === 2 ? r.map((c, j) => (j === 4 ? 'Epe, politie' : c)) : r));
    // Notities comes first and holds a formula where Acties has the cell to fix.
    const input = await buildPackage(
      programme({ acties, before: [{ name: 'Notities', rows: [['Zie ook'], [], ['', '', '', '', { f: 'Acties!E3', v: 'Epe, politie' }]] }] }),
      {
        excelLike: true,
        sharedStrings: true,
      },
    );
    const wb = await XlsxWorkbook.open(input, 'excel.xlsx');
    const before = await valideer(wb, TODAY);
    expect(zekereFixes(before.result.findings)).toEqual([expect.objectContaining({ sheet: 'Acties', cell: 'E3' })]);
    // A fix on Notities that the cell no longer matches: the sheet is read to check it, and refused.
    const stale = { type: 'replaceText', sheet: 'Notities', cell: 'A1', expect: 'Zie', find: 'Zie', replace: 'Kijk' } as ZekereFix;
    const out = await herstelAlleZekere(wb, before, [...zekereFixes(before.result.findings), stale], TODAY);
    expect(out.plan.geweigerd.map((g) => [g.cel, g.reden])).toEqual([['Notities!A1', 'celVeranderd']]);
    const [a, b] = [await rawParts(input), await rawParts(await wb.save())];
    expect([...b.keys()]).toEqual([...a.keys()]);
    const changed = [...a.keys()].filter((k) => sha(a.get(k)!) !== sha(b.get(k)!));
    expect(changed).toEqual(['xl/worksheets/sheet2.xml']);
    expect(new TextDecoder().decode(b.get('xl/worksheets/sheet2.xml'))).toContain('<t xml:space="preserve">Epe, Politie</t>');
  });

  it('refuses a fix on a sheet that is gone, and writes nothing', async () => {
    const wb = await XlsxWorkbook.open(await buildPackage(programme()), 'x.xlsx');
    const bytes = await wb.save();
    const gone = { type: 'replaceText', sheet: 'Weg', cell: 'A1', expect: 'x', find: 'x', replace: 'y' } as ZekereFix;
    const out = await herstelEen(wb, await valideer(wb, TODAY), gone, TODAY);
    expect(out.plan.geweigerd.map((g) => [g.cel, g.reden])).toEqual([['Weg!A1', 'bladWeg']]);
    expect(await wb.save()).toBe(bytes);
  });

  it('hides a column of the sheet it names, whichever sheet comes first', async () => {
    const wb = await XlsxWorkbook.open(await buildPackage(programme()), 'x.xlsx');
    await wb.hideColumns('Vergaderingen', 'B:B');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(await wb.save()) as unknown as ArrayBuffer);
    expect(['Acties', 'Vergaderingen'].map((n) => [n, back.getWorksheet(n)!.getColumn(2).hidden])).toEqual([
      ['Acties', false],
      ['Vergaderingen', true],
    ]);
  });

  it('"Sjabloon aanvullen" with every required table there writes nothing, not even a certain fix, and names only the empty required ones', async () => {
    const acties = ACTIES.map((r, i) => (i === 2 ? r.map((c, j) => (j === 4 ? 'Epe, politie' : c)) : r));
    const sheets = programme({ acties }).map((s) => (s.name === 'Speerpunten' ? { ...s, rows: s.rows.slice(0, 1) } : s));
    // An empty Onvoorzien is no table to fill: it is not required.
    sheets.push({ name: 'Onvoorzien', rows: [['Onvoorziene acties', 'Trekker']] });
    const wb = await XlsxWorkbook.open(await buildPackage(sheets), 'x.xlsx');
    const bytes = await wb.save();
    const before = await valideer(wb, TODAY);
    expect(zekereFixes(before.result.findings).length).toBeGreaterThan(0);
    expect(await sjabloonAanvullen(wb, { ...TODAY, validatie: before })).toEqual({ soort: 'niets', nogTeVullen: ['Speerpunten'] });
    expect(await wb.save()).toBe(bytes);
  });

  it('adds a missing table as a sheet whose header prints on every page, and leaves the print titles of the other sheets on their own sheets', async () => {
    const sheets = programme().map((s) => (s.name === 'Partijen' ? { ...s, printTitles: '1:1' } : s));
    const wb = await XlsxWorkbook.open(await buildPackage(sheets, { excelLike: true }), 'excel.xlsx');
    const before = await valideer(wb, TODAY);
    const header = [
      { kind: 'text' as const, text: 'Regel' },
      { kind: 'text' as const, text: 'Ernst' },
    ];
    await herstelEen(wb, before, { type: 'addSheet', sheet: 'Instellingen', rows: [header] } as ZekereFix, TODAY);
    const xml = (await entries(await wb.save())).get('xl/workbook.xml')!;
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const names = Array.from(doc.getElementsByTagName('sheet')).map((e) => e.getAttribute('name'));
    const titles = Array.from(doc.getElementsByTagName('definedName'))
      .filter((d) => d.getAttribute('name') === '_xlnm.Print_Titles')
      .map((d) => [names[Number(d.getAttribute('localSheetId'))], d.textContent]);
    expect(titles).toEqual([
      ['Partijen', "'Partijen'!$1:$1"],
      ['Instellingen', "'Instellingen'!$1:$1"],
    ]);
  });

  it('adds a missing table as a sheet to fill in: a bold header, a column of width 22 for each, the header frozen, printed upright at full size', async () => {
    const wb = await XlsxWorkbook.open(await buildPackage(programme()), 'x.xlsx');
    const header = ['Regel', 'Ernst', 'Toelichting'].map((text) => ({ kind: 'text' as const, text }));
    await herstelEen(wb, await valideer(wb, TODAY), { type: 'addSheet', sheet: 'Instellingen', rows: [header] } as ZekereFix, TODAY);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(await wb.save()) as unknown as ArrayBuffer);
    const ws = back.getWorksheet('Instellingen')!;
    expect([1, 2, 3].map((c) => [ws.getCell(1, c).text, ws.getCell(1, c).font?.bold, ws.getColumn(c).width])).toEqual([
      ['Regel', true, 22],
      ['Ernst', true, 22],
      ['Toelichting', true, 22],
    ]);
    expect(ws.getColumn(4).width).toBeUndefined();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect([ws.pageSetup.orientation, ws.pageSetup.fitToPage ?? false]).toEqual(['portrait', false]);
  });

  it('never writes over a formula', async () => {
    const file = await xlsxFile('formule.xlsx', (wb) => {
      const ws = wb.addWorksheet('Acties');
      ws.addRow(['Trekker']);
      ws.getCell('A2').value = { formula: '"Hat"&"term"', result: 'Hatterm' };
    });
    const wb = await XlsxWorkbook.open(new Uint8Array(readFileSync(file)), 'formule.xlsx');
    const before = await valideer(wb, TODAY);
    const bytes = await wb.save();
    const out = await herstelEen(
      wb,
      before,
      { type: 'replaceText', sheet: 'Acties', cell: 'A2', expect: 'Hatterm', find: 'Hatterm', replace: 'Hattem' } as ZekereFix,
      TODAY,
    );
    expect(out.plan.geweigerd.map((g) => g.reden)).toEqual(['formule']);
    expect(await wb.save()).toBe(bytes);
  });

  it('splits the combined column into empty cells beside the table, dates as Excel dates, and hides the old column on request', async () => {
    const wb = await sample();
    const before = await valideer(wb, TODAY);
    const split = before.result.findings.find((f) => f.rule === 'kolom-gecombineerd')!.fix!;
    const out = await herstelEen(wb, before, split, TODAY);
    const r = out.na.result;
    expect(r.werkboek.gecombineerd).toBe(false);
    expect(r.werkboek.locations.acties!.columns).toMatchObject({ trekker: { header: 'Trekker' }, driehoek: { header: 'Driehoek' } });
    const row4 = r.werkboek.acties.find((a) => a.row === 4)!;
    expect([row4.trekker?.text, row4.driehoek?.iso]).toEqual(['Nunspeet', '2021-04-15']);
    await wb.hideColumns('Uitvoeringsprogramma', 'D:D');
    const xml = await (await JSZip.loadAsync(await wb.save())).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<col [^>]*min="4" max="4"[^>]*hidden="1"/);
    expect((await valideer(wb, TODAY)).result.werkboek.acties.find((a) => a.row === 4)!.trekker?.text).toBe('Nunspeet');
  });
});
