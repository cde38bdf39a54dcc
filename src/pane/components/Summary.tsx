import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Summary as Counts } from '../../domain/schema/finding';
import type { Texts } from '../i18n';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

export function Summary({ summary, t }: { summary: Counts; t: Texts }) {
  const s = useStyles();
  if (!summary.errors && !summary.warnings && !summary.info) return <Text role="status">{t.geenBevindingen}</Text>;
  return (
    <div className={s.row} role="status" aria-live="polite">
      <Badge color="danger" appearance={summary.errors ? 'filled' : 'outline'}>{`${summary.errors} ${t.fouten}`}</Badge>
      <Badge color="warning" appearance={summary.warnings ? 'filled' : 'outline'}>{`${summary.warnings} ${t.waarschuwingen}`}</Badge>
      <Badge color="informative" appearance="outline">{`${summary.info} ${t.meldingen}`}</Badge>
    </div>
  );
}
