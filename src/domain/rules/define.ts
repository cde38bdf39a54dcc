import type { Actie, Gepland, Werkboek } from '../read/werkboek';
import type { SpeerpuntIndex } from '../read/speerpunt-index';
import type { Where } from '../schema/field';
import type { Fix, Severity } from '../schema/finding';
import type { DataFor, Locale, Text } from '../teksten/text';

interface Suggest {
  /** The value the suggestion writes, as the user reads it ("Hattem", "11-2-2021"). */
  label: string;
  fix: Fix;
}

interface ReportOf<M extends Record<string, Text>, K extends keyof M & string> {
  messageId: K;
  data: DataFor<M[K]>;
  /** The field the finding is about (a field carries its own sheet, cell and column), or a place. */
  at: Where;
  /** A certain edit: only for a rule whose meta says `fixable`. */
  fix?: Fix;
  /** Guesses, each applied only by its own click: only for a rule whose meta says `hasSuggestions`. */
  suggest?: Suggest[];
}

export interface RuleContext<M extends Record<string, Text>> {
  wb: Werkboek;
  /** ISO date; the engine never reads the clock. */
  today: string;
  speerpunten: SpeerpuntIndex;
  /** Every rule id of the catalogue. */
  ruleIds: readonly string[];
  /** The language of the messages, for data that is itself a sentence. */
  locale: Locale;
  report<K extends keyof M & string>(r: ReportOf<M, K>): void;
}

interface RuleMeta<Id extends string, M extends Record<string, Text>> {
  id: Id;
  severity: Severity;
  /** The finding's label in the pane and the rule list. */
  title: Text;
  /** What the rule finds and why it matters: the pane's "Uitleg" and `driehoek regels`. */
  description: Text;
  /** A case the rule catches, as a user would write it. */
  example: Text;
  /** The rule offers certain fixes (ESLint's `fixable`). */
  fixable?: true;
  /** The rule offers suggestions (ESLint's `hasSuggestions`). */
  hasSuggestions?: true;
  messages: M;
}

/**
 * What a rule checks on each row, as ESLint's node visitors: the engine walks
 * the rows once and calls every rule's visitor on each, so a programme of
 * 100,000 rows is read once however many rules are on. The row is valid
 * during the call only (the engine moves one row object along the table): a
 * rule that remembers a row keeps its fields, which know their own cells.
 */
export interface Visitor {
  /** Each row of Acties. */
  actie?(a: Actie): void;
  /** Each row of Acties, then each of Onvoorzien: the checks both tables share. */
  gepland?(a: Gepland): void;
}

export interface Rule<Id extends string = string, M extends Record<string, Text> = Record<string, Text>> {
  meta: RuleMeta<Id, M>;
  /** Checks the workbook as a whole (reporting at once) and returns what it checks per row, if anything (ESLint's `create`). */
  create(ctx: RuleContext<M>): Visitor | void;
}

/**
 * Declares a rule, ESLint-style. The const type parameters keep the message
 * ids and their {placeholders} as literal types, so reporting an unknown
 * message id or forgetting a placeholder does not compile.
 */
export function defineRule<const Id extends string, const M extends Record<string, Text>>(rule: Rule<Id, M>): Rule<Id, M> {
  return rule;
}
