/**
 * What the pane shows, worked out from the core's outcomes without React:
 * findings grouped by sheet and severity, what a fix does in words, counts.
 */
import { parseA1 } from '../domain/cells';
import type { Beschrijving } from '../domain/fixes/describe';
import type { Finding, Severity, Summary } from '../domain/schema/finding';
import { t, type VasteTekst } from '../domain/teksten/index';
import type { Locale } from '../domain/teksten/text';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_WORD: Record<Severity, VasteTekst> = { error: 'pane.fout', warning: 'pane.waarschuwing', info: 'pane.melding' };
const COUNT_WORDS: Record<Severity, [VasteTekst, VasteTekst]> = {
  error: ['pane.fouten1', 'pane.foutenN'],
  warning: ['pane.waarschuwingen1', 'pane.waarschuwingenN'],
  info: ['pane.meldingen1', 'pane.meldingenN'],
};

/** "1 fout", "3 fouten": Dutch (and English) plural. */
export function count(locale: Locale, severity: Severity, n: number): string {
  const [one, many] = COUNT_WORDS[severity];
  return `${n} ${t(locale, n === 1 ? one : many)}`;
}

export function amount(locale: Locale, n: number, one: VasteTekst, many: VasteTekst): string {
  return `${n} ${t(locale, n === 1 ? one : many)}`;
}

const SUMMARY_KEY: Record<Severity, keyof Summary> = { error: 'errors', warning: 'warnings', info: 'info' };
export const countOf = (s: Summary, severity: Severity) => s[SUMMARY_KEY[severity]];

function findingKey(f: Finding): string {
  return `${f.rule}|${f.sheet}!${f.cell}|${f.message}`;
}

/** A finding fixed in this session: it keeps its place in the list, so nothing moves under the pointer. */
export interface Resolved {
  finding: Finding;
  wat: Beschrijving;
}

type Item = { kind: 'finding'; finding: Finding } | ({ kind: 'resolved' } & Resolved);

export interface SheetGroup {
  sheet: string;
  bySeverity: Array<{ severity: Severity; items: Item[] }>;
}

/** Findings by sheet (workbook order), then by severity, each in cell order; fixed ones where they stood. */
export function groupFindings(findings: readonly Finding[], resolved: readonly Resolved[], show: Record<Severity, boolean>): SheetGroup[] {
  const live = new Set(findings.map(findingKey));
  const items: Item[] = [
    ...findings.map((finding): Item => ({ kind: 'finding', finding })),
    ...resolved.filter((r) => !live.has(findingKey(r.finding))).map((r): Item => ({ kind: 'resolved', ...r })),
  ];
  const sheets: string[] = [];
  for (const f of findings) if (!sheets.includes(f.sheet)) sheets.push(f.sheet);
  for (const r of resolved) if (!sheets.includes(r.finding.sheet)) sheets.push(r.finding.sheet);
  return sheets
    .map((sheet) => ({
      sheet,
      bySeverity: SEVERITIES.filter((s) => show[s])
        .map((severity) => ({
          severity,
          items: items.filter((i) => itemFinding(i).sheet === sheet && itemFinding(i).severity === severity).sort(byCell),
        }))
        .filter((g) => g.items.length),
    }))
    .filter((g) => g.bySeverity.length);
}

const itemFinding = (i: Item) => i.finding;

function byCell(a: Item, b: Item): number {
  const [p, q] = [parseA1(a.finding.cell), parseA1(b.finding.cell)];
  return p.row - q.row || p.col - q.col || a.finding.rule.localeCompare(b.finding.rule);
}

/** "D3: Hatterm 18 februari → Hattem 18 februari": what a fix writes, shown on or beside its button. */
export function fixText(locale: Locale, wat: Beschrijving): string {
  switch (wat.soort) {
    case 'cel':
      return t(locale, 'pane.voorNa', { cel: wat.cel, voor: wat.voor || t(locale, 'pane.leeg'), na: wat.na || t(locale, 'pane.leeg') });
    case 'kolommen':
      return t(locale, 'pane.splitsen', { bereik: wat.bereik, rijen: wat.rijen });
    case 'blad':
      return t(locale, 'pane.bladToevoegen', { blad: wat.sheet });
  }
}
