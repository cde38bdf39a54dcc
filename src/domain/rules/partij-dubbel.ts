import { nameKey } from '../normalize';
import type { Field } from '../schema/field';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'partij-dubbel',
    severity: 'error',
    title: { nl: 'Partij of alias dubbel', en: 'Duplicate party or alias' },
    description: {
      nl: 'Een partijnaam of alias komt twee keer voor in Partijen, zodat niet vast te stellen is welke partij bedoeld wordt.',
      en: 'A party name or alias is used twice in Partijen, so it is unclear which party is meant.',
    },
    example: { nl: 'Alias "voorzitter WIV" bij zowel Hattem als Heerde.', en: 'Alias "voorzitter WIV" at both Hattem and Heerde.' },
    messages: {
      dubbel: {
        nl: '"{naam}" staat al in Partijen ({eerder}). Gebruik elke naam en alias maar één keer.',
        en: '"{naam}" already appears in Partijen ({eerder}). Use each name and alias once.',
      },
    },
  },
  create(ctx) {
    const seen = new Map<string, string>();
    for (const p of ctx.wb.partijen) {
      const names: Array<[string, Field | undefined]> = [
        [p.naam.text, p.naam],
        ...p.aliassenLijst.map((a): [string, Field | undefined] => [a, p.aliassen]),
      ];
      const mine = new Set<string>();
      for (const [name, field] of names) {
        const k = nameKey(name);
        if (!k || !field || mine.has(k)) continue;
        mine.add(k);
        const first = seen.get(k);
        if (first === undefined) seen.set(k, field.cell);
        else ctx.report({ messageId: 'dubbel', data: { naam: name, eerder: first }, at: field });
      }
    }
  },
});
