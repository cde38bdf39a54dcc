import { defineRule } from './define';
import { allActies, own } from './helpers';

export default defineRule({
  meta: {
    id: 'speerpunt-onbekend',
    severity: 'error',
    title: { nl: 'Onbekend speerpunt', en: 'Unknown speerpunt' },
    description: {
      nl: 'Het speerpunt staat niet in de tabel Speerpunten, niet op code (1) en niet op naam (Zorg & Veiligheid). Stelt het dichtstbijzijnde speerpunt voor.',
      en: 'The speerpunt is not in the Speerpunten table, by code or by name. Suggests the nearest one.',
    },
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
  check(ctx) {
    if (!ctx.wb.speerpunten.length) return;
    for (const a of allActies(ctx.wb)) {
      if (!own(a.speerpunt)) continue;
      const { found, suggestion, mismatch } = ctx.speerpunten.lookup(a.speerpunt.text, false);
      if (found) continue;
      if (mismatch) {
        ctx.report({
          messageId: 'andereNaam',
          data: { waarde: a.speerpunt.text, code: mismatch.code.text, naam: mismatch.naam.text },
          at: ctx.where(a.table, 'speerpunt', a.speerpunt),
          suggestion,
        });
        continue;
      }
      const at = ctx.where(a.table, 'speerpunt', a.speerpunt);
      ctx.report({
        messageId: 'onbekend',
        data: { waarde: a.speerpunt.text },
        at,
        suggestion,
        fix: suggestion
          ? { type: 'replaceText', sheet: at.sheet, cell: at.cell, find: a.speerpunt.text, replace: suggestion, label: `Vervang door ${suggestion}` }
          : undefined,
      });
    }
  },
});
