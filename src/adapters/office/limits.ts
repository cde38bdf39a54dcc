/**
 * Excel on the web refuses a request or response over 5 MB, counted in bytes
 * of the JSON it carries ("Resource limits and performance optimization for
 * Office Add-ins", learn.microsoft.com). Blocks aim well under it.
 */
export const REFUSED_AT = 5 * 1024 * 1024;
export const BLOCK_BYTES = 4 * 1024 * 1024;
/** A first guess of a cell's bytes in a response (value, number format, value type), before one is measured. */
export const GUESS_BYTES_PER_CELL = 40;
/** A used range larger than this is not read whole: its content is found first (a stray far cell makes a huge used range). */
export const LARGE_RANGE_CELLS = 1_000_000;

const encoder = new TextEncoder();

/** Bytes a value costs on the wire: its JSON, in UTF-8, as Office.js sends it. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

const SIZE_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit', 'OperationCellsExceedLimit']);

/** Excel refused the request for its size (or a range for its cell count): read in smaller pieces. */
export function refusedForSize(e: unknown): boolean {
  return SIZE_CODES.has(String((e as { code?: string })?.code));
}
