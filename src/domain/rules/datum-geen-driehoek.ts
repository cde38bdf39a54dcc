import { isoToDutch } from '../cells';
import { formatLike } from '../parse/datum';
import type { Fix } from '../schema/finding';
import { defineRule, type Where } from './define';
import { allActies, datumKey, nearestMeeting } from './helpers';

export default defineRule({
  meta: {
    id: 'datum-geen-driehoek',
    severity: 'error',
    title: { nl: 'Datum is geen Driehoek', en: 'Date is no Driehoek meeting' },
    description: {
      nl: 'Een datum is geen vergadering uit de tabel Vergaderingen, dus de actie komt in het overzicht bij geen enkele Driehoek terecht. Stelt de dichtstbijzijnde vergadering voor; de herstelactie vervangt de datum.',
      en: 'A date is not a meeting in Vergaderingen, so the action lands at no Driehoek in the overview. Suggests the nearest meeting; the fix replaces the date.',
    },
    messages: {
      geenDriehoek: {
        nl: '"{tekst}" ({datum}) is geen Driehoek-vergadering. De dichtstbijzijnde Driehoek is op {voorstel}.',
        en: '"{tekst}" ({datum}) is not a Driehoek meeting. The nearest meeting is on {voorstel}.',
      },
    },
  },
  check(ctx) {
    if (!ctx.meetings.length) return;
    const meetings = new Set(ctx.meetings);
    for (const a of allActies(ctx.wb)) {
      if (!a.datum || !a.driehoek) continue;
      const at = ctx.where(a.table, datumKey(ctx.wb, a), a.driehoek);
      for (const d of a.datum.datums) {
        if (meetings.has(d.iso)) continue;
        const nearest = nearestMeeting(d.iso, ctx.meetings)!;
        const fix: Fix = a.driehoek.iso
          ? { type: 'setDate', sheet: at.sheet, cell: at.cell, iso: nearest, label: `Zet op ${isoToDutch(nearest)}` }
          : replaceDate(at, d.text, formatLike(nearest, d));
        ctx.report({
          messageId: 'geenDriehoek',
          data: { tekst: d.text, datum: isoToDutch(d.iso), voorstel: isoToDutch(nearest) },
          at,
          suggestion: isoToDutch(nearest),
          fix,
        });
      }
    }
  },
});

function replaceDate(at: Where, find: string, replace: string): Fix {
  return { type: 'replaceText', sheet: at.sheet, cell: at.cell, find, replace, label: `Vervang "${find}" door "${replace}"` };
}
