import { isoToDutch } from '../cells';
import { isClosed, statusOf } from '../vocabulary';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'achterstallig',
    severity: 'warning',
    title: { nl: 'Achterstallig', en: 'Overdue' },
    description: {
      nl: 'De Driehoek van de actie is voorbij en de status is niet Afgerond of Vervallen: de actie staat op de agenda als achterstallig. Werkt alleen als de tabel Acties een kolom Status heeft; "vandaag" is een instelling, geen klok.',
      en: 'The action’s meeting has passed and its status is not Afgerond or Vervallen: the agenda lists it as overdue. Needs a Status column; "today" is a setting, not a clock.',
    },
    example: { nl: 'Op 1 oktober een actie van 9 september met status Gepland.', en: 'On 1 October, an action of 9 September with status Gepland.' },
    messages: {
      achterstallig: {
        nl: 'De Driehoek van {datum} is voorbij en de status is "{status}". Zet de status op Afgerond, Uitgesteld of Vervallen, of plan de actie opnieuw.',
        en: 'The meeting of {datum} has passed and the status is "{status}". Set it to Afgerond, Uitgesteld or Vervallen, or plan the action again.',
      },
      geenStatus: {
        nl: 'De Driehoek van {datum} is voorbij en de actie heeft geen status. Zet de status op Afgerond, Uitgesteld of Vervallen, of plan de actie opnieuw.',
        en: 'The meeting of {datum} has passed and the action has no status. Set it to Afgerond, Uitgesteld or Vervallen, or plan the action again.',
      },
    },
  },
  create(ctx) {
    if (!ctx.wb.locations.acties?.columns.status) return;
    return {
      actie(a) {
        // Read once: each read of a cell makes its field.
        const status = a.status;
        const datum = a.datum;
        if (!status || !datum || isClosed(statusOf(status.text))) return;
        const past = datum.datums.map((d) => d.iso).filter((iso) => iso < ctx.today);
        const last = past.sort()[past.length - 1];
        if (!last) return;
        if (status.text) ctx.report({ messageId: 'achterstallig', data: { datum: isoToDutch(last), status: status.text }, at: status });
        else ctx.report({ messageId: 'geenStatus', data: { datum: isoToDutch(last) }, at: status });
      },
    };
  },
});
