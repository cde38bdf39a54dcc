import { isoToDutch } from '../cells';
import { formatLike, type DatumMatch } from '../parse/datum';
import type { Field } from '../schema/field';
import type { Fix } from '../schema/finding';
import { nearestMeeting } from '../vocabulary';
import { defineRule } from './define';
import { memo } from '../read/werkboek';

export default defineRule({
  meta: {
    id: 'datum-geen-driehoek',
    severity: 'error',
    title: { nl: 'Datum is geen Driehoek', en: 'Date is no Driehoek meeting' },
    description: {
      nl: 'Een datum is geen vergadering uit de tabel Vergaderingen, dus de actie komt in het overzicht bij geen enkele Driehoek terecht. Stelt de dichtstbijzijnde vergadering voor; dat is een gok (bedoelde u de vergadering ervoor of erna?), dus u kiest hem zelf.',
      en: 'A date is not a meeting in Vergaderingen, so the action lands at no Driehoek in the overview. Suggests the nearest meeting; that is a guess (the one before or after?), so you choose it yourself.',
    },
    example: {
      nl: '"18 februari", terwijl de Driehoek op 11 februari 2021 vergadert.',
      en: '"18 februari", where the Driehoek meets on 11 February 2021.',
    },
    hasSuggestions: true,
    messages: {
      geenDriehoek: {
        nl: '"{tekst}" ({datum}) is geen Driehoek-vergadering. De dichtstbijzijnde Driehoek is op {voorstel}.',
        en: '"{tekst}" ({datum}) is not a Driehoek meeting. The nearest meeting is on {voorstel}.',
      },
      datumGeenDriehoek: {
        nl: '{datum} is geen Driehoek-vergadering. De dichtstbijzijnde Driehoek is op {voorstel}.',
        en: '{datum} is not a Driehoek meeting. The nearest meeting is on {voorstel}.',
      },
    },
  },
  create(ctx) {
    const meetings = new Set(ctx.wb.meetings);
    if (!meetings.size) return;
    // The same few wrong dates come back on many rows, and each text's parse is shared: what is said of a date is worked out once.
    const said = new Map<DatumMatch, { nearest: string; datum: string; voorstel: string; replace: string }>();
    const say = (d: DatumMatch) => {
      const nearest = nearestMeeting(d.iso, ctx.wb.meetings)!;
      return { nearest, datum: isoToDutch(d.iso), voorstel: isoToDutch(nearest), replace: formatLike(nearest, d) };
    };
    return {
      gepland(a) {
        for (const d of a.datum?.datums ?? []) {
          if (meetings.has(d.iso)) continue;
          // Dates were read from this cell, so it is there: made only for a finding.
          const at = a.datumVeld!;
          const { nearest, datum, voorstel, replace } = memo(said, d, say);
          const suggest = [{ label: voorstel, fix: fixFor(at, d.text, replace, nearest) }];
          // Say a date once: "18 februari (18-2-2021)", but not "18-2-2021 (18-2-2021)".
          if (d.text === datum) ctx.report({ messageId: 'datumGeenDriehoek', data: { datum, voorstel }, at, suggest });
          else ctx.report({ messageId: 'geenDriehoek', data: { tekst: d.text, datum, voorstel }, at, suggest });
        }
      },
    };
  },
});

function fixFor(at: Field, find: string, replace: string, iso: string): Fix {
  if (at.iso) return { type: 'setDate', sheet: at.sheet, cell: at.cell, expect: at.value, iso };
  return { type: 'replaceText', sheet: at.sheet, cell: at.cell, expect: at.value, find, replace };
}
