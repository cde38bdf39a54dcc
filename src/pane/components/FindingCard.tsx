import { Button, Caption1, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { describeFix } from '../../domain/fixes/describe';
import type { Finding, Voorstel } from '../../domain/schema/finding';
import { t } from '../../domain/teksten/index';
import type { Locale } from '../../domain/teksten/text';
import { SeverityLabel } from './SeverityLabel';
import { RULES } from '../../domain/rules/index';
import { SEVERITY_WORD, fixText, type Resolved } from '../view-model';

/** Each rule's meta by id: the title, description and example its Uitleg shows. */
const RULE_INFO = new Map<string, (typeof RULES)[number]['meta']>(RULES.map((r) => [r.meta.id, r.meta]));

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexGrow: 1,
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
  title: { fontWeight: tokens.fontWeightSemibold },
  wrap: { overflowWrap: 'anywhere' },
  fix: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
  explain: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
  },
});

interface Props {
  locale: Locale;
  finding: Finding;
  date1904: boolean;
  busy: boolean;
  canSelect: boolean;
  onSelect: (sheet: string, cell: string) => void;
  onFix: (finding: Finding, voorstel?: Voorstel) => void;
}

/** One finding: what is wrong, where, why it matters, and what a fix would write. Workbook text is text, never markup. */
export function FindingCard({ locale, finding: f, date1904, busy, canSelect, onSelect, onFix }: Props) {
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const explainId = useId();
  const info = RULE_INFO.get(f.rule);
  return (
    <article
      className={s.card}
      tabIndex={-1}
      data-rule={f.rule}
      data-cell={`${f.sheet}!${f.cell}`}
      aria-label={`${info?.title[locale] ?? f.rule}, ${f.cell}`}
    >
      <div className={s.head}>
        <SeverityLabel severity={f.severity} text={t(locale, SEVERITY_WORD[f.severity])} />
        <Text className={s.title}>{info?.title[locale] ?? f.rule}</Text>
        {canSelect ? (
          <Link onClick={() => onSelect(f.sheet, f.cell)} aria-label={t(locale, 'pane.naarCel', { cel: `${f.sheet}!${f.cell}` })}>
            {f.cell}
          </Link>
        ) : (
          <Caption1>{t(locale, 'pane.cel', { cel: f.cell })}</Caption1>
        )}
      </div>
      <Text className={s.wrap}>{f.message}</Text>
      {f.fix && f.fix.type !== 'addSheet' && (
        <div className={s.fix}>
          <Button size="small" appearance="primary" disabled={busy} onClick={() => onFix(f)}>
            {t(locale, 'pane.herstel')}
          </Button>
          <Caption1 className={s.wrap}>{fixText(locale, describeFix(f.fix, date1904))}</Caption1>
        </div>
      )}
      {f.voorstellen?.map((v) => (
        <div className={s.fix} key={v.label}>
          <Button size="small" disabled={busy} onClick={() => onFix(f, v)}>
            {t(locale, 'pane.kies', { voorstel: v.label })}
          </Button>
          <Caption1 className={s.wrap}>{fixText(locale, describeFix(v.fix, date1904))}</Caption1>
          <Caption1>{t(locale, 'pane.voorstel')}</Caption1>
        </div>
      ))}
      {info && (
        <>
          <Link as="button" aria-expanded={open} aria-controls={explainId} onClick={() => setOpen(!open)}>
            {t(locale, 'pane.uitleg')}
          </Link>
          {open && (
            <div className={s.explain} id={explainId}>
              <Text className={s.wrap}>{info.description[locale]}</Text>
              <Caption1 className={s.wrap}>{t(locale, 'pane.voorbeeld', { voorbeeld: info.example[locale] })}</Caption1>
              <Caption1>{t(locale, 'pane.regel', { id: f.rule })}</Caption1>
            </div>
          )}
        </>
      )}
    </article>
  );
}

/** A finding fixed in this session stays where it was, marked as fixed, so nothing moves under the pointer. */
export function ResolvedCard({ locale, item }: { locale: Locale; item: Resolved }) {
  const s = useStyles();
  const info = RULE_INFO.get(item.finding.rule);
  return (
    <article className={s.card} data-rule={item.finding.rule} data-cell={`${item.finding.sheet}!${item.finding.cell}`} data-resolved="true">
      <div className={s.head}>
        <SeverityLabel severity="done" text={t(locale, 'pane.hersteld')} />
        <Text className={s.title}>{info?.title[locale] ?? item.finding.rule}</Text>
      </div>
      <Caption1 className={s.wrap}>{fixText(locale, item.wat)}</Caption1>
    </article>
  );
}
