import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { XlsxWorkbook } from '../../src/adapters/file';
import { DIST } from '../helpers/dist';
import { valuesOf } from '../helpers/snapshot';
import { serve } from '../helpers/static-server';
import { needs } from '../helpers/needs';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = path.join(__dirname, '..', 'output');

/** The pane has finished its work: no spinner. */
async function idle(page: Page): Promise<void> {
  await page.locator('.fui-Spinner').waitFor({ state: 'detached' });
}

async function axe(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, which the page's CSP does not govern.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }
    ).axe.run();
    return result.violations.map((v) => `${v.id} ${v.impact} (${v.nodes.length})`);
  });
}

const SIZES = [
  { name: 'deelvenster', width: 350, height: 800 },
  { name: 'laptop', width: 1366, height: 768 },
] as const;

needs(['dist', 'chromium'])('the pane as a web page, in a real Chromium', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let context: BrowserContext;
  const outside: string[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    server = await serve(DIST);
    context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'driehoek-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
      acceptDownloads: true,
      locale: 'nl-NL',
    });
    // Waiting is not what these tests measure: a busy machine may take many times longer.
    context.setDefaultTimeout(120_000);
    // The workbook must never leave the machine: record (and stop) any request that is not to this page's own server.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  async function open(size: (typeof SIZES)[number]): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width: size.width, height: size.height });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto(`${server.url}index.html`);
    return page;
  }

  it.each(SIZES)(
    'walks at $width × $height: titles, severity in words, Uitleg, before → after, undo, leave warning, overview preview, download',
    async (size) => {
      const page = await open(size);
      await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
      await page.getByRole('button', { name: 'Valideer' }).click();
      const hatterm = page.locator('[data-cell="Uitvoeringsprogramma!D3"][data-rule="trekker-onbekend"]');
      await hatterm.waitFor();
      await idle(page);
      // A title, not an id; severity in words.
      await hatterm.getByText('Onbekende trekker', { exact: true }).waitFor();
      await hatterm.getByText('Fout', { exact: true }).waitFor();
      expect(await hatterm.textContent()).not.toContain('trekker-onbekend');
      await hatterm.getByRole('button', { name: 'Uitleg' }).click();
      await hatterm.getByText(/Een trekker is geen partij en geen alias/).waitFor();
      await hatterm.getByText('Regel trekker-onbekend').waitFor();
      await page.screenshot({ path: path.join(OUTPUT, `${size.name}-bevindingen.png`), fullPage: false });

      // The fix says what it writes, beside its button; the next card stays where it is.
      await hatterm.getByText('D3: Hatterm 18 februari → Hattem 18 februari').waitFor();
      const next = page.locator('[data-cell="Uitvoeringsprogramma!D5"][data-rule="trekker-onbekend"]');
      const before = await next.boundingBox();
      await hatterm.getByRole('button', { name: 'Kies Hattem' }).click();
      const notice = page.getByText(/^Hersteld: D3: Hatterm 18 februari → Hattem 18 februari/);
      await notice.waitFor();
      await idle(page);
      expect(await next.boundingBox()).toEqual(before);
      // The outcome is in view, wherever the user was.
      expect(await notice.isVisible()).toBe(true);
      const box = await notice.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(size.height);
      await page.screenshot({ path: path.join(OUTPUT, `${size.name}-hersteld.png`) });

      await page.getByRole('button', { name: 'Ongedaan maken' }).click();
      await page.getByText('Ongedaan gemaakt: 1 cel teruggezet.').waitFor();
      await idle(page);
      await hatterm.waitFor();

      await page.getByRole('button', { name: 'Overzicht maken' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Vervangen' }).click();
      await page.getByText(/^Het Driehoek-overzicht is gemaakt; 8 niet geplaatst/).waitFor();
      await idle(page);
      // The overview as a table, with its totals, and what could not be placed with a way to its finding.
      const table = page.getByRole('table', { name: 'Driehoek-overzicht 2021' });
      await table.waitFor();
      const totals = await table
        .getByRole('row', { name: /Totaal per Driehoek/ })
        .getByRole('cell')
        .allTextContents();
      expect(totals.slice(0, 6)).toEqual(['0', '3', '5', '5', '3', '5']);
      await page.getByRole('heading', { name: 'Niet geplaatst (8)' }).waitFor();
      await page.getByRole('button', { name: 'Bevinding bij Uitvoeringsprogramma!C22' }).click();
      await page.screenshot({ path: path.join(OUTPUT, `${size.name}-overzicht.png`), fullPage: true });

      // Leaving with changes not downloaded: the browser asks first.
      const asked = new Promise<string>((resolve) =>
        page.once('dialog', (d) => {
          resolve(d.type());
          void d.dismiss();
        }),
      );
      await page.close({ runBeforeUnload: true });
      expect(await asked).toBe('beforeunload');
      expect(page.isClosed()).toBe(false);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Downloaden/ }).click()]);
      expect(download.suggestedFilename()).toBe('uitvoeringsprogramma-2021 (gecontroleerd).xlsx');
      const file = path.join(OUTPUT, `${size.name}-gedownload.xlsx`);
      await download.saveAs(file);
      const back = await (await XlsxWorkbook.open(new Uint8Array(readFileSync(file)), 'gedownload.xlsx')).read();
      expect(valuesOf(back.sheets.find((s) => s.name === 'Uitvoeringsprogramma'))[2]![3]).toBe('Hatterm 18 februari');
      const overview = valuesOf(back.sheets.find((s) => s.name === 'Driehoek-overzicht'));
      expect(overview.find((r) => r[0] === 'Totaal per Driehoek')!.slice(1, 7)).toEqual([0, 3, 5, 5, 3, 5]);

      expect(await axe(page)).toEqual([]);
      if (size.width === 350) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(350);
      await page.close();
    },
  );

  it.each(SIZES)('makes the agenda and the progress report at $width × $height, and downloads them with a chart', async (size) => {
    const page = await open(size);
    await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
    await page.getByRole('button', { name: 'Agenda maken' }).click();
    await page.getByRole('combobox', { name: 'Agenda voor de Driehoek van' }).selectOption({ label: '17-6-2021' });
    await page.getByRole('button', { name: 'Maken', exact: true }).click();
    const agenda = page.getByText(/^De agenda voor de Driehoek van 17-6-2021 is gemaakt: 5 op de agenda/);
    await agenda.waitFor();
    const box = await agenda.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(size.height);
    await page.getByRole('button', { name: 'Voortgang maken' }).click();
    await page.getByRole('combobox', { name: 'Voortgang op' }).selectOption({ label: 'halfjaar (30-6-2021)' });
    await page.screenshot({ path: path.join(OUTPUT, `${size.name}-voortgang-kiezen.png`) });
    await page.getByRole('button', { name: 'Maken', exact: true }).click();
    await page.getByText(/^De voortgang per 30-6-2021 is gemaakt: 13 van 30 acties opgeleverd/).waitFor();
    await idle(page);
    expect(await axe(page)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Downloaden/ }).click()]);
    const file = path.join(OUTPUT, `${size.name}-documenten.xlsx`);
    await download.saveAs(file);
    const back = await (await XlsxWorkbook.open(new Uint8Array(readFileSync(file)), 'documenten.xlsx')).read();
    expect(valuesOf(back.sheets.find((s) => s.name === 'Agenda'))[0]![0]).toBe('Agenda Driehoek 17-6-2021 (WIV 3-6-2021)');
    expect(valuesOf(back.sheets.find((s) => s.name === 'Voortgang'))[0]![0]).toBe('Voortgang uitvoeringsprogramma 2021 — peildatum 30-6-2021');
    expect(Object.keys((await JSZip.loadAsync(readFileSync(file))).files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(1);
    await page.close({ runBeforeUnload: false });
  });

  it('asks before opening another workbook over changes not downloaded', async () => {
    const page = await open(SIZES[0]);
    await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
    await page.getByRole('button', { name: 'Valideer' }).click();
    await page.getByRole('button', { name: /^Herstel alle zekere/ }).click();
    await page.getByText(/herstelacties hersteld/).waitFor();
    await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
    const question = page.getByRole('alertdialog', { name: 'Wijzigingen niet gedownload' });
    await question.waitFor();
    await question.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByText(/herstelacties hersteld/).waitFor();
    await page.close();
  });

  it('is Dutch by default and English only when chosen', async () => {
    const page = await open(SIZES[1]);
    await page.getByRole('button', { name: 'Voorbeeld laden' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Load sample' }).waitFor();
    await page.close();
  });

  it('sends nothing anywhere and breaks none of its own security policy', () => {
    expect(outside).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('opens with the sample ready at #voorbeeld, as npm start prints it', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}index.html#voorbeeld`);
    await page
      .getByText('Werkboek: uitvoeringsprogramma-2021.xlsx')
      .waitFor({ state: 'attached' })
      .catch(() => undefined);
    await page.getByRole('button', { name: 'Valideer' }).click();
    await page.getByRole('button', { name: '11 fouten' }).waitFor();
    await page.close();
  });

  it('meets a file that is no workbook with one Dutch sentence', async () => {
    const page = await open(SIZES[1]);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'notities.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('Hattem 18 februari') });
    await page.getByText('notities.xlsx is geen Excel-werkboek (.xlsx). Kies een bestand dat Excel als .xlsx heeft opgeslagen.').waitFor();
    await page.close();
  });
});
