import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { t } from '../domain/teksten/index';
import type { Locale } from '../domain/teksten/text';
import { Pane } from '../pane/App';
import { Confirm } from '../pane/components/Confirm';
import { describeError } from '../pane/errors';
import { useDriehoek } from '../pane/use-driehoek';
import type { FileHost } from './file-host';
import { OverzichtPreview } from './OverzichtPreview';

const SAMPLE_URL = 'assets/uitvoeringsprogramma-2021.xlsx';
const SAMPLE_NAME = 'uitvoeringsprogramma-2021.xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const useStyles = makeStyles({
  page: { minHeight: '100vh' },
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '900px' },
  landing: { padding: tokens.spacingHorizontalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hidden: { display: 'none' },
  drop: { outline: `2px dashed ${tokens.colorBrandStroke1}` },
});

/** "programma.xlsx" → "programma (gecontroleerd).xlsx": the download never takes the original's name. */
function downloadName(name: string, locale: Locale): string {
  const m = /^(.*?)(\.xls[xm])?$/i.exec(name)!;
  return t(locale, 'page.downloadNaam', { naam: m[1]!, ext: m[2] ?? '.xlsx' });
}

/** The pane as a web page: open an .xlsx or the sample, then the same pane; download the result. */
export function Standalone() {
  const s = useStyles();
  const [locale, setLocale] = useState<Locale>('nl');
  const [host, setHost] = useState<FileHost>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const [changed, setChanged] = useState(false);
  /** An open or load that waits for the user's word, because changes are not downloaded yet. */
  const [waiting, setWaiting] = useState<() => void>();
  // Every workbook opened gets a fresh pane: no findings carry over from the one before.
  const [opened, setOpened] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  // The language can change while a workbook is open: the same workbook, in the other language.
  const localized = useMemo(() => host && { ...host, locale, describeError: (e: unknown) => describeError(e, locale) }, [host, locale]);

  // Leaving or reloading the page with changes not downloaded: the browser asks first.
  useEffect(() => {
    if (!changed) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [changed]);

  const guarded = useCallback((go: () => void) => (changed ? setWaiting(() => go) : go()), [changed]);

  const load = useCallback(
    async (bytes: () => Promise<Uint8Array>, fileName: string) => {
      setLoading(true);
      setError(undefined);
      try {
        // The spreadsheet code comes in its own chunk, only now: the Excel pane never loads it.
        const { fileHost } = await import(/* webpackChunkName: "xlsx" */ './file-host');
        setHost(await fileHost(await bytes(), fileName, locale));
        setChanged(false);
        setOpened((n) => n + 1);
      } catch (e) {
        setError(describeError(e, locale));
      } finally {
        setLoading(false);
      }
    },
    [locale],
  );

  const openFile = useCallback(
    (file: File | undefined) => {
      if (!file) return;
      if (!/\.xls[xm]$/i.test(file.name)) return setError(t(locale, 'page.geenXlsx', { naam: file.name }));
      guarded(() => void load(async () => new Uint8Array(await file.arrayBuffer()), file.name));
    },
    [load, locale, guarded],
  );

  const loadSample = useCallback(
    () => guarded(() => void load(async () => new Uint8Array(await (await fetch(SAMPLE_URL)).arrayBuffer()), SAMPLE_NAME)),
    [load, guarded],
  );

  // `npm start` opens the page with #voorbeeld: the sample is ready at once (also when the address changes to it).
  useEffect(() => {
    const onHash = () =>
      window.location.hash === '#voorbeeld' && void load(async () => new Uint8Array(await (await fetch(SAMPLE_URL)).arrayBuffer()), SAMPLE_NAME);
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [load]);

  const download = useCallback(async () => {
    if (!host) return;
    const blob = new Blob([(await host.save()) as BlobPart], { type: XLSX_TYPE });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = downloadName(host.name, locale);
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    setChanged(false);
  }, [host, locale]);

  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  const bar = (
    <section className={s.bar} aria-label={t(locale, 'page.openen')}>
      <Text>{t(locale, 'page.intro')}</Text>
      <div className={s.buttons}>
        <Button appearance={host ? 'secondary' : 'primary'} onClick={() => input.current?.click()}>
          {t(locale, 'page.openen')}
        </Button>
        <Button onClick={loadSample}>{t(locale, 'page.voorbeeld')}</Button>
        {host && (
          <Button appearance={changed ? 'primary' : 'secondary'} onClick={() => void download()}>
            {t(locale, 'page.downloaden', { naam: downloadName(host.name, locale) })}
          </Button>
        )}
        <Button appearance="subtle" lang={other} aria-label={t(locale, 'page.taalLabel')} onClick={() => setLocale(other)}>
          {t(locale, 'page.taal')}
        </Button>
        <input
          ref={input}
          className={s.hidden}
          type="file"
          accept=".xlsx,.xlsm"
          aria-label={t(locale, 'page.openen')}
          onChange={(e) => openFile(e.target.files?.[0])}
        />
      </div>
      <Text size={200}>{`${t(locale, 'page.privacy')} ${t(locale, 'page.sleep')}`}</Text>
      {loading && <Spinner size="tiny" label={t(locale, 'page.laden')} />}
      {waiting && host && (
        <Confirm
          title={t(locale, 'page.nietGedownloadTitel')}
          text={t(locale, 'page.nietGedownload', { naam: host.name })}
          yes={t(locale, 'page.doorgaan')}
          no={t(locale, 'pane.annuleren')}
          onYes={() => {
            setWaiting(undefined);
            waiting();
          }}
          onNo={() => setWaiting(undefined)}
        />
      )}
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
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
      onDrop={(e: DragEvent) => {
        e.preventDefault();
        setDragging(false);
        openFile(e.dataTransfer.files[0]);
      }}
    >
      {localized ? (
        <Opened key={opened} host={localized!} bar={bar} onChanged={setChanged} />
      ) : (
        <FluentProvider theme={webLightTheme} lang={locale}>
          <main className={s.landing}>
            <h1 className={s.hidden}>driehoek</h1>
            {bar}
          </main>
        </FluentProvider>
      )}
    </div>
  );
}

/** An opened workbook: the pane, and below it the overview it made. */
function Opened({ host, bar, onChanged }: { host: FileHost; bar: ReactNode; onChanged: (changed: boolean) => void }) {
  const d = useDriehoek(host);
  useEffect(() => onChanged(d.changed), [d.changed, onChanged]);
  const jump = (cel: string) => {
    const [sheet, address] = cel.split('!');
    const row = address?.replace(/^[A-Z]+/, '');
    const card = [...document.querySelectorAll<HTMLElement>('[data-cell]')].find((el) => {
      const [s, a] = (el.dataset.cell ?? '').split('!');
      return s === sheet && a?.replace(/^[A-Z]+/, '') === row;
    });
    card?.scrollIntoView({ block: 'center' });
    card?.focus();
  };
  return <Pane host={host} d={d} header={bar} footer={d.overzicht && <OverzichtPreview locale={host.locale} model={d.overzicht} onJump={jump} />} />;
}
