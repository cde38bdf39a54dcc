import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'speerpunt-dubbel',
    severity: 'error',
    title: { nl: 'Speerpuntcode dubbel', en: 'Duplicate speerpunt code' },
    description: { nl: 'Een code staat twee keer in Speerpunten.', en: 'A code appears twice in Speerpunten.' },
    example: { nl: 'Twee rijen met code 1.2.', en: 'Two rows with code 1.2.' },
    messages: {
      dubbel: {
        nl: 'De code {code} staat ook in {eerder}. Geef elk speerpunt een eigen code.',
        en: 'The code {code} also appears in {eerder}. Give each speerpunt its own code.',
      },
    },
  },
  create(ctx) {
    const seen = new Map<string, string>();
    for (const s of ctx.wb.speerpunten) {
      if (!s.codeText) continue;
      const first = seen.get(s.codeText);
      if (first === undefined) seen.set(s.codeText, s.code.cell);
      else ctx.report({ messageId: 'dubbel', data: { code: s.codeText, eerder: first }, at: s.code });
    }
  },
});
