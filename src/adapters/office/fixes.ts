import { a1, gridWidth, isoToSerial, parseA1 } from '../../domain/cells';
import { FixRefusedError } from '../../domain/errors';
import type { Fix } from '../../domain/schema/finding';
import { applyStyle } from './write';

type Loaded = { fix: Fix; sheet: Excel.Worksheet; range?: Excel.Range };

/** Written as typed text: a leading apostrophe keeps Excel from reading "11 februari" as a date or "=…" as a formula. */
const asText = (s: string) => `'${s}`;

/**
 * Applies fixes in two round trips however many there are: one reads every
 * target cell (a fix never writes over something it did not see), one writes.
 */
export async function applyOfficeFixes(ctx: Excel.RequestContext, fixes: readonly Fix[]): Promise<void> {
  const loaded: Loaded[] = fixes.map((fix) => {
    const sheet = ctx.workbook.worksheets.getItemOrNullObject(fix.sheet);
    if (fix.type === 'addSheet') return { fix, sheet };
    const address = fix.type === 'fillEmpty' ? blockAddress(fix) : fix.cell;
    return { fix, sheet, range: sheet.getRange(address).load('values,formulas') };
  });
  await ctx.sync();
  const texts = new Map<string, string>();
  for (const { fix, sheet, range } of loaded) {
    if (fix.type === 'addSheet') {
      if (!sheet.isNullObject) throw new FixRefusedError(`Er is al een blad ${fix.sheet}; er wordt niets overschreven.`);
      addTemplateSheet(ctx, fix);
      continue;
    }
    if (sheet.isNullObject || !range) throw new FixRefusedError(`Het blad ${fix.sheet} bestaat niet meer. Controleer opnieuw.`);
    if (fix.type === 'fillEmpty') fillEmpty(range, fix);
    else changeOneCell(range, fix, texts);
  }
  await ctx.sync();
}

function blockAddress(fix: Extract<Fix, { type: 'fillEmpty' }>): string {
  const start = parseA1(fix.startCell);
  const width = gridWidth(fix.rows, 1);
  return `${fix.startCell}:${a1(start.row + fix.rows.length - 1, start.col + width - 1)}`;
}

function changeOneCell(range: Excel.Range, fix: Extract<Fix, { type: 'replaceText' | 'setDate' }>, texts: Map<string, string>): void {
  const formula = String(range.formulas[0]?.[0] ?? '');
  if (formula.startsWith('=')) throw new FixRefusedError(`${fix.sheet}!${fix.cell} bevat een formule; pas die zelf aan.`);
  if (fix.type === 'setDate') {
    range.values = [[isoToSerial(fix.iso)]];
    return;
  }
  const key = `${fix.sheet}!${fix.cell}`;
  const current = texts.get(key) ?? range.values[0]?.[0];
  if (typeof current !== 'string' || !current.includes(fix.find)) {
    throw new FixRefusedError(`${key} is veranderd sinds de controle ("${fix.find}" staat er niet meer in). Controleer opnieuw.`);
  }
  const next = current.replace(fix.find, fix.replace);
  texts.set(key, next);
  range.values = [[asText(next)]];
}

function fillEmpty(range: Excel.Range, fix: Extract<Fix, { type: 'fillEmpty' }>): void {
  const width = gridWidth(fix.rows, 1);
  const wanted = fix.rows.map((r) => Array.from({ length: width }, (_, j) => r[j]));
  const taken = wanted.some((row, i) => row.some((input, j) => input && !(input.kind === 'text' && !input.text) && range.values[i]?.[j] !== ''));
  if (taken)
    throw new FixRefusedError(
      `Naast de tabel op ${fix.sheet} staat al iets; deze herstelactie schrijft alleen in lege cellen. Maak ruimte of splits de kolom zelf.`,
    );
  // null leaves a cell as it is: the cells this fix does not fill keep their value and format.
  range.numberFormat = wanted.map((row) =>
    row.map((input) => (input?.kind === 'date' ? 'd-m-yyyy' : input?.kind === 'text' && input.text ? '@' : null)),
  ) as string[][];
  range.values = wanted.map((row) =>
    row.map((input) => (input?.kind === 'date' ? isoToSerial(input.iso) : input?.kind === 'text' && input.text ? input.text : null)),
  ) as unknown[][] as string[][];
}

function addTemplateSheet(ctx: Excel.RequestContext, fix: Extract<Fix, { type: 'addSheet' }>): void {
  const ws = ctx.workbook.worksheets.add(fix.sheet);
  const width = gridWidth(fix.rows, 1);
  const address = `A1:${a1(fix.rows.length, width)}`;
  const range = ws.getRange(address);
  range.numberFormat = fix.rows.map((r) => Array.from({ length: width }, (_, j) => (r[j]?.kind === 'date' ? 'd-m-yyyy' : '@')));
  range.values = fix.rows.map((r) =>
    Array.from({ length: width }, (_, j) => {
      const c = r[j];
      return !c ? '' : c.kind === 'date' ? isoToSerial(c.iso) : c.text;
    }),
  );
  applyStyle(ws.getRange(`A1:${a1(1, width)}`), `A1:${a1(1, width)}`, { bold: true });
  ws.freezePanes.freezeRows(1);
}
