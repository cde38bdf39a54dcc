import { a1, gridWidth, parseRange } from '../../../domain/cells';
import type { CellStyle, GeneratedSheet } from '../../../domain/schema/overzicht';
import type { StyleRegistry } from './styles';
import { escapeAttr, escapeText } from './xml';

const MAX_CELL_TEXT = 32_767;

/** The style each cell gets: every format range covering it, later ones winning. */
function styleGrid(sheet: GeneratedSheet): Map<string, CellStyle> {
  const out = new Map<string, CellStyle>();
  for (const f of sheet.formats) {
    const r = parseRange(f.range);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const k = a1(row, col);
        out.set(k, { ...out.get(k), ...f.style });
      }
    }
  }
  return out;
}

/** An inline string cell: text stays text, whatever it starts with (=, +, -, @). */
export function textCell(ref: string, style: number, text: string): string {
  const t = escapeText(text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text);
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${t}</t></is></c>`;
}

export function numberCell(ref: string, style: number, n: number): string {
  return `<c r="${ref}" s="${style}"><v>${n}</v></c>`;
}

const LINE_PT = 15;

/**
 * Files carry no layout engine: not every reader grows a row to fit wrapped
 * text (LibreOffice does not), so estimate the lines each wrapped cell needs.
 */
function rowHeight(sheet: GeneratedSheet, r: number, grid: Map<string, CellStyle>): number | undefined {
  let lines = 1;
  sheet.cells[r - 1]!.forEach((v, i) => {
    if (typeof v !== 'string' || !v || !grid.get(a1(r, i + 1))?.wrap) return;
    const perLine = Math.max(4, Math.floor((sheet.columnWidths[i] ?? 10) * 0.85));
    const needed = v.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
    lines = Math.max(lines, needed);
  });
  return lines > 1 ? lines * LINE_PT + 3 : undefined;
}

/** The whole worksheet part of a generated sheet; elements in the schema's order. */
export function sheetXml(sheet: GeneratedSheet, styles: StyleRegistry): string {
  const grid = styleGrid(sheet);
  const height = sheet.cells.length;
  const width = gridWidth(sheet.cells, 1);
  const rows: string[] = [];
  for (let r = 1; r <= height; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const ref = a1(r, c);
      const v = sheet.cells[r - 1]![c - 1] ?? '';
      const style = grid.get(ref) ?? {};
      if (typeof v === 'number') cells.push(numberCell(ref, styles.xf({ style, numFmt: 'general' }), v));
      else if (v !== '') cells.push(textCell(ref, styles.xf({ style, numFmt: 'text' }), v));
      else if (grid.has(ref)) cells.push(`<c r="${ref}" s="${styles.xf({ style, numFmt: 'text' })}"/>`);
    }
    const ht = rowHeight(sheet, r, grid);
    rows.push(`<row r="${r}"${ht ? ` ht="${ht}" customHeight="1"` : ''}>${cells.join('')}</row>`);
  }
  const { rows: fr, columns: fc } = sheet.freeze;
  const pane =
    fr || fc
      ? `<pane${fc ? ` xSplit="${fc}"` : ''}${fr ? ` ySplit="${fr}"` : ''} topLeftCell="${a1(fr + 1, fc + 1)}" activePane="${fr && fc ? 'bottomRight' : fr ? 'bottomLeft' : 'topRight'}" state="frozen"/>`
      : '';
  const cols = sheet.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const merges = sheet.merges.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${escapeAttr(m)}"/>`).join('')}</mergeCells>`
    : '';
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    sheet.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    `<dimension ref="A1:${a1(Math.max(1, height), width)}"/>`,
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols ? `<cols>${cols}</cols>` : '',
    `<sheetData>${rows.join('')}</sheetData>`,
    merges,
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
    `<pageSetup paperSize="9" orientation="${sheet.landscape ? 'landscape' : 'portrait'}"${sheet.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`,
    '</worksheet>',
  ].join('');
}
