import { Button, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { t } from '../../domain/teksten/index';
import type { Locale } from '../../domain/teksten/text';
import type { Busy } from '../use-driehoek';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

interface Props {
  locale: Locale;
  busy?: Busy;
  inExcel: boolean;
  live: boolean;
  onValideer: () => void;
  onOverzicht: () => void;
  onAgenda: () => void;
  onVoortgang: () => void;
  onSjabloon: () => void;
  onKeuzelijsten: () => void;
  onLive: (on: boolean) => void;
}

/** The pane's actions; the Excel-only ones appear only inside Excel. */
export function Toolbar(p: Props) {
  const s = useStyles();
  const off = Boolean(p.busy);
  return (
    <div className={s.bar} role="toolbar" aria-label="driehoek">
      <Button appearance="primary" onClick={p.onValideer} disabled={off}>
        {p.busy === 'valideren' ? t(p.locale, 'pane.bezigValideren') : t(p.locale, 'pane.valideer')}
      </Button>
      <Button onClick={p.onOverzicht} disabled={off}>
        {p.busy === 'overzicht' ? t(p.locale, 'pane.bezigOverzicht') : t(p.locale, 'pane.overzichtMaken')}
      </Button>
      <Button onClick={p.onAgenda} disabled={off}>
        {t(p.locale, 'pane.agendaMaken')}
      </Button>
      <Button onClick={p.onVoortgang} disabled={off}>
        {t(p.locale, 'pane.voortgangMaken')}
      </Button>
      <Button appearance="subtle" onClick={p.onSjabloon} disabled={off}>
        {t(p.locale, 'pane.sjabloon')}
      </Button>
      {p.inExcel && (
        <Button appearance="subtle" onClick={p.onKeuzelijsten} disabled={off}>
          {t(p.locale, 'pane.keuzelijsten')}
        </Button>
      )}
      {p.inExcel && <Switch label={t(p.locale, 'pane.live')} checked={p.live} onChange={(_, d) => p.onLive(d.checked)} />}
    </div>
  );
}
