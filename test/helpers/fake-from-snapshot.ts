import type { WorkbookSnapshot } from '../../src/domain/schema/snapshot';
import { GENERATED, type GeneratedKind } from '../../src/domain/contract';
import { FakeWorkbook, colLetters } from './fake-excel';

/** Puts a snapshot's cells, formats, errors, tables and fingerprints into a fake Excel. */
export function fakeFromSnapshot(snapshot: WorkbookSnapshot): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.name = snapshot.name;
  wb.date1904 = snapshot.date1904;
  for (const s of snapshot.sheets) {
    if (s.kind === 'grafiekblad') {
      wb.chartSheets.push(s.name);
      continue;
    }
    const sheet = wb.addSheet(s.name);
    sheet.visibility = s.visible ? 'Visible' : 'Hidden';
    sheet.protected = s.protected;
    const errors = new Set(s.errorCells);
    for (const b of s.blocks) {
      b.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const [r, c] = [b.top + i, b.left + j];
          const format = b.numberFormats[i]![j]!;
          if (v === '' && format === 'General') return;
          const address = `${colLetters(c)}${r}`;
          sheet.set(r, c, { value: v, format, ...(errors.has(address) && { error: String(v) }) });
        }),
      );
    }
  }
  wb.tables = snapshot.tables.map((t) => ({
    name: t.name,
    sheet: t.sheet,
    address: t.range,
    showHeaders: t.headerRows > 0,
    showTotals: t.totalsRows > 0,
  }));
  for (const [kind, print] of Object.entries(snapshot.vingerafdrukken)) wb.names.set(GENERATED[kind as GeneratedKind].name, `="${print}"`);
  return wb;
}
