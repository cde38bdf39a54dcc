import { SpeerpuntIndex, label } from '../read/speerpunt-index';
import type { Actie, Speerpunt, Werkboek } from '../read/werkboek';

/** An actie's speerpunt and sub-speerpunt as the Speerpunten table names them, and where they stand in it. */
export interface Plek {
  speerpunt?: Speerpunt;
  subspeerpunt?: Speerpunt;
  /** Speerpunten order: sub-speerpunt within speerpunt; unknown ones last. */
  volgorde: number;
}

/** Finds each actie's place in the Speerpunten table once, for every document that groups by it. */
export function plekken(wb: Werkboek): Map<Actie, Plek> {
  const index = new SpeerpuntIndex(wb.speerpunten);
  const positie = new Map(wb.speerpunten.map((s, i) => [s, i]));
  const out = new Map<Actie, Plek>();
  for (const a of wb.acties) {
    const sub = a.subspeerpunt?.text ? index.lookup(a.subspeerpunt.text, true).found : undefined;
    const parent = sub?.parent ? wb.speerpunten.find((s) => s.codeText === sub.parent) : undefined;
    const sp = (a.speerpunt?.text ? index.lookup(a.speerpunt.text, false).found : undefined) ?? parent;
    const volgorde = sub ? positie.get(sub)! : sp ? positie.get(sp)! : wb.speerpunten.length;
    out.set(a, { ...(sp && { speerpunt: sp }), ...(sub && { subspeerpunt: sub }), volgorde });
  }
  return out;
}

/** "1. Zorg & Veiligheid" as the table has it, or what the actie says where the table does not know it. */
export function naamVan(s: Speerpunt | undefined, geschreven: string | undefined): string {
  // A cell's text comes trimmed.
  // Stryker disable next-line StringLiteral: a required column that is missing reads as empty cells, so the field is always there
  if (!s) return geschreven ?? '';
  // The seed writes a speerpunt "1. Zorg & Veiligheid" and a sub-speerpunt "1.1 Kwetsbare personen".
  return /^\d+$/.test(s.codeText) ? `${s.codeText}. ${s.naam.text}` : label(s);
}
