import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { redenenTekst, type Overzicht } from '../domain/overzicht/model';
import { meetingHeader } from '../domain/overzicht/sheet';
import { t } from '../domain/teksten/index';
import type { Locale } from '../domain/teksten/text';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalXS,
    verticalAlign: 'top',
    whiteSpace: 'pre-line',
  },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  locale: Locale;
  model: Overzicht;
  onJump: (cel: string) => void;
}

/** What Overzicht maken made, shown on the page: the matrix with its totals, and what could not be placed. */
export function OverzichtPreview({ locale, model, onJump }: Props) {
  const s = useStyles();
  const c = `${s.cell}`;
  const h = `${s.cell} ${s.head}`;
  return (
    <section aria-labelledby="voorbeeld-overzicht">
      <h2 id="voorbeeld-overzicht">{t(locale, 'page.voorbeeldOverzicht')}</h2>
      {/* Wider than a narrow window: the keyboard must be able to reach and scroll it (WCAG 2.1.1). */}
      <div className={s.wrap} tabIndex={0} role="region" aria-label={t(locale, 'overzicht.titel', { jaar: model.jaar })}>
        <table className={s.table}>
          <caption>{t(locale, 'overzicht.titel', { jaar: model.jaar })}</caption>
          <thead>
            <tr>
              <th scope="col" className={h}>
                {t(locale, 'overzicht.kop')}
              </th>
              {model.vergaderingen.map((m) => (
                <th scope="col" key={m} className={h}>
                  {meetingHeader(m, model.wiv[m])}
                </th>
              ))}
              <th scope="col" className={h}>
                {t(locale, 'overzicht.totaalPerPartij')}
              </th>
            </tr>
          </thead>
          <tbody>
            {model.rijen.map((r) => (
              <tr key={r.partij}>
                <th scope="row" className={h}>
                  {r.partij}
                </th>
                {model.vergaderingen.map((m) => (
                  <td key={m} className={c}>
                    {(r.cellen[m] ?? []).map((e) => `- ${e.label}`).join('\n')}
                  </td>
                ))}
                <td className={c}>{r.totaal}</td>
              </tr>
            ))}
            <tr>
              <th scope="row" className={h}>
                {t(locale, 'overzicht.totaalPerDriehoek')}
              </th>
              {model.vergaderingen.map((m) => (
                <td key={m} className={h}>
                  {model.totaalPerVergadering[m] ?? 0}
                </td>
              ))}
              <td className={h} />
            </tr>
          </tbody>
        </table>
      </div>
      <h3>{t(locale, 'page.nietGeplaatst', { aantal: model.nietGeplaatst.length })}</h3>
      <ul className={s.list}>
        {model.nietGeplaatst.map((n) => (
          <li key={n.cel}>
            <Text>{`${n.onderwerp}: ${redenenTekst(n.redenen, locale)} `}</Text>
            <Link onClick={() => onJump(n.cel)}>{t(locale, 'page.naarBevinding', { cel: n.cel })}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
