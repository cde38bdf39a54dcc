/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { XlsxWorkbook } from '../../src/adapters/file';
import type { WorkbookSnapshot } from '../../src/domain/schema/snapshot';
import { App } from '../../src/pane/App';
import { officeHost } from '../../src/pane/office-host';
import { FakeWorkbook } from '../helpers/fake-excel';
import { fakeFromSnapshot } from '../helpers/fake-from-snapshot';

// Two cores run every suite at once here: give the pane time to answer.
configure({ asyncUtilTimeout: 8000 });

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'uitvoeringsprogramma-2021.xlsx');
let sample: WorkbookSnapshot;

beforeAll(async () => {
  sample = await (await XlsxWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), 'uitvoeringsprogramma-2021.xlsx')).read();
});

function renderPane(fake: FakeWorkbook, locale: 'nl' | 'en' = 'nl') {
  const host = { ...officeHost(fake.run, fake.runIn, locale), today: () => '2021-01-15' };
  render(<App host={host} />);
  return userEvent.setup();
}

const card = (sheetCell: string, rule: string) => document.querySelector<HTMLElement>(`[data-cell="${sheetCell}"][data-rule="${rule}"]`);

describe('the task pane in Excel', () => {
  it('walks: Valideer → the Hatterm finding → jump to its cell → Herstel → gone → Overzicht maken', async () => {
    const fake = fakeFromSnapshot(sample);
    const user = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Valideer' }));
    const hatterm = await waitFor(() => card('Uitvoeringsprogramma!D3', 'trekker-onbekend')!);
    expect(within(hatterm).getByText('"Hatterm" is geen partij uit Partijen; bedoelt u Hattem?')).toBeTruthy();
    expect(screen.getByText('11 fouten')).toBeTruthy();
    expect(screen.getByText('Werkboek: uitvoeringsprogramma-2021.xlsx')).toBeTruthy();

    await user.click(within(hatterm).getByRole('button', { name: 'Ga naar cel Uitvoeringsprogramma!D3' }));
    await waitFor(() => expect(fake.selected).toBe('Uitvoeringsprogramma!D3:D3'));

    await user.click(within(hatterm).getByRole('button', { name: 'Herstel' }));
    await waitFor(() => expect(card('Uitvoeringsprogramma!D3', 'trekker-onbekend')).toBeNull());
    expect(card('Uitvoeringsprogramma!D5', 'trekker-onbekend')).not.toBeNull();
    expect(fake.sheet('Uitvoeringsprogramma').get(3, 4)?.value).toBe('Hattem 18 februari');
    expect(screen.getByText('10 fouten')).toBeTruthy();

    // The sample's matrix was made by hand: the pane asks before it overwrites.
    await user.click(screen.getByRole('button', { name: 'Overzicht maken' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/met de hand gemaakt of aangepast/)).toBeTruthy();
    // jsdom leaves tabster's aria-hidden on a fresh modal at times; the Chromium test checks the real thing.
    await user.click(await within(dialog).findByRole('button', { name: 'Overschrijven', hidden: true }));
    await screen.findByText(/Het Driehoek-overzicht is opnieuw gemaakt\. 8 niet geplaatst\./);
    const written = fake.sheet('Driehoek-overzicht');
    expect(written.get(4, 2)?.value).toBe('11-2-2021 (28-1)');
    expect(written.get(7, 4)?.value).toBe("- Thema's gemeenten ondermijning\n- Casustafel ondermijning\n- pva ondermijning\n- Twee rapportage IV");
    expect(card('Driehoek-overzicht!A1', 'overzicht-verouderd')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Open het blad Driehoek-overzicht' }));
    await waitFor(() => expect(fake.selected).toBe('Driehoek-overzicht!A1:A1'));
  });

  it('fixes every safe finding at once', async () => {
    const fake = fakeFromSnapshot(sample);
    const user = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Valideer' }));
    await user.click(await screen.findByRole('button', { name: 'Herstel alle veilige (7)' }));
    await screen.findByText('Hersteld: 7');
    expect(document.querySelectorAll('[data-rule="trekker-onbekend"], [data-rule="datum-geen-driehoek"]')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /Herstel alle veilige/ })).toBeNull();
  });

  it('completes the template of an empty workbook', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Blad1');
    const user = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Valideer' }));
    await user.click(await screen.findByRole('button', { name: 'Sjabloon aanvullen' }));
    await screen.findByText('De ontbrekende tabellen zijn toegevoegd, met hun kopregels.');
    expect(fake.sheets.map((s) => s.name)).toEqual(['Blad1', 'Acties', 'Vergaderingen', 'Speerpunten', 'Partijen']);
  });

  it('says in Dutch what to do when Excel is editing a cell', async () => {
    const fake = fakeFromSnapshot(sample);
    fake.editingCell = true;
    const user = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Valideer' }));
    await screen.findByText('Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.');
  });

  it('validates again after an edit when live validation is on', async () => {
    const fake = fakeFromSnapshot(sample);
    const user = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Valideer' }));
    await waitFor(() => expect(card('Uitvoeringsprogramma!D3', 'trekker-onbekend')).not.toBeNull());
    await user.click(screen.getByRole('switch', { name: 'Live controleren' }));
    await waitFor(() => expect(fake.changeHandlers).toHaveLength(1));
    fake.sheet('Uitvoeringsprogramma').set(3, 4, { value: 'Hattem 11 februari' });
    await fake.emitChanged();
    await waitFor(() => expect(card('Uitvoeringsprogramma!D3', 'trekker-onbekend')).toBeNull(), { timeout: 8000 });
    await user.click(screen.getByRole('switch', { name: 'Live controleren' }));
    await waitFor(() => expect(fake.changeHandlers).toHaveLength(0));
  });

  it('installs the dropdowns and explains why the combined column gets none', async () => {
    const fake = fakeFromSnapshot(sample);
    const user = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Keuzelijsten instellen' }));
    await screen.findByText(/De keuzelijsten staan in de tabel Acties\. Keuzelijsten kunnen pas/);
    expect(fake.sheet('Uitvoeringsprogramma').validations.map((v) => v.address)).toEqual(['A3:A235', 'B3:B235']);
  });

  it('shows workbook text as text, never as markup', async () => {
    const fake = fakeFromSnapshot(sample);
    fake.sheet('Uitvoeringsprogramma').set(4, 4, { value: '<img src=x onerror="window.pwned=1"> 15 april' });
    const user = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Valideer' }));
    const hit = await waitFor(() => card('Uitvoeringsprogramma!D4', 'trekker-onbekend')!);
    expect(hit.textContent).toContain('"<img src=x onerror="window.pwned=1">" is geen partij uit Partijen');
    expect(document.querySelector('img')).toBeNull();
  });

  it('speaks English in an English Office', async () => {
    const fake = fakeFromSnapshot(sample);
    const user = renderPane(fake, 'en');
    await user.click(screen.getByRole('button', { name: 'Validate' }));
    const hatterm = await waitFor(() => card('Uitvoeringsprogramma!D3', 'trekker-onbekend')!);
    expect(hatterm.textContent).toContain('"Hatterm" is not a party in Partijen; did you mean Hattem?');
    expect(screen.getByRole('button', { name: 'Build overview' })).toBeTruthy();
  });
});
