/** @jest-environment ./test/helpers/jsdom-environment.js */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { render } from '@testing-library/react';
import { App } from '../../src/pane/App';
import { officeHost } from '../../src/pane/office-host';
import { FakeWorkbook } from '../helpers/fake-excel';
import { runScenario, type Stap } from './scenario';
import { WACHT_MS } from '../helpers/wait';

const TODAY = '2021-05-01';

// The scenario clicks as a browser does, outside React's act(): tell React so, as a real page would be.
beforeAll(() => Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: false }));

describe('the live Excel scenario (npm run test:excel)', () => {
  it('passes every step in the pane on the strict fake, so a failure in Excel is Excel’s', async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Blad1');
    render(<App host={{ ...officeHost(fake.run, fake.runIn, 'nl'), today: () => TODAY }} />);
    const steps: Stap[] = [];
    const ok = await runScenario({ run: fake.run, doc: document, locale: 'nl', today: TODAY, report: (s) => void steps.push(s), wachtMs: WACHT_MS });
    expect(steps.filter((s) => !s.ok)).toEqual([]);
    expect(steps.map((s) => s.stap)).toEqual(['werkboek', 'valideer', 'herstel', 'overzicht-1', 'overzicht-2']);
    expect(ok).toBe(true);
    expect(fake.sheet('Verwijzing').get(1, 1)?.formula).toBe("='Driehoek-overzicht'!B3");
  });

  it('fails the overview step when replacing the sheet breaks the formula that reads it', async () => {
    const fake = new FakeWorkbook();
    render(<App host={{ ...officeHost(fake.run, fake.runIn, 'nl'), today: () => TODAY }} />);
    const steps: Stap[] = [];
    // What the first version did: delete the overview and add a new one, which turns references to it into #REF!.
    const copy = fake.run;
    let overviews = 0;
    const run: typeof fake.run = async (batch) => {
      const out = await copy(batch);
      if (fake.find('Driehoek-overzicht') && fake.find('Verwijzing') && overviews++ === 0) fake.removeSheet(fake.sheet('Driehoek-overzicht'));
      return out;
    };
    await runScenario({ run, doc: document, locale: 'nl', today: TODAY, report: (s) => void steps.push(s), wachtMs: WACHT_MS });
    expect(steps.at(-1)).toMatchObject({ stap: 'overzicht-2', ok: false });
  });

  it('skips with a sentence where there is no desktop Excel, as here', () => {
    const r = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'scripts', 'test-excel.js')], { encoding: 'utf8' });
    if (process.platform === 'win32' || process.platform === 'darwin') return;
    expect([r.status, r.stdout.trim()]).toEqual([
      0,
      expect.stringMatching(/^Geen Excel voor de desktop op deze machine: de live test in Excel slaat zich over\./),
    ]);
  });
});
