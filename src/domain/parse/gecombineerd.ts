import { finish, scanDatums, vagueSpan, type DatumParse } from './datum';
import { parseTrekkers, type PartijIndex, type TrekkerParse } from './trekker';

/**
 * The seed's column "Wanneer af/terugkoppeling en wie is de trekker?":
 * "Hatterm 18 februari", "Politie trekker, gemeente input 11 november en 16 december".
 * Dates come out first; a vague moment ("eind 2021/ begin 2022") is an unreadable
 * date, not a party; what is left names the trekkers.
 */
export function parseGecombineerd(text: string, jaar: number, index: PartijIndex): { datum: DatumParse; trekker: TrekkerParse } {
  const scan = scanDatums(text, jaar);
  let rest = scan.rest;
  const onleesbaar: string[] = [];
  const vague = vagueSpan(rest);
  if (vague) {
    // The span runs from the start of a word to the end of one, and no letter or digit touches it: cut out, it trims
    // nothing and joins no two words.
    onleesbaar.push(text.slice(vague.start, vague.end));
    rest = rest.slice(0, vague.start) + rest.slice(vague.end);
  }
  return { datum: finish(scan, onleesbaar), trekker: parseTrekkers(rest, index) };
}
