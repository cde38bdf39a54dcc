import { defineRule } from './define';
import { own, reportUnknownSpeerpunt } from './helpers';

export default defineRule({
  meta: {
    id: 'speerpunt-onbekend',
    severity: 'error',
    title: { nl: 'Onbekend speerpunt', en: 'Unknown speerpunt' },
    description: {
      nl: 'Het speerpunt staat niet in de tabel Speerpunten, niet op code (1) en niet op naam (Zorg & Veiligheid), of de code en de naam ernaast horen bij verschillende speerpunten. Stelt het dichtstbijzijnde speerpunt voor; dat is een gok, dus u kiest het zelf.',
      en: 'The speerpunt is not in the Speerpunten table, by code (1) or by name (Zorg & Veiligheid), or its code and name belong to different speerpunten. Suggests the nearest one; that is a guess, so you choose it yourself.',
    },
    example: {
      nl: '"Zorg en Veilighied" (tikfout) of "1. Criminaliteit" (code 1 heet Zorg & Veiligheid).',
      en: '"Zorg en Veilighied" (a typo) or "1. Criminaliteit" (code 1 is Zorg & Veiligheid).',
    },
    hasSuggestions: true,
    messages: {
      andereNaam: {
        nl: '"{waarde}": in Speerpunten heet {code} "{naam}". Pas de code of de naam aan.',
        en: '"{waarde}": in Speerpunten {code} is called "{naam}". Correct the code or the name.',
      },
      onbekend: {
        nl: '"{waarde}" staat niet in Speerpunten. Kies een speerpunt uit die tabel of voeg het daar toe.',
        en: '"{waarde}" is not in Speerpunten. Pick one from that table or add it there.',
      },
    },
  },
  create(ctx) {
    if (!ctx.wb.speerpunten.length) return;
    return {
      gepland(a) {
        const at = a.speerpunt; // read once: each read of a cell makes its field
        if (!own(at)) return;
        reportUnknownSpeerpunt(ctx, at, false);
      },
    };
  },
});
