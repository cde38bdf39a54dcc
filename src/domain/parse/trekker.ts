import { distance } from 'fastest-levenshtein';
import { nameKey } from '../normalize';

export interface PartijRef {
  naam: string;
  soort: string;
  aliassen: string[];
}

/** Every way a party can be named, resolved to its canonical name. */
export interface PartijIndex {
  byKey: Map<string, string>;
  gemeenten: string[];
  /** Names and aliases for suggestions, in Partijen order. */
  candidates: { key: string; naam: string }[];
}

export function buildPartijIndex(partijen: readonly PartijRef[]): PartijIndex {
  const byKey = new Map<string, string>();
  const candidates: PartijIndex['candidates'] = [];
  for (const p of partijen) {
    for (const name of [p.naam, ...p.aliassen]) {
      const key = nameKey(name);
      if (!key || byKey.has(key)) continue;
      byKey.set(key, p.naam);
      candidates.push({ key, naam: p.naam });
    }
  }
  const gemeenten = partijen.filter((p) => nameKey(p.soort) === 'gemeente').map((p) => p.naam);
  return { byKey, gemeenten, candidates };
}

interface TrekkerToken {
  /** As written in the cell, so a fix can find and replace it. */
  text: string;
  kind: 'partij' | 'collectief' | 'onbekend';
  partijen: string[];
  suggestion?: string;
}

export interface TrekkerParse {
  tokens: TrekkerToken[];
  /** Canonical party names, collectives expanded, each once, in the order written. */
  partijen: string[];
}

const COLLECTIEF = new Set(['gemeenten', 'gemeentes', 'gemeente', 'iedere gemeente', 'elke gemeente', 'alle gemeenten', 'alle gemeentes']);
const SEPARATOR_RE = /[,;/&+\n]|(?<![\p{L}])en(?![\p{L}])/giu;
// Words that frame a trekker without naming one: "Actie iedere gemeente", "Politie trekker".
const FILLER_RE = /(?<![\p{L}])(actie|acties|trekker|trekkers|actiehouder|door|de|het)(?![\p{L}])/giu;
// "gemeente input": they contribute, the trekker is someone else.
const CONTRIBUTOR_RE = /(?<![\p{L}])(input|ondersteuning|ondersteunend|informeren|geinformeerd)(?![\p{L}])/iu;

export function parseTrekkers(text: string, index: PartijIndex): TrekkerParse {
  const tokens: TrekkerToken[] = [];
  // Blank or framing-only segments leave nothing written, and are skipped there.
  for (const segment of text.split(SEPARATOR_RE)) {
    if (CONTRIBUTOR_RE.test(segment)) continue;
    const written = segment
      // Stryker disable next-line StringLiteral: a filler stands between non-letters, which nameKey reads as spaces too; only an unknown token written as "Epe(trekker)Hattem" would show without the space
      .replace(FILLER_RE, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.:!?()-]+|[\s.:!?()-]+$/g, '');
    if (written) tokens.push(resolve(written, index));
  }
  const partijen = [...new Set(tokens.flatMap((t) => t.partijen))];
  return { tokens, partijen };
}

function resolve(written: string, index: PartijIndex): TrekkerToken {
  const key = nameKey(written);
  const direct = lookup(key, index);
  if (direct) return { text: written, ...direct };
  // A role before a party ("beleidsmedewerker OM", "burgemeester Epe") means that party.
  const words = key.split(' ');
  // Stryker disable next-line EqualityOperator: one step further looks up '', which names no party
  for (let i = 1; i < words.length; i++) {
    const found = lookup(words.slice(i).join(' '), index);
    if (found) return { text: written, ...found };
  }
  return { text: written, kind: 'onbekend', partijen: [], suggestion: suggest(key, index) };
}

function lookup(key: string, index: PartijIndex): Pick<TrekkerToken, 'kind' | 'partijen'> | undefined {
  // "gemeente Epe" needs no rule of its own: a word before a party is a role (resolve).
  const naam = index.byKey.get(key);
  if (naam) return { kind: 'partij', partijen: [naam] };
  if (COLLECTIEF.has(key)) return { kind: 'collectief', partijen: index.gemeenten };
  return undefined;
}

/** The nearest party name, when it is near enough to be a typing slip. */
function suggest(key: string, index: PartijIndex): string | undefined {
  let best: { naam: string; d: number } | undefined;
  for (const c of index.candidates) {
    const d = distance(key, c.key);
    if (!best || d < best.d) best = { naam: c.naam, d };
  }
  return best && best.d <= Math.max(1, Math.floor(key.length / 3)) ? best.naam : undefined;
}
