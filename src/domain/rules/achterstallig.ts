import { isoToDutch } from '../cells';
import { defineRule } from './define';
import { statusOf } from './status-onbekend';

const CLOSED = new Set(['Afgerond', 'Vervallen']);

export default defineRule({
  meta: {
    id: 'achterstallig',
    severity: 'warning',
    title: { nl: 'Achterstallig', en: 'Overdue' },
    description: {
      nl: 'De Driehoek van de actie is voorbij en de status is niet Afgerond of Vervallen. Werkt alleen als de tabel Acties een kolom Status heeft; "vandaag" is een instelling, geen klok.',
      en: 'The action’s meeting has passed and its status is not Afgerond or Vervallen. Needs a Status column; "today" is a parameter.',
    },
    messages: {
      achterstallig: {
        nl: 'De Driehoek van {datum} is voorbij en de status is "{status}". Zet de status op Afgerond, Uitgesteld of Vervallen, of plan de actie opnieuw.',
        en: 'The meeting of {datum} has passed and the status is "{status}". Set it to Afgerond, Uitgesteld or Vervallen, or plan the action again.',
      },
    },
  },
  check(ctx) {
    if (!ctx.wb.locations.acties || !('status' in ctx.wb.locations.acties.columns)) return;
    for (const a of ctx.wb.acties) {
      if (!a.status || !a.datum) continue;
      const status = statusOf(a.status.text);
      if (status && CLOSED.has(status)) continue;
      const past = a.datum.datums
        .map((d) => d.iso)
        .filter((iso) => iso < ctx.today)
        .sort();
      const last = past[past.length - 1];
      if (!last) continue;
      ctx.report({
        messageId: 'achterstallig',
        data: { datum: isoToDutch(last), status: a.status.text || 'leeg' },
        at: ctx.where('acties', 'status', a.status),
      });
    }
  },
});
