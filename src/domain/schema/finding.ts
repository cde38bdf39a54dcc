import { z } from 'zod';

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

export const CellInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('date'), iso: z.iso.date() }),
]);
export type CellInput = z.infer<typeof CellInputSchema>;

/** A typed edit a finding offers; the pane and the file adapter apply it. */
export const FixSchema = z.discriminatedUnion('type', [
  /** Replace one piece of text inside one cell (keeps the rest of the cell). */
  z.object({
    type: z.literal('replaceText'),
    sheet: z.string(),
    cell: z.string(),
    find: z.string().min(1),
    replace: z.string(),
    label: z.string(),
  }),
  /** Put a date into one cell that already holds an Excel date. */
  z.object({
    type: z.literal('setDate'),
    sheet: z.string(),
    cell: z.string(),
    iso: z.iso.date(),
    label: z.string(),
  }),
  /** Fill empty cells from startCell down and to the right; refuses to overwrite. */
  z.object({
    type: z.literal('fillEmpty'),
    sheet: z.string(),
    startCell: z.string(),
    rows: z.array(z.array(CellInputSchema)),
    label: z.string(),
  }),
  /** Add a missing reference table on a new sheet. */
  z.object({
    type: z.literal('addSheet'),
    sheet: z.string(),
    rows: z.array(z.array(CellInputSchema)),
    label: z.string(),
  }),
]);
export type Fix = z.infer<typeof FixSchema>;

/** Fixes that change exactly one cell can be applied in bulk without asking. */
export type SafeFix = Extract<Fix, { type: 'replaceText' | 'setDate' }>;

export function isSafeFix(fix: Fix): fix is SafeFix {
  return fix.type === 'replaceText' || fix.type === 'setDate';
}

export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  sheet: z.string(),
  cell: z.string(),
  column: z.string(),
  message: z.string(),
  suggestion: z.string().optional(),
  fix: FixSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const SummarySchema = z.object({
  errors: z.number().int(),
  warnings: z.number().int(),
  info: z.number().int(),
});
export type Summary = z.infer<typeof SummarySchema>;

/** The JSON `driehoek valideer --json` prints (regels.md). */
export const ValidationJsonSchema = z.strictObject({
  findings: z.array(FindingSchema.omit({ fix: true }).strict()),
  summary: SummarySchema,
});
export type ValidationJson = z.infer<typeof ValidationJsonSchema>;
