import { createRoot, type Root } from 'react-dom/client';
import { App } from './App';
import { localeOf, officeHost } from './office-host';

/** Inside Excel: the Office.js host. Anywhere else: the standalone page with files. */
function start(): void {
  const root = createRoot(document.getElementById('root')!);
  if (typeof Office === 'undefined') {
    void standalone(root);
    return;
  }
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) {
      void standalone(root);
      return;
    }
    const host = officeHost(Excel.run, (ctx, batch) => Excel.run(ctx, batch), localeOf(Office.context.displayLanguage));
    root.render(<App host={host} />);
  });
}

async function standalone(root: Root): Promise<void> {
  const { Standalone } = await import(/* webpackChunkName: "standalone" */ '../standalone/Standalone');
  // The page is Dutch, as its users are; English only when chosen on the page.
  root.render(<Standalone />);
}

start();
