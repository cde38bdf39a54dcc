import fc from 'fast-check';
import { parseA1 } from '../../src/domain/cells';
import { validate } from '../../src/domain/engine';
import { buildOverzicht } from '../../src/domain/overzicht/model';
import { readWerkboek } from '../../src/domain/read/werkboek';
import { MAAND_NAMEN, parseDatumCell } from '../../src/domain/parse/datum';
import { parseGecombineerd } from '../../src/domain/parse/gecombineerd';
import { buildPartijIndex, parseTrekkers } from '../../src/domain/parse/trekker';
import { ACTIES_HEADER, PARTIJEN, SPEERPUNTEN, VERGADERINGEN, sheet, workbook, type TestCell } from '../helpers/snapshot';

/**
 * Each property runs many times per npm test (10,000 or more in all), on a
 * seed that is printed: a failure names its seed and its shrunk example, so
 * it can be run again exactly (fc.assert(…, { seed, path })).
 */
const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
// StrykerJS runs single tests of this file for each mutant, on one seed and fewer runs (jest.mutation.config.js sets FC_RUNS).
const PER_PROPERTY = Number(process.env.FC_RUNS ?? 1_500);
let runs = 0;
fc.configureGlobal({ seed: SEED, numRuns: PER_PROPERTY });
/** Counts the runs of a property's predicate. */
const counted =
  <A extends unknown[]>(fn: (...a: A) => void) =>
  (...a: A) => {
    runs++;
    fn(...a);
  };
beforeAll(() => process.stdout.write(`\nEigenschappen met seed ${SEED} (opnieuw: FC_SEED=${SEED} npx jest test/domain/properties.test.ts)\n`));
afterAll(() => {
  process.stdout.write(`Eigenschappen: ${runs} runs\n`);
  if (!process.env.FC_RUNS) expect(runs).toBeGreaterThanOrEqual(10_000);
});

const NAMES = ['Elburg', 'Epe', 'Hattem', 'Politie', 'OM'];
const INDEX = buildPartijIndex(
  PARTIJEN.slice(1).map((r) => ({
    naam: String(r[0]),
    soort: String(r[1]),
    aliassen: String(r[2])
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
  })),
);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(...'0123456789-/. enfebruarijunovdc,;&+\n'.split('')) }),
);
const dates = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function written(iso: string, style: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [`${d}-${m}-${y}`, `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, iso, `${d} ${MAAND_NAMEN[m - 1]} ${y}`][style]!;
}

describe('the date parser', () => {
  it('never throws and gives the same answer twice', () => {
    fc.assert(
      fc.property(
        text,
        counted((s) => expect(parseDatumCell(s, 2021)).toEqual(parseDatumCell(s, 2021))),
      ),
    );
  });

  it('reads back every date it is written in, in every allowed form', () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 0, max: 3 }),
        counted((iso, style) => {
          const p = parseDatumCell(written(iso, style), 2021);
          expect([p.datums.map((d) => d.iso), p.onleesbaar, p.ongeldig]).toEqual([[iso], [], []]);
        }),
      ),
    );
  });
});

describe('the trekker parser', () => {
  it('never throws and gives the same answer twice', () => {
    fc.assert(
      fc.property(
        text,
        counted((s) => expect(parseTrekkers(s, INDEX)).toEqual(parseTrekkers(s, INDEX))),
      ),
    );
  });

  it('finds every party in a list, whatever the separators and the case', () => {
    const sep = fc.constantFrom(', ', ';', ' / ', ' & ', ' + ', ' en ', '\n');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1 }),
        fc.array(sep, { minLength: 5, maxLength: 5 }),
        fc.boolean(),
        counted((names, seps, upper) => {
          const list = names.map((n, i) => (i ? seps[i % 5] : '') + (upper ? n.toUpperCase() : n.toLowerCase())).join('');
          expect(parseTrekkers(list, INDEX).partijen).toEqual(names);
        }),
      ),
    );
  });
});

describe('the combined column parser', () => {
  it('never throws and gives the same answer twice', () => {
    fc.assert(
      fc.property(
        text,
        counted((s) => expect(parseGecombineerd(s, 2021, INDEX)).toEqual(parseGecombineerd(s, 2021, INDEX))),
      ),
    );
  });

  it('separates a party and a date in either order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        dates.filter((d) => d.startsWith('2021')),
        fc.boolean(),
        counted((name, iso, dateFirst) => {
          const d = written(iso, 3).replace(/ 2021$/, '');
          const p = parseGecombineerd(dateFirst ? `${d} ${name}` : `${name} ${d}`, 2021, INDEX);
          expect([p.trekker.partijen, p.datum.datums.map((x) => x.iso)]).toEqual([[name], [iso]]);
        }),
      ),
    );
  });
});

describe('the engine on any workbook', () => {
  const cell: fc.Arbitrary<TestCell> = fc.oneof(
    fc.constant(''),
    text,
    fc.constantFrom(
      ...NAMES,
      'Hatterm',
      'Gemeenten',
      '18 februari',
      '11-2-2021',
      'doorlopend',
      '1.1 Kwetsbare personen',
      '2.1',
      'Diversen',
      'Afgerond',
    ),
    fc.integer({ min: -5, max: 50_000 }),
    fc.boolean(),
    dates.map((d) => ({ date: d })),
    fc.constantFrom({ error: '#REF!' }, { error: '#N/A' }),
  );
  const rows = fc.array(fc.array(cell, { minLength: 7, maxLength: 7 }), { maxLength: 15 });
  const header = fc.shuffledSubarray(ACTIES_HEADER as string[], { minLength: 3 });

  it('never throws, sorts its findings, gives the same findings twice, and points at cells that exist', () => {
    fc.assert(
      fc.property(
        header,
        rows,
        fc.boolean(),
        counted((head, body, withRefs) => {
          const sheets = [sheet('Acties', [head, ...body.map((r) => r.slice(0, head.length))])];
          if (withRefs) sheets.push(sheet('Vergaderingen', VERGADERINGEN), sheet('Speerpunten', SPEERPUNTEN), sheet('Partijen', PARTIJEN));
          const wb = workbook(sheets);
          const first = validate(wb, { today: '2021-06-01' }).findings;
          expect(validate(wb, { today: '2021-06-01' }).findings).toEqual(first);
          const order = sheets.map((s) => s.name);
          const key = (f: (typeof first)[number]) => {
            const { row, col } = parseA1(f.cell);
            const i = order.indexOf(f.sheet);
            return [i < 0 ? order.length : i, row, col];
          };
          for (let i = 1; i < first.length; i++) {
            const [a, b] = [key(first[i - 1]!), key(first[i]!)];
            expect(a[0]! < b[0]! || (a[0] === b[0] && (a[1]! < b[1]! || (a[1] === b[1] && a[2]! <= b[2]!)))).toBe(true);
          }
          for (const f of first) {
            if (f.rule === 'tabel-ontbreekt') continue;
            const s = sheets.find((x) => x.name === f.sheet)!;
            expect(s).toBeDefined();
            const { row, col } = parseA1(f.cell);
            const values = s.blocks[0]?.values ?? [];
            // A finding points at a cell of the table, or (tabel-leeg) at the first empty row where its data belongs.
            expect(row).toBeLessThanOrEqual(Math.max(1, values.length) + (f.rule === 'tabel-leeg' ? 1 : 0));
            expect(col).toBeLessThanOrEqual((values[0]?.length ?? 0) + ACTIES_HEADER.length);
          }
        }),
      ),
      { numRuns: Math.min(300, PER_PROPERTY) },
    );
  });
});

describe('the overview of any programme', () => {
  const MEETINGS = ['2021-02-11', '2021-04-15', '2021-06-17', '2021-09-09', '2021-11-04', '2021-12-16'];
  const actie = fc.record({
    onderwerp: fc.constantFrom('MMA', 'DOR', 'Casustafel', 'MMA', ''),
    trekkers: fc.uniqueArray(fc.constantFrom(...NAMES, 'Gemeenten', 'Hatterm'), { minLength: 1, maxLength: 3 }),
    datums: fc.uniqueArray(fc.constantFrom(...MEETINGS, '2021-02-18'), { minLength: 0, maxLength: 3 }),
  });

  it('places every (actie, party, meeting) once, never merges two acties, and its totals add up', () => {
    fc.assert(
      fc.property(
        fc.array(actie, { maxLength: 12 }),
        counted((acties) => {
          const body = acties.map((a, i) => [
            '1. Zorg & Veiligheid',
            '1.1 Kwetsbare personen',
            `Actie ${i}.`,
            a.onderwerp,
            a.trekkers.join(', '),
            a.datums.map(dutch).join(' en '),
            '',
          ]);
          const o = buildOverzicht(
            readWerkboek(
              workbook([
                sheet('Acties', [ACTIES_HEADER, ...body]),
                sheet('Vergaderingen', VERGADERINGEN),
                sheet('Speerpunten', SPEERPUNTEN),
                sheet('Partijen', PARTIJEN),
              ]),
              '2021-06-01',
            ),
          );
          const gemeenten = PARTIJEN.slice(1)
            .filter((r) => r[1] === 'Gemeente')
            .map((r) => String(r[0]));
          // What the tables say, worked out here: each known party at each meeting of each actie.
          const expected = acties.flatMap((a, i) => {
            const parties = [...new Set(a.trekkers.flatMap((t) => (t === 'Gemeenten' ? gemeenten : NAMES.includes(t) ? [t] : [])))];
            return parties.flatMap((p) => a.datums.filter((d) => MEETINGS.includes(d)).map((d) => `${i}|${p}|${d}`));
          });
          const placed = o.rijen.flatMap((r) => Object.entries(r.cellen).flatMap(([m, es]) => es.map((e) => `${e.actie}|${r.partij}|${m}`)));
          expect(placed.sort()).toEqual(expected.sort());
          for (const r of o.rijen) expect(r.totaal).toBe(Object.values(r.cellen).reduce((n, es) => n + es.length, 0));
          for (const m of o.vergaderingen) {
            const distinct = new Set(o.rijen.flatMap((r) => (r.cellen[m] ?? []).map((e) => e.actie)));
            expect(o.totaalPerVergadering[m]).toBe(distinct.size);
          }
          expect(o.totaal).toBe(Object.values(o.totaalPerVergadering).reduce((n, x) => n + x, 0));
        }),
      ),
    );
  });
});

function dutch(iso: string): string {
  const [, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MAAND_NAMEN[m - 1]}`;
}
