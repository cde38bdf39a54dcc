import { a1, isoToDutch } from '../cells';
import { nameKey } from '../normalize';
import type { Actie } from '../read/werkboek';
import type { CellInput } from '../schema/finding';
import { defineRule } from './define';

export default defineRule({
  meta: {
    id: 'kolom-gecombineerd',
    severity: 'info',
    title: { nl: 'Gecombineerde kolom in gebruik', en: 'Combined column in use' },
    description: {
      nl: 'De tabel Acties gebruikt de oude kolom "Wanneer af/terugkoppeling en wie is de trekker?" voor datum en trekker samen. driehoek leest die, maar aparte kolommen Trekker en Driehoek zijn eenduidiger en krijgen keuzelijsten. De herstelactie vult die twee kolommen naast de tabel, alleen in lege cellen, met wat driehoek uit de oude kolom las; daarna wordt de oude kolom niet meer gelezen en kunt u hem verbergen.',
      en: 'Acties uses the legacy column "Wanneer af/terugkoppeling en wie is de trekker?" for date and trekker together. driehoek reads it, but separate Trekker and Driehoek columns are clearer and get dropdowns. The fix fills those two columns beside the table, in empty cells only, with what driehoek read from the old column; after that the old column is no longer read and you can hide it.',
    },
    example: { nl: '"Hatterm 18 februari" in één cel.', en: '"Hatterm 18 februari" in one cell.' },
    fixable: true,
    messages: {
      gecombineerd: {
        nl: 'De kolom "{kolom}" bevat datum en trekker samen. Splits hem in de kolommen Trekker en Driehoek.',
        en: 'The column "{kolom}" holds date and trekker together. Split it into Trekker and Driehoek columns.',
      },
    },
  },
  create(ctx) {
    const loc = ctx.wb.locations.acties;
    const col = loc?.columns.gecombineerd;
    if (!loc || !col || !ctx.wb.gecombineerd) return;
    const byRow = new Map(ctx.wb.acties.map((a) => [a.row, a]));
    const rows: CellInput[][] = [[text('Trekker'), text('Driehoek')]];
    for (let r = loc.headerRow + 1; r <= loc.lastRow; r++) {
      const a = byRow.get(r);
      rows.push(a ? [text(trekkerText(a)), datumCell(a)] : [text(''), text('')]);
    }
    const sources = ctx.wb.acties.flatMap((a) => (a.gecombineerd ? [{ cell: a.gecombineerd.cell, expect: a.gecombineerd.value }] : []));
    ctx.report({
      messageId: 'gecombineerd',
      data: { kolom: col.header },
      at: { sheet: loc.sheet, cell: a1(loc.headerRow, col.col), column: col.header },
      fix: { type: 'fillEmpty', sheet: loc.sheet, startCell: a1(loc.headerRow, loc.lastCol + 1), rows, sources },
    });
  },
});

const text = (t: string): CellInput => ({ kind: 'text', text: t });

function trekkerText(a: Actie): string {
  const tokens = a.trekkers?.tokens ?? [];
  // A party's own name gets its own spelling; roles and collectives stay as written.
  return tokens.map((t) => (t.kind === 'partij' && nameKey(t.text) === nameKey(t.partijen[0]!) ? t.partijen[0]! : t.text)).join(', ');
}

function datumCell(a: Actie): CellInput {
  const d = a.datum;
  if (!d) return text('');
  if (d.datums.length === 1 && !d.doorlopend && !d.onleesbaar.length && !d.ongeldig.length) return { kind: 'date', iso: d.datums[0]!.iso };
  const parts = [d.datums.map((x) => isoToDutch(x.iso)).join(' en '), d.doorlopend ? 'doorlopend' : '', ...d.onleesbaar, ...d.ongeldig];
  return text(parts.filter(Boolean).join('; '));
}
