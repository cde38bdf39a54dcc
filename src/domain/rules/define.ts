import type { Fix, Severity } from '../schema/finding';
import type { Field, TableKind } from '../schema/werkboek';
import type { SpeerpuntIndex } from '../read/speerpunt-index';
import type { Werkboek } from '../read/werkboek';

export type Locale = 'nl' | 'en';
export interface Text {
  nl: string;
  en: string;
}

/** The {placeholders} of a message template, as a union of names. */
type Params<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | Params<R> : never;
type DataFor<T extends Text> = Record<Params<T['nl']> | Params<T['en']>, string | number>;

export interface Where {
  sheet: string;
  cell: string;
  column: string;
}

export interface ReportOf<M extends Record<string, Text>, K extends keyof M & string> {
  messageId: K;
  data: DataFor<M[K]>;
  at: Where;
  suggestion?: string;
  fix?: Fix;
}

export interface RuleContext<M extends Record<string, Text>> {
  wb: Werkboek;
  /** ISO date; the engine never reads the clock. */
  today: string;
  speerpunten: SpeerpuntIndex;
  /** ISO dates of the Driehoek meetings, sorted. */
  meetings: string[];
  /** Every rule id of the catalogue. */
  ruleIds: readonly string[];
  /** Where a field of a table sits, with its column header as the user wrote it. */
  where(kind: TableKind, columnKey: string, field: Field): Where;
  report<K extends keyof M & string>(r: ReportOf<M, K>): void;
}

export interface RuleMeta<Id extends string, M extends Record<string, Text>> {
  id: Id;
  severity: Severity;
  title: Text;
  description: Text;
  messages: M;
}

export interface Rule<Id extends string = string, M extends Record<string, Text> = Record<string, Text>> {
  meta: RuleMeta<Id, M>;
  check(ctx: RuleContext<M>): void;
}

/**
 * Declares a rule, ESLint-style. The const type parameters keep the message
 * ids and their {placeholders} as literal types, so reporting an unknown
 * message id or forgetting a placeholder does not compile.
 */
export function defineRule<const Id extends string, const M extends Record<string, Text>>(rule: Rule<Id, M>): Rule<Id, M> {
  return rule;
}

export function render(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(data[k] ?? `{${k}}`));
}
