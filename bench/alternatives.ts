/**
 * The same row checks written three other ways a developer might: a plain
 * loop, json-rules-engine rules, and zod safeParse per row. They check what
 * the generated workbooks get wrong (unknown trekker, a date that is no
 * meeting, an unreadable date, a missing date); the benchmark asserts that
 * they find exactly what the engine finds.
 */
import { Engine } from 'json-rules-engine';
import { z } from 'zod';
import { a1, isDateFormat, serialToIso } from '../src/domain/cells';
import { parseDatumCell } from '../src/domain/parse/datum';
import { buildPartijIndex, parseTrekkers, type PartijIndex } from '../src/domain/parse/trekker';
import { memo } from '../src/domain/read/werkboek';
import type { Scalar, WorkbookSnapshot } from '../src/domain/schema/snapshot';

export type Hit = string; // "rule sheet!cell"

interface Context {
  /** Each distinct trekker and date text parsed once, as the engine does: the same work in all four. */
  trekkers: Map<string, ReturnType<typeof parseTrekkers>>;
  datums: Map<string, ReturnType<typeof parseDatumCell>>;
  rows: Scalar[][];
  formats: string[][];
  col: { trekker: number; driehoek: number };
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
    col: { trekker: header.indexOf('Trekker'), driehoek: header.indexOf('Driehoek') },
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
  unknown: number;
  empty: boolean;
  unreadable: number;
  notMeeting: number;
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
  return {
    cellT: a1(r + 1, c.col.trekker + 1),
    cellD: a1(r + 1, c.col.driehoek + 1),
    unknown: tokens.filter((x) => x.kind === 'onbekend').length,
    empty: !d || (!d.datums.length && !d.doorlopend && !d.onleesbaar.length && !d.ongeldig.length),
    unreadable: d ? d.onleesbaar.length + d.ongeldig.length : 0,
    notMeeting: d ? d.datums.filter((x) => !c.meetings.has(x.iso)).length : 0,
  };
}

function emit(out: Hit[], f: RowFacts): void {
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

/** (b) json-rules-engine: one run per row, rules as data. */
export async function jsonRulesEngine(s: WorkbookSnapshot): Promise<Hit[]> {
  const c = context(s);
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({ conditions: { all: [{ fact: 'unknown', operator: 'greaterThan', value: 0 }] }, event: { type: 'trekker-onbekend' } });
  engine.addRule({ conditions: { all: [{ fact: 'empty', operator: 'equal', value: true }] }, event: { type: 'verplicht-leeg' } });
  engine.addRule({ conditions: { all: [{ fact: 'unreadable', operator: 'greaterThan', value: 0 }] }, event: { type: 'datum-onleesbaar' } });
  engine.addRule({ conditions: { all: [{ fact: 'notMeeting', operator: 'greaterThan', value: 0 }] }, event: { type: 'datum-geen-driehoek' } });
  const out: Hit[] = [];
  for (let r = 1; r < c.rows.length; r++) {
    const f = facts(c, r);
    if (!f) continue;
    // json-rules-engine runs a whole rule set per fact object: one await per row.
    const { events } = await engine.run({ ...f });
    const types = new Set(events.map((e) => e.type));
    emit(out, {
      ...f,
      unknown: types.has('trekker-onbekend') ? f.unknown : 0,
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
    .object({ cellT: z.string(), cellD: z.string(), unknown: z.number(), empty: z.boolean(), unreadable: z.number(), notMeeting: z.number() })
    .superRefine((f, ctx) => {
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
