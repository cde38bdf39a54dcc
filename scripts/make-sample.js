#!/usr/bin/env node
'use strict';
// Builds assets/uitvoeringsprogramma-2021.xlsx from data/programma-2021.json:
// the seed's 2021 programme in the layout staff keep today (combined column,
// merged speerpunt cells, the hand-made matrix), plus the reference tables.
const fs = require('node:fs');
const path = require('node:path');
const ExcelJS = require('exceljs');
const data = require('../data/programma-2021.json');
const { orderFonts } = require('./exceljs-fonts');

const OUT = process.argv[2] ?? path.join(__dirname, '..', 'assets', 'uitvoeringsprogramma-2021.xlsx');
const wrap = { wrapText: true, vertical: 'top' };
const bold = { bold: true };

function utcDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function addActies(wb) {
  const spec = data.acties;
  const ws = wb.addWorksheet(spec.blad);
  ws.columns = [{ width: 24 }, { width: 28 }, { width: 70 }, { width: 34 }, { width: 30 }];
  ws.addRow([spec.titel]).font = bold;
  const head = ws.addRow(spec.kop);
  head.font = bold;
  head.alignment = wrap;
  const firstData = ws.rowCount + 1;
  for (const r of spec.rijen) {
    const row = ws.addRow(r ? [r.speerpunt, r.subspeerpunt, r.actie, r.wanneer, r.onderwerp] : []);
    row.alignment = wrap;
  }
  mergeBlanks(ws, 1, firstData, ws.rowCount);
  mergeBlanks(ws, 2, firstData, ws.rowCount);
}

// As in the Word table: a speerpunt cell spans every row until the next one.
function mergeBlanks(ws, col, first, last) {
  let start = first;
  for (let r = first + 1; r <= last + 1; r++) {
    const starts = r > last || ws.getCell(r, col).value || (col === 2 && ws.getCell(r, 1).value);
    if (!starts) continue;
    if (r - 1 > start) ws.mergeCells(start, col, r - 1, col);
    start = r;
  }
}

function addOnvoorzien(wb) {
  const spec = data.onvoorzien;
  const ws = wb.addWorksheet(spec.blad);
  ws.columns = [{ width: 22 }, { width: 30 }, { width: 60 }, { width: 20 }];
  ws.addRow([spec.titel]).font = bold;
  ws.addRow(spec.kop).font = bold;
  for (const r of spec.rijen) ws.addRow(r).alignment = wrap;
}

function addOverzicht(wb) {
  const spec = data.overzicht;
  const ws = wb.addWorksheet('Driehoek-overzicht');
  ws.columns = [{ width: 22 }, ...spec.kop.slice(1).map(() => ({ width: 24 }))];
  ws.addRow([spec.titel]).font = bold;
  ws.addRow(spec.kop).font = bold;
  for (const r of spec.rijen) ws.addRow(r ?? []).alignment = wrap;
}

function addTable(wb, sheet, name, columns, rows) {
  const ws = wb.addWorksheet(sheet);
  ws.columns = columns.map((c) => ({ width: c.width }));
  ws.addTable({
    name,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: columns.map((c) => ({ name: c.name })),
    rows,
  });
  columns.forEach((c, i) => {
    if (c.numFmt) ws.getColumn(i + 1).numFmt = c.numFmt;
  });
}

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'driehoek';
  wb.created = new Date(Date.UTC(2021, 0, 4));
  wb.modified = wb.created;
  addActies(wb);
  addOnvoorzien(wb);
  addOverzicht(wb);
  addTable(
    wb,
    'Vergaderingen',
    'Vergaderingen',
    [
      { name: 'Driehoek', width: 14, numFmt: 'd-m-yyyy' },
      { name: 'WIV', width: 14, numFmt: 'd-m-yyyy' },
      { name: 'Opmerking', width: 30 },
    ],
    data.vergaderingen.map(([d, w]) => [utcDate(d), utcDate(w), '']),
  );
  addTable(
    wb,
    'Speerpunten',
    'Speerpunten',
    [
      { name: 'Code', width: 10 },
      { name: 'Naam', width: 70 },
    ],
    data.speerpunten,
  );
  addTable(
    wb,
    'Partijen',
    'Partijen',
    [
      { name: 'Naam', width: 14 },
      { name: 'Soort', width: 12 },
      { name: 'Aliassen', width: 50 },
    ],
    data.partijen,
  );
  fs.writeFileSync(OUT, await orderFonts(await wb.xlsx.writeBuffer()));
  process.stdout.write(`Geschreven: ${path.relative(process.cwd(), OUT)}\n`);
}

main().catch((e) => {
  process.stderr.write(`Voorbeeld maken mislukt: ${e.message}\n`);
  process.exit(1);
});
