import { makeStyles, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Finding, Voorstel } from '../../domain/schema/finding';
import { t } from '../../domain/teksten/index';
import type { Locale } from '../../domain/teksten/text';
import { SEVERITY_WORD, type SheetGroup } from '../view-model';
import { FindingCard, ResolvedCard } from './FindingCard';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  sheet: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  severity: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
});

interface Props {
  locale: Locale;
  groups: SheetGroup[];
  date1904: boolean;
  busy: boolean;
  canSelect: boolean;
  onSelect: (sheet: string, cell: string) => void;
  onFix: (finding: Finding, voorstel?: Voorstel) => void;
}

/** Findings by sheet, and within a sheet errors first, then warnings, then notes. */
export function FindingList({ locale, groups, ...card }: Props) {
  const s = useStyles();
  return (
    <div>
      {groups.map((g) => (
        <section key={g.sheet} aria-label={t(locale, 'pane.blad', { blad: g.sheet })}>
          <h2 className={s.sheet}>{t(locale, 'pane.blad', { blad: g.sheet })}</h2>
          {g.bySeverity.map(({ severity, items }) => (
            <div key={severity}>
              <h3 className={s.severity}>{`${t(locale, SEVERITY_WORD[severity])} (${items.length})`}</h3>
              <ul className={s.list}>
                {items.map((item) => (
                  <KeepsItsPlace key={`${item.finding.rule}|${item.finding.cell}|${item.finding.message}`} resolved={item.kind === 'resolved'}>
                    {item.kind === 'finding' ? (
                      <FindingCard locale={locale} finding={item.finding} {...card} />
                    ) : (
                      <ResolvedCard locale={locale} item={item} />
                    )}
                  </KeepsItsPlace>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

/**
 * A fixed card keeps the height it had (its Uitleg may have been open), so the cards below do not jump
 * up under the pointer. The height is taken after every render of the live card: pressing a fix makes
 * the list busy, which renders it once more with whatever the user had opened.
 */
function KeepsItsPlace({ resolved, children }: { resolved: boolean; children: ReactNode }) {
  const ref = useRef<HTMLLIElement>(null);
  const height = useRef(0);
  useLayoutEffect(() => {
    if (!resolved && ref.current) height.current = ref.current.offsetHeight;
  });
  return (
    <li ref={ref} style={resolved && height.current ? { minHeight: height.current, display: 'flex', flexDirection: 'column' } : undefined}>
      {children}
    </li>
  );
}
