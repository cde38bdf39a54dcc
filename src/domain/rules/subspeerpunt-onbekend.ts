import { defineRule } from './define';
import { own, reportUnknownSpeerpunt } from './helpers';

export default defineRule({
  meta: {
    id: 'subspeerpunt-onbekend',
    severity: 'error',
    title: { nl: 'Onbekend sub-speerpunt', en: 'Unknown sub-speerpunt' },
    description: {
      nl: 'Het sub-speerpunt staat niet in de tabel Speerpunten (een code met een punt, zoals 1.1), of het speerpunt van de rij heeft geen sub-speerpunten. Stelt het dichtstbijzijnde voor; dat is een gok, dus u kiest het zelf.',
      en: 'The sub-speerpunt is not in the Speerpunten table (a code with a dot, like 1.1), or the row’s speerpunt has none. Suggests the nearest; that is a guess, so you choose it yourself.',
    },
    example: { nl: '"1.9 Ouderen", terwijl Speerpunten geen 1.9 kent.', en: '"1.9 Ouderen", where Speerpunten has no 1.9.' },
    hasSuggestions: true,
    messages: {
      andereNaam: {
        nl: '"{waarde}": in Speerpunten heet {code} "{naam}". Pas de code of de naam aan.',
        en: '"{waarde}": in Speerpunten {code} is called "{naam}". Correct the code or the name.',
      },
      onbekend: {
        nl: '"{waarde}" staat niet als sub-speerpunt in Speerpunten. Kies er een uit die tabel of voeg het daar toe.',
        en: '"{waarde}" is not a sub-speerpunt in Speerpunten. Pick one from that table or add it there.',
      },
      geenSubs: {
        nl: '{speerpunt} heeft geen sub-speerpunten, maar hier staat "{waarde}". Maak de cel leeg of kies een ander speerpunt.',
        en: '{speerpunt} has no sub-speerpunten, yet this cell says "{waarde}". Clear it or pick another speerpunt.',
      },
    },
  },
  create(ctx) {
    if (!ctx.wb.speerpunten.length) return;
    return {
      gepland(a) {
        const at = a.subspeerpunt; // read once: each read of a cell makes its field
        if (!own(at)) return;
        const speerpunt = a.speerpunt?.text;
        const parent = speerpunt ? ctx.speerpunten.lookup(speerpunt, false).found : undefined;
        if (parent && !ctx.speerpunten.hasSubs(parent)) {
          ctx.report({ messageId: 'geenSubs', data: { speerpunt: parent.naam.text || parent.codeText, waarde: at.text }, at });
          return;
        }
        reportUnknownSpeerpunt(ctx, at, true);
      },
    };
  },
});
