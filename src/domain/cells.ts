/** A1 addresses and Excel serial dates: small, pure and exact. */

const LETTERS: string[] = [];

export function columnLetter(col: number): string {
  return (LETTERS[col] ??= letters(col));
}

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return columnLetter(col) + row;
}

export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Geen celadres: ${address}`);
  return { col: columnNumber(m[1]!), row: Number(m[2]) };
}

export function parseRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const bare = range.includes('!') ? range.slice(range.lastIndexOf('!') + 1) : range;
  const [from, to = from] = bare.split(':');
  const a = parseA1(from!);
  const b = parseA1(to!);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

const MS_PER_DAY = 86_400_000;
// Serial 0 of the 1900 system is 1899-12-30 (Excel's leap-year bug folded in);
// the 1904 system counts from 1904-01-01. UTC arithmetic: a serial has no time zone.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export function serialToIso(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + Math.floor(serial) * MS_PER_DAY;
  return new Date(ms).toISOString().slice(0, 10);
}

export function isoToSerial(iso: string, date1904 = false): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
}

/** True when an Excel number format shows a date (d, m, y outside quotes and brackets). */
export function isDateFormat(format: string): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut for the common case; '' and 'General' hold no d, m or y, so the test below says false too
  if (!format || format === 'General') return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  // "m" alone is a month ("mmmm"), but beside h or s it counts minutes ("h:mm").
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}

/** "2021-02-11" → "11-2-2021", the way the seed writes dates. */
export function isoToDutch(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}-${m}-${y}`;
}

/** "2021-01-28" → "28-1", the WIV date in the overview's header. */
export function isoToDayMonth(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  return `${d}-${m}`;
}

/**
 * The width of a block of rows. A loop, not Math.max(...rows): spreading
 * 100,000 rows into arguments overflows the call stack.
 */
export function gridWidth(rows: ReadonlyArray<{ length: number }>, min = 0): number {
  let width = min;
  // Stryker disable next-line EqualityOperator: taking an equal length again changes nothing
  for (const r of rows) if (r.length > width) width = r.length;
  return width;
}
