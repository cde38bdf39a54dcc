import { a1 } from '../../src/domain/cells';
import { validate } from '../../src/domain/engine';
import type { WorkbookSnapshot } from '../../src/domain/schema/snapshot';
import { t } from '../../src/domain/teksten/index';
import type { Locale } from '../../src/domain/teksten/text';
import { generatedSnapshot } from '../helpers/generate';

/** One step of the live scenario as the runner prints it. */
export interface Stap {
  stap: string;
  ok: boolean;
  detail: string;
}

export interface Omgeving {
  /** Excel.run, in Excel or on the fake. */
  run: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** The rendered pane's document. */
  doc: Document;
  locale: Locale;
  today: string;
  report: (s: Stap) => Promise<void> | void;
  /** How long to wait for the pane at most; Excel on a busy desktop can take two minutes. */
  wachtMs?: number;
}

const OVERZICHT = 'Driehoek-overzicht';
const VERWIJZING = 'Verwijzing';
const FORMULE = `='${OVERZICHT}'!B3`;
const ROWS = 200;

/**
 * What `npm run test:excel` does inside the real pane in desktop Excel:
 * Valideer on a generated workbook, one Herstel, and Overzicht maken twice
 * with a formula on another sheet that reads the overview and must still
 * read it afterwards. Every step is done by clicking the pane's own buttons.
 */
export async function runScenario(env: Omgeving): Promise<boolean> {
  const snapshot = generatedSnapshot(ROWS);
  const steps: Array<[string, () => Promise<string>]> = [
    ['werkboek', () => writeWorkbook(env, snapshot)],
    ['valideer', () => valideer(env, snapshot)],
    ['herstel', () => herstel(env)],
    ['overzicht-1', () => overzicht(env, true)],
    ['overzicht-2', () => overzicht(env, false)],
  ];
  for (const [stap, run] of steps) {
    try {
      await env.report({ stap, ok: true, detail: await run() });
    } catch (e) {
      await env.report({ stap, ok: false, detail: e instanceof Error ? e.message : String(e) });
      return false;
    }
  }
  return true;
}

/** The generated programme into the workbook Excel opened, one sheet per table, in one batch. */
function writeWorkbook(env: Omgeving, snapshot: WorkbookSnapshot): Promise<string> {
  return env.run(async (ctx) => {
    for (const sheet of snapshot.sheets) {
      const ws = ctx.workbook.worksheets.add(sheet.name);
      for (const b of sheet.blocks) {
        const range = ws.getRange(`${a1(b.top, b.left)}:${a1(b.top + b.values.length - 1, b.left + b.values[0]!.length - 1)}`);
        // Text as text: typed into a General cell, "18 februari" would become a date in Dutch Excel.
        range.numberFormat = b.values.map((row, i) => row.map((v, j) => (typeof v === 'string' && v !== '' ? '@' : b.numberFormats[i]![j]!)));
        range.values = b.values;
      }
    }
    await ctx.sync();
    return `${ROWS} acties op ${snapshot.sheets.length} bladen`;
  });
}

async function valideer(env: Omgeving, snapshot: WorkbookSnapshot): Promise<string> {
  await click(env, t(env.locale, 'pane.valideer'));
  await until(env, () => cards(env).length > 0 && idle(env), 'geen bevindingen na Valideer');
  const expected = validate(snapshot, { today: env.today }).findings.length;
  const shown = cards(env).length;
  if (shown !== expected) throw new Error(`${shown} bevindingen in het deelvenster, ${expected} verwacht van de kern op dezelfde cellen`);
  return `${shown} bevindingen, zoals de kern ze op dezelfde cellen vindt`;
}

/** The first suggestion in the list, chosen with its own click: the cell changes and the finding goes. */
async function herstel(env: Omgeving): Promise<string> {
  const kies = t(env.locale, 'pane.kies', { voorstel: '' });
  const card = cards(env).find((c) => button(c, kies));
  if (!card) throw new Error('geen bevinding met een voorstel');
  const where = card.dataset.cell!;
  const [sheet, cell] = where.split('!') as [string, string];
  const before = await cellValue(env, sheet, cell);
  button(card, kies)!.click();
  await until(
    env,
    () => Boolean(env.doc.querySelector(`[data-resolved="true"][data-cell="${where}"]`)) && idle(env),
    'de herstelactie kwam niet terug',
  );
  const after = await cellValue(env, sheet, cell);
  if (after === before) throw new Error(`${where} is niet veranderd (${String(before)})`);
  if (cards(env).some((c) => c.dataset.cell === where && c.dataset.rule === card.dataset.rule)) throw new Error(`${where} heeft de bevinding nog`);
  return `${where} (${card.dataset.rule}): ${String(before)} → ${String(after)}`;
}

/** Overzicht maken; the first time a formula on another sheet starts reading it, the second time it must still. */
async function overzicht(env: Omgeving, first: boolean): Promise<string> {
  await click(env, t(env.locale, 'pane.overzichtMaken'));
  await until(
    env,
    () => idle(env) && (Boolean(findButton(env.doc, t(env.locale, 'pane.vervangen'))) || noticeShown(env)),
    'geen uitkomst na Overzicht maken',
  );
  findButton(env.doc, t(env.locale, 'pane.vervangen'))?.click();
  await until(env, () => idle(env) && noticeShown(env), 'geen uitkomst na Vervangen');
  return env.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    const b3 = sheets.getItem(OVERZICHT).getRange('B3');
    b3.load('values');
    if (first) sheets.add(VERWIJZING).getRange('A1').formulas = [[FORMULE]];
    const ref = first ? undefined : sheets.getItem(VERWIJZING).getRange('A1');
    ref?.load('formulas, values');
    await ctx.sync();
    const extra = sheets.items
      .map((s) => s.name)
      .filter((n) => !['Acties', 'Vergaderingen', 'Speerpunten', 'Partijen', OVERZICHT, VERWIJZING].includes(n));
    if (extra.some((n) => /driehoek/i.test(n))) throw new Error(`tijdelijk blad achtergebleven: ${extra.join(', ')}`);
    if (!ref) return `${OVERZICHT}!B3 = ${String(b3.values[0]![0])}; ${VERWIJZING}!A1 leest het nu`;
    const [formula, value] = [ref.formulas[0]![0], ref.values[0]![0]];
    if (formula !== FORMULE || value !== b3.values[0]![0])
      throw new Error(`${VERWIJZING}!A1 is ${String(formula)} = ${String(value)}, verwacht ${FORMULE} = ${String(b3.values[0]![0])}`);
    return `${VERWIJZING}!A1 leest na het vervangen nog steeds ${OVERZICHT}!B3 (${String(value)})`;
  });
}

async function cellValue(env: Omgeving, sheet: string, cell: string): Promise<unknown> {
  return env.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).getRange(cell);
    r.load('values');
    await ctx.sync();
    return r.values[0]![0];
  });
}

const cards = (env: Omgeving) => [...env.doc.querySelectorAll<HTMLElement>('article[data-rule]:not([data-resolved])')];
const idle = (env: Omgeving) => !findButton(env.doc, t(env.locale, 'pane.valideer'))?.disabled;
const noticeShown = (env: Omgeving) => Boolean(env.doc.querySelector('[role="status"], [role="alert"]'));

function findButton(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
}

function button(root: ParentNode, prefix: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith(prefix));
}

async function click(env: Omgeving, text: string): Promise<void> {
  await until(env, () => Boolean(findButton(env.doc, text)) && idle(env), `geen knop "${text}"`);
  findButton(env.doc, text)!.click();
}

/** Waits for the pane, as a user would; Excel on a busy desktop can take its time. */
async function until(env: Omgeving, ok: () => boolean, why: string): Promise<void> {
  const end = Date.now() + (env.wachtMs ?? 120_000);
  while (!ok()) {
    if (Date.now() > end) throw new Error(why);
    await new Promise((r) => setTimeout(r, 100));
  }
}
