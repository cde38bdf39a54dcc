/**
 * The programme's shared vocabulary (werkboek.md, documenten.md): statuses,
 * the meeting calendar, onderwerpen. Rules, the overview and the documents all
 * import it from here; no rule imports another rule.
 */
// zod/mini: the same schemas in a fraction of the bytes the pane loads.
import { z } from 'zod/mini';
import { isoToSerial } from './cells';
import { nameKey } from './normalize';

const StatusSchema = z.enum(['Gepland', 'Lopend', 'Afgerond', 'Uitgesteld', 'Vervallen']);
export type Status = z.infer<typeof StatusSchema>;
export const STATUSES = StatusSchema.options;

const BY_KEY = new Map(STATUSES.map((s) => [nameKey(s), s]));

/** The status a cell's text means, whatever its case; undefined for no or an unknown status. */
export function statusOf(text: string | undefined): Status | undefined {
  return text ? BY_KEY.get(nameKey(text)) : undefined;
}

/** Done = Afgerond. Closed = Afgerond or Vervallen: no longer due. */
export function isClosed(status: Status | undefined): boolean {
  return status === 'Afgerond' || status === 'Vervallen';
}

const PartijSoortSchema = z.enum(['Gemeente', 'Politie', 'OM', 'Overig']);
export const PARTIJ_SOORTEN = PartijSoortSchema.options;

/** An onderwerp longer than this is warned about (onderwerp-te-lang). */
export const ONDERWERP_MAX = 60;

/** The first sentence of a text, whole: the overview's label for an actie without an onderwerp. */
export function eersteZin(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // A point at the very end ends the text as well: no need to find it.
  const end = /[.!?](?=\s)/.exec(flat);
  return end ? flat.slice(0, end.index + 1) : flat;
}

/** The meeting closest in calendar days; the earlier one on a tie. */
export function nearestMeeting(iso: string, meetings: readonly string[]): string | undefined {
  let best: { m: string; d: number } | undefined;
  const day = isoToSerial(iso);
  for (const m of meetings) {
    const d = Math.abs(isoToSerial(m) - day);
    if (!best || d < best.d) best = { m, d };
  }
  return best?.m;
}
