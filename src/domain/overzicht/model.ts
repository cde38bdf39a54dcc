import { isoToDutch } from '../cells';
import type { ParsedActie, Werkboek } from '../read/werkboek';
import { firstWords } from '../rules/onderwerp-ontbreekt';
import type { OverzichtJson } from '../schema/overzicht';

/** The Driehoek overview: parties × meetings, plus everything that has no cell there. */
export interface Overzicht extends OverzichtJson {
  /** WIV date per meeting, for the header "11-2-2021 (28-1)". */
  wiv: Record<string, string | undefined>;
  aantalActies: number;
}

interface Placement {
  partijen: string[];
  meetings: string[];
  reasons: string[];
}

/** An onderwerp longer than this is warned about (onderwerp-te-lang) and cut in the overview. */
const LABEL_MAX = 200;

export function label(a: ParsedActie): string {
  const own = a.onderwerp?.text.replace(/\s+/g, ' ').trim();
  if (own) return own.length > LABEL_MAX ? `${own.slice(0, LABEL_MAX - 1)}…` : own;
  return firstWords(a.actie?.text ?? '') || `rij ${a.row}`;
}

export function buildOverzicht(wb: Werkboek): Overzicht {
  const meetings = [...new Set(wb.vergaderingen.flatMap((v) => (v.driehoekIso ? [v.driehoekIso] : [])))].sort();
  const wiv = Object.fromEntries(meetings.map((m) => [m, wb.vergaderingen.find((v) => v.driehoekIso === m)?.wivIso]));
  const partijen = [...new Set(wb.partijen.map((p) => p.naam.text).filter(Boolean))];
  const cellen = new Map(partijen.map((p) => [p, new Map(meetings.map((m) => [m, [] as string[]]))]));
  const perMeeting = new Map(meetings.map((m) => [m, new Set<number>()]));
  const sheet = wb.locations.acties?.sheet ?? '';
  const out: Overzicht = {
    jaar: wb.jaar,
    vergaderingen: meetings,
    wiv,
    rijen: [],
    totaalPerVergadering: {},
    doorlopend: [],
    onvoorzien: [],
    nietGeplaatst: [],
    aantalActies: wb.acties.length,
  };
  wb.acties.forEach((a, i) => {
    const place = placement(a, new Set(meetings));
    const name = label(a);
    const cel = `${sheet}!${a.actie?.cell ?? a.driehoek?.cell ?? ''}`;
    for (const m of place.meetings) {
      for (const p of place.partijen) {
        const items = cellen.get(p)?.get(m);
        if (items && !items.includes(name)) items.push(name);
      }
      if (place.partijen.some((p) => cellen.has(p))) perMeeting.get(m)!.add(i);
    }
    if (a.datum?.doorlopend) out.doorlopend.push({ onderwerp: name, trekkers: trekkerNames(a), cel });
    if (place.reasons.length) out.nietGeplaatst.push({ onderwerp: name, cel, reden: place.reasons.join('; ') });
  });
  out.rijen = partijen.map((p) => {
    const row = Object.fromEntries(meetings.map((m) => [m, cellen.get(p)!.get(m)!]));
    return { partij: p, cellen: row, totaal: Object.values(row).reduce((n, items) => n + items.length, 0) };
  });
  out.totaalPerVergadering = Object.fromEntries(meetings.map((m) => [m, perMeeting.get(m)!.size]));
  const onvSheet = wb.locations.onvoorzien?.sheet ?? '';
  out.onvoorzien = wb.onvoorzien.map((a) => ({
    actie: a.actie?.text ?? '',
    trekkers: trekkerNames(a),
    ingevlogen: a.ingevlogen?.text ?? '',
    cel: `${onvSheet}!${a.actie?.cell ?? ''}`,
  }));
  return out;
}

function trekkerNames(a: ParsedActie): string[] {
  return (a.trekkers?.tokens ?? []).flatMap((t) => (t.kind === 'onbekend' ? [t.text] : t.partijen)).filter((v, i, all) => all.indexOf(v) === i);
}

/** Where an actie lands, and in words why (part of) it lands nowhere. */
function placement(a: ParsedActie, meetings: Set<string>): Placement {
  const reasons: string[] = [];
  const tokens = a.trekkers?.tokens ?? [];
  const partijen = a.trekkers?.partijen ?? [];
  for (const t of tokens) if (t.kind === 'onbekend') reasons.push(`onbekende trekker "${t.text}"`);
  if (!tokens.length) reasons.push('geen trekker');
  const d = a.datum;
  const placed: string[] = [];
  for (const x of d?.datums ?? []) {
    if (meetings.has(x.iso)) placed.push(x.iso);
    else reasons.push(`${isoToDutch(x.iso)} ("${x.text}") is geen Driehoek`);
  }
  for (const t of d?.onleesbaar ?? []) reasons.push(`datum "${t}" is onleesbaar`);
  for (const t of d?.ongeldig ?? []) reasons.push(`datum "${t}" bestaat niet`);
  if (!d || (!d.datums.length && !d.doorlopend && !d.onleesbaar.length && !d.ongeldig.length)) reasons.push('geen datum');
  return { partijen, meetings: [...new Set(placed)], reasons };
}

/** The JSON of regels.md: the model without what only the sheet needs. */
export function toJson(o: Overzicht): OverzichtJson {
  const { wiv: _wiv, aantalActies: _n, ...json } = o;
  return json;
}
