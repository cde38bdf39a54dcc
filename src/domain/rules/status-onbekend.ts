import { nameKey } from '../normalize';
import { StatusSchema } from '../schema/werkboek';
import { defineRule } from './define';

const KNOWN = new Map(StatusSchema.options.map((s) => [nameKey(s), s]));

export default defineRule({
  meta: {
    id: 'status-onbekend',
    severity: 'error',
    title: { nl: 'Onbekende status', en: 'Unknown status' },
    description: {
      nl: `De status is niet een van: ${StatusSchema.options.join(', ')}.`,
      en: `The status is not one of: ${StatusSchema.options.join(', ')}.`,
    },
    messages: {
      onbekend: {
        nl: '"{status}" is geen status. Kies uit {toegestaan}.',
        en: '"{status}" is not a status. Choose from {toegestaan}.',
      },
    },
  },
  check(ctx) {
    for (const a of ctx.wb.acties) {
      if (!a.status?.text || KNOWN.has(nameKey(a.status.text))) continue;
      ctx.report({
        messageId: 'onbekend',
        data: { status: a.status.text, toegestaan: StatusSchema.options.join(', ') },
        at: ctx.where('acties', 'status', a.status),
      });
    }
  },
});

export function statusOf(text: string | undefined): string | undefined {
  return text ? KNOWN.get(nameKey(text)) : undefined;
}
