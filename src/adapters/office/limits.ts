/** Excel on the web refuses a request or response over 5 MB; blocks stay well under. */
export const BLOCK_BYTES = 4 * 1024 * 1024;
/** First guess of a cell's size in a response (value, number format, value type) before one is measured. */
export const FIRST_GUESS_BYTES_PER_CELL = 120;

/** Bytes a block of cells costs on the wire, as JSON, the way Office.js sends it. */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value).length;
}
