import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { XlsxWorkbook } from '../../src/adapters/file';
import { hasBuild, DIST } from '../helpers/dist';
import { serve } from '../helpers/static-server';

const CHROMIUM = '/usr/bin/chromium';

/** The pane has finished its work: no spinner, buttons enabled again. */
async function idle(page: Page): Promise<void> {
  await page.locator('.fui-Spinner').waitFor({ state: 'detached' });
}
const OUTPUT = path.join(__dirname, '..', 'output');
const available =
  hasBuild() &&
  (() => {
    try {
      readFileSync(CHROMIUM);
      return true;
    } catch {
      return false;
    }
  })();

if (!available && !process.env.CI)
  process.stderr.write('\nOverslaan: geen dist/ (npm run build) of geen Chromium (apt-get install chromium) voor de browsertest.\n');

(available || process.env.CI ? describe : describe.skip)('the pane as a web page, in a real Chromium', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let context: BrowserContext;
  let page: Page;
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
      viewport: { width: 350, height: 900 },
      acceptDownloads: true,
      locale: 'nl-NL',
    });
    // The workbook must never leave the machine: record (and stop) any request that is not to this page's own server.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) cspViolations.push(m.text());
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('walks: sample → Valideer → Hatterm → Herstel → Overzicht maken → Downloaden', async () => {
    await page.goto(`${server.url}index.html`);
    await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
    await page.getByRole('button', { name: 'Valideer' }).click();
    const hatterm = page.locator('[data-cell="Uitvoeringsprogramma!D3"][data-rule="trekker-onbekend"]');
    await hatterm.waitFor();
    await page.getByText('"Hatterm" is geen partij uit Partijen; bedoelt u Hattem?').first().waitFor();
    await idle(page);
    await page.screenshot({ path: path.join(OUTPUT, 'na-valideer.png') });

    await hatterm.getByRole('button', { name: 'Herstel' }).click();
    await hatterm.waitFor({ state: 'detached' });
    await page.getByText('10 fouten').waitFor();

    await page.getByRole('button', { name: 'Overzicht maken' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Overschrijven' }).click();
    await page.getByText(/Het Driehoek-overzicht is opnieuw gemaakt/).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await idle(page);
    await page.screenshot({ path: path.join(OUTPUT, 'na-overzicht.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Downloaden' }).click()]);
    const file = path.join(OUTPUT, 'gedownload.xlsx');
    await download.saveAs(file);
    const back = await (await XlsxWorkbook.open(new Uint8Array(readFileSync(file)), 'gedownload.xlsx')).read();
    const acties = back.sheets.find((s) => s.name === 'Uitvoeringsprogramma')!;
    expect(acties.values[2]![3]).toBe('Hattem 18 februari');
    const overview = back.sheets.find((s) => s.name === 'Driehoek-overzicht')!;
    expect(overview.values[3]![1]).toBe('11-2-2021 (28-1)');
    const totals = overview.values.find((r) => r[0] === 'Totaal per Driehoek')!;
    expect(totals.slice(1, 7)).toEqual([0, 3, 5, 5, 3, 5]);
    const epe = overview.values.find((r) => r[0] === 'Epe')!;
    expect(epe[7]).toBe(9);
  }, 120_000);

  it('sends nothing anywhere and breaks none of its own security policy', () => {
    expect(outside).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    // Evaluated through the debugging protocol, which the page's CSP does not govern.
    await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }
      ).axe.run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

  it('reads at the task pane width: nothing wider than 350 px', async () => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(350);
  });

  it('opens with the sample ready at #voorbeeld, as npm start prints it', async () => {
    await page.goto('about:blank');
    await page.goto(`${server.url}index.html#voorbeeld`);
    await page.getByText('Werkboek: uitvoeringsprogramma-2021.xlsx').waitFor();
    await idle(page);
    await page.getByRole('button', { name: 'Valideer' }).click();
    await page.getByText('11 fouten').waitFor();
  });

  it('meets a file that is no workbook with one Dutch sentence', async () => {
    await page.reload();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'notities.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('Hattem 18 februari') });
    await page.getByText('notities.xlsx is geen Excel-werkboek (.xlsx). Kies een bestand dat Excel als .xlsx heeft opgeslagen.').waitFor();
  });
});
