import type { XlsxWorkbook } from '../adapters/file';
import { toJson } from '../domain/overzicht/model';
import { RULES, RULE_IDS, type RuleId } from '../domain/rules/index';
import { ErnstSchema, findingJson, type Ernst, type Finding, type ValidationJson } from '../domain/schema/finding';
import { t } from '../domain/teksten/index';
import { weigeringDocument } from '../domain/usecases/genereer';
import { agendaJson } from '../domain/agenda/model';
import type { GeneratedKind } from '../domain/contract';
import type { GenereerOpties } from '../domain/usecases/genereer';
import {
  agendaMaken,
  herstelAlleZekere,
  overzichtMaken,
  valideer,
  voortgangMaken,
  zekereFixes,
  type GenereerUitkomst,
} from '../domain/usecases/index';
import { voortgangJson } from '../domain/voortgang/model';
import { agendaSummary, amount, describeLine, formatFindings, overzichtSummary, refusalLine, summaryLine, voortgangSummary } from './format';
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

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

function parseDate(option: string, value: string): string {
  if (!isDate(value)) throw new UsageError(t('nl', 'cli.fout.datum', { optie: option, waarde: value }));
  return value;
}

function parseToday(value: string | undefined, io: Io): string {
  return value === undefined ? io.today() : parseDate('--vandaag', value);
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

/**
 * A generated sheet into a copy: the original is never written. The copy is
 * the user's to inspect, so a sheet made by hand is replaced there without
 * asking (and the output says so).
 */
async function documentCommand<M>(
  file: string | undefined,
  opts: Common & { uit?: string },
  io: Io,
  doc: {
    soort: GeneratedKind;
    maak: (port: XlsxWorkbook, opties: GenereerOpties) => Promise<GenereerUitkomst<M>>;
    json: (model: M) => unknown;
    samenvatting: (out: string, model: M) => string[];
  },
): Promise<number> {
  const today = parseToday(opts.vandaag, io);
  const { port, out } = await openForCopy(file, opts.uit, doc.soort);
  const before = await valideer(port, { today });
  const made = await doc.maak(port, { today, validatie: before, overschrijven: true });
  if (made.soort === 'geweigerd') throw refused(made);
  if (made.soort !== 'klaar') throw new Error(made.soort);
  await writeAtomically(out, await port.save());
  const errors = before.result.summary.errors;
  if (opts.json) io.out(`${JSON.stringify(doc.json(made.model), null, 2)}\n`);
  else {
    const existing = before.result.werkboek.generated[doc.soort];
    const lines =
      existing?.blocks.length && !before.snapshot.vingerafdrukken[doc.soort] ? [t('nl', 'cli.handmatigVervangen', { blad: existing.name })] : [];
    lines.push(...doc.samenvatting(out, made.model));
    if (errors) lines.push(t('nl', 'cli.letOp', { fouten: amount(errors, 'cli.fout', 'cli.fouten') }));
    io.out(`${lines.join('\n')}\n`);
  }
  return exitFor(errors);
}

export function overzichtCommand(file: string | undefined, opts: Common & { uit?: string }, io: Io): Promise<number> {
  return documentCommand(file, opts, io, { soort: 'overzicht', maak: overzichtMaken, json: toJson, samenvatting: overzichtSummary });
}

export function agendaCommand(file: string | undefined, opts: Common & { uit?: string; vergadering?: string }, io: Io): Promise<number> {
  const vergadering = opts.vergadering === undefined ? undefined : parseDate('--vergadering', opts.vergadering);
  return documentCommand(file, opts, io, {
    soort: 'agenda',
    maak: (port, opties) => agendaMaken(port, { ...opties, ...(vergadering && { vergadering }) }),
    json: agendaJson,
    samenvatting: agendaSummary,
  });
}

export function voortgangCommand(file: string | undefined, opts: Common & { uit?: string; peildatum?: string }, io: Io): Promise<number> {
  const p = opts.peildatum;
  if (p !== undefined && p !== 'halfjaar' && p !== 'eind' && !isDate(p)) throw new UsageError(t('nl', 'cli.fout.peildatum', { waarde: p }));
  return documentCommand(file, opts, io, {
    soort: 'voortgang',
    maak: (port, opties) => voortgangMaken(port, { ...opties, ...(p && { peildatum: p }) }),
    json: voortgangJson,
    samenvatting: voortgangSummary,
  });
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
