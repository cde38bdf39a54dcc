import { RULES } from '../src/domain/rules/index';
import { TEKSTEN } from '../src/domain/teksten/index';
import { render } from '../src/domain/teksten/text';

/** Words that give an English sentence away, and Dutch ones that give a Dutch one away. */
const ENGLISH = /\b(a|an|the|is|are|was|has|been|and|with|without|by|from|of|to|not|this|that|choose|please|see)\b/i;
const DUTCH = /(^|\s)(de|het|een|en|niet|geen|kies|zie|met|van|voor|wordt|bij|onder|terwijl|moet|zijn|waar|zowel|één|heet)(?=[\s,.:;]|$)/i;
/** Quoted workbook text and placeholders are in neither language. */
const prose = (s: string) => s.replace(/"[^"]*"|\{\w+\}/g, '');

const all = [
  ...Object.entries(TEKSTEN).map(([id, t]) => [id, t] as const),
  ...RULES.flatMap((r) => [
    [`${r.meta.id}.title`, r.meta.title] as const,
    [`${r.meta.id}.description`, r.meta.description] as const,
    [`${r.meta.id}.example`, r.meta.example] as const,
    ...Object.entries(r.meta.messages as Record<string, { nl: string; en: string }>).map(([m, t]) => [`${r.meta.id}.${m}`, t] as const),
  ]),
];

describe('every sentence a user reads', () => {
  it.each(all)('%s is there in Dutch and in English, with the same placeholders', (_id, t) => {
    expect(t.nl.trim()).not.toBe('');
    expect(t.en.trim()).not.toBe('');
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(holes(t.en)).toEqual(holes(t.nl));
  });

  it('is Dutch in Dutch and English in English, where a sentence is long enough to tell', () => {
    const sentences = all.filter(
      ([, t]) =>
        prose(t.nl)
          .split(/\s+/)
          .filter((w) => /\p{L}/u.test(w)).length >= 6,
    );
    expect(sentences.length).toBeGreaterThan(100);
    expect(sentences.filter(([, t]) => !DUTCH.test(prose(t.nl))).map(([id]) => id)).toEqual([]);
    expect(sentences.filter(([, t]) => !ENGLISH.test(prose(t.en)) || / (de|het|een) /.test(prose(t.en))).map(([id]) => id)).toEqual([]);
  });
});

describe('a sentence with its placeholders filled', () => {
  it('fills every placeholder, at the start, twice and at the end, each time it is rendered', () => {
    const template = '{naam} trekt {n} acties; {naam} rapporteert op {datum}';
    for (const [naam, n] of [
      ['Epe', 3],
      ['OM', 0],
    ] as const) {
      expect(render(template, { naam, n, datum: '11-2-2021' })).toBe(`${naam} trekt ${n} acties; ${naam} rapporteert op 11-2-2021`);
    }
  });

  it('leaves a placeholder without data as it is written, and a sentence without placeholders as it is', () => {
    expect(render('Rij {rij} mist {kolom}.', { rij: 4 })).toBe('Rij 4 mist {kolom}.');
    expect(render('Geen gaten.', { rij: 4 })).toBe('Geen gaten.');
  });
});
