import { parseA1 } from './cells';
import { SpeerpuntIndex } from './read/speerpunt-index';
import { readWerkboek, type Werkboek } from './read/werkboek';
import { render, type Locale, type Rule, type RuleContext, type Text, type Where } from './rules/define';
import { RULES, type RuleId } from './rules/index';
import { ernstToSeverity, type Ernst, type Finding, type Severity, type Summary } from './schema/finding';
import type { WorkbookSnapshot } from './schema/snapshot';
import type { Field, TableKind } from './schema/werkboek';

export interface ValidateOptions {
  /** ISO date that counts as today (for `achterstallig`). */
  today: string;
  locale?: Locale;
  /** Severity per rule from the caller; wins over the workbook's Instellingen. */
  ernst?: Partial<Record<RuleId, Ernst>>;
  /** Extra rules that need more than the workbook (the overview comparison). */
  extraRules?: readonly Rule[];
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

export function runRules(wb: Werkboek, options: ValidateOptions): { findings: Finding[]; summary: Summary } {
  const locale = options.locale ?? 'nl';
  const rules: readonly Rule[] = [...RULES, ...(options.extraRules ?? [])];
  const severities = resolveSeverities(wb, rules, options.ernst);
  const findings: Finding[] = [];
  const base = baseContext(
    wb,
    options.today,
    rules.map((r) => r.meta.id),
  );
  for (const rule of rules) {
    const severity = severities.get(rule.meta.id);
    if (!severity) continue;
    const ctx: RuleContext<Record<string, Text>> = {
      ...base,
      report(r) {
        const template = rule.meta.messages[r.messageId]!;
        findings.push({
          rule: rule.meta.id,
          severity,
          ...r.at,
          message: render(template[locale], r.data as Record<string, string | number>),
          ...(r.suggestion !== undefined && { suggestion: r.suggestion }),
          ...(r.fix && { fix: r.fix }),
        });
      },
    };
    rule.check(ctx);
  }
  sortFindings(findings, wb.sheetOrder);
  return { findings, summary: summarize(findings) };
}

function baseContext(wb: Werkboek, today: string, ruleIds: string[]): Omit<RuleContext<Record<string, Text>>, 'report'> {
  const meetings = [...new Set(wb.vergaderingen.flatMap((v) => (v.driehoekIso ? [v.driehoekIso] : [])))].sort();
  return {
    wb,
    today,
    meetings,
    ruleIds,
    speerpunten: new SpeerpuntIndex(wb.speerpunten),
    where(kind: TableKind, columnKey: string, field: Field): Where {
      const loc = wb.locations[kind]!;
      return { sheet: loc.sheet, cell: field.cell, column: loc.columns[columnKey]?.header ?? columnKey };
    },
  };
}

/** Default, then the workbook's Instellingen, then the caller: the last word wins. */
function resolveSeverities(wb: Werkboek, rules: readonly Rule[], cli: ValidateOptions['ernst']): Map<string, Severity | null> {
  const out = new Map<string, Severity | null>(rules.map((r) => [r.meta.id, r.meta.severity]));
  for (const i of wb.instellingen) {
    const id = i.regel.text.trim().toLowerCase();
    if (i.waarde && out.has(id)) out.set(id, ernstToSeverity[i.waarde]);
  }
  for (const [id, ernst] of Object.entries(cli ?? {})) if (ernst && out.has(id)) out.set(id, ernstToSeverity[ernst]);
  return out;
}

export function summarize(findings: readonly Finding[]): Summary {
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
  const keyed = findings.map((f, i) => ({ f, i, s: sheetRank(f.sheet), p: parseA1(f.cell) }));
  keyed.sort((a, b) => a.s - b.s || a.p.row - b.p.row || a.p.col - b.p.col || a.f.rule.localeCompare(b.f.rule) || a.i - b.i);
  keyed.forEach((k, i) => (findings[i] = k.f));
}
