import { Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity, Summary } from '../../domain/schema/finding';
import { t } from '../../domain/teksten/index';
import type { Locale } from '../../domain/teksten/text';
import { SEVERITIES, count, countOf } from '../view-model';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

interface Props {
  locale: Locale;
  summary: Summary;
  show: Record<Severity, boolean>;
  onToggle: (severity: Severity) => void;
}

/** The counts, each a switch that shows or hides its findings. */
export function SummaryFilter({ locale, summary, show, onToggle }: Props) {
  const s = useStyles();
  if (!summary.errors && !summary.warnings && !summary.info) return <Text role="status">{t(locale, 'pane.geenBevindingen')}</Text>;
  return (
    <div className={s.row} role="group" aria-label={t(locale, 'pane.filter')}>
      {SEVERITIES.map((sev) => (
        <ToggleButton key={sev} size="small" checked={show[sev]} onClick={() => onToggle(sev)}>
          {count(locale, sev, countOf(summary, sev))}
        </ToggleButton>
      ))}
    </div>
  );
}
