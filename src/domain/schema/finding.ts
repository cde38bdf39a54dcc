import { z } from 'zod';
import { ScalarSchema } from './snapshot';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
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

const CellInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('date'), iso: z.iso.date() }),
]);
export type CellInput = z.infer<typeof CellInputSchema>;

/**
 * A typed edit a finding offers, with what validation saw in its cells: the fix
 * planner refuses it when a cell no longer holds that value.
 */
export const FixSchema = z.discriminatedUnion('type', [
  /** Replace one piece of text inside one cell (keeps the rest of the cell). */
  z.object({
    type: z.literal('replaceText'),
    sheet: z.string(),
    cell: z.string(),
    expect: ScalarSchema,
    find: z.string().min(1),
    replace: z.string(),
  }),
  /** Put a date into one cell that holds an Excel date. */
  z.object({ type: z.literal('setDate'), sheet: z.string(), cell: z.string(), expect: ScalarSchema, iso: z.iso.date() }),
  /** Fill empty cells from startCell down and to the right, made from the source cells as validation saw them. */
  z.object({
    type: z.literal('fillEmpty'),
    sheet: z.string(),
    startCell: z.string(),
    rows: z.array(z.array(CellInputSchema)),
    sources: z.array(z.object({ cell: z.string(), expect: ScalarSchema })),
  }),
  /** Add a missing reference table on a new sheet. */
  z.object({ type: z.literal('addSheet'), sheet: z.string(), rows: z.array(z.array(CellInputSchema)) }),
]);
export type Fix = z.infer<typeof FixSchema>;

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

export const SummarySchema = z.object({
  errors: z.number().int(),
  warnings: z.number().int(),
  info: z.number().int(),
});
export type Summary = z.infer<typeof SummarySchema>;

const FindingJsonSchema = z.strictObject({
  rule: z.string(),
  severity: SeveritySchema,
  sheet: z.string(),
  cell: z.string(),
  column: z.string(),
  message: z.string(),
  suggestion: z.string().optional(),
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
