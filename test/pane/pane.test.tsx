/** @jest-environment ./test/helpers/jsdom-environment.js */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { XlsxWorkbook } from '../../src/adapters/file';
import { RULES } from '../../src/domain/rules/index';
import type { WorkbookSnapshot } from '../../src/domain/schema/snapshot';
import { TEKSTEN } from '../../src/domain/teksten/index';
import { App } from '../../src/pane/App';
import { officeHost } from '../../src/pane/office-host';
import { FakeWorkbook } from '../helpers/fake-excel';
import { fakeFromSnapshot } from '../helpers/fake-from-snapshot';
import { WACHT_MS } from '../helpers/wait';

configure({ asyncUtilTimeout: WACHT_MS });

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'uitvoeringsprogramma-2021.xlsx');
let sample: WorkbookSnapshot;

beforeAll(async () => {
  sample = await (await XlsxWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), 'uitvoeringsprogramma-2021.xlsx')).read();
});

function renderPane(fake: FakeWorkbook, locale: 'nl' | 'en' = 'nl') {
  const host = { ...officeHost(fake.run, fake.runIn, locale), today: () => '2021-01-15' };
  const view = render(<App host={host} />);
  return { user: userEvent.setup(), view };
}

const card = (sheetCell: string, rule: string) => document.querySelector<HTMLElement>(`[data-cell="${sheetCell}"][data-rule="${rule}"]`);

/** A finding's card once the findings are shown (they come with the first result, in a chunk of their own). */
const findCard = (sheetCell: string, rule: string) =>
  waitFor(() => {
    const c = card(sheetCell, rule);
    if (!c) throw new Error(`geen kaart ${rule} op ${sheetCell}`);
    return c;
  });

describe('the task pane in Excel', () => {
  it('walks: Valideer → a finding that explains itself → its cell → a suggestion with before → after → undo', async () => {
    const fake = fakeFromSnapshot(sample);
    const { user } = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Valideer' }));
    const hatterm = await findCard('Uitvoeringsprogramma!D3', 'trekker-onbekend');
    // The rule's title, its severity in words, the message, the cell.
    expect(within(hatterm).getByText('Onbekende trekker')).toBeTruthy();
    expect(within(hatterm).getByText('Fout')).toBeTruthy();
    expect(within(hatterm).getByText('"Hatterm" is geen partij uit Partijen; bedoelt u Hattem?')).toBeTruthy();
    expect(screen.getByRole('button', { name: '11 fouten' })).toBeTruthy();
    expect(screen.getByText('Werkboek: uitvoeringsprogramma-2021.xlsx')).toBeTruthy();

    await user.click(within(hatterm).getByRole('button', { name: 'Uitleg' }));
    expect(within(hatterm).getByText(/Een trekker is geen partij en geen alias/)).toBeTruthy();

    await user.click(within(hatterm).getByRole('button', { name: 'Ga naar cel Uitvoeringsprogramma!D3' }));
    await waitFor(() => expect(fake.selected).toBe('Uitvoeringsprogramma!D3:D3'));

    // A guess is a suggestion: its button names it, and beside it stands what it writes.
    expect(within(hatterm).getByText('D3: Hatterm 18 februari → Hattem 18 februari')).toBeTruthy();
    await user.click(within(hatterm).getByRole('button', { name: 'Kies Hattem' }));
    await screen.findByText(/^Hersteld: D3: Hatterm 18 februari → Hattem 18 februari/);
    expect(fake.sheet('Uitvoeringsprogramma').get(3, 4)?.value).toBe('Hattem 18 februari');
    // The fixed finding keeps its place, marked as fixed: the next one does not move under the pointer.
    expect(document.querySelector('[data-cell="Uitvoeringsprogramma!D3"][data-resolved="true"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: '10 fouten' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    await screen.findByText('Ongedaan gemaakt: 1 cel teruggezet.');
    expect(fake.sheet('Uitvoeringsprogramma').get(3, 4)?.value).toBe('Hatterm 18 februari');
  });

  it('waits for Excel as little as it can: round trips per click, through the pane itself', async () => {
    const fake = fakeFromSnapshot({ ...sample, sheets: sample.sheets.filter((x) => x.name !== 'Driehoek-overzicht') });
    const { user } = renderPane(fake);
    const click = async (name: string, done: () => Promise<unknown>) => {
      const before = fake.syncs;
      await user.click(screen.getAllByRole('button', { name })[0]!);
      await done();
      return fake.syncs - before;
    };
    expect(await click('Valideer', () => findCard('Uitvoeringsprogramma!D3', 'trekker-onbekend'))).toBeLessThanOrEqual(2);
    // One fix: read the cells it touches, write, and the findings after.
    expect(await click('Kies Hattem', () => screen.findByText(/^Hersteld: D3/))).toBeLessThanOrEqual(4);
    // Overzicht maken: its read, the write, and the findings after (worked out without reading again).
    expect(await click('Overzicht maken', () => screen.findByText(/^Het Driehoek-overzicht is gemaakt/))).toBeLessThanOrEqual(4);
  });

  it('"Herstel alle zekere" applies certain fixes only: no date changes, no name is guessed', async () => {
    const fake = fakeFromSnapshot(sample);
    const { user } = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Valideer' }));
    await user.click(await screen.findByRole('button', { name: 'Herstel alle zekere (5)' }));
    await screen.findByText(/5 herstelacties hersteld\./);
    const s = fake.sheet('Uitvoeringsprogramma');
    expect(s.get(3, 4)?.value).toBe('Hatterm 18 februari');
    expect(s.get(22, 4)?.value).toBe('Gemeenten 18 februari');
    expect(s.get(3, 6)?.value).toBe('Hatterm');
    // The split tells what became of the old column, and offers to hide it.
    await user.click(screen.getByRole('button', { name: 'Kolom D verbergen' }));
    await screen.findByText('Kolom D is verborgen; de gegevens staan er nog.');
    expect(s.hiddenColumns).toEqual(['D:D']);
  });

  it('asks before it replaces a hand-made overview, then makes it and offers to open it', async () => {
    const fake = fakeFromSnapshot(sample);
    const { user } = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Overzicht maken' }));
    const question = await screen.findByRole('alertdialog', { name: 'Blad met de hand aangepast' });
    await user.click(within(question).getByRole('button', { name: 'Vervangen' }));
    await screen.findByText('Het Driehoek-overzicht is gemaakt; 8 niet geplaatst (onderaan het blad staat waarom).');
    expect(fake.sheet('Driehoek-overzicht').get(4, 2)?.value).toBe('11-2-2021 (28-1)');
    expect(card('Driehoek-overzicht!A1', 'overzicht-verouderd')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open het blad Driehoek-overzicht' }));
    await waitFor(() => expect(fake.selected).toBe('Driehoek-overzicht!A1:A1'));
  });

  it('makes the agenda of the meeting the user picks, the next one offered first', async () => {
    const fake = fakeFromSnapshot(sample);
    const { user } = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Agenda maken' }));
    const kies = await screen.findByRole('combobox', { name: 'Agenda voor de Driehoek van' });
    // Today is 15 January 2021: the next Driehoek is 11 February.
    expect((kies as HTMLSelectElement).value).toBe('2021-02-11');
    await user.selectOptions(kies, '17-6-2021');
    await user.click(screen.getByRole('button', { name: 'Maken' }));
    await screen.findByText('De agenda voor de Driehoek van 17-6-2021 is gemaakt: 5 op de agenda, 0 achterstallig.');
    expect(fake.sheet('Agenda').get(1, 1)?.value).toBe('Agenda Driehoek 17-6-2021 (WIV 3-6-2021)');
  });

  it('makes the progress report as of the year end, with one chart however often it is made', async () => {
    const fake = fakeFromSnapshot(sample);
    const { user } = renderPane(fake);
    for (let i = 0; i < 2; i++) {
      await user.click(screen.getByRole('button', { name: 'Voortgang maken' }));
      await user.selectOptions(await screen.findByRole('combobox', { name: 'Voortgang op' }), 'einde jaar (31-12-2021)');
      await user.click(screen.getByRole('button', { name: 'Maken' }));
      await screen.findByText(/^De voortgang per 31-12-2021 is gemaakt: \d+ van 30 acties opgeleverd/);
    }
    const charts = fake.sheet('Voortgang').charts;
    expect(charts.map((c) => [c.name, c.type, c.series, c.colors.length, c.reversed])).toEqual([['driehoek-voortgang', 'BarStacked', 6, 6, true]]);
    expect(charts[0]!.source).toMatch(/^A\d+:G\d+$/);
  });

  it('refuses an overview with nothing in it, as the command line does', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Acties').fill([['Speerpunt', 'Subspeerpunt', 'Actie', 'Trekker', 'Driehoek']]);
    fake.addSheet('Vergaderingen').fill([['Driehoek', 'WIV']]);
    fake.addSheet('Speerpunten').fill([['Code', 'Naam']]);
    fake.addSheet('Partijen').fill([['Naam', 'Soort', 'Aliassen']]);
    const { user } = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Overzicht maken' }));
    await screen.findByText('Het overzicht kan niet gemaakt worden: de tabellen Acties, Vergaderingen en Partijen zijn leeg. Vul die eerst.');
    expect(fake.sheets.map((s) => s.name)).toEqual(['Acties', 'Vergaderingen', 'Speerpunten', 'Partijen']);
  });

  it('completes the template, says which tables still need rows, and Valideer keeps reporting them', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Acties').fill([
      ['Speerpunt', 'Subspeerpunt', 'Actie', 'Trekker', 'Driehoek'],
      ['1', '', 'Iets', 'Epe', '11 februari'],
    ]);
    const { user } = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Sjabloon aanvullen' }));
    await screen.findByText(/Toegevoegd, met hun kopregel: Vergaderingen, Speerpunten, Partijen\. Vul nog: Vergaderingen, Speerpunten, Partijen\./);
    await user.click(screen.getByRole('button', { name: 'Valideer' }));
    await waitFor(() => expect(document.querySelectorAll('[data-rule="tabel-leeg"]')).toHaveLength(3));
  });

  it('says in Dutch what to do when Excel is editing a cell', async () => {
    const fake = fakeFromSnapshot(sample);
    fake.editingCell = true;
    const { user } = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Valideer' }));
    await screen.findByText('Excel is bezig met het bewerken van een cel. Druk op Enter of Esc en probeer het opnieuw.');
  });

  it('validates again after the user’s edit, and stops listening when switched off or when the pane goes', async () => {
    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    try {
      const fake = fakeFromSnapshot(sample);
      const host = { ...officeHost(fake.run, fake.runIn, 'nl'), today: () => '2021-01-15' };
      const { unmount } = render(<App host={host} />);
      const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
      await user.click(screen.getByRole('button', { name: 'Valideer' }));
      await waitFor(() => expect(card('Uitvoeringsprogramma!D3', 'trekker-onbekend')).not.toBeNull());
      await user.click(screen.getByRole('switch', { name: 'Live valideren' }));
      await waitFor(() => expect(fake.changeHandlers).toHaveLength(1));
      jest.advanceTimersByTime(5000);
      fake.sheet('Uitvoeringsprogramma').set(3, 4, { value: 'Hattem 11 februari' });
      await act(() => fake.emitChanged());
      await act(async () => void jest.advanceTimersByTime(1000));
      await waitFor(() => expect(card('Uitvoeringsprogramma!D3', 'trekker-onbekend')).toBeNull());
      await user.click(screen.getByRole('switch', { name: 'Live valideren' }));
      await waitFor(() => expect(fake.changeHandlers).toHaveLength(0));
      await user.click(screen.getByRole('switch', { name: 'Live valideren' }));
      await waitFor(() => expect(fake.changeHandlers).toHaveLength(1));
      unmount();
      await waitFor(() => expect(fake.changeHandlers).toHaveLength(0));
    } finally {
      jest.useRealTimers();
    }
  });

  it('installs the dropdowns and explains why the combined column gets none', async () => {
    const fake = fakeFromSnapshot(sample);
    const { user } = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Keuzelijsten instellen' }));
    await screen.findByText(/De keuzelijsten staan in de tabel Acties\. Trekker en Driehoek krijgen pas keuzelijsten/);
    expect(fake.sheet('Uitvoeringsprogramma').validations.map((v) => v.address)).toEqual(['A3:A235', 'B3:B235']);
  });

  it('shows workbook text as text, never as markup', async () => {
    const fake = fakeFromSnapshot(sample);
    fake.sheet('Uitvoeringsprogramma').set(4, 4, { value: '<img src=x onerror="window.pwned=1"> 15 april' });
    const { user } = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Valideer' }));
    const hit = await findCard('Uitvoeringsprogramma!D4', 'trekker-onbekend');
    expect(hit.textContent).toContain('"<img src=x onerror="window.pwned=1">" is geen partij uit Partijen');
    expect(document.querySelector('img')).toBeNull();
  });

  it('filters by severity and counts each in words', async () => {
    const fake = fakeFromSnapshot(sample);
    const { user } = renderPane(fake);
    await user.click(screen.getByRole('button', { name: 'Valideer' }));
    await screen.findByRole('button', { name: '11 meldingen' });
    expect(document.querySelectorAll('[data-rule="onderwerp-ontbreekt"]').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: '11 meldingen' }));
    expect(document.querySelectorAll('[data-rule="onderwerp-ontbreekt"]')).toHaveLength(0);
    expect(document.querySelectorAll('[data-rule="trekker-onbekend"]')).toHaveLength(2);
  });

  it('leaves no Dutch sentence when Office runs in English', async () => {
    const fake = fakeFromSnapshot(sample);
    const { user } = renderPane(fake, 'en');
    await user.click(screen.getByRole('button', { name: 'Validate' }));
    const hatterm = await findCard('Uitvoeringsprogramma!D3', 'trekker-onbekend');
    expect(hatterm.textContent).toContain('"Hatterm" is not a party in Partijen; did you mean Hattem?');
    await user.click(within(hatterm).getByRole('button', { name: 'Explanation' }));
    await user.click(within(hatterm).getByRole('button', { name: 'Use Hattem' }));
    await screen.findByText(/^Fixed: D3/);
    await user.click(screen.getByRole('button', { name: 'Build overview' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Replace' }));
    await screen.findByText(/The Driehoek overview has been made/);
    const page = document.body.textContent ?? '';
    const dutch = [
      ...Object.values(TEKSTEN).map((x) => x.nl),
      ...RULES.flatMap((r) => [
        r.meta.title.nl,
        r.meta.description.nl,
        ...Object.values(r.meta.messages as Record<string, { nl: string }>).map((m) => m.nl),
      ]),
    ]
      .filter((nl) => nl.length > 12)
      .map((nl) => nl.split('{')[0]!.trim())
      .filter((start) => start.length > 12 && start.includes(' '));
    expect(dutch.filter((start) => page.includes(start))).toEqual([]);
  });
});
