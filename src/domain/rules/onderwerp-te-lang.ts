import { ONDERWERP_MAX } from '../vocabulary';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'onderwerp-te-lang',
    severity: 'warning',
    title: { nl: 'Onderwerp te lang', en: 'Onderwerp too long' },
    description: {
      nl: `Het onderwerp is langer dan ${ONDERWERP_MAX} tekens; in het overzicht hoort een korte naam, anders wordt de matrix onleesbaar.`,
      en: `The onderwerp is longer than ${ONDERWERP_MAX} characters; the overview wants a short label, or the matrix becomes unreadable.`,
    },
    example: { nl: 'Een onderwerp dat de hele actietekst herhaalt.', en: 'An onderwerp that repeats the whole action text.' },
    messages: {
      teLang: {
        nl: 'Het onderwerp is {lengte} tekens lang; houd het op hoogstens {max}.',
        en: 'The onderwerp is {lengte} characters long; keep it to {max} at most.',
      },
    },
  },
  create(ctx) {
    return {
      actie(a) {
        const o = a.onderwerp;
        // Count characters as people do (an emoji is one), but only for texts that may be too long.
        if (!o || o.text.length <= ONDERWERP_MAX || [...o.text].length <= ONDERWERP_MAX) return;
        ctx.report({ messageId: 'teLang', data: { lengte: [...o.text].length, max: ONDERWERP_MAX }, at: o });
      },
    };
  },
});
