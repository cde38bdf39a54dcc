import { a1, gridWidth } from '../../../domain/cells';
import { MARGES } from '../../../domain/documenten/pagina';
import { styleGrid } from '../../../domain/overzicht/layout';
import type { GeneratedSheet } from '../../../domain/schema/overzicht';
import type { StyleRegistry } from './styles';
import { escapeAttr, escapeText } from './xml';

const MAX_CELL_TEXT = 32_767;

/** An inline string cell: text stays text, whatever it starts with (=, +, -, @). */
function textCell(ref: string, style: number, text: string): string {
  const t = escapeText(text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text);
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${t}</t></is></c>`;
}

function numberCell(ref: string, style: number, n: number): string {
  return `<c r="${ref}" s="${style}"><v>${n}</v></c>`;
}

/** The rows of a generated sheet as sheetData children. */
function rowsXml(sheet: GeneratedSheet, styles: StyleRegistry): string[] {
  const grid = styleGrid(sheet);
  const width = gridWidth(sheet.cells, 1);
  return sheet.cells.map((row, i) => {
    const r = i + 1;
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const ref = a1(r, c);
      const v = row[c - 1] ?? '';
      const style = grid.get(ref) ?? {};
      if (typeof v === 'number') cells.push(numberCell(ref, styles.xf({ style, numFmt: 'general' }), v));
      else if (v !== '') cells.push(textCell(ref, styles.xf({ style, numFmt: 'text' }), v));
      else if (grid.has(ref)) cells.push(`<c r="${ref}" s="${styles.xf({ style, numFmt: 'text' })}"/>`);
    }
    const ht = sheet.rowHeights?.[String(r)];
    return `<row r="${r}"${ht ? ` ht="${ht}" customHeight="1"` : ''}>${cells.join('')}</row>`;
  });
}

function sheetViewsXml(sheet: GeneratedSheet): string {
  const { rows: fr, columns: fc } = sheet.freeze;
  const active = fr && fc ? 'bottomRight' : fr ? 'bottomLeft' : 'topRight';
  const pane =
    fr || fc
      ? `<pane${fc ? ` xSplit="${fc}"` : ''}${fr ? ` ySplit="${fr}"` : ''} topLeftCell="${a1(fr + 1, fc + 1)}" activePane="${active}" state="frozen"/>`
      : '';
  return `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`;
}

function colsXml(sheet: GeneratedSheet): string {
  return sheet.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
}

function mergesXml(merges: readonly string[]): string {
  return merges.length
    ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${escapeAttr(m)}"/>`).join('')}</mergeCells>`
    : '';
}

/** Paper size codes of SpreadsheetML (ECMA-376 Part 1, 18.3.1.63): 9 is A4, 8 is A3. */
const PAPER_CODE = { A4: '9', A3: '8' } as const;

export function pageSetupAttrs(sheet: GeneratedSheet): Record<string, string> {
  return {
    paperSize: PAPER_CODE[sheet.paper],
    orientation: sheet.landscape ? 'landscape' : 'portrait',
    ...(sheet.fitToWidth ? { fitToWidth: '1', fitToHeight: '0' } : { scale: '100' }),
  };
}

function rowBreaksXml(sheet: GeneratedSheet): string {
  const breaks = sheet.rowBreaks ?? [];
  return breaks.length
    ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`
    : '';
}

/** The whole worksheet part of a new generated sheet; elements in the schema's order. */
export function sheetXml(sheet: GeneratedSheet, styles: StyleRegistry): string {
  const height = sheet.cells.length;
  const width = gridWidth(sheet.cells, 1);
  const cols = colsXml(sheet);
  const setup = Object.entries(pageSetupAttrs(sheet))
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    sheet.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    `<dimension ref="A1:${a1(Math.max(1, height), width)}"/>`,
    sheetViewsXml(sheet),
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols ? `<cols>${cols}</cols>` : '',
    `<sheetData>${rowsXml(sheet, styles).join('')}</sheetData>`,
    mergesXml(sheet.merges),
    `<pageMargins${Object.entries(MARGES)
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('')}/>`,
    `<pageSetup${setup}/>`,
    rowBreaksXml(sheet),
    '</worksheet>',
  ].join('');
}
