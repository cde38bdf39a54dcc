/** Text comparison the way a person compares: no case, accents or stray punctuation. */

const MARKS = /\p{M}/gu;
// Zero-width spaces, direction marks and the like, pasted along from elsewhere: invisible, so ignored.
const INVISIBLE = /\p{Cf}/gu;

/** For headers: only letters and digits survive ("Sub-speerpunt" = "subspeerpunt"). */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const ASCII = /^[\x20-\x7e]*$/;
const KEY_CACHE = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** For names: words survive, "&" reads as "en", hyphens join ("weer-baarheid"). */
export function nameKey(text: string): string {
  // The same few names come back on every row: remember them (bounded). A cache only: which texts it keeps, and when it
  // starts again, changes no key.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: see above
  if (text.length > 80) return computeNameKey(text);
  const known = KEY_CACHE.get(text);
  if (known !== undefined) return known;
  const key = computeNameKey(text);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: see above
  if (KEY_CACHE.size >= CACHE_LIMIT) KEY_CACHE.clear();
  KEY_CACHE.set(text, key);
  return key;
}

function computeNameKey(text: string): string {
  // Plain ASCII has no accents or invisible characters to fold away.
  const folded = ASCII.test(text) ? text : text.normalize('NFD').replace(MARKS, '').replace(INVISIBLE, '');
  return folded
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[-\u00ad]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
