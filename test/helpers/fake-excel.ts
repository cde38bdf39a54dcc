/**
 * A small, faithful fake of the Excel JavaScript API: only what driehoek uses,
 * but with Excel's behaviour where it matters. Commands queue until sync();
 * properties exist only after load + sync; *OrNullObject proxies resolve at
 * sync; cells are "" when empty, dates are serial numbers beside their number
 * format, errors come back as "#REF!" with valueType "Error"; a string written
 * to a General cell is parsed the way Dutch Excel parses typing ("=…" becomes
 * a formula, "11-2-2021" a date), unless the cell is formatted as text or the
 * string starts with an apostrophe. Every sync is one request: the fake counts
 * them and their bytes, and refuses one over 5 MB as Excel on the web does.
 */
import { a1, isoToSerial, parseRange } from '../../src/domain/cells';
import { parseDatumCell } from '../../src/domain/parse/datum';

export const LIMIT = 5 * 1024 * 1024;

type Value = string | number | boolean;
export interface FakeCell {
  value: Value;
  format: string;
  formula?: string;
  error?: string;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  pageLayout: Record<string, unknown> = {};
  freeze?: string;
  validations: Array<{ address: string; rule: unknown; errorAlert: unknown }> = [];
  merges: string[] = [];
  protected = false;
  constructor(public name: string) {}

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  set(row: number, col: number, cell: Partial<FakeCell>): void {
    const old = this.cells.get(`${row},${col}`) ?? { value: '', format: 'General' };
    this.cells.set(`${row},${col}`, { ...old, ...cell });
  }

  /** Fills from A1 (or another corner) with plain values, dates as {date}, errors as {error}. */
  fill(rows: Array<Array<Value | { date: string } | { error: string } | null>>, top = 1, left = 1): this {
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v === null || v === '') return;
        if (typeof v !== 'object') this.set(top + i, left + j, { value: v });
        else if ('date' in v) this.set(top + i, left + j, { value: isoToSerial(v.date), format: 'd-m-yyyy' });
        else this.set(top + i, left + j, { value: v.error, error: v.error });
      }),
    );
    return this;
  }

  usedBox(): { top: number; left: number; bottom: number; right: number } | undefined {
    let box: { top: number; left: number; bottom: number; right: number } | undefined;
    for (const [k, c] of this.cells) {
      if (c.value === '' && !c.formula) continue;
      const [r, col] = k.split(',').map(Number) as [number, number];
      box = box
        ? { top: Math.min(box.top, r), left: Math.min(box.left, col), bottom: Math.max(box.bottom, r), right: Math.max(box.right, col) }
        : { top: r, left: col, bottom: r, right: col };
    }
    return box;
  }

  /** Every cell as text, for comparing a sheet before and after. */
  dump(): string {
    return JSON.stringify([...this.cells.entries()].sort(), null, 0);
  }
}

export class OfficeError extends Error {
  constructor(
    public code: string,
    message = code,
  ) {
    super(message);
  }
}

export interface FakeTable {
  name: string;
  sheet: string;
  address: string;
  showHeaders: boolean;
}

export interface RequestRecord {
  requestBytes: number;
  responseBytes: number;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  names = new Map<string, string>();
  name = 'werkboek.xlsx';
  active?: string;
  selected?: string;
  /** Format writes: sheet, address, what. */
  formatLog: Array<{ sheet: string; address: string; what: string }> = [];
  requests: RequestRecord[] = [];
  /** Write commands Excel executed: validation must leave this at zero. */
  writes = 0;
  editingCell = false;
  /** Refuse calls on the null object past the last sheet, in case Excel does (the adapter then asks by name). */
  strictNullObjects = false;
  /** Makes Excel fail at the first format command this says yes to, as a real failure half-way would. */
  failOn?: (what: string) => boolean;
  changeHandlers: Array<() => Promise<void>> = [];

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  get syncs(): number {
    return this.requests.length;
  }

  /** Excel.run for the adapter: a new context per batch. */
  run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => batch(new FakeContext(this) as unknown as Excel.RequestContext);
  runIn = async <T>(ctx: unknown, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => batch(ctx as Excel.RequestContext);

  async emitChanged(): Promise<void> {
    for (const h of this.changeHandlers) await h();
  }
}

type Op = { kind: 'read' | 'write'; bytes: () => number; run: () => void };

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
    const requestBytes = 200 + ops.filter((o) => o.kind === 'write').reduce((n, o) => n + o.bytes(), 0);
    this.wb.requests.push({ requestBytes, responseBytes: 0 });
    if (requestBytes > LIMIT) throw new OfficeError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    if (this.wb.editingCell) throw new OfficeError('InvalidOperationInCellEditMode');
    let responseBytes = 0;
    for (const op of ops) {
      op.run();
      if (op.kind === 'write') this.wb.writes++;
      if (op.kind === 'read') responseBytes += op.bytes();
    }
    this.wb.requests[this.wb.requests.length - 1]!.responseBytes = responseBytes;
    if (responseBytes > LIMIT) throw new OfficeError('ResponsePayloadSizeLimitExceeded', `response of ${responseBytes} bytes`);
  }
}

/** Base of every proxy: properties readable only once loaded and synced. */
class Proxy {
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
}

class WorkbookProxy extends Proxy {
  worksheets: WorksheetsProxy;
  tables: TablesProxy;
  names: NamesProxy;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new WorksheetsProxy(ctx);
    this.tables = new TablesProxy(ctx);
    this.names = new NamesProxy(ctx);
  }
  get name(): string {
    return this.prop('name');
  }
  load(_props: string): this {
    this.ctx.push({ kind: 'read', bytes: () => this.ctx.wb.name.length + 20, run: () => this.loaded.set('name', this.ctx.wb.name) });
    return this;
  }
}

class WorksheetsProxy {
  private list: SheetProxy[] = [];
  private synced = false;
  onChanged: { add: (h: () => Promise<void>) => { remove: () => void; context: FakeContext } };
  constructor(private ctx: FakeContext) {
    this.onChanged = {
      add: (h) => {
        ctx.push({ kind: 'write', bytes: () => 50, run: () => ctx.wb.changeHandlers.push(h) });
        return {
          remove: () =>
            ctx.push({ kind: 'write', bytes: () => 50, run: () => (ctx.wb.changeHandlers = ctx.wb.changeHandlers.filter((x) => x !== h)) }),
          context: ctx,
        };
      },
    };
  }
  get items(): SheetProxy[] {
    if (!this.synced) throw new OfficeError('PropertyNotLoaded', 'items');
    return this.list;
  }

  load(_props: string): this {
    this.ctx.push({
      kind: 'read',
      bytes: () => JSON.stringify(this.ctx.wb.sheets.map((s) => [s.name, s.visibility])).length,
      run: () => {
        this.synced = true;
        // A collection load fills its items' properties in the same round trip.
        this.list = this.ctx.wb.sheets.map((s) => new SheetProxy(this.ctx, () => s, true).loadedNow(s));
      },
    });
    return this;
  }

  getFirst(): SheetProxy {
    return new SheetProxy(this.ctx, () => this.ctx.wb.sheets[0] ?? null, true);
  }
  getItem(name: string): SheetProxy {
    return new SheetProxy(this.ctx, () => this.ctx.wb.sheets.find((s) => s.name === name) ?? null, true);
  }
  getItemOrNullObject(name: string): SheetProxy {
    return new SheetProxy(this.ctx, () => this.ctx.wb.sheets.find((s) => s.name === name) ?? null, false).track();
  }
  add(name: string): SheetProxy {
    let created: FakeSheet | null = null;
    this.ctx.push({
      kind: 'write',
      bytes: () => name.length + 30,
      run: () => {
        if (this.ctx.wb.sheets.some((s) => s.name === name)) throw new OfficeError('ItemAlreadyExists', name);
        created = this.ctx.wb.addSheet(name);
      },
    });
    return new SheetProxy(this.ctx, () => created, true);
  }
}

class SheetProxy extends Proxy {
  freezePanes: { freezeAt: (r: RangeProxy | string) => void; freezeRows: (n: number) => void };
  pageLayout: Record<string, unknown> & { setPrintTitleRows: (rows: string) => void };
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet | null,
    private readonly required: boolean,
  ) {
    super(ctx);
    this.freezePanes = {
      freezeAt: (r) => this.write(40, (s) => (s.freeze = typeof r === 'string' ? r : r.addressFor())),
      freezeRows: (n) => this.write(20, (s) => (s.freeze = `rows:${n}`)),
    };
    const layout = (key: string, value: unknown) => this.write(JSON.stringify(value ?? '').length + 20, (s) => (s.pageLayout[key] = value));
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
  }

  /** The sheet at sync time; a required one that is missing fails the batch, as Excel does. */
  target(): FakeSheet | null {
    const s = this.resolve();
    if (!s && this.required) throw new OfficeError('ItemNotFound', 'worksheet not found');
    return s;
  }

  write(bytes: number, effect: (s: FakeSheet) => void): void {
    this.ctx.push({
      kind: 'write',
      bytes: () => bytes,
      run: () => {
        const s = this.target();
        if (s) effect(s);
      },
    });
  }

  get name(): string {
    return this.prop('name');
  }
  set name(v: string) {
    this.write(v.length + 20, (s) => (s.name = v));
  }
  get visibility(): string {
    return this.prop('visibility');
  }
  get position(): number {
    return this.prop('position');
  }
  set position(p: number) {
    this.write(20, (s) => {
      const list = this.ctx.wb.sheets.filter((x) => x !== s);
      list.splice(p, 0, s);
      this.ctx.wb.sheets = list;
    });
  }

  load(props: string): this {
    this.ctx.push({
      kind: 'read',
      bytes: () => 60,
      run: () => {
        this.synced = true;
        const s = this.target();
        this.nullObject = !s;
        if (!s) return;
        for (const p of props.split(',').map((x) => x.trim())) {
          if (p === 'name') this.loaded.set('name', s.name);
          if (p === 'visibility') this.loaded.set('visibility', s.visibility);
          if (p === 'position') this.loaded.set('position', this.ctx.wb.sheets.indexOf(s));
        }
      },
    });
    // isNullObject is known after any sync even without load.
    return this;
  }

  getNextOrNullObject(): SheetProxy {
    return new SheetProxy(
      this.ctx,
      () => {
        const s = this.resolve();
        if (!s) return this.refuseOnNull(); // a null object's next is a null object
        return this.ctx.wb.sheets[this.ctx.wb.sheets.indexOf(s) + 1] ?? null;
      },
      false,
    ).track();
  }

  private refuseOnNull(): null {
    if (this.ctx.wb.strictNullObjects) throw new OfficeError('ItemNotFound', 'method called on a null object');
    return null;
  }

  /** A null-object proxy learns whether it is null at the next sync, loaded or not. */
  track(): this {
    this.ctx.push({ kind: 'read', bytes: () => 10, run: () => ((this.synced = true), (this.nullObject = !this.resolve())) });
    return this;
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(
      this.ctx,
      this,
      () => {
        const s = this.resolve();
        return s ? (s.usedBox() ?? null) : this.refuseOnNull();
      },
      false,
    );
  }

  getRange(address: string): RangeProxy {
    const bare = address.includes(':') ? address : `${address}:${address}`;
    return new RangeProxy(this.ctx, this, () => box(bare), true);
  }

  activate(): void {
    this.write(20, (s) => (this.ctx.wb.active = s.name));
  }

  delete(): void {
    this.write(20, (s) => {
      if (s.protected) throw new OfficeError('AccessDenied', 'The sheet is protected');
      this.ctx.wb.sheets = this.ctx.wb.sheets.filter((x) => x !== s);
    });
  }

  loadedNow(s: FakeSheet): this {
    this.synced = true;
    this.loaded.set('name', s.name);
    this.loaded.set('visibility', s.visibility);
    return this;
  }

  /** After any sync a proxy knows whether it is a null object. */
  markSynced(): void {
    this.synced = true;
  }
}

function box(address: string): { top: number; left: number; bottom: number; right: number } {
  const [from = '', to = from] = address.split(':');
  // Whole columns ("B:B") reach to Excel's last row.
  if (/^[A-Z]+$/i.test(from)) return { ...parseRange(`${from}1:${to}1048576`) };
  return parseRange(address);
}

type Box = { top: number; left: number; bottom: number; right: number };

class RangeProxy extends Proxy {
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
    const record = () => this.validation(dv);
    this.dataValidation = {
      clear: () => this.formatWrite('dataValidation.clear', () => undefined),
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

  private validation(dv: { rule: unknown; errorAlert: unknown }): void {
    this.ctx.push({
      kind: 'write',
      bytes: () => JSON.stringify(dv).length,
      run: () => this.sheet.target()?.validations.push({ address: this.addressFor(), rule: dv.rule, errorAlert: dv.errorAlert }),
    });
  }

  addressFor(): string {
    const b = this.resolveBox();
    return b ? `${a1(b.top, b.left)}:${a1(b.bottom, b.right)}` : '';
  }

  private cells<T>(fn: (s: FakeSheet, r: number, c: number) => T): T[][] {
    const s = this.sheet.target()!;
    const b = this.resolveBox()!;
    return Array.from({ length: b.bottom - b.top + 1 }, (_, i) =>
      Array.from({ length: b.right - b.left + 1 }, (_, j) => fn(s, b.top + i, b.left + j)),
    );
  }

  load(props: string): this {
    const wanted = props.split(',').map((p) => p.trim());
    let bytes = 0;
    this.ctx.push({
      kind: 'read',
      bytes: () => bytes,
      run: () => {
        this.synced = true;
        this.sheet.markSynced();
        const s = this.sheet.target();
        const b = s ? this.resolveBox() : null;
        if (!b && this.required) throw new OfficeError('ItemNotFound');
        this.nullObject = !b;
        if (!b || !s) return;
        const data: Record<string, unknown> = {
          address: `${s.name}!${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`,
          rowIndex: b.top - 1,
          columnIndex: b.left - 1,
          rowCount: b.bottom - b.top + 1,
          columnCount: b.right - b.left + 1,
        };
        for (const p of wanted) {
          if (p === 'values') data.values = this.cells((sh, r, c) => sh.get(r, c)?.value ?? '');
          else if (p === 'numberFormat') data.numberFormat = this.cells((sh, r, c) => sh.get(r, c)?.format ?? 'General');
          else if (p === 'valueTypes') data.valueTypes = this.cells((sh, r, c) => valueType(sh.get(r, c)));
          else if (p === 'formulas') data.formulas = this.cells((sh, r, c) => sh.get(r, c)?.formula ?? sh.get(r, c)?.value ?? '');
          if (p in data) {
            this.loaded.set(p, data[p]);
            bytes += JSON.stringify(data[p]).length;
          }
        }
      },
    });
    return this;
  }

  get values(): Value[][] {
    return this.prop('values');
  }
  set values(v: Array<Array<Value | null>>) {
    this.ctx.push({
      kind: 'write',
      bytes: () => JSON.stringify(v).length,
      run: () => {
        const s = this.sheet.target()!;
        if (s.protected) throw new OfficeError('AccessDenied', 'The sheet is protected');
        const b = this.resolveBox()!;
        v.forEach((row, i) => row.forEach((x, j) => x !== null && typeIn(s, b.top + i, b.left + j, x)));
      },
    });
  }
  get numberFormat(): string[][] {
    return this.prop('numberFormat');
  }
  set numberFormat(v: Array<Array<string | null>>) {
    this.ctx.push({
      kind: 'write',
      bytes: () => JSON.stringify(v).length,
      run: () => {
        const s = this.sheet.target()!;
        const b = this.resolveBox()!;
        v.forEach((row, i) => row.forEach((f, j) => f !== null && s.set(b.top + i, b.left + j, { format: f })));
        this.ctx.wb.formatLog.push({ sheet: s.name, address: this.addressFor(), what: 'numberFormat' });
      },
    });
  }
  get valueTypes(): string[][] {
    return this.prop('valueTypes');
  }
  get formulas(): Value[][] {
    return this.prop('formulas');
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

  select(): void {
    this.ctx.push({
      kind: 'write',
      bytes: () => 30,
      run: () => {
        const s = this.sheet.target()!;
        if (this.ctx.wb.active !== s.name) throw new OfficeError('InvalidSelection', 'select on a sheet that is not active');
        this.ctx.wb.selected = `${s.name}!${this.addressFor()}`;
      },
    });
  }

  merge(): void {
    this.formatWrite('merge', (s) => s.merges.push(this.addressFor()));
  }

  private formatWrite(what: string, effect: (s: FakeSheet) => void): void {
    this.ctx.push({
      kind: 'write',
      bytes: () => what.length + 40,
      run: () => {
        const s = this.sheet.target()!;
        if (s.protected) throw new OfficeError('AccessDenied', 'The sheet is protected');
        if (this.ctx.wb.failOn?.(what)) throw new OfficeError('GeneralException', `failed at ${what}`);
        this.ctx.wb.formatLog.push({ sheet: s.name, address: this.addressFor(), what });
        effect(s);
      },
    });
  }

  private makeFormat() {
    const w = (what: string) => ({
      set: (_t: object, key: string | symbol, value: unknown) => (
        this.formatWrite(`${what}${String(key)}=${JSON.stringify(value)}`, () => undefined),
        true
      ),
    });
    const font = new globalThis.Proxy({}, w('font.'));
    const fill = new globalThis.Proxy({}, w('fill.'));
    const borders = { getItem: (edge: string) => new globalThis.Proxy({}, w(`border.${edge}.`)) };
    const base = { font, fill, borders, autofitRows: () => this.formatWrite('autofitRows', () => undefined) };
    return new globalThis.Proxy(base as typeof base & Record<string, unknown>, {
      set: (t, key, value) => {
        this.formatWrite(`${String(key)}=${JSON.stringify(value)}`, () => undefined);
        return true;
      },
    });
  }
}

function valueType(c: FakeCell | undefined): string {
  if (!c || c.value === '') return 'Empty';
  if (c.error) return 'Error';
  if (typeof c.value === 'number') return 'Double';
  if (typeof c.value === 'boolean') return 'Boolean';
  return 'String';
}

/** What Dutch Excel does with a value typed into a cell. */
function typeIn(s: FakeSheet, r: number, c: number, v: Value): void {
  const format = s.get(r, c)?.format ?? 'General';
  if (typeof v !== 'string' || format === '@') {
    s.set(r, c, { value: v, formula: undefined, error: undefined });
    return;
  }
  if (v.startsWith("'")) s.set(r, c, { value: v.slice(1), formula: undefined });
  else if (v.startsWith('=') || v.startsWith('+') || v.startsWith('@')) s.set(r, c, { value: '#NAME?', error: '#NAME?', formula: v });
  else {
    const d = parseDatumCell(v, 2026);
    const only = d.datums.length === 1 && !d.onleesbaar.length && !d.doorlopend && d.datums[0]!.text.trim() === v.trim();
    s.set(r, c, only ? { value: isoToSerial(d.datums[0]!.iso), format: 'd-m-yyyy' } : { value: v, formula: undefined });
  }
}

class TablesProxy extends Proxy {
  private list: Array<{ name: string; showHeaders: boolean; worksheet: { name: string }; getRange: () => RangeProxy }> = [];
  get items() {
    if (!this.synced) throw new OfficeError('PropertyNotLoaded', 'items');
    return this.list;
  }
  load(_props: string): this {
    this.ctx.push({
      kind: 'read',
      bytes: () => JSON.stringify(this.ctx.wb.tables).length,
      run: () => {
        this.synced = true;
        this.list = this.ctx.wb.tables.map((t) => {
          const sheet = new SheetProxy(this.ctx, () => this.ctx.wb.sheets.find((s) => s.name === t.sheet) ?? null, true);
          return { name: t.name, showHeaders: t.showHeaders, worksheet: { name: t.sheet }, getRange: () => sheet.getRange(t.address) };
        });
      },
    });
    return this;
  }
}

class NamedItemProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
  get formula(): string {
    return this.prop('formula');
  }
  load(_props: string): this {
    this.ctx.push({
      kind: 'read',
      bytes: () => 40,
      run: () => {
        this.synced = true;
        const f = this.ctx.wb.names.get(this.key);
        this.nullObject = f === undefined;
        if (f !== undefined) this.loaded.set('formula', f);
      },
    });
    return this;
  }
  delete(): void {
    this.ctx.push({ kind: 'write', bytes: () => 40, run: () => this.ctx.wb.names.delete(this.key) });
  }
}

class NamesProxy {
  constructor(private ctx: FakeContext) {}
  getItemOrNullObject(name: string): NamedItemProxy {
    const p = new NamedItemProxy(this.ctx, name);
    // isNullObject is known after the next sync even without load.
    p.load('formula');
    return p;
  }
  add(name: string, reference: string): void {
    this.ctx.push({ kind: 'write', bytes: () => reference.length + 40, run: () => this.ctx.wb.names.set(name, reference) });
  }
}
