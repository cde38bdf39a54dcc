import { isoToSerial, serialToIso } from '../cells';
import { naamVan, plekken } from '../documenten/acties';
import { datumsVan, ingevlogenPeriode, isDue, lastDue, verplaatstVan } from '../documenten/planning';
import { cellOf, onderwerpVan, trekkerNames } from '../overzicht/model';
import type { Actie, Werkboek } from '../read/werkboek';
import type { AgendaJson } from '../schema/overzicht';
import { isClosed } from '../vocabulary';

/** One actie as the agenda lists it. */
export interface AgendaPunt {
  speerpunt: string;
  subspeerpunt: string;
  onderwerp: string;
  actie: string;
  trekkers: string[];
  status: string;
  opmerking: string;
  cel: string;
  verplaatstVan: string[];
}

/** The agenda of one Driehoek meeting (documenten.md, "Agenda"). */
export interface Agenda {
  jaar: number;
  vergadering: string;
  wiv: string | null;
  vorige: string | null;
  punten: AgendaPunt[];
  achterstallig: Array<AgendaPunt & { vergadering: string }>;
  onvoorzien: Array<{ actie: string; ingevlogen: string; cel: string }>;
  doorlopend: Array<{ onderwerp: string; trekkers: string[]; cel: string }>;
}

/** The meeting an agenda is for when none is named: the first on or after today. */
export function volgendeVergadering(wb: Werkboek, today: string): string | undefined {
  return wb.meetings.find((m) => m >= today);
}

/**
 * What comes back at this meeting: its own acties by speerpunt and
 * sub-speerpunt, the acties of earlier meetings still open, the unplanned
 * acties that came in since the previous meeting, and the continuous ones.
 */
export function buildAgenda(wb: Werkboek, vergadering: string, today: string): Agenda {
  const plek = plekken(wb);
  const vorige = wb.meetings.filter((m) => m < vergadering).at(-1) ?? null;
  const punt = (a: Actie): AgendaPunt => {
    const p = plek.get(a)!;
    return {
      speerpunt: naamVan(p.speerpunt, a.speerpunt?.text),
      subspeerpunt: naamVan(p.subspeerpunt, a.subspeerpunt?.text),
      onderwerp: onderwerpVan(a),
      // Stryker disable next-line StringLiteral: a required column that is missing reads as empty cells, so the field is always there
      actie: a.actie?.text ?? '',
      trekkers: trekkerNames(a),
      status: a.statusWaarde ?? a.status?.text ?? '',
      opmerking: a.opmerking?.text ?? '',
      cel: cellOf(a),
      verplaatstVan: verplaatstVan(a, wb.jaar),
    };
  };
  const hier = wb.acties.filter((a) => datumsVan(a).includes(vergadering));
  // Overdue as the meeting sees it: due before this meeting, and by today.
  const peil = [today, serialToIso(isoToSerial(vergadering) - 1)!].sort()[0]!;
  const open = wb.acties.filter((a) => !hier.includes(a) && isDue(a, peil) && !isClosed(a.statusWaarde));
  return {
    jaar: wb.jaar,
    vergadering,
    wiv: wb.vergaderingen.find((v) => v.driehoekIso === vergadering)?.wivIso ?? null,
    vorige,
    // Acties come in row order, and the sort is stable: within a sub-speerpunt they stay in that order.
    punten: [...hier].sort((x, y) => plek.get(x)!.volgorde - plek.get(y)!.volgorde).map(punt),
    achterstallig: open.map((a) => ({ ...punt(a), vergadering: lastDue(a, peil)! })),
    onvoorzien: wb.onvoorzien.flatMap((o) => {
      const ingevlogen = o.ingevlogen?.text ?? '';
      const periode = ingevlogenPeriode(ingevlogen, wb.jaar);
      const sinds = !periode || ((!vorige || periode.tot > vorige) && periode.van <= vergadering);
      // Stryker disable next-line StringLiteral: as above, for Onvoorzien's required Actie
      return sinds ? [{ actie: o.actie?.text ?? '', ingevlogen, cel: cellOf(o) }] : [];
    }),
    doorlopend: wb.acties.filter((a) => a.datum?.doorlopend).map((a) => ({ onderwerp: onderwerpVan(a), trekkers: trekkerNames(a), cel: cellOf(a) })),
  };
}

/** The JSON of documenten.md. */
export function agendaJson(a: Agenda): AgendaJson {
  const { jaar: _jaar, ...json } = a;
  return json;
}
