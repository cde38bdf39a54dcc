import { FluentProvider, Spinner, Subtitle2, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { Suspense, lazy, type ReactNode } from 'react';
import { t } from '../domain/teksten/index';
import { Confirm } from './components/Confirm';
import { Notice } from './components/Notice';
import { Toolbar } from './components/Toolbar';
import type { PaneHost } from './host';
import { useDriehoek, type Driehoek } from './use-driehoek';

// What the first screen does not show comes with the first result (webpack puts both in one chunk).
const Resultaten = lazy(() => import(/* webpackChunkName: "resultaten" */ './components/Resultaten'));
const DocumentKiezer = lazy(() => import(/* webpackChunkName: "resultaten" */ './components/DocumentKiezer'));

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '300px',
    maxWidth: '900px',
  },
  // The header stays in view; the outcome of an action shows just below it, over the list, so the list never moves.
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  notice: { position: 'absolute', top: '100%', left: 0, right: 0, boxShadow: tokens.shadow8 },
  name: { overflowWrap: 'anywhere', margin: 0 },
});

/** The pane inside Excel: the core's use cases behind a handful of buttons. */
export function App({ host }: { host: PaneHost }) {
  const d = useDriehoek(host);
  return <Pane host={host} d={d} />;
}

interface PaneProps {
  host: PaneHost;
  d: Driehoek;
  /** The standalone page's own bar (open, sample, download). */
  header?: ReactNode;
  /** What the standalone page shows below the findings (the overview it made). */
  footer?: ReactNode;
}

/** The pane's composition: each part gets only what it shows and the actions it offers. */
export function Pane({ host, d, header, footer }: PaneProps) {
  const s = useStyles();
  const { locale } = d;
  const inExcel = Boolean(host.select);
  const result = d.validatie?.result;
  const name = d.validatie?.snapshot.name;
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <main className={s.pane}>
        <header className={s.header}>
          <Subtitle2 as="h1">driehoek</Subtitle2>
          {name && (
            <Text as="p" className={s.name}>
              {t(locale, 'pane.werkboek', { naam: name })}
            </Text>
          )}
          {header}
          <Toolbar
            locale={locale}
            busy={d.busy}
            inExcel={inExcel}
            live={d.live}
            onValideer={() => void d.valideer()}
            onOverzicht={() => void d.maak({ soort: 'overzicht' })}
            onAgenda={() => void d.kies('agenda')}
            onVoortgang={() => void d.kies('voortgang')}
            onSjabloon={() => void d.sjabloon()}
            onKeuzelijsten={() => void d.keuzelijsten()}
            onLive={d.setLive}
          />
          {d.busy && <Spinner size="tiny" label={t(locale, 'pane.bezig')} />}
          <div className={s.notice} aria-live="polite">
            {d.confirm ? (
              <Confirm
                title={t(locale, 'pane.handmatigTitel')}
                text={t(locale, 'pane.handmatigVraag', { blad: d.confirm.blad })}
                yes={t(locale, 'pane.vervangen')}
                no={t(locale, 'pane.annuleren')}
                onYes={() => void d.maak(d.confirm!.keuze, true)}
                onNo={d.cancelConfirm}
              />
            ) : d.kiezen && d.validatie ? (
              <Suspense fallback={<Spinner size="tiny" />}>
                <DocumentKiezer d={d} today={host.today()} />
              </Suspense>
            ) : (
              d.notice && <Notice notice={d.notice} locale={locale} onClose={d.dismissNotice} />
            )}
          </div>
        </header>
        {result ? (
          <Suspense fallback={<Spinner size="tiny" label={t(locale, 'pane.bezig')} />}>
            <Resultaten d={d} inExcel={inExcel} />
          </Suspense>
        ) : (
          <Text>{t(locale, 'pane.nogNiet')}</Text>
        )}
        {footer}
      </main>
    </FluentProvider>
  );
}
