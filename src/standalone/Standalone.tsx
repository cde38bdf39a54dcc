import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import type { Locale } from '../domain/rules/define';
import { App } from '../pane/App';
import type { FileHost } from './file-host';

const SAMPLE_URL = 'assets/uitvoeringsprogramma-2021.xlsx';
const SAMPLE_NAME = 'uitvoeringsprogramma-2021.xlsx';

const TEXT = {
  nl: {
    openen: 'Werkboek openen',
    voorbeeld: 'Voorbeeld laden',
    downloaden: 'Downloaden',
    laden: 'Werkboek laden…',
    privacy: 'Uw werkboek blijft op deze computer: deze pagina stuurt niets over het netwerk.',
    sleep: 'Of sleep een .xlsx-bestand hierheen.',
    geenXlsx: 'Kies een Excel-werkboek (.xlsx).',
    intro: 'Controleer het uitvoeringsprogramma en maak het Driehoek-overzicht, zonder de invoegtoepassing.',
  },
  en: {
    openen: 'Open workbook',
    voorbeeld: 'Load sample',
    downloaden: 'Download',
    laden: 'Loading workbook…',
    privacy: 'Your workbook stays on this computer: this page sends nothing over the network.',
    sleep: 'Or drop an .xlsx file here.',
    geenXlsx: 'Choose an Excel workbook (.xlsx).',
    intro: 'Check the programme and build the Driehoek overview without the add-in.',
  },
};

const useStyles = makeStyles({
  page: { minHeight: '100vh' },
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, maxWidth: '900px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
  drop: { outline: `2px dashed ${tokens.colorBrandStroke1}` },
});

/** The pane as a web page: open an .xlsx or the sample, then the same pane; download the result. */
export function Standalone({ locale }: { locale: Locale }) {
  const s = useStyles();
  const t = TEXT[locale];
  const [host, setHost] = useState<FileHost>();
  const [name, setName] = useState(SAMPLE_NAME);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [dragging, setDragging] = useState(false);
  // Every workbook opened gets a fresh pane: no findings carry over from the one before.
  const [opened, setOpened] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  const load = useCallback(
    async (bytes: () => Promise<Uint8Array>, fileName: string) => {
      setLoading(true);
      setError(undefined);
      try {
        // The spreadsheet library comes in its own chunk, only now: the Excel pane never loads it.
        const { fileHost } = await import(/* webpackChunkName: "xlsx" */ './file-host');
        setHost(await fileHost(await bytes(), fileName, locale));
        setName(fileName);
        setOpened((n) => n + 1);
      } catch (e) {
        setError((e as Error)?.name === 'UnusableWorkbookError' ? (e as Error).message : `${fileName}: ${(e as Error)?.message ?? e}`);
      } finally {
        setLoading(false);
      }
    },
    [locale],
  );

  const openFile = useCallback(
    (file: File | undefined) => {
      if (!file) return;
      if (!/\.xlsx$/i.test(file.name)) {
        setError(t.geenXlsx);
        return;
      }
      void load(async () => new Uint8Array(await file.arrayBuffer()), file.name);
    },
    [load, t],
  );

  const loadSample = useCallback(() => void load(async () => new Uint8Array(await (await fetch(SAMPLE_URL)).arrayBuffer()), SAMPLE_NAME), [load]);

  const download = useCallback(async () => {
    if (!host) return;
    const blob = new Blob([(await host.save()) as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }, [host, name]);

  // `npm start` opens the page with #voorbeeld: the sample is ready at once (also when the address changes to it).
  useEffect(() => {
    const onHash = () => window.location.hash === '#voorbeeld' && loadSample();
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [loadSample]);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    openFile(e.dataTransfer.files[0]);
  };

  const bar = (
    <section className={s.bar} aria-label={t.openen}>
      <Text>{t.intro}</Text>
      <div className={s.buttons}>
        <Button appearance={host ? 'secondary' : 'primary'} onClick={() => input.current?.click()}>
          {t.openen}
        </Button>
        <Button onClick={loadSample}>{t.voorbeeld}</Button>
        {host && <Button onClick={() => void download()}>{t.downloaden}</Button>}
        <input
          ref={input}
          className={s.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t.openen}
          onChange={(e) => openFile(e.target.files?.[0])}
        />
      </div>
      <Text size={200}>{`${t.privacy} ${t.sleep}`}</Text>
      {loading && <Spinner size="tiny" label={t.laden} />}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );

  return (
    <div
      className={dragging ? `${s.page} ${s.drop}` : s.page}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {host ? (
        <App key={opened} host={host} header={bar} />
      ) : (
        <FluentProvider theme={webLightTheme} lang={locale}>
          <main>
            <h1 className={s.hidden}>driehoek</h1>
            {bar}
          </main>
        </FluentProvider>
      )}
    </div>
  );
}
