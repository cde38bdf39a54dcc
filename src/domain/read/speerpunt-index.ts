import { distance } from 'fastest-levenshtein';
import { nameKey } from '../normalize';
import type { Speerpunt } from './werkboek';

/** "1.1 Kwetsbare personen" → code "1.1", naam "Kwetsbare personen"; "Diversen" has no code. */
export function parseCode(text: string): { code: string; naam: string } {
  const m = /^\s*(\d+(?:\.\d+)*)\.?(?:\s+|$)(.*)$/s.exec(text);
  // Not trimmed again: cell texts come trimmed, and a name is only compared through nameKey.
  return m ? { code: m[1]!, naam: m[2]! } : { code: '', naam: text };
}

export function label(s: Speerpunt): string {
  return /^\d/.test(s.codeText) ? `${s.codeText} ${s.naam.text}`.trim() : s.naam.text || s.codeText;
}

export interface SpeerpuntLookup {
  found?: Speerpunt;
  suggestion?: string;
  /** The code exists but the name written beside it is another one's. */
  mismatch?: Speerpunt;
}

/** The key of a speerpunt's or a sub-speerpunt's map. */
const level = (sub: boolean) => (sub ? 'sub' : 'speerpunt');

/** Finds a speerpunt or sub-speerpunt by code, name or both, as staff write them. */
export class SpeerpuntIndex {
  private readonly byCode = new Map<string, Speerpunt>();
  /** Per level, so that a sub-speerpunt named like a speerpunt is found in its own column. */
  private readonly byName = { speerpunt: new Map<string, Speerpunt>(), sub: new Map<string, Speerpunt>() };
  /** Codes of the speerpunten that have sub-speerpunten. */
  private readonly parents: Set<string | undefined>;

  constructor(private readonly all: readonly Speerpunt[]) {
    this.parents = new Set(all.map((s) => s.parent));
    for (const s of all) {
      if (!this.byCode.has(s.codeText)) this.byCode.set(s.codeText, s);
      const byName = this.byName[level(Boolean(s.parent))];
      for (const k of [nameKey(s.naam.text), nameKey(s.codeText), nameKey(label(s))]) if (k && !byName.has(k)) byName.set(k, s);
    }
  }

  // One cache per kind, keyed by the text itself: no new key string per row.
  private readonly cache = { speerpunt: new Map<string, SpeerpuntLookup>(), sub: new Map<string, SpeerpuntLookup>() };

  /** Most rows repeat the speerpunt above them: each distinct text is looked up once. */
  lookup(text: string, sub: boolean): SpeerpuntLookup {
    const cache = this.cache[level(sub)];
    let found = cache.get(text);
    // Stryker disable next-line ConditionalExpression: a cache only; finding the text again gives the same answer
    if (!found) {
      found = this.find(text, sub);
      cache.set(text, found);
    }
    return found;
  }

  private find(text: string, sub: boolean): SpeerpuntLookup {
    const { code, naam } = parseCode(text);
    const found = code ? this.byCode.get(code) : this.byName[level(sub)].get(nameKey(naam));
    if (found && Boolean(found.parent) === sub) {
      return code && naam && !near(nameKey(naam), nameKey(found.naam.text)) ? { mismatch: found, suggestion: label(found) } : { found };
    }
    return { suggestion: this.nearest(text, sub) };
  }

  hasSubs(speerpunt: Speerpunt): boolean {
    return this.parents.has(speerpunt.codeText);
  }

  private nearest(text: string, sub: boolean): string | undefined {
    const k = nameKey(text);
    let best: { s: Speerpunt; d: number } | undefined;
    for (const s of this.all) {
      if (Boolean(s.parent) !== sub) continue;
      const d = Math.min(distance(k, nameKey(label(s))), distance(k, nameKey(s.naam.text)));
      if (!best || d < best.d) best = { s, d };
    }
    return best && best.d <= Math.max(2, Math.floor(k.length / 3)) ? label(best.s) : undefined;
  }
}

/** Close enough to be the same name with a typing slip ("weer-baarheid", "Veilighied"). */
function near(a: string, b: string): boolean {
  return distance(a, b) <= Math.max(2, Math.floor(Math.max(a.length, b.length) / 4));
}
