import { parseDatumCell, formatLike } from '../../src/domain/parse/datum';
import { parseGecombineerd } from '../../src/domain/parse/gecombineerd';
import { buildPartijIndex, parseTrekkers } from '../../src/domain/parse/trekker';
import data from '../../data/programma-2021.json';

const PARTIJEN = buildPartijIndex(
  data.partijen.map(([naam, soort, aliassen]) => ({
    naam: naam!,
    soort: soort!,
    aliassen: aliassen!
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean),
  })),
);
const G = ['Elburg', 'Epe', 'Hattem', 'Heerde', 'Nunspeet', 'Oldebroek'];

/**
 * Every "Wanneer af/terugkoppeling en wie is de trekker?" cell of the seed, and
 * how a person reads it: dates (2021), doorlopend, unreadable text, trekkers, unknown names.
 */
const SEED: Array<[string, { d?: string[]; door?: true; onl?: string[]; t: string[]; onb?: Array<[string, string?]> }]> = [
  ['Hatterm 18 februari', { d: ['2021-02-18'], t: [], onb: [['Hatterm', 'Hattem']] }],
  ['Nunspeet 15 april', { d: ['2021-04-15'], t: ['Nunspeet'] }],
  ['Hatterm 15 april', { d: ['2021-04-15'], t: [], onb: [['Hatterm', 'Hattem']] }],
  ['9 september Oldebroek en politie', { d: ['2021-09-09'], t: ['Oldebroek', 'Politie'] }],
  ['9 september Oldebroek', { d: ['2021-09-09'], t: ['Oldebroek'] }],
  ['15 april Oldebroek', { d: ['2021-04-15'], t: ['Oldebroek'] }],
  ['Continu proces gemeenten', { door: true, t: G }],
  ['Nunspeet en politie 9 september', { d: ['2021-09-09'], t: ['Nunspeet', 'Politie'] }],
  ['Elburg 9 september', { d: ['2021-09-09'], t: ['Elburg'] }],
  ['Politie trekker, gemeente input 11 november en 16 december', { d: ['2021-11-11', '2021-12-16'], t: ['Politie'] }],
  ['Politie', { t: ['Politie'] }],
  ['17 juni Hattem', { d: ['2021-06-17'], t: ['Hattem'] }],
  ['Gemeenten 17 juni', { d: ['2021-06-17'], t: G }],
  ['Epe 15 april', { d: ['2021-04-15'], t: ['Epe'] }],
  ['Actie iedere gemeente 17 juni', { d: ['2021-06-17'], t: G }],
  ['9 september Epe', { d: ['2021-09-09'], t: ['Epe'] }],
  ['Actie iedere gemeente 16 december', { d: ['2021-12-16'], t: G }],
  ['Gemeenten 18 februari', { d: ['2021-02-18'], t: G }],
  ['Gemeente Epe 17 juni', { d: ['2021-06-17'], t: ['Epe'] }],
  ['Gemeenten eind 2021/ begin 2022', { onl: ['eind 2021/ begin 2022'], t: G }],
  ['Politie 16 december', { d: ['2021-12-16'], t: ['Politie'] }],
  ['18 februari Heerde', { d: ['2021-02-18'], t: ['Heerde'] }],
  ['4 november Epe', { d: ['2021-11-04'], t: ['Epe'] }],
  ['18 februari Politie en Epe', { d: ['2021-02-18'], t: ['Politie', 'Epe'] }],
  ['Elburg en politie 4 november', { d: ['2021-11-04'], t: ['Elburg', 'Politie'] }],
  ['Politie continu proces', { door: true, t: ['Politie'] }],
  [
    '17 juni voorzitter WIV, ambtelijk secretaris Driehoek, beleidsmedewerker OM & politie.',
    { d: ['2021-06-17'], t: ['Hattem', 'Epe', 'OM', 'Politie'] },
  ],
];

describe('the combined column, every seed cell read as a person reads it', () => {
  it('covers every distinct cell of the seed', () => {
    const seedCells = new Set(data.acties.rijen.flatMap((r) => (r ? [r.wanneer] : [])));
    expect(new Set(SEED.map(([s]) => s))).toEqual(seedCells);
  });

  it.each(SEED)('%s', (text, want) => {
    const { datum, trekker } = parseGecombineerd(text, 2021, PARTIJEN);
    expect(datum.datums.map((d) => d.iso)).toEqual(want.d ?? []);
    expect(datum.doorlopend).toBe(Boolean(want.door));
    expect(datum.onleesbaar).toEqual(want.onl ?? []);
    expect(trekker.partijen).toEqual(want.t);
    expect(trekker.tokens.filter((t) => t.kind === 'onbekend').map((t) => [t.text, t.suggestion].filter(Boolean))).toEqual(want.onb ?? []);
  });
});

describe('Dutch dates in a Driehoek cell', () => {
  const cases: Array<[string, string[], { door?: boolean; bad?: boolean }?]> = [
    ['18 februari', ['2021-02-18']],
    ['18 feb.', ['2021-02-18']],
    ['18 Februari 2022', ['2022-02-18']],
    ['9-9-2021', ['2021-09-09']],
    ['18/02/2021', ['2021-02-18']],
    ['18.02.21', ['2021-02-18']],
    ['2021-02-18', ['2021-02-18']],
    ['9-9', ['2021-09-09']],
    ['11 november en 16 december', ['2021-11-11', '2021-12-16']],
    ['11 en 25 november', ['2021-11-11', '2021-11-25']],
    ['11-2-2021; 15-4-2021', ['2021-02-11', '2021-04-15']],
    ['doorlopend', [], { door: true }],
    ['Continu proces', [], { door: true }],
    ['continu', [], { door: true }],
    ['eind 2021/ begin 2022', [], { bad: true }],
    ['Q3', [], { bad: true }],
    ['na de zomer', [], { bad: true }],
    ['30 februari', [], { bad: true }],
  ];
  it.each(cases)('%s', (text, isos, opts = {}) => {
    const p = parseDatumCell(text, 2021);
    expect(p.datums.map((d) => d.iso)).toEqual(isos);
    expect(p.doorlopend).toBe(Boolean(opts.door));
    expect(p.onleesbaar.length + p.ongeldig.length > 0).toBe(Boolean(opts.bad));
  });

  it.each([
    ['18 februari', '2021-02-11', '11 februari'],
    ['18-2-2021', '2021-02-11', '11-2-2021'],
    ['2021-02-18', '2021-02-11', '2021-02-11'],
    ['18-2', '2021-02-11', '11-2'],
    ['18 februari 2022', '2022-02-11', '11 februari 2022'],
  ])('writes a replacement for "%s" the way it was written', (original, iso, want) => {
    expect(formatLike(iso, parseDatumCell(original, 2021).datums[0]!)).toBe(want);
  });

  it('writes a bare day of a shared month bare while the month stays the same', () => {
    const [day] = parseDatumCell('11 en 25 november', 2021).datums;
    expect(formatLike('2021-11-04', day!)).toBe('4');
    expect(formatLike('2021-12-16', day!)).toBe('16 december');
  });

  it('finds each date where the text has it, in the order written, a shared month on each day', () => {
    const at = (text: string) => parseDatumCell(text, 2021).datums.map((d) => [d.iso, text.slice(d.start, d.end)]);
    expect(at('15-4 en 2021-02-11')).toEqual([
      ['2021-04-15', '15-4'],
      ['2021-02-11', '2021-02-11'],
    ]);
    expect(at('11, 25 en 30 november')).toEqual([
      ['2021-11-11', '11'],
      ['2021-11-25', '25'],
      ['2021-11-30', '30'],
    ]);
  });
});

describe('trekker lists', () => {
  it.each([
    ['Elburg; Epe / Hattem & OM + Politie', ['Elburg', 'Epe', 'Hattem', 'OM', 'Politie']],
    ['Elburg\nEpe', ['Elburg', 'Epe']],
    ['alle gemeenten en OM', [...G, 'OM']],
    ['Openbaar Ministerie', ['OM']],
    ['burgemeester Epe', ['Epe']],
    ['Epe, Epe', ['Epe']],
    // A role before a party of two words.
    ['officier van het Openbaar Ministerie', ['OM']],
  ])('%s', (text, want) => {
    expect(parseTrekkers(text, PARTIJEN).partijen).toEqual(want);
  });

  it('keeps each token as the cell writes it, without framing words or the marks around it', () => {
    const tokens = (text: string) => parseTrekkers(text, PARTIJEN).tokens.map((x) => [x.text, x.kind]);
    expect(tokens('politie (trekker), Epe')).toEqual([
      ['politie', 'partij'],
      ['Epe', 'partij'],
    ]);
    expect(tokens('Epe, trekker; ')).toEqual([['Epe', 'partij']]);
    expect(tokens('burgemeester de  Hatemm')).toEqual([['burgemeester Hatemm', 'onbekend']]);
  });

  it('takes an alias two parties share for the first of them, and suggests the first of two as near', () => {
    const index = buildPartijIndex([
      { naam: 'Ede', soort: 'Gemeente', aliassen: ['burgemeester'] },
      { naam: 'Epe', soort: 'Gemeente', aliassen: ['burgemeester'] },
    ]);
    expect(parseTrekkers('burgemeester', index).partijen).toEqual(['Ede']);
    expect(parseTrekkers('Eze', index).tokens[0]!.suggestion).toBe('Ede');
  });

  it('suggests the nearest party for a slip, nothing for a stranger', () => {
    const t = parseTrekkers('Politei, Waterschap Vallei', PARTIJEN).tokens;
    expect(t.map((x) => [x.text, x.kind, x.suggestion])).toEqual([
      ['Politei', 'onbekend', 'Politie'],
      ['Waterschap Vallei', 'onbekend', undefined],
    ]);
  });
});
