import type { WorkbookSnapshot } from '../../src/domain/schema/snapshot';
import { a1 } from '../../src/domain/cells';
import { FakeWorkbook } from './fake-excel';

/** Puts a snapshot's cells, formats, errors and tables into a fake Excel. */
export function fakeFromSnapshot(snapshot: WorkbookSnapshot): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.name = snapshot.name;
  for (const s of snapshot.sheets) {
    const sheet = wb.addSheet(s.name);
    sheet.visibility = s.visible ? 'Visible' : 'Hidden';
    const errors = new Set(s.errorCells);
    s.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = s.top + i;
        const c = s.left + j;
        const format = s.numberFormats[i]![j]!;
        if (v === '' && format === 'General') return;
        sheet.set(r, c, { value: v, format, ...(errors.has(a1(r, c)) && { error: String(v) }) });
      }),
    );
  }
  wb.tables = snapshot.tables.map((t) => ({ name: t.name, sheet: t.sheet, address: t.range, showHeaders: t.showHeaders }));
  return wb;
}
