import type { XlsxWorkbook } from '../adapters/file';
import { toJson } from '../domain/overzicht/model';
import { RULES, RULE_IDS, type RuleId } from '../domain/rules/index';
import { ErnstSchema, findingJson, type Ernst, type Finding, type ValidationJson } from '../domain/schema/finding';
import { t } from '../domain/teksten/index';
import { weigeringDocument } from '../domain/usecases/genereer';
import { herstelAlleZekere, overzichtMaken, valideer, zekereFixes, type GenereerUitkomst } from '../domain/usecases/index';
import { describeLine, formatFindings, overzichtSummary, refusalLine, summaryLine } from './format';
import { refuseAlias, writeAtomically } from './output';
import { UsageError } from './usage-error';
import { openWorkbook, outputPath, SAMPLE } from './workbook';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Today as ISO date; the clock lives here, at the edge. */
  today(): string;
}

interface Common {
  json?: boolean;
  vandaag?: string;
}

const exitFor = (errors: number) => (errors > 0 ? 1 : 0);

function parseToday(value: string | undefined, io: Io): string {
  if (value === undefined) return io.today();
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw new UsageError(t('nl', 'cli.fout.vandaag', { waarde: value }));
  return value;
}

function parseErnst(pairs: string[]): Partial<Record<RuleId, Ernst>> {
  const out: Partial<Record<RuleId, Ernst>> = {};
  for (const pair of pairs) {
    const [id = '', level = ''] = pair.split('=');
    if (!(RULE_IDS as readonly string[]).includes(id))
      throw new UsageError(t('nl', 'cli.fout.ernstRegel', { regel: id, regels: RULE_IDS.join(', ') }));
    const ernst = ErnstSchema.safeParse(level.toLowerCase());
    if (!ernst.success) throw new UsageError(t('nl', 'cli.fout.ernstWaarde', { regel: id, waarde: level }));
    out[id as RuleId] = ernst.data;
  }
  return out;
}

export async function valideerCommand(file: string | undefined, opts: Common & { ernst?: string[] }, io: Io): Promise<number> {
  const today = parseToday(opts.vandaag, io);
  const ernst = parseErnst(opts.ernst ?? []);
  const { snapshot, result } = await valideer(await openWorkbook(file), { today, ernst });
  if (opts.json) {
    const json: ValidationJson = { findings: result.findings.map(findingJson), summary: result.summary };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else io.out(formatFindings(snapshot.name, result.findings, result.summary));
  return exitFor(result.summary.errors);
}

/** Opens the workbook and checks where its copy may go: never onto the input, and a macro workbook stays .xlsm. */
async function openForCopy(file: string | undefined, uit: string | undefined, soort: string): Promise<{ port: XlsxWorkbook; out: string }> {
  const port = await openWorkbook(file);
  const macro = await port.macroEnabled();
  const out = outputPath(file, uit, soort, macro);
  await refuseAlias(file ?? SAMPLE, out);
  if (macro && !/\.xlsm$/i.test(out)) throw new UsageError(t('nl', 'cli.fout.macroNaam', { bestand: port.name }));
  return { port, out };
}

/** A refusal of a generated sheet as the one sentence the user reads (exit 2). */
function refused(u: Extract<GenereerUitkomst<unknown>, { soort: 'geweigerd' }>): UsageError {
  return new UsageError(weigeringDocument('nl', u));
}

export async function overzichtCommand(file: string | undefined, opts: Common & { uit?: string }, io: Io): Promise<number> {
  const today = parseToday(opts.vandaag, io);
  const { port, out } = await openForCopy(file, opts.uit, 'overzicht');
  const before = await valideer(port, { today });
  // The copy is the user's to inspect: a hand-made overview is replaced there, never in the original.
  const made = await overzichtMaken(port, { today, validatie: before, overschrijven: true });
  if (made.soort === 'geweigerd') throw refused(made);
  if (made.soort !== 'klaar') throw new Error(made.soort);
  await writeAtomically(out, await port.save());
  const errors = before.result.summary.errors;
  if (opts.json) io.out(`${JSON.stringify(toJson(made.model), null, 2)}\n`);
  else {
    const existing = before.result.werkboek.generated.overzicht;
    if (existing?.blocks.length && !before.snapshot.vingerafdrukken.overzicht)
      io.out(`${t('nl', 'cli.handmatigVervangen', { blad: existing.name })}\n`);
    io.out(overzichtSummary(out, made.model, errors));
  }
  return exitFor(errors);
}

export async function herstelCommand(file: string | undefined, opts: Common & { uit?: string }, io: Io): Promise<number> {
  const today = parseToday(opts.vandaag, io);
  const { port, out } = await openForCopy(file, opts.uit, 'hersteld');
  const before = await valideer(port, { today });
  const fixes = zekereFixes(before.result.findings);
  if (!fixes.length) {
    if (opts.json) io.out(`${JSON.stringify({ toegepast: [], geweigerd: [] }, null, 2)}\n`);
    else io.out(`${t('nl', 'cli.nietsTeHerstellen')}\n`);
    return exitFor(before.result.summary.errors);
  }
  const ruleOf = new Map<unknown, Finding>(before.result.findings.map((f) => [f.fix, f]));
  const done = await herstelAlleZekere(port, before, fixes, { today });
  if (done.plan.toegepast.length) await writeAtomically(out, await port.save());
  const { toegepast, geweigerd } = done.plan;
  if (opts.json) {
    const json = {
      toegepast: toegepast.map(({ fix, wat }) => ({
        rule: ruleOf.get(fix)!.rule,
        sheet: wat.sheet,
        cell: wat.soort === 'cel' ? wat.cel : wat.soort === 'kolommen' ? wat.bereik : 'A1',
        voor: wat.soort === 'cel' ? wat.voor : '',
        na: wat.soort === 'cel' ? wat.na : describeLine(wat),
      })),
      geweigerd: geweigerd.map((g) => ({
        rule: ruleOf.get(g.fix)!.rule,
        sheet: g.cel.split('!')[0],
        cell: g.cel.split('!')[1],
        reden: refusalLine(g.cel, g.reden),
      })),
    };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const lines = [
      ...toegepast.map((a) => describeLine(a.wat)),
      ...geweigerd.map((g) => refusalLine(g.cel, g.reden)),
      t('nl', 'cli.hersteldTelling', { toegepast: toegepast.length, geweigerd: geweigerd.length }),
      ...(toegepast.length ? [t('nl', 'cli.geschreven', { wat: port.name, uit: out })] : []),
      summaryLine(done.na.result.summary),
    ];
    io.out(`${lines.join('\n')}\n`);
  }
  return exitFor(done.na.result.summary.errors);
}

const SEVERITY_NL = { error: 'fout', warning: 'waarschuwing', info: 'melding' } as const;

export function regelsCommand(opts: { json?: boolean }, io: Io): number {
  const rules = RULES.map((r) => ({
    id: r.meta.id,
    ernst: SEVERITY_NL[r.meta.severity],
    titel: r.meta.title.nl,
    beschrijving: r.meta.description.nl,
    voorbeeld: r.meta.example.nl,
    herstel: 'fixable' in r.meta && r.meta.fixable ? 'zeker' : 'hasSuggestions' in r.meta && r.meta.hasSuggestions ? 'voorstel' : null,
  }));
  if (opts.json) {
    io.out(`${JSON.stringify(rules, null, 2)}\n`);
    return 0;
  }
  const blocks = rules.map((r) => {
    const kind = r.herstel === 'zeker' ? `, ${t('nl', 'cli.regelFix')}` : r.herstel === 'voorstel' ? `, ${t('nl', 'cli.regelVoorstel')}` : '';
    return [
      `${r.id} (${r.ernst}${kind})`,
      `  ${r.titel}`,
      `  ${r.beschrijving}`,
      `  ${t('nl', 'cli.regelVoorbeeld', { voorbeeld: r.voorbeeld })}`,
    ].join('\n');
  });
  io.out(`${blocks.join('\n\n')}\n`);
  return 0;
}
