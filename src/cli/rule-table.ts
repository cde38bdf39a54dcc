import { RULES } from '../domain/rules/index';

const SEVERITY_NL = { error: 'fout', warning: 'waarschuwing', info: 'melding' } as const;

/** The README's rule table, made from each rule's meta (npm run readme writes it; a test keeps them equal). */
export function ruleTable(): string {
  const rows = RULES.map((r) => {
    const meta = r.meta as { fixable?: true; hasSuggestions?: true };
    const offers = [meta.fixable && 'certain fix', meta.hasSuggestions && 'suggestion'].filter(Boolean).join(', ') || '—';
    return `| \`${r.meta.id}\` | ${SEVERITY_NL[r.meta.severity]} | ${r.meta.title.nl} | ${r.meta.title.en} | ${offers} |`;
  });
  return ['| id | default | title | in English | offers |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
