import path from 'node:path';
import { cli, tempDir, xlsxFile } from './helpers/cli';
import { needs } from './helpers/needs';
import { pixelsOf, printSheet, type Printed } from './helpers/print';
import { KLEUREN } from '../src/domain/voortgang/sheet';

const A4_LANDSCAPE: [number, number] = [842, 595];

needs(['soffice', 'pdftotext', 'carlito'])('what the Driehoek receives, printed by LibreOffice (PNGs in test/output)', () => {
  describe('the overview of the sample', () => {
    let printed: Printed;
    beforeAll(async () => {
      const out = path.join(tempDir(), 'overzicht.xlsx');
      expect((await cli(['overzicht', '-o', out])).code).toBe(1);
      printed = await printSheet(out, 'Driehoek-overzicht', 'overzicht');
    });

    it('is A4 landscape, every meeting and the totals column on the same page, at 100 %', () => {
      expect(printed.size.map(Math.round)).toEqual(A4_LANDSCAPE);
      const first = printed.pages.find((p) => p.includes('11-2-2021 (28-1)'))!;
      expect(first).toContain('16-12-2021 (2-12)');
      expect(first).toMatch(/Totaal\s+per/);
    });

    it('cuts no topic off: the whole first sentence, never "…"', () => {
      expect(printed.text).not.toContain('…');
      // An actie without an onderwerp shows its first sentence to the end (a word longer than its column breaks where it must).
      const letters = printed.text.replace(/\s/g, '');
      for (const zin of [
        'Tweemaal per jaar een bewustwordingssessie houden als onderdeel van de lokale PvA ondermijning.',
        'verbeteringen worden doorgevoerd.',
      ])
        expect(letters).toContain(zin.replace(/\s/g, ''));
    });

    it('has the grand total in the corner and the status legend under the matrix', () => {
      const all = printed.pages.join('\n');
      const totals = all.split('\n').find((l) => /^\s*Totaal per Driehoek\s+0\s+3\s+5\s+5\s+3\s+5\s+21\s*$/.test(l));
      expect(totals).toBeDefined();
      expect(all).toMatch(/Legenda: ✓ afgerond/);
    });

    it('prints "Niet geplaatst" under its own head, not under the meetings’ head', () => {
      const pages = printed.pages.filter((p) => p.includes('Niet geplaatst') || /Onderwerp\s+Reden/.test(p));
      expect(pages.length).toBeGreaterThan(0);
      for (const p of pages.filter((x) => !x.includes('Totaal per'))) expect(p).not.toContain('Actiehouder');
      // Every page with matrix rows starts with the matrix head.
      for (const p of printed.pages.filter((x) => /^\s*(Elburg|Heerde|Politie)\b/m.test(x))) expect(p).toContain('Actiehouder');
    });
  });

  describe('the agenda and the progress report', () => {
    let agenda: Printed;
    let voortgang: Printed;
    beforeAll(async () => {
      const file = await programmeWithStatuses();
      const [a, v] = [path.join(tempDir(), 'agenda.xlsx'), path.join(tempDir(), 'voortgang.xlsx')];
      expect((await cli(['agenda', file, '--vergadering', '2021-06-17', '-o', a])).code).toBe(0);
      expect((await cli(['voortgang', file, '--peildatum', 'halfjaar', '-o', v])).code).toBe(0);
      agenda = await printSheet(a, 'Agenda', 'agenda');
      voortgang = await printSheet(v, 'Voortgang', 'voortgang');
    });

    it('prints the agenda on A4 portrait with its title, blocks and every column', () => {
      expect(agenda.size.map(Math.round)).toEqual([595, 842]);
      const all = agenda.pages.join('\n');
      for (const words of ['Agenda Driehoek 17-6-2021 (WIV 3-6-2021)', 'Op de agenda', 'Achterstallig', 'Doorlopend (ter kennisname)', 'Cel'])
        expect(all).toContain(words);
      expect(agenda.pages[0]).toMatch(/Onderwerp\s+Actie\s+Trekkers\s+Status\s+Opmerking\s+Cel/);
    });

    it('draws the chart of the progress report: a bar in each status colour that has actions', () => {
      const page = voortgang.pages.findIndex((p) => p.includes('Acties per status per speerpunt')) + 1;
      expect(page).toBeGreaterThan(0);
      // Gepland, Lopend and Afgerond have actions; Uitgesteld and Vervallen have none in this programme.
      for (const colour of KLEUREN.slice(0, 3)) expect([colour, pixelsOf(voortgang.pdf, page, colour) > 200]).toEqual([colour, true]);
    });
  });
});

/** A small programme with a Status column: the chart has something to stack. */
function programmeWithStatuses(): Promise<string> {
  return xlsxFile('met-status.xlsx', (wb) => {
    const statuses = ['Gepland', 'Lopend', 'Afgerond'];
    wb.addWorksheet('Acties').addRows([
      ['Speerpunt', 'Subspeerpunt', 'Actie', 'Onderwerp', 'Trekker', 'Driehoek', 'Status'],
      ...Array.from({ length: 24 }, (_, i) => [
        i < 12 ? '1. Zorg & Veiligheid' : '2. Maatschappelijke ondermijning',
        i < 12 ? '1.1 Kwetsbare personen' : '2.1 Georganiseerde criminaliteit',
        `Actie nummer ${i + 1} uitvoeren.`,
        `Onderwerp ${i + 1}`,
        ['Elburg', 'Epe', 'Politie'][i % 3],
        ['11 februari', '15 april', '17 juni', '9 september'][i % 4],
        statuses[i % 3],
      ]),
    ]);
    const v = wb.addWorksheet('Vergaderingen');
    v.addRow(['Driehoek', 'WIV']);
    for (const [d, w] of [
      ['2021-02-11', '2021-01-28'],
      ['2021-04-15', '2021-04-01'],
      ['2021-06-17', '2021-06-03'],
      ['2021-09-09', '2021-08-26'],
    ])
      v.addRow([new Date(`${d}T00:00:00Z`), new Date(`${w}T00:00:00Z`)]);
    v.getColumn(1).numFmt = 'd-m-yyyy';
    v.getColumn(2).numFmt = 'd-m-yyyy';
    wb.addWorksheet('Speerpunten').addRows([
      ['Code', 'Naam'],
      ['1', 'Zorg & Veiligheid'],
      ['1.1', 'Kwetsbare personen'],
      ['2', 'Maatschappelijke ondermijning'],
      ['2.1', 'Georganiseerde criminaliteit'],
    ]);
    wb.addWorksheet('Partijen').addRows([
      ['Naam', 'Soort', 'Aliassen'],
      ['Elburg', 'Gemeente', ''],
      ['Epe', 'Gemeente', ''],
      ['Politie', 'Politie', ''],
    ]);
  });
}
