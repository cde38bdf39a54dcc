/** @jest-environment ./test/helpers/jsdom-environment.js */
import { readFileSync } from 'node:fs';
import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import path from 'node:path';
import { XlsxWorkbook } from '../src/adapters/file';
import type { WorkbookSnapshot } from '../src/domain/schema/snapshot';
import { t } from '../src/domain/teksten/index';
import { overzichtCommand } from '../src/commands/commands';
import { App } from '../src/pane/App';
import { officeHost } from '../src/pane/office-host';
import { cli, xlsxFile } from './helpers/cli';
import { fakeFromSnapshot } from './helpers/fake-from-snapshot';
import type { FakeWorkbook } from './helpers/fake-excel';
import { ribbon } from './helpers/fake-office';

configure({ asyncUtilTimeout: 120_000 });

const SAMPLE = path.join(__dirname, '..', 'assets', 'uitvoeringsprogramma-2021.xlsx');

const SENTENCE = 'Het overzicht kan niet gemaakt worden: de tabellen Vergaderingen en Partijen zijn leeg. Vul die eerst.';

/** Actions, but no meetings and no parties yet: the state of a programme being set up. */
async function emptyReferenceTables(): Promise<{ file: string; fake: () => FakeWorkbook }> {
  const file = await xlsxFile('lege-lijsten.xlsx', (wb) => {
    wb.addWorksheet('Acties').addRows([
      ['Speerpunt', 'Subspeerpunt', 'Actie', 'Trekker', 'Driehoek'],
      ['1. Zorg & Veiligheid', '1.1 Personen', 'Wvggz monitoren', 'Hattem', '18 februari'],
    ]);
    wb.addWorksheet('Vergaderingen').addRow(['Driehoek', 'WIV']);
    wb.addWorksheet('Speerpunten').addRow(['Code', 'Naam']);
    wb.addWorksheet('Partijen').addRow(['Naam', 'Soort', 'Aliassen']);
  });
  const snapshot = await (await XlsxWorkbook.open(new Uint8Array(readFileSync(file)), 'lege-lijsten.xlsx')).read();
  return { file, fake: () => fakeFromSnapshot(snapshot) };
}

describe('Overzicht maken on a workbook whose reference tables are empty', () => {
  let file: string;
  let fake: () => FakeWorkbook;
  beforeAll(async () => ({ file, fake } = await emptyReferenceTables()));

  it('the command line refuses with the sentence and exit code 2, and writes no file', async () => {
    const out = `${file}.overzicht.xlsx`;
    const r = await cli(['overzicht', file, '-o', out]);
    expect([r.code, r.err.trim()]).toEqual([2, SENTENCE]);
    expect(() => readFileSync(out)).toThrow();
  });

  it('the task pane says the same sentence and adds no sheet', async () => {
    const wb = fake();
    render(<App host={{ ...officeHost(wb.run, wb.runIn, 'nl'), today: () => '2021-01-15' }} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Overzicht maken' }));
    await screen.findByText(SENTENCE);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Acties', 'Vergaderingen', 'Speerpunten', 'Partijen']);
  });

  it('the ribbon button says the same sentence in its dialog, adds no sheet, and completes only after OK', async () => {
    const wb = fake();
    const office = ribbon(wb, 'nl-NL');
    await overzichtCommand(office.event);
    expect(office.dialogs).toEqual([{ tekst: SENTENCE, knop: 'OK' }]);
    expect(office.completedAfterOk).toBe(true);
    expect(wb.sheets.map((s) => s.name)).toEqual(['Acties', 'Vergaderingen', 'Speerpunten', 'Partijen']);
  });
});

describe('the ribbon button on the sample', () => {
  let sample: WorkbookSnapshot;
  beforeAll(async () => {
    sample = await (await XlsxWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), 'uitvoeringsprogramma-2021.xlsx')).read();
  });

  it('does not replace the hand-made overview: it says, in English when Office is, to use the pane', async () => {
    const wb = fakeFromSnapshot(sample);
    const before = wb.sheet('Driehoek-overzicht').dump();
    const office = ribbon(wb, 'en-GB');
    await overzichtCommand(office.event);
    expect(office.dialogs).toEqual([{ tekst: t('en', 'lint.handmatig', { blad: 'Driehoek-overzicht' }), knop: 'OK' }]);
    expect(wb.sheet('Driehoek-overzicht').dump()).toBe(before);
  });

  it('makes the overview where there is none, and says how many actions it could not place', async () => {
    const wb = fakeFromSnapshot({ ...sample, sheets: sample.sheets.filter((s) => s.name !== 'Driehoek-overzicht') });
    const office = ribbon(wb, 'nl-NL');
    await overzichtCommand(office.event);
    expect(office.dialogs).toEqual([{ tekst: t('nl', 'lint.klaarNiet', { aantal: 8 }), knop: 'OK' }]);
    expect(wb.sheet('Driehoek-overzicht').get(1, 1)?.value).toBe('Driehoek-overzicht 2021');
    expect(office.completedAfterOk).toBe(true);
  });
});
