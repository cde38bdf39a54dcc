export type Locale = 'nl' | 'en';

/** A sentence in both languages the product speaks. */
export interface Text {
  nl: string;
  en: string;
}

/** The {placeholders} of a template, as a union of names. */
type Params<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | Params<R> : never;
export type DataFor<T extends Text> = Record<Params<T['nl']> | Params<T['en']>, string | number>;

export function render(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(data[k] ?? `{${k}}`));
}

/** "A, B en C" / "A, B and C", as each language writes a list. */
export function lijst(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
