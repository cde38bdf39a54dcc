import { a1, isDateFormat, isoToSerial, parseA1, parseRange } from '../../domain/cells';
import { GENERATED, GENERATED_KINDS } from '../../domain/contract';
import type { Scalar, SheetKind, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../../domain/schema/snapshot';
import { packBlocks, segmentsOf, type Segment } from './xlsx/blocks';
import type { Package } from './xlsx/package';
import { isMain, relId, streamXml } from './xlsx/xml-stream';

/** Excel's built-in number formats that a style may name by id alone (ECMA-376 Part 1, 18.8.30). */
const BUILTIN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'm/d/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yyyy h:mm',
  27: 'yyyy/m/d',
  30: 'm/d/yy',
  36: 'yyyy/m/d',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy/m/d',
  57: 'yyyy/m/d',
  58: 'm/d',
};

interface WorkbookInfo {
  sheets: Array<{ name: string; path?: string; visible: boolean; kind: SheetKind }>;
  date1904: boolean;
  /** Defined names that hold a text constant, by name. */
  constants: Map<string, string>;
}

/**
 * Reads a package into the port's snapshot in one pass per part, on a
 * streaming XML parser: any namespace prefix, optional attributes left out,
 * Transitional and Strict, cell types n, s, str, inlineStr, b, e and d, rich
 * text, tables with header and totals rows. Memory follows the content.
 */
export async function readSnapshot(pkg: Package, workbookPath: string, name: string): Promise<WorkbookSnapshot> {
  const info = await readWorkbookPart(pkg, workbookPath);
  const rels = await pkg.relationships(workbookPath);
  const stylesPath = rels.find((r) => r.kind === 'styles')?.path;
  const stringsPath = rels.find((r) => r.kind === 'sharedStrings')?.path;
  const [formats, strings] = await Promise.all([readStyles(pkg, stylesPath), readSharedStrings(pkg, stringsPath)]);
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  for (const s of info.sheets) {
    if (s.kind !== 'werkblad' || !s.path || !pkg.has(s.path)) {
      sheets.push({
        name: s.name,
        visible: s.visible,
        kind: s.kind === 'werkblad' ? 'anders' : s.kind,
        protected: false,
        blocks: [],
        errorCells: [],
      });
      continue;
    }
    const read = await readSheet(pkg, s.path, { formats, strings, date1904: info.date1904 });
    sheets.push({
      name: s.name,
      visible: s.visible,
      kind: 'werkblad',
      protected: read.protected,
      blocks: packBlocks(read.segments),
      errorCells: read.errors,
    });
    tables.push(...(await readTables(pkg, s.path, s.name, read.tableIds)));
  }
  const vingerafdrukken = Object.fromEntries(
    GENERATED_KINDS.flatMap((k) => (info.constants.has(GENERATED[k].name) ? [[k, info.constants.get(GENERATED[k].name)!]] : [])),
  );
  return { name, date1904: info.date1904, sheets, tables, vingerafdrukken };
}

async function readWorkbookPart(pkg: Package, path: string): Promise<WorkbookInfo> {
  const xml = (await pkg.text(path))!;
  const rels = await pkg.relationships(path);
  const info: WorkbookInfo = { sheets: [], date1904: false, constants: new Map() };
  let name: { name: string; local: boolean; text: string } | undefined;
  const pending: Array<{ name: string; id?: string; state: string }> = [];
  streamXml(xml, path, {
    open(el) {
      if (!isMain(el.ns)) return;
      if (el.local === 'workbookPr') info.date1904 = el.attrs.date1904 === '1' || el.attrs.date1904 === 'true';
      if (el.local === 'sheet') pending.push({ name: el.attrs.name ?? '', id: relId(el.attrs), state: el.attrs.state ?? 'visible' });
      if (el.local === 'definedName') name = { name: el.attrs.name ?? '', local: 'localSheetId' in el.attrs, text: '' };
    },
    text(t) {
      if (name) name.text += t;
    },
    close(ns, local) {
      if (!isMain(ns) || local !== 'definedName' || !name) return;
      const constant = /^"(.*)"$/s.exec(name.text.trim());
      if (constant && !name.local) info.constants.set(name.name, constant[1]!.replace(/""/g, '"'));
      name = undefined;
    },
  });
  for (const p of pending) {
    const rel = rels.find((r) => r.id === p.id);
    const kind: SheetKind = rel?.kind === 'worksheet' ? 'werkblad' : rel?.kind === 'chartsheet' ? 'grafiekblad' : 'anders';
    info.sheets.push({ name: p.name, path: rel?.path && pkg.actual(rel.path), visible: p.state === 'visible', kind });
  }
  return info;
}

/** Style index → number format code, from cellXfs and numFmts. */
async function readStyles(pkg: Package, path: string | undefined): Promise<string[]> {
  const xml = path && (await pkg.text(path));
  if (!xml) return [];
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  streamXml(xml, path, {
    open(el) {
      if (!isMain(el.ns)) return;
      if (el.local === 'numFmt') custom.set(Number(el.attrs.numFmtId), el.attrs.formatCode ?? 'General');
      if (el.local === 'cellXfs') inCellXfs = true;
      if (el.local === 'xf' && inCellXfs) xfIds.push(Number(el.attrs.numFmtId ?? 0));
    },
    close(ns, local) {
      // Stryker disable next-line all: no xf follows cellXfs in a styleSheet (ECMA-376 Part 1, 18.8.39); this only keeps the reader from relying on that
      if (isMain(ns) && local === 'cellXfs') inCellXfs = false;
    },
  });
  return xfIds.map((id) => custom.get(id) ?? BUILTIN[id] ?? 'General');
}

/** The shared strings: rich text runs joined, phonetic runs left out. */
async function readSharedStrings(pkg: Package, path: string | undefined): Promise<string[]> {
  const xml = path && (await pkg.text(path));
  if (!xml) return [];
  const out: string[] = [];
  let current = '';
  let inT = false;
  let inPhonetic = false;
  streamXml(xml, path, {
    open(el) {
      if (!isMain(el.ns)) return;
      // Each string item starts afresh; its phonetic runs come last (CT_Rst), so they end only with it.
      if (el.local === 'si') [current, inPhonetic] = ['', false];
      else if (el.local === 'rPh') inPhonetic = true;
      else if (el.local === 't') inT = !inPhonetic;
    },
    text(t) {
      if (inT) current += t;
    },
    close(ns, local) {
      if (!isMain(ns)) return;
      if (local === 't') inT = false;
      else if (local === 'si') out.push(current);
    },
  });
  return out;
}

interface SheetRead {
  segments: Segment[];
  errors: string[];
  protected: boolean;
  tableIds: string[];
}

interface Lookups {
  formats: string[];
  strings: string[];
  date1904: boolean;
}

/** One worksheet, streamed: rows and cells as the XML holds them, r attributes optional. */
async function readSheet(pkg: Package, path: string, look: Lookups): Promise<SheetRead> {
  const xml = (await pkg.text(path))!;
  const out: SheetRead = { segments: [], errors: [], protected: false, tableIds: [] };
  const merges: string[] = [];
  let row = 0;
  let col = 0;
  let cols: number[] = [];
  let values: Scalar[] = [];
  let formats: string[] = [];
  let cell: { type: string; style: number; v: string; inline: string; inV: boolean; inT: boolean; inPhonetic: boolean } | undefined;
  const endRow = () => {
    if (cols.length) out.segments.push(...segmentsOf(row, cols, values, formats));
    [cols, values, formats] = [[], [], []];
  };
  streamXml(xml, path, {
    open(el) {
      if (!isMain(el.ns)) return;
      switch (el.local) {
        case 'row':
          row = el.attrs.r ? Number(el.attrs.r) : row + 1;
          col = 0;
          return;
        case 'c':
          col = el.attrs.r ? parseA1(el.attrs.r).col : col + 1;
          cell = { type: el.attrs.t ?? 'n', style: Number(el.attrs.s ?? 0), v: '', inline: '', inV: false, inT: false, inPhonetic: false };
          return;
        case 'v':
          if (cell) cell.inV = true;
          return;
        case 'rPh':
          // The phonetic runs come last in a string (CT_Rst, ECMA-376 Part 1, 18.4.8): no text of the cell follows.
          if (cell) cell.inPhonetic = true;
          return;
        case 't':
          if (cell) cell.inT = !cell.inPhonetic;
          return;
        case 'mergeCell':
          if (el.attrs.ref) merges.push(el.attrs.ref);
          return;
        case 'sheetProtection':
          // xsd:boolean: "1" or "true".
          out.protected = el.attrs.sheet === '1' || el.attrs.sheet === 'true';
          return;
        case 'tablePart': {
          const id = relId(el.attrs);
          if (id) out.tableIds.push(id);
        }
      }
    },
    text(t) {
      if (!cell) return;
      if (cell.inV) cell.v += t;
      else if (cell.inT) cell.inline += t;
    },
    close(ns, local) {
      if (!isMain(ns)) return;
      if (local === 'v' && cell) cell.inV = false;
      else if (local === 't' && cell) cell.inT = false;
      else if (local === 'row') endRow();
      else if (local === 'c' && cell) {
        const format = look.formats[cell.style] ?? 'General';
        const read = cellValue(cell.type, cell.v, cell.inline, format, look);
        cell = undefined;
        if (read === undefined) return;
        cols.push(col);
        values.push(read.value);
        formats.push(read.format);
        if (read.error) out.errors.push(a1(row, col));
      }
    },
  });
  endRow();
  if (merges.length) blankCovered(out.segments, merges);
  return out;
}

/** Excel's view of a cell: what Office.js would return in `values`; undefined for an empty cell. */
function cellValue(
  type: string,
  v: string,
  inline: string,
  format: string,
  look: Lookups,
): { value: Scalar; format: string; error?: true } | undefined {
  switch (type) {
    case 's': {
      const s = look.strings[Number(v)];
      return s === undefined || s === '' ? undefined : { value: s, format };
    }
    case 'inlineStr':
      return inline === '' ? undefined : { value: inline, format };
    case 'str':
      return v === '' ? undefined : { value: v, format };
    case 'b':
      return v === '' ? undefined : { value: v === '1' || v.toLowerCase() === 'true', format };
    case 'e':
      return { value: v || '#N/A', format, error: true };
    case 'd': {
      // An ISO 8601 date in the cell itself (ECMA-376 Part 1, 18.17.4): Excel shows it as a date serial.
      const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(v);
      if (!m) return v ? { value: v, format } : undefined;
      const serial =
        isoToSerial(`${m[1]}-${m[2]}-${m[3]}`, look.date1904) + (Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) / 86_400;
      return { value: serial, format: isDateFormat(format) ? format : 'd-m-yyyy' };
    }
    default: {
      if (v === '') return undefined;
      const n = Number(v);
      return Number.isFinite(n) ? { value: n, format } : { value: v, format };
    }
  }
}

/** In Excel only the top-left cell of a merge holds a value; a writer that kept others is not followed. */
function blankCovered(segments: Segment[], merges: readonly string[]): void {
  const boxes = merges.map((m) => parseRange(m));
  for (const s of segments) {
    for (const m of boxes) {
      if (s.row < m.top || s.row > m.bottom) continue;
      for (let c = Math.max(m.left, s.left); c <= Math.min(m.right, s.left + s.values.length - 1); c++) {
        if (s.row === m.top && c === m.left) continue;
        s.values[c - s.left] = '';
        s.formats[c - s.left] = 'General';
      }
    }
  }
}

async function readTables(pkg: Package, sheetPath: string, sheet: string, ids: readonly string[]): Promise<TableSnapshot[]> {
  if (!ids.length) return [];
  const rels = await pkg.relationships(sheetPath);
  const out: TableSnapshot[] = [];
  for (const id of ids) {
    const path = rels.find((r) => r.id === id)?.path;
    const xml = path && (await pkg.text(path));
    if (!xml) continue;
    streamXml(xml, path, {
      open(el) {
        if (!isMain(el.ns) || el.local !== 'table' || !el.attrs.ref) return;
        out.push({
          name: el.attrs.displayName ?? el.attrs.name ?? '',
          sheet,
          range: el.attrs.ref,
          headerRows: Number(el.attrs.headerRowCount ?? 1),
          totalsRows: Number(el.attrs.totalsRowCount ?? 0),
        });
      },
    });
  }
  return out;
}
