/** Text comparison the way a person compares: no case, accents or stray punctuation. */

const MARKS = /\p{M}/gu;
// Zero-width spaces, direction marks and the like, pasted along from elsewhere: invisible, so ignored.
const INVISIBLE = /\p{Cf}/gu;

/** For headers: only letters and digits survive ("Sub-speerpunt" = "subspeerpunt"). */
export function headerKey(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').replace(INVISIBLE, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** For names: words survive, "&" reads as "en", hyphens join ("weer-baarheid"). */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[-\u00ad]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Excel error literals as Office.js returns them in `values`. */
export const EXCEL_ERRORS = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
]);
