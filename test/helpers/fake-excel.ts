/**
 * A small fake of the Excel JavaScript API, strict where Excel is strict. It
 * models only what driehoek uses; each behaviour names the Microsoft page it
 * follows. It shares no code with the adapter: sizes, formula starts, date
 * serials and addresses are worked out here on their own.
 *
 * - Commands queue until sync(); a property is readable only after it was
 *   loaded and synced, and isNullObject only after a sync ("OfficeExtension.
 *   ClientObject", "Application-specific API model": load, sync, then read).
 *   A proxy, and a collection's items, have only the properties their load
 *   named; a load that names none has every scalar property.
 * - A batch runs command by command; the first failure stops it, the
 *   commands before stay applied, and nothing loaded in it arrives
 *   ("Error handling with the application-specific JavaScript APIs";
 *   stack.md: "A batch is applied command by command up to the first failure").
 * - *OrNullObject returns a null object; a command on a null object fails the
 *   batch (ItemNotFound), as getItem does ("OrNullObject methods and properties").
 * - Excel on the web refuses a request or a response over 5 MB, counted in
 *   UTF-8 bytes of the JSON ("Resource limits and performance optimization for
 *   Office Add-ins"); a values read of more than 5 million cells is refused
 *   (RangeExceedsLimit, "Read or write to a large range").
 * - Sheet names are unique regardless of case, chart sheets included; getItem
 *   finds a sheet whatever the case ("Worksheet.name", "Rename a worksheet").
 * - Deleting a sheet turns formulas and names that point at it into #REF!
 *   (Excel's own behaviour; stack.md, "Deleting a worksheet turns formulas …").
 * - A string written to a cell is typed the way Excel types it: "=", "+", "-"
 *   and "@" start a formula, Dutch dates and numbers are read as such, a
 *   leading apostrophe makes text and is not stored — except in a cell
 *   formatted as text ("@"), where the apostrophe stays as content
 *   ("Range.values": values set "are interpreted as if typed").
 * - A 2-D array written to a range must have the range's shape ("Range.values",
 *   InvalidArgument otherwise).
 * - A fill or font colour is an HTML colour code, #RRGGBB, or a named HTML colour
 *   ("RangeFill.color", "RangeFont.color"); anything else is refused with InvalidArgument.
 * - The 1904 date system: DATE(1904,1,1) is 0 there and 1462 in the 1900 system
 *   ("Date systems in Excel", "Workbook.functions").
 */
import { Buffer } from 'node:buffer';

export const LIMIT = 5 * 1024 * 1024;
const MAX_READ_CELLS = 5_000_000;

type Value = string | number | boolean;

/** A chart on a sheet, as Worksheet.charts.add made it and later commands changed it. */
export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  series: number;
  title?: string;
  legend?: string;
  from?: string;
  to?: string;
  reversed?: boolean;
  colors: string[];
}

export interface FakeCell {
  value: Value;
  format: string;
  formula?: string;
  error?: string;
  /** Formats set through range.format, e.g. "font.bold": true. */
  style?: Record<string, unknown>;
}

class OfficeError extends Error {
  constructor(
    public code: string,
    message = code,
  ) {
    super(message);
  }
}

// ---- addresses, counted here without the adapter's helpers -----------------

function colNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function colLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * "B3", "B3:D9", "D:D", "3:3", with or without "Sheet!" and "$", as Excel's
 * Name Box takes them: a cell alone, or two ends of one kind (cells, whole
 * columns or whole rows). Anything else ("", ":", "D", "B3:D") Excel refuses
 * with InvalidArgument.
 */
function boxOf(address: string): Box {
  const bare = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const ends = bare.split(':');
  const bad = () => new OfficeError('InvalidArgument', `bad address ${address}`);
  const part = (p: string, end: boolean) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(p);
    if (!m || (!m[1] && !m[2])) throw bad();
    return {
      kind: `${m[1] ? 'col' : ''}${m[2] ? 'row' : ''}`,
      col: m[1] ? colNumber(m[1]) : end ? 16384 : 1,
      row: m[2] ? Number(m[2]) : end ? 1048576 : 1,
    };
  };
  const p = part(ends[0]!, false);
  const q = part(ends[1] ?? ends[0]!, true);
  if (ends.length > 2 || p.kind !== q.kind || (ends.length === 1 && p.kind !== 'colrow')) throw bad();
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

const addressOf = (b: Box) => `${colLetters(b.left)}${b.top}:${colLetters(b.right)}${b.bottom}`;
const cellsIn = (b: Box) => (b.bottom - b.top + 1) * (b.right - b.left + 1);
const utf8 = (x: unknown) => Buffer.byteLength(JSON.stringify(x) ?? '', 'utf8');

// ---- the workbook as Excel holds it -----------------------------------------

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  pageLayout: Record<string, unknown> = {};
  freeze?: string;
  validations: Array<{ address: string; rule: unknown; errorAlert: unknown }> = [];
  merges: string[] = [];
  /** The rows a manual page break comes before. */
  breaks: number[] = [];
  hiddenColumns: string[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  protected = false;
  tabColor = '';
  charts: FakeChart[] = [];
  constructor(
    public name: string,
    readonly id: number,
  ) {}

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  set(row: number, col: number, cell: Partial<FakeCell>): void {
    const old = this.cells.get(`${row},${col}`) ?? { value: '', format: 'General' };
    this.cells.set(`${row},${col}`, { ...old, ...cell });
  }

  /** Fills from a corner with plain values, dates as {date}, errors as {error}, formulas as {formula, value}. */
  fill(
    rows: Array<Array<Value | { date: string } | { error: string } | { formula: string; value: Value } | null>>,
    top = 1,
    left = 1,
    date1904 = false,
  ): this {
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v === null || v === '') return;
        if (typeof v !== 'object') this.set(top + i, left + j, { value: v });
        else if ('date' in v) this.set(top + i, left + j, { value: serial(v.date, date1904), format: 'd-m-yyyy' });
        else if ('formula' in v) this.set(top + i, left + j, { value: v.value, formula: v.formula });
        else this.set(top + i, left + j, { value: v.error, error: v.error });
      }),
    );
    return this;
  }

  usedBox(valuesOnly: boolean): Box | undefined {
    let box: Box | undefined;
    for (const [k, c] of this.cells) {
      if (valuesOnly && c.value === '' && !c.formula) continue;
      const [r, col] = k.split(',').map(Number) as [number, number];
      box = box
        ? { top: Math.min(box.top, r), left: Math.min(box.left, col), bottom: Math.max(box.bottom, r), right: Math.max(box.right, col) }
        : { top: r, left: col, bottom: r, right: col };
    }
    return box;
  }

  /** Every cell as text, for comparing a sheet before and after. */
  dump(): string {
    return JSON.stringify([...this.cells.entries()].filter(([, c]) => c.value !== '' || c.formula).sort(), null, 0);
  }
}

/** Excel's date serial, worked out here from the calendar (no shared code with the adapter). */
export function serial(iso: string, date1904 = false): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return date1904 ? days - 1462 : days;
}

export interface FakeTable {
  name: string;
  sheet: string;
  address: string;
  showHeaders: boolean;
  showTotals?: boolean;
}

export interface RequestRecord {
  requestBytes: number;
  responseBytes: number;
  /** Excel refused it for its size: nothing of it was done. */
  refused?: boolean;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  /** Chart sheets: Office.js does not show them, but their names are taken. */
  chartSheets: string[] = [];
  tables: FakeTable[] = [];
  names = new Map<string, string>();
  /** What Name Manager shows beside a name (NamedItemCollection.add's comment). */
  nameComments = new Map<string, string>();
  name = 'werkboek.xlsx';
  date1904 = false;
  active?: string;
  selected?: string;
  requests: RequestRecord[] = [];
  /** Write commands Excel executed: validation must leave this at zero. */
  writes = 0;
  editingCell = false;
  /** Makes Excel fail at the first command this says yes to (a real failure half-way); a string is the error's code. */
  failOn?: (what: string) => boolean | string;
  /** What the user does in Excel just before request n (1 is the first) reaches it: requests of one add-in do not lock the workbook. */
  beforeRequest?: (n: number) => void;
  /** Every command run, in order, for tests that fail "at any command". */
  commandLog: string[] = [];
  changeHandlers: Array<(event: { triggerSource?: string }) => Promise<void>> = [];
  private nextId = 1;

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name, this.nextId++);
    this.sheets.push(s);
    return s;
  }

  /** Excel compares sheet names without regard to case. */
  find(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  nameTaken(name: string, except?: FakeSheet): boolean {
    const k = name.toLowerCase();
    return this.sheets.some((s) => s !== except && s.name.toLowerCase() === k) || this.chartSheets.some((c) => c.toLowerCase() === k);
  }

  get syncs(): number {
    return this.requests.length;
  }

  /** Excel.run for the adapter: a new context per batch. */
  run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => batch(new FakeContext(this) as unknown as Excel.RequestContext);
  runIn = async <T>(ctx: unknown, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => batch(ctx as Excel.RequestContext);

  /** An edit by the user (or, with triggerSource, by the add-in itself) reaching the change handlers. */
  async emitChanged(event: { triggerSource?: string } = {}): Promise<void> {
    for (const h of this.changeHandlers) await h(event);
  }

  /** Deleting a sheet: every formula and name that pointed at it now says #REF!. */
  removeSheet(s: FakeSheet): void {
    this.sheets = this.sheets.filter((x) => x !== s);
    const refersTo = new RegExp(`(^|[=,(+\\-*/ ])('?${s.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'?)!`, 'i');
    for (const other of this.sheets) {
      for (const c of other.cells.values()) {
        if (c.formula && refersTo.test(c.formula))
          Object.assign(c, { formula: c.formula.replace(refersTo, '$1#REF!'), value: '#REF!', error: '#REF!' });
      }
    }
    for (const [k, v] of this.names) if (refersTo.test(v)) this.names.set(k, '=#REF!');
  }
}

// ---- the request context ------------------------------------------------------

type Op = { what: string; kind: 'read' | 'write'; request: () => number; run: () => (() => void) | void };

class FakeContext {
  queue: Op[] = [];
  workbook: WorkbookProxy;
  constructor(readonly wb: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  push(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const requestBytes = 200 + ops.reduce((n, o) => n + o.request(), 0);
    const record: RequestRecord = { requestBytes, responseBytes: 0 };
    this.wb.requests.push(record);
    this.wb.beforeRequest?.(this.wb.requests.length);
    if (requestBytes > LIMIT) {
      record.refused = true;
      throw new OfficeError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    }
    if (this.wb.editingCell && ops.length) throw new OfficeError('InvalidOperationInCellEditMode');
    // Loaded data arrives only when the whole batch succeeds; writes stay applied up to a failure.
    const deliveries: Array<() => void> = [];
    for (const op of ops) {
      const fail = op.kind === 'write' && this.wb.failOn?.(op.what);
      if (fail) throw new OfficeError(fail === true ? 'GeneralException' : fail, `failed at ${op.what}`);
      const deliver = op.run();
      this.wb.commandLog.push(op.what);
      if (op.kind === 'write') this.wb.writes++;
      if (deliver) deliveries.push(deliver);
    }
    record.responseBytes = ops.reduce((n, o) => n + (o.kind === 'read' ? (o as ReadOp).response() : 0), 0);
    if (record.responseBytes > LIMIT) {
      record.refused = true;
      throw new OfficeError('ResponsePayloadSizeLimitExceeded', `response of ${record.responseBytes} bytes`);
    }
    for (const d of deliveries) d();
  }
}

type ReadOp = Op & { response: () => number };

/** Base of every proxy: properties readable only once loaded and synced. */
class ProxyBase {
  protected loaded = new Map<string, unknown>();
  protected synced = false;
  protected nullObject = false;
  constructor(protected ctx: FakeContext) {}

  get isNullObject(): boolean {
    if (!this.synced) throw new OfficeError('PropertyNotLoaded', 'isNullObject read before sync');
    return this.nullObject;
  }

  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) throw new OfficeError('PropertyNotLoaded', `${name} was not loaded`);
    return this.loaded.get(name) as T;
  }

  /** A read: what it returns is delivered with the batch, and counts toward the response. */
  protected read(what: string, produce: () => Record<string, unknown> | null): void {
    let bytes = 0;
    const op: ReadOp = {
      what,
      kind: 'read',
      request: () => 40,
      response: () => bytes,
      run: () => {
        const data = produce();
        bytes = data ? utf8(data) : 10;
        return () => {
          this.synced = true;
          this.nullObject = data === null;
          for (const [k, v] of Object.entries(data ?? {})) this.loaded.set(k, v);
        };
      },
    };
    this.ctx.push(op);
  }
}

/**
 * The properties a load names, "items/" dropped for a collection's items. A
 * load that names none loads every scalar property and no navigation one
 * ("OfficeExtension.LoadOption": select; "Application-specific API model":
 * load() without parameters loads all scalar properties).
 */
function selection(props: string): (name: string) => boolean {
  const names = props
    .split(',')
    .map((p) => p.trim().replace(/^items\//i, ''))
    .filter(Boolean);
  return (name) => (names.length ? names.includes(name) : !name.includes('/'));
}

/** An item of a loaded collection: a property the load did not name throws PropertyNotLoaded when read, as on a proxy object. */
function loadedAs<T extends object>(values: T, wants: (name: string) => boolean): T {
  return new globalThis.Proxy(values, {
    get: (target, key, receiver) => {
      const v: unknown = Reflect.get(target, key, receiver);
      if (typeof key !== 'string' || typeof v === 'function' || typeof v === 'object' || wants(key)) return v;
      throw new OfficeError('PropertyNotLoaded', `${key} was not loaded`);
    },
  });
}

// ---- charts -------------------------------------------------------------------

/**
 * Worksheet.charts, as "Work with charts using the Excel JavaScript API"
 * describes it (ExcelApi 1.1): add(type, sourceData, seriesBy) makes a chart
 * over the source range, one series per column after the first when the
 * series are by columns; getItemOrNullObject finds one by name; a command
 * on a series that is not there fails the batch. Range.copyFrom does not
 * carry charts.
 */
class ChartsProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetProxy,
  ) {}

  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    let made: FakeChart | null = null;
    this.sheet.write('charts.add', 60, (s) => {
      const box = boxOf(source.addressFor());
      const series = seriesBy === 'Columns' ? box.right - box.left : box.bottom - box.top;
      made = { name: `Chart ${s.charts.length + 1}`, type, source: source.addressFor(), seriesBy, series, colors: [] };
      s.charts.push(made);
    });
    return new ChartProxy(this.ctx, this.sheet, () => made, true);
  }

  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this.ctx, this.sheet, () => this.sheet.resolve()?.charts.find((c) => c.name === name) ?? null, false);
  }
}

class ChartProxy extends ProxyBase {
  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetProxy,
    private readonly resolve: () => FakeChart | null,
    private readonly required: boolean,
  ) {
    super(ctx);
  }

  private change(what: string, effect: (c: FakeChart, s: FakeSheet) => void): void {
    this.sheet.write(`chart.${what}`, 40, (s) => {
      const c = this.resolve();
      if (!c) throw new OfficeError(this.required ? 'ItemNotFound' : 'InvalidObjectPath', `chart.${what} on a null object`);
      effect(c, s);
    });
  }

  load(_props: string): this {
    this.read('chart.load', () => {
      const c = this.resolve();
      return c ? { name: c.name } : null;
    });
    return this;
  }

  set name(v: string) {
    this.change('name', (c) => (c.name = v));
  }
  get title() {
    const change = (v: string) => this.change('title', (c) => (c.title = v));
    return {
      set text(v: string) {
        change(v);
      },
    };
  }
  get legend() {
    const change = (v: string) => this.change('legend', (c) => (c.legend = v));
    return {
      set position(v: string) {
        change(v);
      },
    };
  }
  get axes() {
    const change = (v: boolean) => this.change('reversePlotOrder', (c) => (c.reversed = v));
    return {
      categoryAxis: {
        set reversePlotOrder(v: boolean) {
          change(v);
        },
      },
    };
  }
  get series() {
    return {
      getItemAt: (i: number) => ({
        format: {
          fill: {
            setSolidColor: (color: string) =>
              this.change('series.fill', (c) => {
                if (i >= c.series) throw new OfficeError('InvalidArgument', `no series ${i}`);
                c.colors[i] = color;
              }),
          },
        },
      }),
    };
  }
  setPosition(from: string, to: string): void {
    this.change('setPosition', (c) => Object.assign(c, { from, to }));
  }
  delete(): void {
    this.change('delete', (c, s) => (s.charts = s.charts.filter((x) => x !== c)));
  }
}

class WorkbookProxy extends ProxyBase {
  worksheets: WorksheetsProxy;
  tables: TablesProxy;
  names: NamesProxy;
  functions: { date: (y: number, m: number, d: number) => FunctionResultProxy };
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new WorksheetsProxy(ctx);
    this.tables = new TablesProxy(ctx);
    this.names = new NamesProxy(ctx);
    this.functions = {
      date: (y, m, d) =>
        new FunctionResultProxy(ctx, () => serial(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, ctx.wb.date1904)),
    };
  }
  get name(): string {
    return this.prop('name');
  }
  load(_props: string): this {
    this.read('workbook.load', () => ({ name: this.ctx.wb.name }));
    return this;
  }
}

class FunctionResultProxy extends ProxyBase {
  constructor(
    ctx: FakeContext,
    private readonly compute: () => number,
  ) {
    super(ctx);
  }
  get value(): number {
    return this.prop('value');
  }
  load(_props: string): this {
    this.read('functions.date', () => ({ value: this.compute() }));
    return this;
  }
}

class WorksheetsProxy extends ProxyBase {
  private list: SheetProxy[] = [];
  onChanged: { add: (h: (event: { triggerSource?: string }) => Promise<void>) => { remove: () => void; context: FakeContext } };
  constructor(ctx: FakeContext) {
    super(ctx);
    this.onChanged = {
      add: (h) => {
        ctx.push({ what: 'onChanged.add', kind: 'write', request: () => 50, run: () => void ctx.wb.changeHandlers.push(h) });
        return {
          remove: () =>
            ctx.push({
              what: 'onChanged.remove',
              kind: 'write',
              request: () => 50,
              run: () => void (ctx.wb.changeHandlers = ctx.wb.changeHandlers.filter((x) => x !== h)),
            }),
          context: ctx,
        };
      },
    };
  }
  get items(): SheetProxy[] {
    if (!this.synced) throw new OfficeError('PropertyNotLoaded', 'items');
    return this.list;
  }

  load(props: string): this {
    let bytes = 0;
    const wants = selection(props);
    // A collection load fills its items' properties in the same round trip.
    this.ctx.push({
      what: 'worksheets.load',
      kind: 'read',
      request: () => 40,
      response: () => bytes,
      run: () => {
        const now = [...this.ctx.wb.sheets];
        bytes = utf8(now.map((s) => [s.name, s.visibility]));
        return () => {
          this.synced = true;
          this.list = now.map((s) => new SheetProxy(this.ctx, () => (this.ctx.wb.sheets.includes(s) ? s : null), true).loadedNow(s, wants));
        };
      },
    } as ReadOp);
    return this;
  }

  getItem(name: string): SheetProxy {
    return new SheetProxy(this.ctx, () => this.ctx.wb.find(name) ?? null, true);
  }
  getItemOrNullObject(name: string): SheetProxy {
    return new SheetProxy(this.ctx, () => this.ctx.wb.find(name) ?? null, false);
  }
  add(name: string): SheetProxy {
    let created: FakeSheet | null = null;
    this.ctx.push({
      what: `worksheets.add ${name}`,
      kind: 'write',
      request: () => utf8(name) + 30,
      run: () => {
        if (this.ctx.wb.nameTaken(name)) throw new OfficeError('ItemAlreadyExists', name);
        created = this.ctx.wb.addSheet(name);
      },
    });
    return new SheetProxy(this.ctx, () => created, true);
  }
}

class SheetProxy extends ProxyBase {
  freezePanes: {
    freezeAt: (r: RangeProxy | string) => void;
    freezeRows: (n: number) => void;
    freezeColumns: (n: number) => void;
    unfreeze: () => void;
  };
  pageLayout: Record<string, unknown> & { setPrintTitleRows: (rows: string) => void };
  horizontalPageBreaks: { add: (cell: string) => void; removePageBreaks: () => void };
  protection: { load: (p: string) => { protected: boolean } };
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet | null,
    private readonly required: boolean,
  ) {
    super(ctx);
    this.freezePanes = {
      freezeAt: (r) => this.write('freezeAt', 40, (s) => (s.freeze = typeof r === 'string' ? r : r.addressFor())),
      freezeRows: (n) => this.write('freezeRows', 20, (s) => (s.freeze = `rows:${n}`)),
      freezeColumns: (n) => this.write('freezeColumns', 20, (s) => (s.freeze = `columns:${n}`)),
      unfreeze: () => this.write('unfreeze', 20, (s) => (s.freeze = undefined)),
    };
    const layout = (key: string, value: unknown) => this.write(`pageLayout.${key}`, utf8(value ?? '') + 20, (s) => (s.pageLayout[key] = value));
    this.pageLayout = new globalThis.Proxy(
      { setPrintTitleRows: (rows: string) => layout('printTitleRows', rows) } as Record<string, unknown> & {
        setPrintTitleRows: (rows: string) => void;
      },
      {
        set: (_t, key, value) => {
          layout(String(key), value);
          return true;
        },
      },
    );
    this.horizontalPageBreaks = {
      // PageBreakCollection.add: "Adds a page break before the top-left cell of the range specified."
      add: (cell) => this.write('pageBreak.add', 30, (s) => void s.breaks.push(boxOf(cell).top)),
      removePageBreaks: () => this.write('pageBreak.remove', 20, (s) => (s.breaks = [])),
    };
    const protection = { protected: false, loaded: false };
    this.protection = {
      load: () => {
        this.ctx.push({
          what: 'protection.load',
          kind: 'read',
          request: () => 20,
          response: () => 20,
          run: () => {
            const s = this.target('protection.load');
            return () => Object.assign(protection, { protected: Boolean(s?.protected), loaded: true });
          },
        } as ReadOp);
        return {
          get protected() {
            if (!protection.loaded) throw new OfficeError('PropertyNotLoaded', 'protected');
            return protection.protected;
          },
        };
      },
    };
  }

  /** The sheet at sync time; a missing one fails the batch, as Excel does (getItem, or a command on a null object). */
  target(what: string): FakeSheet | null {
    const s = this.resolve();
    if (!s && this.required) throw new OfficeError('ItemNotFound', `worksheet not found (${what})`);
    return s;
  }

  write(what: string, bytes: number, effect: (s: FakeSheet) => void): void {
    this.ctx.push({
      what,
      kind: 'write',
      request: () => bytes,
      run: () => {
        const s = this.target(what);
        if (!s) throw new OfficeError('ItemNotFound', `${what} on a null object`);
        effect(s);
      },
    });
  }

  get name(): string {
    return this.prop('name');
  }
  set name(v: string) {
    this.write(`rename ${v}`, utf8(v) + 20, (s) => {
      if (this.ctx.wb.nameTaken(v, s)) throw new OfficeError('ItemAlreadyExists', v);
      s.name = v;
    });
  }
  get visibility(): string {
    return this.prop('visibility');
  }
  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.write(`visibility ${v}`, 30, (s) => (s.visibility = v));
  }
  get position(): number {
    return this.prop('position');
  }

  load(props: string): this {
    const wants = selection(props);
    this.read('worksheet.load', () => {
      const s = this.target('worksheet.load');
      if (!s) return null;
      const all = { name: s.name, visibility: s.visibility, position: this.ctx.wb.sheets.indexOf(s) };
      return Object.fromEntries(Object.entries(all).filter(([k]) => wants(k)));
    });
    return this;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.ctx, this, () => this.resolve()?.usedBox(Boolean(valuesOnly)) ?? null, false);
  }

  getRange(address: string): RangeProxy {
    return new RangeProxy(this.ctx, this, () => boxOf(address), true);
  }

  get charts(): ChartsProxy {
    return new ChartsProxy(this.ctx, this);
  }

  activate(): void {
    this.write('activate', 20, (s) => (this.ctx.wb.active = s.name));
  }

  delete(): void {
    this.write('delete', 20, (s) => {
      if (s.protected) throw new OfficeError('AccessDenied', 'The sheet is protected');
      this.ctx.wb.removeSheet(s);
    });
  }

  loadedNow(s: FakeSheet, wants: (name: string) => boolean): this {
    this.synced = true;
    if (wants('name')) this.loaded.set('name', s.name);
    if (wants('visibility')) this.loaded.set('visibility', s.visibility);
    return this;
  }

  markSynced(isNull: boolean): void {
    this.synced = true;
    this.nullObject = isNull;
  }
}

class RangeProxy extends ProxyBase {
  format: ReturnType<RangeProxy['makeFormat']>;
  dataValidation: { clear: () => void; rule: unknown; errorAlert: unknown };
  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetProxy,
    private readonly resolveBox: () => Box | null,
    private readonly required: boolean,
  ) {
    super(ctx);
    this.format = this.makeFormat();
    const dv = { rule: undefined as unknown, errorAlert: undefined as unknown };
    const record = () =>
      this.write(
        'dataValidation',
        () => utf8(dv),
        (s, b) => void s.validations.push({ address: addressOf(b), rule: dv.rule, errorAlert: dv.errorAlert }),
      );
    this.dataValidation = {
      clear: () =>
        this.write(
          'dataValidation.clear',
          () => 30,
          () => undefined,
        ),
      get rule() {
        return dv.rule;
      },
      set rule(v: unknown) {
        dv.rule = v;
      },
      get errorAlert() {
        return dv.errorAlert;
      },
      // The adapter sets the alert last: record the validation then.
      set errorAlert(v: unknown) {
        dv.errorAlert = v;
        record();
      },
    };
  }

  addressFor(): string {
    const b = this.resolveBox();
    return b ? addressOf(b) : '';
  }

  /** The sheet and box at sync time; a command on a missing sheet or a null range fails the batch. */
  private where(what: string): { s: FakeSheet; b: Box } {
    const s = this.sheet.target(what);
    const b = s ? this.resolveBox() : null;
    if (!s || !b) throw new OfficeError('ItemNotFound', `${what} on a null object`);
    return { s, b };
  }

  private write(what: string, bytes: () => number, effect: (s: FakeSheet, b: Box) => void): void {
    this.ctx.push({
      what,
      kind: 'write',
      request: bytes,
      run: () => {
        const { s, b } = this.where(what);
        if (s.protected) throw new OfficeError('AccessDenied', 'The sheet is protected');
        effect(s, b);
      },
    });
  }

  private grid<T>(s: FakeSheet, b: Box, fn: (c: FakeCell | undefined) => T): T[][] {
    return Array.from({ length: b.bottom - b.top + 1 }, (_, i) =>
      Array.from({ length: b.right - b.left + 1 }, (_, j) => fn(s.get(b.top + i, b.left + j))),
    );
  }

  load(props: string): this {
    const wants = selection(props);
    this.read(`range.load ${props}`, () => {
      const s = this.sheet.target('range.load');
      const b = s ? this.resolveBox() : null;
      if (!b && this.required) throw new OfficeError('ItemNotFound', 'range of a missing sheet');
      this.sheet.markSynced(!s);
      if (!b || !s) return null;
      if (['values', 'numberFormat', 'valueTypes', 'formulas'].some(wants) && cellsIn(b) > MAX_READ_CELLS) {
        throw new OfficeError('RangeExceedsLimit', `${cellsIn(b)} cells`);
      }
      const data: Record<string, unknown> = {};
      const all: Record<string, () => unknown> = {
        address: () => `${s.name}!${addressOf(b)}`,
        rowIndex: () => b.top - 1,
        columnIndex: () => b.left - 1,
        rowCount: () => b.bottom - b.top + 1,
        columnCount: () => b.right - b.left + 1,
        values: () => this.grid(s, b, (c) => current(this.ctx.wb, c)),
        numberFormat: () => this.grid(s, b, (c) => c?.format ?? 'General'),
        valueTypes: () => this.grid(s, b, valueType),
        formulas: () => this.grid(s, b, (c) => c?.formula ?? c?.value ?? ''),
      };
      for (const [p, value] of Object.entries(all)) if (wants(p)) data[p] = value();
      return data;
    });
    return this;
  }

  /** The shape a written array must have: the range's. */
  private fits(v: unknown[][], b: Box): void {
    if (v.length !== b.bottom - b.top + 1 || v.some((r) => r.length !== b.right - b.left + 1))
      throw new OfficeError('InvalidArgument', 'array does not fit the range');
  }

  get values(): Value[][] {
    return this.prop('values');
  }
  set values(v: Array<Array<Value | null>>) {
    this.write(
      'values',
      () => utf8(v),
      (s, b) => {
        this.fits(v, b);
        v.forEach((row, i) => row.forEach((x, j) => x !== null && typeIn(s, b.top + i, b.left + j, x, this.ctx.wb.date1904)));
      },
    );
  }
  get numberFormat(): string[][] {
    return this.prop('numberFormat');
  }
  set numberFormat(v: Array<Array<string | null>>) {
    this.write(
      'numberFormat',
      () => utf8(v),
      (s, b) => {
        this.fits(v, b);
        v.forEach((row, i) => row.forEach((f, j) => f !== null && s.set(b.top + i, b.left + j, { format: f })));
      },
    );
  }
  get valueTypes(): string[][] {
    return this.prop('valueTypes');
  }
  get formulas(): Value[][] {
    return this.prop('formulas');
  }
  /** Range.formulas: a string that starts with "=" is a formula; anything else is typed in as a value. */
  set formulas(v: Array<Array<Value | null>>) {
    this.write(
      'formulas',
      () => utf8(v),
      (s, b) => {
        this.fits(v, b);
        v.forEach((row, i) =>
          row.forEach((x, j) => {
            if (typeof x === 'string' && x.startsWith('=')) s.set(b.top + i, b.left + j, { formula: x, value: '', error: undefined });
            else if (x !== null) typeIn(s, b.top + i, b.left + j, x, this.ctx.wb.date1904);
          }),
        );
      },
    );
  }
  get address(): string {
    return this.prop('address');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  set columnHidden(hidden: boolean) {
    this.write(
      'columnHidden',
      () => 30,
      (s, b) => {
        if (hidden) s.hiddenColumns.push(`${colLetters(b.left)}:${colLetters(b.right)}`);
      },
    );
  }

  select(): void {
    this.ctx.push({
      what: 'select',
      kind: 'write',
      request: () => 30,
      run: () => {
        const { s, b } = this.where('select');
        if (this.ctx.wb.active !== s.name) throw new OfficeError('InvalidSelection', 'select on a sheet that is not active');
        this.ctx.wb.selected = `${s.name}!${addressOf(b)}`;
      },
    });
  }

  merge(): void {
    this.write(
      'merge',
      () => 40,
      (s, b) => void s.merges.push(addressOf(b)),
    );
  }

  unmerge(): void {
    this.write(
      'unmerge',
      () => 40,
      (s, b) => {
        s.merges = s.merges.filter((m) => {
          const x = boxOf(m);
          return x.bottom < b.top || x.top > b.bottom || x.right < b.left || x.left > b.right;
        });
      },
    );
  }

  /** Range.copyFrom (ExcelApi 1.9), copy type All: values, formulas, number formats, formats and merges. */
  copyFrom(source: RangeProxy, copyType: string): void {
    this.write(
      `copyFrom ${copyType}`,
      () => 80,
      (s, b) => {
        const from = source.where('copyFrom source');
        const rows = from.b.bottom - from.b.top;
        const cols = from.b.right - from.b.left;
        for (let i = 0; i <= rows; i++) {
          for (let j = 0; j <= cols; j++) {
            const c = from.s.get(from.b.top + i, from.b.left + j);
            s.cells.delete(`${b.top + i},${b.left + j}`);
            if (c) s.set(b.top + i, b.left + j, { ...c, ...(c.style && { style: { ...c.style } }) });
          }
        }
        const target = { top: b.top, left: b.left, bottom: b.top + rows, right: b.left + cols };
        s.merges = s.merges.filter((m) => {
          const x = boxOf(m);
          return x.bottom < target.top || x.top > target.bottom || x.right < target.left || x.left > target.right;
        });
        for (const m of from.s.merges) {
          const x = boxOf(m);
          if (x.top >= from.b.top && x.bottom <= from.b.bottom && x.left >= from.b.left && x.right <= from.b.right) {
            s.merges.push(
              addressOf({
                top: x.top - from.b.top + b.top,
                bottom: x.bottom - from.b.top + b.top,
                left: x.left - from.b.left + b.left,
                right: x.right - from.b.left + b.left,
              }),
            );
          }
        }
      },
    );
  }

  getSpecialCellsOrNullObject(kind: 'Constants' | 'Formulas'): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => {
      const s = this.sheet.target('getSpecialCells');
      const b = this.resolveBox();
      if (!s || !b) return null;
      const rects: Box[] = [];
      for (const [k, c] of s.cells) {
        const [r, col] = k.split(',').map(Number) as [number, number];
        if (r < b.top || r > b.bottom || col < b.left || col > b.right) continue;
        if ((kind === 'Formulas') !== Boolean(c.formula) || (c.value === '' && !c.formula)) continue;
        rects.push({ top: r, left: col, bottom: r, right: col });
      }
      return rects.length ? rects.map((x) => `${s.name}!${addressOf(x)}`).join(', ') : null;
    });
  }

  private makeFormat() {
    const style = (key: string, value: unknown) =>
      this.write(
        `format.${key}`,
        () => utf8(value) + 30,
        (s, b) => {
          if (key.endsWith('color') && !/^(#[0-9a-f]{6}|[a-z]+)$/i.test(String(value)))
            throw new OfficeError('InvalidArgument', `${key} ${String(value)}`);
          if (key === 'columnWidth') for (let c = b.left; c <= b.right; c++) s.columnWidths.set(c, value as number);
          else if (key === 'rowHeight') for (let r = b.top; r <= b.bottom; r++) s.rowHeights.set(r, value as number);
          else
            for (let r = b.top; r <= b.bottom; r++)
              for (let c = b.left; c <= b.right; c++) s.set(r, c, { style: { ...s.get(r, c)?.style, [key]: value } });
        },
      );
    const group = (prefix: string) => new globalThis.Proxy({}, { set: (_t, key, value) => (style(`${prefix}${String(key)}`, value), true) });
    const font = group('font.');
    const fill = group('fill.');
    const borders = { getItem: (edge: string) => group(`border.${edge}.`) };
    const base = { font, fill, borders, autofitRows: () => style('autofitRows', true) };
    return new globalThis.Proxy(base as typeof base & Record<string, unknown>, {
      set: (_t, key, value) => {
        style(String(key), value);
        return true;
      },
    });
  }
}

class RangeAreasProxy extends ProxyBase {
  constructor(
    ctx: FakeContext,
    private readonly compute: () => string | null,
  ) {
    super(ctx);
  }
  get address(): string {
    return this.prop('address');
  }
  load(_props: string): this {
    this.read('rangeAreas.load', () => {
      const a = this.compute();
      return a === null ? null : { address: a };
    });
    return this;
  }
}

function valueType(c: FakeCell | undefined): string {
  if (!c || c.value === '') return 'Empty';
  if (c.error) return 'Error';
  if (typeof c.value === 'number') return 'Double';
  if (typeof c.value === 'boolean') return 'Boolean';
  return 'String';
}

/**
 * A formula's value as Excel shows it: Excel recalculates whatever a formula
 * reads whenever that changes (automatic calculation, Excel's default; "Change
 * formula recalculation, iteration, or precision in Excel"). The fake does so
 * for a plain reference to one cell, which is all the tests write.
 */
function current(wb: FakeWorkbook, c: FakeCell | undefined, depth = 0): Value {
  const m = c?.formula && /^='?([^'!]+)'?!(\$?[A-Z]+\$?\d+)$/i.exec(c.formula);
  if (!m || depth > 10) return c?.value ?? '';
  const target = wb.find(m[1]!);
  if (!target) return '#REF!';
  const at = boxOf(m[2]!);
  return current(wb, target.get(at.top, at.left), depth + 1);
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** What Dutch Excel makes of a string typed into a cell, worked out here on its own. */
function typeIn(s: FakeSheet, r: number, c: number, v: Value, date1904: boolean): void {
  const format = s.get(r, c)?.format ?? 'General';
  const plain = { formula: undefined, error: undefined };
  if (typeof v !== 'string' || format === '@') return s.set(r, c, { value: v, ...plain });
  if (v === '') return s.set(r, c, { value: '', ...plain });
  if (v.startsWith("'")) return s.set(r, c, { value: v.slice(1), ...plain });
  if (/^-?\d+([.,]\d+)?$/.test(v)) return s.set(r, c, { value: Number(v.replace(',', '.')), ...plain });
  if (/^[=+\-@]/.test(v)) return s.set(r, c, { value: '#NAME?', error: '#NAME?', formula: v.startsWith('=') ? v : `=${v}` });
  const dm = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(v) ?? /^(\d{1,2}) (\p{L}+)(?: (\d{4}))?$/u.exec(v.trim());
  if (dm) {
    const month = /^\d+$/.test(dm[2]!) ? Number(dm[2]) : MONTHS.indexOf(dm[2]!.toLowerCase()) + 1;
    const year = dm[3] ? Number(dm[3]) : new Date().getUTCFullYear();
    if (month >= 1)
      return s.set(r, c, {
        value: serial(`${year}-${String(month).padStart(2, '0')}-${dm[1]!.padStart(2, '0')}`, date1904),
        format: 'd-m-yyyy',
        ...plain,
      });
  }
  s.set(r, c, { value: v, ...plain });
}

class TablesProxy extends ProxyBase {
  private list: Array<{ name: string; showHeaders: boolean; showTotals: boolean; worksheet: { name: string }; getRange: () => RangeProxy }> = [];
  get items() {
    if (!this.synced) throw new OfficeError('PropertyNotLoaded', 'items');
    return this.list;
  }
  load(props: string): this {
    let bytes = 0;
    const wants = selection(props);
    this.ctx.push({
      what: 'tables.load',
      kind: 'read',
      request: () => 40,
      response: () => bytes,
      run: () => {
        const now = [...this.ctx.wb.tables];
        bytes = utf8(now);
        return () => {
          this.synced = true;
          this.list = now.map((t) => {
            const sheet = new SheetProxy(this.ctx, () => this.ctx.wb.find(t.sheet) ?? null, true);
            const item = {
              name: t.name,
              showHeaders: t.showHeaders,
              showTotals: Boolean(t.showTotals),
              worksheet: loadedAs({ name: t.sheet }, (p) => wants(`worksheet/${p}`)),
              getRange: () => sheet.getRange(t.address),
            };
            return loadedAs(item, wants);
          });
        };
      },
    } as ReadOp);
    return this;
  }
}

class NamedItemProxy extends ProxyBase {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
  get formula(): string {
    return this.prop('formula');
  }
  set formula(v: string) {
    this.ctx.push({
      what: 'name.formula',
      kind: 'write',
      request: () => utf8(v),
      run: () => {
        if (!this.ctx.wb.names.has(this.key)) throw new OfficeError('ItemNotFound', `name ${this.key} on a null object`);
        this.ctx.wb.names.set(this.key, v);
      },
    });
  }
  load(_props: string): this {
    this.read('name.load', () => {
      const f = this.ctx.wb.names.get(this.key);
      return f === undefined ? null : { formula: f, name: this.key };
    });
    return this;
  }
  delete(): void {
    this.ctx.push({ what: 'name.delete', kind: 'write', request: () => 40, run: () => void this.ctx.wb.names.delete(this.key) });
  }
}

class NamesProxy {
  constructor(private ctx: FakeContext) {}
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, name);
  }
  add(name: string, reference: string, comment?: string): void {
    this.ctx.push({
      what: 'names.add',
      kind: 'write',
      request: () => utf8(reference) + utf8(comment ?? '') + 40,
      run: () => {
        if (this.ctx.wb.names.has(name)) throw new OfficeError('ItemAlreadyExists', name);
        this.ctx.wb.names.set(name, reference);
        if (comment !== undefined) this.ctx.wb.nameComments.set(name, comment);
      },
    });
  }
}
