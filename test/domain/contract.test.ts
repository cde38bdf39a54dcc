import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/file';
import { CONTRACT, columnKeys, rowSchema, templateHeaders, type TableKind } from '../../src/domain/contract';
import { readRows } from '../../src/domain/read/fields';
import { locateTables } from '../../src/domain/read/locate';
import { readWerkboek, type Actie } from '../../src/domain/read/werkboek';
import type { Fix, Finding, ZekereFix } from '../../src/domain/schema/finding';
import type { WorkbookSnapshot } from '../../src/domain/schema/snapshot';
import { herstelAlleZekere, zekereFixes } from '../../src/domain/usecases/index';
import { generatedSnapshot } from '../helpers/generate';
import { SPEERPUNTEN, goodWorkbook, type TestCell } from '../helpers/snapshot';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'uitvoeringsprogramma-2021.xlsx');

/** Every table the reader found, read as rows, checked against the zod schema the contract derives. */
function expectRowsMatchContract(snapshot: WorkbookSnapshot): number {
  const { locations, grids } = locateTables(snapshot);
  let rows = 0;
  for (const kind of Object.keys(CONTRACT) as TableKind[]) {
    const loc = locations[kind];
    if (!loc) continue;
    for (const row of readRows({ grid: grids.get(loc.sheet)!, date1904: snapshot.date1904 }, loc)) {
      // Strict: a key the contract does not declare fails here.
      rowSchema(kind).parse(row);
      const columns = loc.columns as Record<string, { header: string } | undefined>;
      for (const key of columnKeys(kind)) {
        const field = (row as unknown as Record<string, { sheet: string; column: string } | undefined>)[key];
        if (field) expect([field.sheet, field.column]).toEqual([loc.sheet, columns[key]!.header]);
      }
      rows++;
    }
  }
  return rows;
}

describe('the contract', () => {
  it('describes every row the reader makes of the sample: its keys, and each field’s sheet and column header', async () => {
    const snapshot = await (await XlsxWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), 'sample.xlsx')).read();
    expect(expectRowsMatchContract(snapshot)).toBeGreaterThan(50);
  });

  it('describes the rows of a generated programme of 500 actions', () => {
    expect(expectRowsMatchContract(generatedSnapshot(500))).toBeGreaterThan(500);
  });

  it('walks Acties for the rules with one row object that reads each row as the documents’ rows do', () => {
    const wb = readWerkboek(generatedSnapshot(500), '2021-06-01');
    // What a rule reads of a row: each cell's text and field, and the trekkers and dates parsed.
    const seen = (a: Actie) => [
      a.row,
      ...columnKeys('acties').map((k) => [a.tekst(k), a[k]?.cell, a[k]?.inheritedFrom]),
      a.trekkers?.partijen,
      a.datum?.datums.map((d) => d.iso),
      a.statusWaarde,
    ];
    const walked: unknown[] = [];
    wb.forEachActie((a) => walked.push(seen(a)));
    expect(walked).toEqual(wb.acties.map(seen));
    expect(new Set(walked.map((w) => (w as unknown[])[0])).size).toBe(wb.acties.length);
  });

  it('gives "Sjabloon aanvullen" the template columns only: not the combined column of old programmes', () => {
    expect(templateHeaders('acties')).toContain('Trekker');
    expect(templateHeaders('acties')).not.toContain(CONTRACT.acties.columns.gecombineerd!.header);
    expect(templateHeaders('acties').length).toBeLessThan(Object.keys(CONTRACT.acties.columns).length);
  });

  it('reads a cell as the user reads it: an error as empty, TRUE and FALSE in Dutch, every kind of space trimmed', () => {
    const acties = (actie: TestCell, onderwerp: TestCell) => [
      ['Speerpunt', 'Subspeerpunt', 'Actie', 'Onderwerp', 'Trekker', 'Driehoek'],
      ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen', actie, onderwerp, 'Hattem', '11 februari'],
    ];
    const read = (actie: TestCell, onderwerp: TestCell) => {
      const a = readWerkboek(goodWorkbook({ Acties: acties(actie, onderwerp) }), '2021-01-01').acties[0]!;
      return [a.actie!.text, a.onderwerp!.text];
    };
    expect(read({ error: '#REF!' }, true)).toEqual(['', 'WAAR']);
    expect(read(false, '\u2000Wvggz\u200a')).toEqual(['ONWAAR', 'Wvggz']);
    expect(read('\u200aWvggz', '\u2009Wvggz\u3000')).toEqual(['Wvggz', 'Wvggz']);
    // Each space String.prototype.trim strips, alone at the end of a text.
    for (const space of ['\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\t', '\n'])
      expect(read(`Wvggz${space}`, `${space}Wvggz`)).toEqual(['Wvggz', 'Wvggz']);
    // A zero-width space is no space to String.prototype.trim, nor to the reader.
    expect(read('\u200bWvggz', 'Wvggz')).toEqual(['\u200bWvggz', 'Wvggz']);
  });

  it('reads a required column that is missing as empty cells, which kolom-ontbreekt reports', () => {
    const wb = readWerkboek(goodWorkbook({ Speerpunten: SPEERPUNTEN.map((r) => [r[0]!]) }), '2021-01-01');
    expect(wb.speerpunten.map((s) => [s.naam.text, s.naam.value])).toContainEqual(['', '']);
    expect(new Set(wb.speerpunten.map((s) => s.naam.text))).toEqual(new Set(['']));
  });

  it('keeps a suggestion out of bulk fixing by type: only the engine makes a certain fix', () => {
    const finding = {} as Finding;
    const guess: Fix = { type: 'replaceText', sheet: 'Acties', cell: 'D3', expect: 'Hatterm', find: 'Hatterm', replace: 'Hattem' };
    // What the engine offers as certain does fit: the findings' own fixes.
    const certain: ZekereFix[] = zekereFixes([finding]);
    // @ts-expect-error a plain Fix (what a Voorstel carries) is no ZekereFix
    const bulk: ZekereFix[] = [guess];
    // Never run: only compiled, so that handing suggestions to bulk fixing is a type error.
    const suggested = (finding.voorstellen ?? []).map((v) => v.fix);
    const never = undefined as never;
    // @ts-expect-error nor does herstelAlleZekere take a Voorstel's fix
    const bulkOfSuggestions = () => herstelAlleZekere(never, never, suggested, never);
    expect([certain, bulk, typeof bulkOfSuggestions]).toEqual([[], [guess], 'function']);
  });
});
