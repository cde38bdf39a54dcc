import { createRoot } from 'react-dom/client';
import { App } from '../../src/pane/App';
import { localeOf, officeHost } from '../../src/pane/office-host';
import { runScenario, type Stap } from './scenario';

/** Where scripts/test-excel.js listens for the steps (Microsoft's add-in templates use the same port). */
const RUNNER = 'https://localhost:4201/stap';

async function send(body: Stap | { klaar: boolean }): Promise<void> {
  await fetch(RUNNER, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

// The real pane, as taskpane.html renders it, driven by the scenario once Excel is ready.
void Office.onReady(async () => {
  const locale = localeOf(Office.context.displayLanguage);
  const host = officeHost(Excel.run, (ctx, batch) => Excel.run(ctx, batch), locale);
  createRoot(document.getElementById('root')!).render(<App host={host} />);
  const ok = await runScenario({ run: Excel.run, doc: document, locale, today: host.today(), report: send });
  await send({ klaar: ok });
});
