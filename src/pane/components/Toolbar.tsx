import { Button, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { Driehoek } from '../use-driehoek';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** The pane's actions; the Excel-only ones appear only inside Excel. */
export function Toolbar({ d, inExcel }: { d: Driehoek; inExcel: boolean }) {
  const s = useStyles();
  const { t, busy } = d;
  return (
    <div className={s.bar} role="toolbar" aria-label="driehoek">
      <Button appearance="primary" onClick={() => void d.valideer()} disabled={Boolean(busy)}>
        {busy === 'valideren' ? t.bezigValideren : t.valideer}
      </Button>
      <Button onClick={() => void d.overzicht()} disabled={Boolean(busy)}>
        {busy === 'overzicht' ? t.bezigOverzicht : t.overzichtMaken}
      </Button>
      {d.safeFixes.length > 0 && (
        <Button onClick={() => void d.herstelAlle()} disabled={Boolean(busy)}>
          {`${t.herstelAlle} (${d.safeFixes.length})`}
        </Button>
      )}
      {d.templateFixes.length > 0 && (
        <Button onClick={() => void d.sjabloon()} disabled={Boolean(busy)}>
          {t.sjabloon}
        </Button>
      )}
      {inExcel && (
        <Button onClick={() => void d.installKeuzelijsten()} disabled={Boolean(busy)}>
          {t.keuzelijsten}
        </Button>
      )}
      {inExcel && <Switch label={t.live} checked={d.live} onChange={(_, data) => d.setLive(data.checked)} />}
    </div>
  );
}
