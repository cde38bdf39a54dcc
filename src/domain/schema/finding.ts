// zod/mini: the same schemas in a fraction of the bytes the pane loads.
import { z } from 'zod/mini';
import type { Scalar } from './snapshot';

const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** How a workbook (Instellingen) or a CLI call names a severity. */
export const ErnstSchema = z.enum(['uit', 'info', 'waarschuwing', 'fout']);
export type Ernst = z.infer<typeof ErnstSchema>;

export const ernstToSeverity: Record<Ernst, Severity | null> = {
  uit: null,
  info: 'info',
  waarschuwing: 'warning',
  fout: 'error',
};

/** What a fix writes into one cell: text as text (never a formula), or a date as an Excel date. */
export type CellInput = { kind: 'text'; text: string } | { kind: 'date'; iso: string };

/**
 * A typed edit a finding offers, with what validation saw in its cells: the fix
 * planner refuses it when a cell no longer holds that value.
 */
export type Fix =
  /** Replace one piece of text inside one cell (keeps the rest of the cell). */
  | { type: 'replaceText'; sheet: string; cell: string; expect: Scalar; find: string; replace: string }
  /** Put a date into one cell that holds an Excel date. */
  | { type: 'setDate'; sheet: string; cell: string; expect: Scalar; iso: string }
  /** Fill empty cells from startCell down and to the right, made from the source cells as validation saw them. */
  | { type: 'fillEmpty'; sheet: string; startCell: string; rows: CellInput[][]; sources: Array<{ cell: string; expect: Scalar }> }
  /** Add a missing reference table on a new sheet. */
  | { type: 'addSheet'; sheet: string; rows: CellInput[][] };

declare const CERTAIN: unique symbol;
/**
 * A fix that cannot change what a row means, as ESLint's `fix`: only the engine
 * makes one, for a rule whose meta says `fixable`. Bulk fixing takes these
 * only; a suggestion's fix is a plain `Fix` and does not fit.
 */
export type ZekereFix = Fix & { readonly [CERTAIN]: true };

/** A guess (a nearest name or date), as ESLint's `suggest`: applied only by a click on its own finding. */
export interface Voorstel {
  /** The value it would write, as the user reads it ("Hattem", "11-2-2021"). */
  label: string;
  fix: Fix;
}

export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  column: string;
  message: string;
  /** The first suggestion's value, for the command line's JSON. */
  suggestion?: string;
  fix?: ZekereFix;
  voorstellen?: Voorstel[];
}

const SummarySchema = z.object({
  errors: z.int(),
  warnings: z.int(),
  info: z.int(),
});
export type Summary = z.infer<typeof SummarySchema>;

const FindingJsonSchema = z.strictObject({
  rule: z.string(),
  severity: SeveritySchema,
  sheet: z.string(),
  cell: z.string(),
  column: z.string(),
  message: z.string(),
  suggestion: z.optional(z.string()),
});

/** The JSON `driehoek valideer --json` prints (regels.md). */
export const ValidationJsonSchema = z.strictObject({
  findings: z.array(FindingJsonSchema),
  summary: SummarySchema,
});
export type ValidationJson = z.infer<typeof ValidationJsonSchema>;

export function findingJson(f: Finding): z.infer<typeof FindingJsonSchema> {
  const { rule, severity, sheet, cell, column, message, suggestion } = f;
  return { rule, severity, sheet, cell, column, message, ...(suggestion !== undefined && { suggestion }) };
}
