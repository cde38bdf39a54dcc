import { parseA1 } from './cells';
import { SpeerpuntIndex } from './read/speerpunt-index';
import { readWerkboek, type Werkboek } from './read/werkboek';
import type { Rule, RuleContext, Visitor } from './rules/define';
import { RULES, type RuleId } from './rules/index';
import { ernstToSeverity, type Ernst, type Finding, type Fix, type Severity, type Summary, type ZekereFix } from './schema/finding';
import type { WorkbookSnapshot } from './schema/snapshot';
import { render, type Locale, type Text } from './teksten/text';

export interface ValidateOptions {
  /** ISO date that counts as today (for `achterstallig`). */
  today: string;
  locale?: Locale;
  /** Severity per rule from the caller; wins over the workbook's Instellingen. */
  ernst?: Partial<Record<RuleId, Ernst>>;
}

export interface ValidationResult {
  werkboek: Werkboek;
  findings: Finding[];
  summary: Summary;
}

export function validate(snapshot: WorkbookSnapshot, options: ValidateOptions): ValidationResult {
  const werkboek = readWerkboek(snapshot, options.today);
  return { werkboek, ...runRules(werkboek, options) };
}

// Only here does a fix become certain: a rule's `fix` passes, a suggestion's never does.
const certain = (fix: Fix) => fix as ZekereFix;

function runRules(wb: Werkboek, options: ValidateOptions): { findings: Finding[]; summary: Summary } {
  const locale = options.locale ?? 'nl';
  const severities = resolveSeverities(wb, RULES, options.ernst);
  const findings: Finding[] = [];
  const visitors: Visitor[] = [];
  const run: Run = {
    wb,
    today: options.today,
    locale,
    ruleIds: RULES.map((r) => r.meta.id),
    speerpunten: new SpeerpuntIndex(wb.speerpunten),
    findings,
  };
  for (const rule of RULES as readonly Rule[]) {
    const severity = severities.get(rule.meta.id);
    if (!severity) continue;
    const visitor = rule.create(new Context(run, rule, severity));
    if (visitor) visitors.push(visitor);
  }
  visitRows(wb, visitors);
  sortFindings(findings, wb.sheetOrder);
  return { findings, summary: summarize(findings) };
}

/** What every rule of one run shares. */
interface Run extends Omit<RuleContext<Record<string, Text>>, 'report'> {
  findings: Finding[];
}

type Report = Parameters<RuleContext<Record<string, Text>>['report']>[0];

/**
 * One rule's context. A class, not an object literal made per rule and run:
 * every visitor then reads a context of one shape, and V8 keeps their
 * optimised code from one run to the next (a new shape each run undid it in
 * every rule at its first finding).
 */
class Context implements RuleContext<Record<string, Text>> {
  readonly wb: Werkboek;
  readonly today: string;
  readonly locale: Locale;
  readonly ruleIds: readonly string[];
  readonly speerpunten: SpeerpuntIndex;

  constructor(
    private readonly run: Run,
    private readonly rule: Rule,
    private readonly severity: Severity,
  ) {
    this.wb = run.wb;
    this.today = run.today;
    this.locale = run.locale;
    this.ruleIds = run.ruleIds;
    this.speerpunten = run.speerpunten;
  }

  report(r: Report): void {
    const { meta } = this.rule;
    // As ESLint does: a rule may only offer what its meta declares.
    if (r.fix && !meta.fixable) throw new Error(`${meta.id} gaf een herstelactie zonder fixable in zijn meta`);
    if (r.suggest?.length && !meta.hasSuggestions) throw new Error(`${meta.id} gaf voorstellen zonder hasSuggestions in zijn meta`);
    const at = r.at;
    const finding: Finding = {
      rule: meta.id,
      severity: this.severity,
      sheet: at.sheet,
      cell: at.cell,
      column: at.column,
      message: render(meta.messages[r.messageId]![this.locale], r.data as Record<string, string | number>),
    };
    // Set only where there is one, not spread in: thousands of findings then share one shape.
    const voorstellen = r.suggest?.map((s) => ({ label: s.label, fix: s.fix }));
    if (voorstellen?.length) {
      finding.suggestion = voorstellen[0]!.label;
      finding.voorstellen = voorstellen;
    }
    if (r.fix) finding.fix = certain(r.fix);
    this.run.findings.push(finding);
  }
}

/**
 * One pass over the rows for all rules; the findings are sorted after, so the
 * order of the calls does not show. A visitor is called as a function, as
 * ESLint calls its listeners: it does not use `this`.
 */
function visitRows(wb: Werkboek, visitors: readonly Visitor[]): void {
  const perActie = visitors.flatMap((v) => [v.actie, v.gepland]).filter((f) => f !== undefined);
  const perGepland = visitors.flatMap((v) => (v.gepland ? [v.gepland] : []));
  wb.forEachActie((a) => {
    for (const f of perActie) f(a);
  });
  for (const o of wb.onvoorzien) for (const f of perGepland) f(o);
}

/** Default, then the workbook's Instellingen, then the caller: the last word wins. */
function resolveSeverities(wb: Werkboek, rules: readonly Rule[], cli: ValidateOptions['ernst']): Map<string, Severity | null> {
  const out = new Map<string, Severity | null>(rules.map((r) => [r.meta.id, r.meta.severity]));
  for (const i of wb.instellingen) {
    const id = i.regel.text.toLowerCase(); // a field's text is trimmed
    if (i.waarde && out.has(id)) out.set(id, ernstToSeverity[i.waarde]);
  }
  for (const [id, ernst] of Object.entries(cli ?? {})) if (ernst && out.has(id)) out.set(id, ernstToSeverity[ernst]);
  return out;
}

function summarize(findings: readonly Finding[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, info: 0 };
  for (const f of findings) {
    if (f.severity === 'error') s.errors++;
    else if (f.severity === 'warning') s.warnings++;
    else s.info++;
  }
  return s;
}

/** Sheet order of the workbook (missing sheets last), then row, column, rule. */
function sortFindings(findings: Finding[], sheetOrder: readonly string[]): void {
  const sheetRank = (s: string) => {
    const i = sheetOrder.indexOf(s);
    return i < 0 ? sheetOrder.length : i;
  };
  const keyed = findings.map((f) => ({ f, s: sheetRank(f.sheet), p: parseA1(f.cell) }));
  // Array.prototype.sort is stable (ES2019): findings of one rule in one cell keep the order the rule reported them in.
  keyed.sort((a, b) => a.s - b.s || a.p.row - b.p.row || a.p.col - b.p.col || a.f.rule.localeCompare(b.f.rule));
  keyed.forEach((k, i) => (findings[i] = k.f));
}
