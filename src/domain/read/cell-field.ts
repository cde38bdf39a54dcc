import { a1, isDateFormat, isoToDutch, serialToIso } from '../cells';
import type { Field } from '../schema/field';
import type { Scalar } from '../schema/snapshot';
import type { Grid } from './grid';

/** Where the cells of a table are read from. */
export interface CellSource {
  readonly grid: Grid;
  readonly date1904: boolean;
}

/**
 * One cell of a located table as a Field, made when a rule or document asks
 * for it. It works out its address, text and date only when those are read:
 * a programme of 100,000 rows has over a million cells, most rules read a few
 * of each row, and only a finding needs an address.
 *
 * A blank Speerpunt or Subspeerpunt cell under a merged one reads the text of
 * the cell it inherits from (`from`, a row in the same column) and keeps its
 * own address and value: a fix still checks the cell it writes.
 */
export class CellField implements Field {
  #text?: string;
  #cell?: string;

  constructor(
    private readonly source: CellSource,
    private readonly r: number,
    private readonly c: number,
    readonly column: string,
    private readonly from?: number,
  ) {}

  get sheet(): string {
    return this.source.grid.sheet.name;
  }

  /** Read by the finding and again by its fix. */
  get cell(): string {
    return (this.#cell ??= a1(this.r, this.c));
  }

  get value(): Scalar {
    return this.source.grid.value(this.r, this.c);
  }

  get inheritedFrom(): string | undefined {
    return this.from === undefined ? undefined : a1(this.from, this.c);
  }

  get error(): string | undefined {
    const r = this.from ?? this.r;
    return this.source.grid.isErrorAt(r, this.c) ? String(this.source.grid.value(r, this.c)) : undefined;
  }

  get iso(): string | undefined {
    return cellIso(this.source, this.from ?? this.r, this.c);
  }

  /** The text as the user reads it: trimmed, dates as d-m-yyyy, "" for an error. */
  get text(): string {
    return (this.#text ??= cellText(this.source, this.from ?? this.r, this.c));
  }
}

/** The ISO date of a cell that holds an Excel date, as the cell shows it. */
export function cellIso(source: CellSource, r: number, c: number): string | undefined {
  const value = source.grid.value(r, c);
  if (typeof value !== 'number' || source.grid.isErrorAt(r, c) || !isDateFormat(source.grid.format(r, c))) return undefined;
  return serialToIso(value, source.date1904);
}

/** A cell's text as the user reads it: trimmed, dates as d-m-yyyy, "" for an error. */
export function cellText(source: CellSource, r: number, c: number): string {
  const value = source.grid.value(r, c);
  if (source.grid.isErrorAt(r, c)) return '';
  if (typeof value === 'string') return trimmed(value);
  if (typeof value === 'number') {
    const iso = cellIso(source, r, c);
    return iso ? isoToDutch(iso) : numberText(value);
  }
  return value ? 'WAAR' : 'ONWAAR';
}

/** s.trim(), without making a new string when there is nothing to trim. */
function trimmed(s: string): string {
  // Stryker disable next-line ConditionalExpression: trimming where nothing needs it gives the same text, only a new string
  return s && !isSpace(s.charCodeAt(0)) && !isSpace(s.charCodeAt(s.length - 1)) ? s : s.trim();
}

/** What String.prototype.trim strips: ECMAScript's WhiteSpace and LineTerminator. */
function isSpace(c: number): boolean {
  // A character taken for a space here only sends its text to trim(), which knows better: mutants that take more are equivalent.
  return (
    // Stryker disable next-line ConditionalExpression: see above
    c <= 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    // Stryker disable next-line ConditionalExpression,LogicalOperator: see above
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    // Stryker disable next-line EqualityOperator: see above
    c === 0xfeff
  );
}

// 1.1 stays "1.1"; float noise like 2.3000000000000003 does not reach the user.
function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}
