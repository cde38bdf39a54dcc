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

/** Dutch and English plural: "1 fout", "2 fouten"; "1 error", "2 errors". */
export function plural(n: number, one: Text, many: Text, locale: Locale): string {
  return `${n} ${(n === 1 ? one : many)[locale]}`;
}
