import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { FindingList } from './components/FindingList';
import { Summary } from './components/Summary';
import { Toolbar } from './components/Toolbar';
import type { PaneHost } from './host';
import { useDriehoek } from './use-driehoek';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '300px',
    maxWidth: '900px',
  },
  name: { overflowWrap: 'anywhere', margin: 0 },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** The task pane: the same component inside Excel and on the standalone page. */
export function App({ host, header }: { host: PaneHost; header?: ReactNode }) {
  const s = useStyles();
  const d = useDriehoek(host);
  const inExcel = Boolean(host.select);
  return (
    <FluentProvider theme={webLightTheme} lang={host.locale}>
      <main className={s.pane}>
        <header className={s.header}>
          <Subtitle2 as="h1">driehoek</Subtitle2>
          {d.name && <Text as="p" className={s.name}>{`${d.t.werkboek}: ${d.name}`}</Text>}
        </header>
        {header}
        <Toolbar d={d} inExcel={inExcel} />
        {d.busy && <Spinner size="tiny" label={d.busy === 'overzicht' ? d.t.bezigOverzicht : d.t.bezigValideren} />}
        {d.notice && (
          <MessageBar intent={d.notice.intent} layout="multiline">
            <MessageBarBody>
              {d.notice.text} {d.notice.openOverzicht && inExcel && <Link onClick={() => void d.openOverzicht()}>{d.t.naarOverzicht}</Link>}
            </MessageBarBody>
          </MessageBar>
        )}
        {d.result ? <Summary summary={d.result.summary} t={d.t} /> : <Text>{d.t.nogNietGecontroleerd}</Text>}
        {d.result && <FindingList d={d} canSelect={inExcel} />}
        <Dialog open={d.confirmOverwrite} onOpenChange={(_, data) => d.setConfirmOverwrite(data.open)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{d.t.handmatigTitel}</DialogTitle>
              <DialogContent>{d.t.handmatigVraag}</DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => void d.overzicht(true)}>
                  {d.t.overschrijven}
                </Button>
                <Button onClick={() => d.setConfirmOverwrite(false)}>{d.t.annuleren}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </main>
    </FluentProvider>
  );
}
