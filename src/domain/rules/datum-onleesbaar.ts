import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'datum-onleesbaar',
    severity: 'error',
    title: { nl: 'Datum onleesbaar', en: 'Unreadable date' },
    description: {
      nl: 'De datumtekst is geen datum en geen "doorlopend", dus de actie komt bij geen Driehoek terecht. Leesbaar zijn onder meer 18 februari, 18-2-2021, 18/02/2021, 2021-02-18, een Excel-datum, meerdere datums ("11 november en 16 december") en "doorlopend" of "continu proces".',
      en: 'The date text is no date and not "doorlopend", so the action lands at no meeting. Readable are 18 februari, 18-2-2021, 18/02/2021, 2021-02-18, an Excel date, several dates ("11 november en 16 december") and "doorlopend" or "continu proces".',
    },
    example: {
      nl: '"eind 2021/ begin 2022", of "29 februari 2021" (bestaat niet).',
      en: '"eind 2021/ begin 2022", or "29 februari 2021" (no such day).',
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
  create(ctx) {
    // A cell holding an error reads as "" (cel-fout's): only text that is no date is reported.
    for (const v of ctx.wb.vergaderingen) {
      if (v.driehoek.text && !v.driehoekIso) ctx.report({ messageId: 'vergadering', data: { tekst: v.driehoek.text }, at: v.driehoek });
      if (v.wiv?.text && !v.wivIso) ctx.report({ messageId: 'vergadering', data: { tekst: v.wiv.text }, at: v.wiv });
    }
    return {
      gepland(a) {
        const datum = a.datum;
        if (!datum || (!datum.onleesbaar.length && !datum.ongeldig.length)) return;
        // Dates were read from this cell, so it is there: made only for a finding.
        const at = a.datumVeld!;
        for (const tekst of datum.onleesbaar) ctx.report({ messageId: 'onleesbaar', data: { tekst }, at });
        for (const tekst of datum.ongeldig) ctx.report({ messageId: 'bestaatNiet', data: { tekst }, at });
      },
    };
  },
});
