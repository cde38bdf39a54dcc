import { defineRule } from './define';
import { allActies, datumKey } from './helpers';

export default defineRule({
  meta: {
    id: 'datum-onleesbaar',
    severity: 'error',
    title: { nl: 'Datum onleesbaar', en: 'Unreadable date' },
    description: {
      nl: 'De datumtekst is geen datum en geen "doorlopend". Leesbaar zijn onder meer 18 februari, 18-2-2021, 18/02/2021, 2021-02-18, een Excel-datum, meerdere datums ("11 november en 16 december") en "doorlopend" of "continu proces". Niet leesbaar: "eind 2021/ begin 2022", of een datum die niet bestaat (29 februari 2021).',
      en: 'The date text is no date and not "doorlopend". Readable: 18 februari, 18-2-2021, 18/02/2021, 2021-02-18, an Excel date, several dates, or "doorlopend"/"continu proces".',
    },
    messages: {
      onleesbaar: {
        nl: '"{tekst}" is geen datum van een Driehoek. Schrijf de datum van de vergadering (bijv. 16 december) of "doorlopend".',
        en: '"{tekst}" is not a meeting date. Write the meeting date (e.g. 16 december) or "doorlopend".',
      },
      bestaatNiet: {
        nl: 'De datum "{tekst}" bestaat niet. Controleer dag en maand.',
        en: 'The date "{tekst}" does not exist. Check day and month.',
      },
      vergadering: {
        nl: '"{tekst}" is geen datum met jaartal. Vul een Excel-datum in, bijv. 11-2-2021.',
        en: '"{tekst}" is not a date with a year. Enter an Excel date, e.g. 11-2-2021.',
      },
    },
  },
  check(ctx) {
    for (const a of allActies(ctx.wb)) {
      if (!a.datum || !a.driehoek) continue;
      const at = ctx.where(a.table, datumKey(ctx.wb, a), a.driehoek);
      for (const tekst of a.datum.onleesbaar) ctx.report({ messageId: 'onleesbaar', data: { tekst }, at });
      for (const tekst of a.datum.ongeldig) ctx.report({ messageId: 'bestaatNiet', data: { tekst }, at });
    }
    for (const v of ctx.wb.vergaderingen) {
      if (v.driehoek.text && !v.driehoek.error && !v.driehoekIso) {
        ctx.report({ messageId: 'vergadering', data: { tekst: v.driehoek.text }, at: ctx.where('vergaderingen', 'driehoek', v.driehoek) });
      }
      if (v.wiv?.text && !v.wiv.error && !v.wivIso)
        ctx.report({ messageId: 'vergadering', data: { tekst: v.wiv.text }, at: ctx.where('vergaderingen', 'wiv', v.wiv) });
    }
  },
});
