/**
 * The same row checks written three other ways a developer might: a plain
 * loop, json-rules-engine rules, and zod safeParse per row. They make the
 * checks of the engine's four rules the bench switches on: an unknown
 * trekker, a date that is no meeting, an unreadable date, and every required
 * cell of Acties that is empty (speerpunt and sub-speerpunt inherited from a
 * merged cell above, sub-speerpunt only where its speerpunt has any, no
 * trekker, no date). The benchmark asserts that they find exactly what the
 * engine finds.
 */
import { Engine } from 'json-rules-engine';
import { z } from 'zod';
import { a1, isDateFormat, serialToIso } from '../src/domain/cells';
import { parseDatumCell } from '../src/domain/parse/datum';
import { buildPartijIndex, parseTrekkers, type PartijIndex } from '../src/domain/parse/trekker';
import { parseCode, SpeerpuntIndex } from '../src/domain/read/speerpunt-index';
import { memo, readWerkboek } from '../src/domain/read/werkboek';
import type { Field } from '../src/domain/schema/field';
import type { Scalar, WorkbookSnapshot } from '../src/domain/schema/snapshot';

export type Hit = string; // "rule sheet!cell"

interface Context {
  /** Each distinct trekker and date text parsed once, as the engine does: the same work in all four. */
  trekkers: Map<string, ReturnType<typeof parseTrekkers>>;
  datums: Map<string, ReturnType<typeof parseDatumCell>>;
  rows: Scalar[][];
  formats: string[][];
  col: { speerpunt: number; sub: number; actie: number; trekker: number; driehoek: number };
  /** Speerpunt text → whether it has sub-speerpunten, worked out once per text. */
  subs: Map<string, boolean>;
  codes: string[];
  /** The speerpunt and sub-speerpunt a blank cell inherits: the rows are read in order. */
  speerpunt: string;
  sub: string;
  index: PartijIndex;
  meetings: Set<string>;
  jaar: number;
}

function context(s: WorkbookSnapshot): Context {
  const block = (name: string) => s.sheets.find((x) => x.name === name)!.blocks[0]!;
  const acties = block('Acties');
  const header = acties.values[0]!.map(String);
  const partijen = block('Partijen').values.slice(1);
  const verg = block('Vergaderingen');
  const meetings = new Set(
    verg.values
      .slice(1)
      .map((r) => serialToIso(Number(r[0]))!)
      .filter(Boolean),
  );
  return {
    trekkers: new Map(),
    datums: new Map(),
    rows: acties.values,
    formats: acties.numberFormats,
    col: {
      speerpunt: header.indexOf('Speerpunt'),
      sub: header.indexOf('Subspeerpunt'),
      actie: header.indexOf('Actie'),
      trekker: header.indexOf('Trekker'),
      driehoek: header.indexOf('Driehoek'),
    },
    subs: new Map(),
    codes: block('Speerpunten')
      .values.slice(1)
      .map((r) => String(r[0])),
    speerpunt: '',
    sub: '',
    index: buildPartijIndex(
      partijen.map((r) => ({
        naam: String(r[0]),
        soort: String(r[1]),
        aliassen: String(r[2] ?? '')
          .split(';')
          .map((x) => x.trim())
          .filter(Boolean),
      })),
    ),
    meetings,
    jaar: Number([...meetings][0]!.slice(0, 4)),
  };
}

interface RowFacts {
  cellT: string;
  cellD: string;
  /** Cells of required columns that are empty. */
  leeg: string[];
  unknown: number;
  empty: boolean;
  unreadable: number;
  notMeeting: number;
}

const text = (v: Scalar | undefined) => String(v ?? '').trim();

function hasSubs(c: Context, speerpunt: string): boolean {
  return memo(c.subs, speerpunt, (t) => {
    const code = parseCode(t).code;
    return c.codes.some((k) => k.startsWith(`${code}.`));
  });
}

/** The empty required cells of a row: speerpunt and sub-speerpunt as inherited from a merged cell above. */
function leeg(c: Context, row: Scalar[], r: number): string[] {
  const ownSpeerpunt = text(row[c.col.speerpunt]);
  if (ownSpeerpunt) [c.speerpunt, c.sub] = [ownSpeerpunt, ''];
  const ownSub = text(row[c.col.sub]);
  if (ownSub) c.sub = ownSub;
  const out: string[] = [];
  if (!c.speerpunt) out.push(a1(r + 1, c.col.speerpunt + 1));
  else if (!c.sub && hasSubs(c, c.speerpunt)) out.push(a1(r + 1, c.col.sub + 1));
  if (!text(row[c.col.actie])) out.push(a1(r + 1, c.col.actie + 1));
  return out;
}

function facts(c: Context, r: number): RowFacts | undefined {
  const row = c.rows[r]!;
  if (row.every((v) => v === '')) return undefined;
  const t = String(row[c.col.trekker] ?? '').trim();
  const raw = row[c.col.driehoek];
  const fmt = c.formats[r]![c.col.driehoek]!;
  const d =
    typeof raw === 'number' && isDateFormat(fmt)
      ? { datums: [{ iso: serialToIso(raw)! }], doorlopend: false, onleesbaar: [], ongeldig: [] }
      : String(raw ?? '').trim()
        ? memo(c.datums, String(raw).trim(), (x) => parseDatumCell(x, c.jaar))
        : undefined;
  const tokens = t ? memo(c.trekkers, t, (x) => parseTrekkers(x, c.index)).tokens : [];
  const cellT = a1(r + 1, c.col.trekker + 1);
  return {
    cellT,
    cellD: a1(r + 1, c.col.driehoek + 1),
    leeg: tokens.length ? leeg(c, row, r) : [...leeg(c, row, r), cellT],
    unknown: tokens.filter((x) => x.kind === 'onbekend').length,
    empty: !d || (!d.datums.length && !d.doorlopend && !d.onleesbaar.length && !d.ongeldig.length),
    unreadable: d ? d.onleesbaar.length + d.ongeldig.length : 0,
    notMeeting: d ? d.datums.filter((x) => !c.meetings.has(x.iso)).length : 0,
  };
}

function emit(out: Hit[], f: RowFacts): void {
  for (const cell of f.leeg) out.push(`verplicht-leeg Acties!${cell}`);
  for (let i = 0; i < f.unknown; i++) out.push(`trekker-onbekend Acties!${f.cellT}`);
  if (f.empty) out.push(`verplicht-leeg Acties!${f.cellD}`);
  for (let i = 0; i < f.unreadable; i++) out.push(`datum-onleesbaar Acties!${f.cellD}`);
  for (let i = 0; i < f.notMeeting; i++) out.push(`datum-geen-driehoek Acties!${f.cellD}`);
}

/** (a) A plain hand-written loop. */
export function handLoop(s: WorkbookSnapshot): Hit[] {
  const c = context(s);
  const out: Hit[] = [];
  for (let r = 1; r < c.rows.length; r++) {
    const f = facts(c, r);
    if (f) emit(out, f);
  }
  return out;
}

/**
 * (d) The same checks as plain loops over the engine's own model (the
 * Werkboek the reader makes: fields that know their cells, speerpunten
 * inherited, parses shared), with nothing of the engine around them: no rule
 * table, no messages, no sorting. What this costs above the hand loop is the
 * model's; what the engine costs above this is the engine's.
 */
export function modelLoop(s: WorkbookSnapshot): Hit[] {
  const wb = readWerkboek(s, '2021-01-01');
  const speerpunten = new SpeerpuntIndex(wb.speerpunten);
  const meetings = new Set(wb.meetings);
  const out: Hit[] = [];
  const hit = (rule: string, f: Field) => out.push(`${rule} ${f.sheet}!${f.cell}`);
  for (const a of wb.acties) {
    // As the rules read it: texts from the model, a field made only for a hit.
    const speerpunt = a.tekst('speerpunt');
    if (speerpunt === '' && !a.speerpunt!.error) hit('verplicht-leeg', a.speerpunt!);
    if (a.tekst('actie') === '' && !a.actie!.error) hit('verplicht-leeg', a.actie!);
    const sp = speerpunt ? speerpunten.lookup(speerpunt, false).found : undefined;
    if (sp && speerpunten.hasSubs(sp) && a.tekst('subspeerpunt') === '') hit('verplicht-leeg', a.subspeerpunt!);
    const tokens = a.trekkers?.tokens ?? [];
    if (!tokens.length && a.trekkerVeld) hit('verplicht-leeg', a.trekkerVeld);
    for (const t of tokens) if (t.kind === 'onbekend') hit('trekker-onbekend', a.trekkerVeld!);
    const datum = a.datum;
    if (!datum || (!datum.datums.length && !datum.doorlopend && !datum.onleesbaar.length && !datum.ongeldig.length)) {
      if (a.datumVeld) hit('verplicht-leeg', a.datumVeld);
      continue;
    }
    for (let i = 0; i < datum.onleesbaar.length + datum.ongeldig.length; i++) hit('datum-onleesbaar', a.datumVeld!);
    for (const d of datum.datums) if (!meetings.has(d.iso)) hit('datum-geen-driehoek', a.datumVeld!);
  }
  return out;
}

/** (b) json-rules-engine: one run per row, rules as data. */
export async function jsonRulesEngine(s: WorkbookSnapshot): Promise<Hit[]> {
  const c = context(s);
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({ conditions: { all: [{ fact: 'unknown', operator: 'greaterThan', value: 0 }] }, event: { type: 'trekker-onbekend' } });
  engine.addRule({ conditions: { all: [{ fact: 'empty', operator: 'equal', value: true }] }, event: { type: 'verplicht-leeg' } });
  engine.addRule({ conditions: { all: [{ fact: 'aantalLeeg', operator: 'greaterThan', value: 0 }] }, event: { type: 'leeg' } });
  engine.addRule({ conditions: { all: [{ fact: 'unreadable', operator: 'greaterThan', value: 0 }] }, event: { type: 'datum-onleesbaar' } });
  engine.addRule({ conditions: { all: [{ fact: 'notMeeting', operator: 'greaterThan', value: 0 }] }, event: { type: 'datum-geen-driehoek' } });
  const out: Hit[] = [];
  for (let r = 1; r < c.rows.length; r++) {
    const f = facts(c, r);
    if (!f) continue;
    // json-rules-engine runs a whole rule set per fact object: one await per row.
    const { events } = await engine.run({ ...f, aantalLeeg: f.leeg.length });
    const types = new Set(events.map((e) => e.type));
    emit(out, {
      ...f,
      unknown: types.has('trekker-onbekend') ? f.unknown : 0,
      leeg: types.has('leeg') ? f.leeg : [],
      empty: types.has('verplicht-leeg'),
      unreadable: types.has('datum-onleesbaar') ? f.unreadable : 0,
      notMeeting: types.has('datum-geen-driehoek') ? f.notMeeting : 0,
    });
  }
  return out;
}

/** (c) zod: a schema with refinements, safeParse per row. */
export function zodPerRow(s: WorkbookSnapshot): Hit[] {
  const c = context(s);
  const Row = z
    .object({
      cellT: z.string(),
      cellD: z.string(),
      leeg: z.array(z.string()),
      unknown: z.number(),
      empty: z.boolean(),
      unreadable: z.number(),
      notMeeting: z.number(),
    })
    .superRefine((f, ctx) => {
      for (const cell of f.leeg) ctx.addIssue({ code: 'custom', message: `verplicht-leeg Acties!${cell}` });
      for (let i = 0; i < f.unknown; i++) ctx.addIssue({ code: 'custom', message: `trekker-onbekend Acties!${f.cellT}` });
      if (f.empty) ctx.addIssue({ code: 'custom', message: `verplicht-leeg Acties!${f.cellD}` });
      for (let i = 0; i < f.unreadable; i++) ctx.addIssue({ code: 'custom', message: `datum-onleesbaar Acties!${f.cellD}` });
      for (let i = 0; i < f.notMeeting; i++) ctx.addIssue({ code: 'custom', message: `datum-geen-driehoek Acties!${f.cellD}` });
    });
  const out: Hit[] = [];
  for (let r = 1; r < c.rows.length; r++) {
    const f = facts(c, r);
    if (!f) continue;
    const parsed = Row.safeParse(f);
    if (!parsed.success) out.push(...parsed.error.issues.map((i) => i.message));
  }
  return out;
}
