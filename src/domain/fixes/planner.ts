/**
 * The one fix planner. Given the chosen fixes and the cells as they are now,
 * it decides which cell gets which value and which fixes are refused — for
 * every kind of fix the same way: a cell that no longer holds what validation
 * saw, a formula, a split whose target is not empty, a sheet that exists.
 * Both adapters read only the ranges it names and write only what it returns.
 */
import { a1, isoToSerial, parseA1 } from '../cells';
import type { CellInput, Fix } from '../schema/finding';
import type { Scalar } from '../schema/snapshot';
import { describeFix, fillRange, type Beschrijving } from './describe';

/** A cell as the adapter found it just now. */
export interface CurrentCell {
  /** "" when empty. */
  value: Scalar;
  formula: boolean;
  /** The number format ("General", "@", "d-m-yyyy"). */
  format: string;
  /** The file's own style index, kept so an undo restores the cell exactly. */
  style?: number;
}

export interface CurrentCells {
  /** undefined when the sheet does not exist. */
  cell(sheet: string, address: string): CurrentCell | undefined;
  /** Regardless of case, as Excel compares sheet names. */
  hasSheet(name: string): boolean;
}

/** A rectangle the adapter must read before the planner can decide. */
export interface CellRange {
  sheet: string;
  /** "D3" or "F2:G35". */
  range: string;
}

export interface CellWrite {
  sheet: string;
  cell: string;
  /** A string is text (never a formula), a number a number or a date serial; null empties the cell. */
  value: string | number | null;
  /** A number format to set ("@" for text in a new cell, a date format); absent keeps the cell's own. */
  format?: string;
  /** A file's own style index to set back (an undo restores the cell exactly). */
  style?: number;
  /** What was there, to undo it. */
  before: CurrentCell;
}

/** A sheet to add, with a bold header row: the template of a missing table. */
export interface NewSheet {
  name: string;
  header: string[];
}

export type Weigering = 'celVeranderd' | 'formule' | 'nietLeeg' | 'bladBestaat' | 'bladWeg' | 'ongedaanVeranderd';

interface Toegepast<F = Fix> {
  fix: F;
  wat: Beschrijving;
}

interface Geweigerd<F = Fix> {
  fix: F;
  /** sheet!cell of the cell that stopped it. */
  cel: string;
  reden: Weigering;
}

export interface Plan<F extends Fix = Fix> {
  writes: CellWrite[];
  sheets: NewSheet[];
  toegepast: Array<Toegepast<F>>;
  geweigerd: Array<Geweigerd<F>>;
}

/** The ranges the adapter must read for these fixes. */
export function rangesToRead(fixes: readonly Fix[]): CellRange[] {
  return fixes.flatMap((fix): CellRange[] => {
    switch (fix.type) {
      case 'replaceText':
      case 'setDate':
        return [{ sheet: fix.sheet, range: fix.cell }];
      case 'fillEmpty':
        return [{ sheet: fix.sheet, range: fillRange(fix) }, ...fix.sources.map((s) => ({ sheet: fix.sheet, range: s.cell }))];
      case 'addSheet':
        return [];
    }
  });
}

/** Decides, fix by fix, what to write; a fix is applied whole or refused whole. */
export function planFixes<F extends Fix>(fixes: readonly F[], current: CurrentCells, date1904: boolean): Plan<F> {
  const plan: Plan<F> = { writes: [], sheets: [], toegepast: [], geweigerd: [] };
  // Two fixes may touch one cell ("Hatterm 18 februari"): each builds on the text the one before left.
  const planned = new Map<string, CellWrite>();
  for (const fix of fixes) {
    const outcome = planOne(fix, current, planned, date1904);
    if ('reden' in outcome) {
      plan.geweigerd.push({ fix, cel: outcome.cel, reden: outcome.reden });
      continue;
    }
    if ('sheet' in outcome) plan.sheets.push(outcome.sheet);
    for (const w of outcome.writes ?? []) planned.set(key(w.sheet, w.cell), w);
    plan.toegepast.push({ fix, wat: describeFix(fix, date1904) });
  }
  plan.writes = [...planned.values()];
  return plan;
}

type Outcome = { writes: CellWrite[] } | { sheet: NewSheet; writes?: undefined } | { cel: string; reden: Weigering };

const key = (sheet: string, cell: string) => `${sheet}!${cell}`;

function planOne(fix: Fix, current: CurrentCells, planned: Map<string, CellWrite>, date1904: boolean): Outcome {
  if (fix.type === 'addSheet') {
    if (current.hasSheet(fix.sheet)) return { cel: key(fix.sheet, 'A1'), reden: 'bladBestaat' };
    return { sheet: { name: fix.sheet, header: fix.rows[0]?.map(inputText) ?? [] } };
  }
  if (!current.hasSheet(fix.sheet)) return { cel: key(fix.sheet, fix.type === 'fillEmpty' ? fix.startCell : fix.cell), reden: 'bladWeg' };
  if (fix.type === 'fillEmpty') return planFill(fix, current, date1904);
  const now = current.cell(fix.sheet, fix.cell)!;
  const refused = unchanged(now, fix.expect, key(fix.sheet, fix.cell));
  if (refused) return refused;
  const earlier = planned.get(key(fix.sheet, fix.cell));
  if (fix.type === 'setDate') return { writes: [{ sheet: fix.sheet, cell: fix.cell, value: isoToSerial(fix.iso, date1904), before: now }] };
  const text = typeof earlier?.value === 'string' ? earlier.value : String(now.value);
  if (!text.includes(fix.find)) return { cel: key(fix.sheet, fix.cell), reden: 'celVeranderd' };
  return { writes: [{ sheet: fix.sheet, cell: fix.cell, value: text.replace(fix.find, fix.replace), before: earlier?.before ?? now }] };
}

function unchanged(now: CurrentCell, expect: Scalar, cel: string): { cel: string; reden: Weigering } | undefined {
  if (now.formula) return { cel, reden: 'formule' };
  if (now.value !== expect) return { cel, reden: 'celVeranderd' };
  return undefined;
}

function planFill(fix: Extract<Fix, { type: 'fillEmpty' }>, current: CurrentCells, date1904: boolean): Outcome {
  for (const s of fix.sources) {
    const refused = unchanged(current.cell(fix.sheet, s.cell)!, s.expect, key(fix.sheet, s.cell));
    if (refused) return refused;
  }
  const start = parseA1(fix.startCell);
  const writes: CellWrite[] = [];
  for (const [i, row] of fix.rows.entries()) {
    for (const [j, input] of row.entries()) {
      if (input.kind === 'text' && !input.text) continue;
      const cell = a1(start.row + i, start.col + j);
      const now = current.cell(fix.sheet, cell)!;
      if (now.value !== '' || now.formula) return { cel: key(fix.sheet, cell), reden: 'nietLeeg' };
      // A new date shows as staff write dates; new text is formatted as text, so Excel keeps "11 februari" as written.
      writes.push(
        input.kind === 'date'
          ? { sheet: fix.sheet, cell, value: isoToSerial(input.iso, date1904), format: 'd-m-yyyy', before: now }
          : { sheet: fix.sheet, cell, value: input.text, format: '@', before: now },
      );
    }
  }
  return { writes };
}

function inputText(c: CellInput): string {
  return c.kind === 'text' ? c.text : c.iso;
}

/** The ranges to read before undoing what a Herstel wrote. */
export function rangesToUndo(writes: readonly CellWrite[]): CellRange[] {
  return writes.map((w) => ({ sheet: w.sheet, range: w.cell }));
}

/**
 * Undoes writes cell for cell: a cell that still holds what the fix wrote gets
 * back what was there; a cell changed since keeps its new value.
 */
export function planUndo(writes: readonly CellWrite[], current: CurrentCells): { writes: CellWrite[]; geweigerd: string[] } {
  const out: CellWrite[] = [];
  const geweigerd: string[] = [];
  for (const w of writes) {
    const now = current.cell(w.sheet, w.cell);
    // A Herstel writes values only (an emptied cell is an undo's, and an undo is not undone).
    if (!now || now.formula || now.value !== w.value) {
      geweigerd.push(key(w.sheet, w.cell));
      continue;
    }
    const back = w.before.value === '' ? null : typeof w.before.value === 'boolean' ? String(w.before.value) : w.before.value;
    out.push({
      sheet: w.sheet,
      cell: w.cell,
      value: back,
      ...(w.format !== undefined && { format: w.before.format }),
      ...(w.before.style !== undefined && { style: w.before.style }),
      before: now,
    });
  }
  return { writes: out, geweigerd };
}
