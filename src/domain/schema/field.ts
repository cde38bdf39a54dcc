// zod/mini: the same schemas in a fraction of the bytes the pane loads.
import { z } from 'zod/mini';
import { ScalarSchema } from './snapshot';

/** Where a finding points: a sheet, a cell and the column header as the user wrote it. */
const WhereSchema = z.object({
  sheet: z.string(),
  /** A1 address. */
  cell: z.string(),
  /** The column's header as written ("" where a finding is about a whole table or sheet). */
  column: z.string(),
});
export type Where = z.infer<typeof WhereSchema>;

/** One cell of a table as the core sees it: where it is and what it says. A field is its own location. */
export const FieldSchema = z.extend(WhereSchema, {
  /** The cell's text, trimmed; "" when empty or holding an error (see `error`). Dates as the user would see them. */
  text: z.string(),
  /** The cell's value exactly as read ("" when empty): what a fix expects to find there still. */
  value: ScalarSchema,
  /** ISO date when the cell holds an Excel date. */
  iso: z.optional(z.string()),
  /** The Excel error value when the cell holds one. */
  error: z.optional(z.string()),
  /** A1 address of the cell above that this blank one inherits from. */
  inheritedFrom: z.optional(z.string()),
});
export type Field = z.infer<typeof FieldSchema>;
