import { nameKey } from '../normalize';
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
    messages: {
      dubbel: {
        nl: '"{naam}" staat al in Partijen ({eerder}). Gebruik elke naam en alias maar één keer.',
        en: '"{naam}" already appears in Partijen ({eerder}). Use each name and alias once.',
      },
    },
  },
  check(ctx) {
    const seen = new Map<string, string>();
    for (const p of ctx.wb.partijen) {
      const names: Array<[string, typeof p.naam | undefined, string]> = [
        [p.naam.text, p.naam, 'naam'],
        ...p.aliassen.map((a): [string, typeof p.naam | undefined, string] => [a, p.aliassenField, 'aliassen']),
      ];
      const mine = new Set<string>();
      for (const [name, field, column] of names) {
        const k = nameKey(name);
        if (!k || !field || mine.has(k)) continue;
        mine.add(k);
        const first = seen.get(k);
        if (first === undefined) seen.set(k, field.cell);
        else ctx.report({ messageId: 'dubbel', data: { naam: name, eerder: first }, at: ctx.where('partijen', column, field) });
      }
    }
  },
});
