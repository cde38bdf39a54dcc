import { a1, isoToSerial } from '../../src/domain/cells';
import { buildOverzicht } from '../../src/domain/overzicht/model';
import { buildOverzichtSheet } from '../../src/domain/overzicht/sheet';
import { readWerkboek } from '../../src/domain/read/werkboek';
import { sheetOf, type Scalar, type SheetSnapshot, type TableSnapshot, type WorkbookSnapshot } from '../../src/domain/schema/snapshot';

/** A cell in a test workbook: plain values, or an Excel date, or an error value. */
export type TestCell = Scalar | { date: string } | { error: string } | null;

export function sheet(name: string, rows: TestCell[][], visible = true): SheetSnapshot {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const errorCells: string[] = [];
  const values = rows.map((r, ri) =>
    Array.from({ length: width }, (_, ci): Scalar => {
      const c = r[ci];
      if (c === null || c === undefined) return '';
      if (typeof c !== 'object') return c;
      if ('date' in c) return isoToSerial(c.date);
      errorCells.push(a1(ri + 1, ci + 1));
      return c.error;
    }),
  );
  const numberFormats = rows.map((r) =>
    Array.from({ length: width }, (_, ci) => (r[ci] && typeof r[ci] === 'object' && 'date' in (r[ci] as object) ? 'd-m-yyyy' : 'General')),
  );
  return { ...sheetOf(name, values, numberFormats), visible, errorCells };
}

export function workbook(sheets: SheetSnapshot[], tables: TableSnapshot[] = []): WorkbookSnapshot {
  return { name: 'test.xlsx', date1904: false, sheets, tables, vingerafdrukken: {} };
}

/** A table as Excel keeps it: a header row and no totals row unless said. */
export function table(name: string, sheet: string, range: string, extra: Partial<TableSnapshot> = {}): TableSnapshot {
  return { name, sheet, range, headerRows: 1, totalsRows: 0, ...extra };
}

export const VERGADERINGEN: TestCell[][] = [
  ['Driehoek', 'WIV'],
  [{ date: '2021-02-11' }, { date: '2021-01-28' }],
  [{ date: '2021-04-15' }, { date: '2021-04-01' }],
  [{ date: '2021-06-17' }, { date: '2021-06-03' }],
  [{ date: '2021-09-09' }, { date: '2021-08-26' }],
  [{ date: '2021-11-04' }, { date: '2021-10-21' }],
  [{ date: '2021-12-16' }, { date: '2021-12-02' }],
];

export const SPEERPUNTEN: TestCell[][] = [
  ['Code', 'Naam'],
  ['1', 'Zorg & Veiligheid'],
  ['1.1', 'Kwetsbare personen'],
  ['1.2', 'Jeugd'],
  ['2', 'Maatschappelijke ondermijning'],
  ['2.1', 'Georganiseerde criminaliteit'],
  ['Diversen', 'Diversen'],
];

export const PARTIJEN: TestCell[][] = [
  ['Naam', 'Soort', 'Aliassen'],
  ['Elburg', 'Gemeente', ''],
  ['Epe', 'Gemeente', 'gemeente Epe; ambtelijk secretaris Driehoek'],
  ['Hattem', 'Gemeente', 'voorzitter WIV'],
  ['Politie', 'Politie', ''],
  ['OM', 'OM', ''],
];

export const ACTIES_HEADER: TestCell[] = ['Speerpunt', 'Subspeerpunt', 'Actie', 'Onderwerp', 'Trekker', 'Driehoek', 'Status'];

/** A correct programme: the rules should say nothing about it. */
const GOOD_ACTIES: TestCell[][] = [
  ACTIES_HEADER,
  ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen', 'Wvggz monitoren', 'Wvggz', 'Hattem', { date: '2021-02-11' }, 'Afgerond'],
  ['', '', 'Huiselijk geweld', 'Huiselijk geweld', 'Elburg, Politie', '15 april', 'Lopend'],
  ['', '1.2 Jeugd', 'Overlastnetwerk evalueren', 'Overlastnetwerk', 'Gemeenten', '9 september', 'Gepland'],
  ['2. Maatschappelijke ondermijning', '2.1 Georganiseerde criminaliteit', 'Damocles beleid', 'Damocles', 'gemeente Epe', 'doorlopend', 'Lopend'],
  ['Diversen', '', 'Rapportage', 'Rapportage', 'voorzitter WIV, OM', '17-6-2021', 'Gepland'],
];

/** The good workbook with some sheets replaced or added. */
export function goodWorkbook(replace: Record<string, TestCell[][] | null> = {}): WorkbookSnapshot {
  const base: Record<string, TestCell[][]> = { Acties: GOOD_ACTIES, Vergaderingen: VERGADERINGEN, Speerpunten: SPEERPUNTEN, Partijen: PARTIJEN };
  const merged = { ...base, ...replace };
  return workbook(Object.entries(merged).flatMap(([name, rows]) => (rows ? [sheet(name, rows)] : [])));
}

/** The good workbook with an overview sheet: the one driehoek generates on 1-1-2021, edited by `edit`. */
export function withOverzicht(edit: (cells: TestCell[][]) => void = () => undefined): WorkbookSnapshot {
  const base = goodWorkbook();
  const cells: TestCell[][] = buildOverzichtSheet(buildOverzicht(readWerkboek(base, '2021-01-01')), '2021-01-01').cells;
  edit(cells);
  return { ...base, sheets: [...base.sheets, sheet('Driehoek-overzicht', cells)] };
}

/** A copy of the good Acties with one row's cell changed. */
export function actiesWith(row: number, column: string, value: TestCell): TestCell[][] {
  const col = (ACTIES_HEADER as string[]).indexOf(column);
  return GOOD_ACTIES.map((r, i) => (i === row ? r.map((c, j) => (j === col ? value : c)) : r));
}

/** A sheet's cells as one grid from its first cell: what a one-block sheet holds. */
export function valuesOf(sheet: SheetSnapshot | undefined): Scalar[][] {
  expect(sheet?.blocks.length ?? 0).toBeLessThanOrEqual(1);
  return sheet?.blocks[0]?.values ?? [];
}

export function formatsOf(sheet: SheetSnapshot | undefined): string[][] {
  return sheet?.blocks[0]?.numberFormats ?? [];
}

/** A row of a generated sheet as a reader sees it: its filled cells, left to right. */
export function rowText(row: ReadonlyArray<string | number>): string {
  return row.filter((c) => c !== '').join(' | ');
}

/** A generated sheet's rows as text, blank rows left out. */
export function sheetLines(sheet: { cells: ReadonlyArray<ReadonlyArray<string | number>> }): string[] {
  return sheet.cells.map(rowText).filter(Boolean);
}
