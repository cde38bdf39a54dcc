// One function's own module: the date-fns index loads every function (tens of ms at each command line start).
import { isExists } from 'date-fns/isExists';

/** One date found in a cell's text, with its place so a fix can replace it. */
export interface DatumMatch {
  iso: string;
  text: string;
  start: number;
  end: number;
  /** How it was written, so a replacement is written the same way. */
  style: 'maand' | 'numeriek' | 'iso';
  hasYear: boolean;
}

export interface DatumScan {
  datums: DatumMatch[];
  doorlopend: boolean;
  /** The text with every recognised date and "doorlopend" blanked out (same length). */
  rest: string;
}

export interface DatumParse {
  datums: DatumMatch[];
  doorlopend: boolean;
  /** Pieces that look like a moment but are no date ("eind 2021/ begin 2022"). */
  onleesbaar: string[];
  /** Dates that do not exist ("29 februari 2021"). */
  ongeldig: string[];
}

const MAANDEN: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  febr: 2,
  maart: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
export const MAAND_NAMEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

const MONTH_ALT = Object.keys(MAANDEN)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NOT_WORD_BEFORE = '(?<![\\p{L}\\d.\\-/])';
const NOT_WORD_AFTER = '(?![\\p{L}\\d])';

const ISO_RE = new RegExp(`${NOT_WORD_BEFORE}(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d\\-/])`, 'gu');
const DMY_RE = new RegExp(`${NOT_WORD_BEFORE}(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d\\-/.]\\d)`, 'gu');
const MONTH_RE = new RegExp(
  `${NOT_WORD_BEFORE}(\\d{1,2})((?:\\s*(?:,|en|&)\\s*\\d{1,2})*)\\s*(${MONTH_ALT})\\.?(?:\\s+(\\d{4}))?${NOT_WORD_AFTER}`,
  'giu',
);
const DM_RE = new RegExp(`${NOT_WORD_BEFORE}(\\d{1,2})[-/](\\d{1,2})(?![\\d\\-/.]|\\.\\d)`, 'gu');
const DOORLOPEND_RE = /(?<![\p{L}])(doorlopend|continue?(?:\s+proces)?|permanent|(?:gedurende\s+)?het\s+hele\s+jaar|jaarrond)(?![\p{L}])/giu;

/** Finds every date and "doorlopend" in a text; the year defaults to the programme year. */
export function scanDatums(text: string, jaar: number): DatumScan {
  const found: DatumMatch[] = [];
  let rest = text;
  const take = (start: number, end: number) => {
    rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  };
  for (const m of rest.matchAll(ISO_RE)) {
    pushDate(found, m, Number(m[1]), Number(m[2]), Number(m[3]), 'iso', true);
    take(m.index, m.index + m[0].length);
  }
  for (const m of rest.matchAll(DMY_RE)) {
    pushDate(found, m, fullYear(m[4]!), Number(m[3]), Number(m[1]), 'numeriek', true);
    take(m.index, m.index + m[0].length);
  }
  for (const m of rest.matchAll(MONTH_RE)) {
    const month = MAANDEN[m[3]!.toLowerCase()]!;
    const year = m[4] ? Number(m[4]) : jaar;
    const days = [m[1]!, ...m[2]!.split(/\s*(?:,|en|&)\s*/).filter(Boolean)];
    // "11 en 25 november": each day is its own date; only the last carries the month.
    for (const day of days) pushDate(found, m, year, month, Number(day), 'maand', Boolean(m[4]), days.length > 1 ? day : undefined);
    take(m.index, m.index + m[0].length);
  }
  for (const m of rest.matchAll(DM_RE)) {
    pushDate(found, m, jaar, Number(m[2]), Number(m[1]), 'numeriek', false);
    take(m.index, m.index + m[0].length);
  }
  let doorlopend = false;
  for (const m of rest.matchAll(DOORLOPEND_RE)) {
    doorlopend = true;
    take(m.index, m.index + m[0].length);
  }
  found.sort((a, b) => a.start - b.start || a.iso.localeCompare(b.iso));
  return { datums: found, doorlopend, rest };
}

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function pushDate(
  out: DatumMatch[],
  m: RegExpMatchArray,
  year: number,
  month: number,
  day: number,
  style: DatumMatch['style'],
  hasYear: boolean,
  onlyDay?: string,
): void {
  const iso = isExists(year, month - 1, day) ? toIso(year, month, day) : '';
  const start = m.index!;
  if (onlyDay !== undefined) {
    // Point a shared-month date at its own day number, so a fix replaces just that.
    const at = m[0].search(new RegExp(`(?<!\\d)${onlyDay}(?!\\d)`));
    out.push({ iso, text: onlyDay, start: start + at, end: start + at + onlyDay.length, style, hasYear });
    return;
  }
  out.push({ iso, text: m[0], start, end: start + m[0].length, style, hasYear });
}

function toIso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const FILLER_RE = /(?<![\p{L}])(en|of|tot|t\/m|op|uiterlijk|voor)(?![\p{L}])|[\s,;&/+().:-]+/giu;

/** A Driehoek cell on its own: dates, "doorlopend", and whatever is left is unreadable. */
export function parseDatumCell(text: string, jaar: number): DatumParse {
  const scan = scanDatums(text, jaar);
  // Stryker disable next-line StringLiteral: fillers and marks replaced by nothing leave nothing just as well
  const left = scan.rest.replace(FILLER_RE, ' ').trim();
  // The cell's text comes trimmed.
  return finish(scan, left ? [text] : []);
}

export function finish(scan: DatumScan, onleesbaar: string[]): DatumParse {
  return {
    datums: scan.datums.filter((d) => d.iso),
    doorlopend: scan.doorlopend,
    onleesbaar,
    ongeldig: scan.datums.filter((d) => !d.iso).map((d) => d.text),
  };
}

const VAGUE_WORDS =
  'eind|einde|begin|medio|half|halverwege|voorjaar|najaar|zomer|zomervakantie|winter|herfst|lente|kwartaal|q[1-4]|week|wk|maand|tbd|nnb|n\\.t\\.b\\.|zsm|z\\.s\\.m\\.|asap|later';
const VAGUE_RE = new RegExp(`(?<![\\p{L}\\d])(?:${VAGUE_WORDS}|${MONTH_ALT}|(?:19|20)\\d{2})(?![\\p{L}\\d])`, 'giu');

/** The stretch of text from the first to the last word that names a moment. */
export function vagueSpan(rest: string): { start: number; end: number } | undefined {
  const hits = [...rest.matchAll(VAGUE_RE)];
  if (hits.length === 0) return undefined;
  const first = hits[0]!;
  const last = hits[hits.length - 1]!;
  return { start: first.index, end: last.index + last[0].length };
}

/** Writes a date the way the original was written: "11 februari", "11-2-2021", "2021-02-11". */
export function formatLike(iso: string, like: DatumMatch): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (like.style === 'iso') return iso;
  if (like.style === 'numeriek') return like.hasYear ? `${d}-${m}-${y}` : `${d}-${m}`;
  // A bare day of "11 en 25 november" stays bare while the month stays the same.
  if (like.text === String(Number(like.text)) && like.iso.slice(0, 7) === iso.slice(0, 7)) return String(d);
  return `${d} ${MAAND_NAMEN[m - 1]}${like.hasYear ? ` ${y}` : ''}`;
}
