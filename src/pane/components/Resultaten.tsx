import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { t } from '../../domain/teksten/index';
import type { Driehoek } from '../use-driehoek';
import { groupFindings } from '../view-model';
import { FindingList } from './FindingList';
import { SummaryFilter } from './SummaryFilter';

const useStyles = makeStyles({
  bulk: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
});

/** What Valideer found: counts with a filter, the certain fixes in bulk, and the findings. Loaded with the first result. */
export default function Resultaten({ d, inExcel }: { d: Driehoek; inExcel: boolean }) {
  const s = useStyles();
  const { locale } = d;
  const result = d.validatie!.result;
  return (
    <>
      <SummaryFilter locale={locale} summary={result.summary} show={d.show} onToggle={(sev) => d.setShow({ ...d.show, [sev]: !d.show[sev] })} />
      {d.certain.length > 0 && (
        <div className={s.bulk}>
          <Button onClick={() => void d.herstelAlle()} disabled={Boolean(d.busy)}>
            {t(locale, 'pane.herstelAlle', { aantal: d.certain.length })}
          </Button>
          <Caption1>{t(locale, 'pane.herstelAlleUitleg')}</Caption1>
        </div>
      )}
      <FindingList
        locale={locale}
        groups={groupFindings(result.findings, d.resolved, d.show)}
        date1904={d.validatie!.snapshot.date1904}
        busy={Boolean(d.busy)}
        canSelect={inExcel}
        onSelect={(sheet, cell) => void d.select(sheet, cell)}
        onFix={(f, v) => void d.herstel(f, v)}
      />
    </>
  );
}
