import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Card,
  Link,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../../domain/schema/finding';
import type { Driehoek } from '../use-driehoek';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  card: { padding: tokens.spacingVerticalS },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  message: { overflowWrap: 'anywhere' },
});

const COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** Findings grouped by sheet, in workbook order; workbook text is shown as text, never as HTML. */
export function FindingList({ d, canSelect }: { d: Driehoek; canSelect: boolean }) {
  const s = useStyles();
  const findings = d.result?.findings ?? [];
  const sheets = [...new Set(findings.map((f) => f.sheet))];
  return (
    <Accordion multiple collapsible defaultOpenItems={sheets}>
      {sheets.map((sheet) => {
        const here = findings.filter((f) => f.sheet === sheet);
        return (
          <AccordionItem key={sheet} value={sheet}>
            <AccordionHeader as="h2">{`${d.t.blad} ${sheet} (${here.length})`}</AccordionHeader>
            <AccordionPanel>
              <ul className={s.list}>
                {here.map((f, i) => (
                  <li key={`${f.cell}-${f.rule}-${i}`}>
                    <FindingCard f={f} d={d} canSelect={canSelect} />
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

function FindingCard({ f, d, canSelect }: { f: Finding; d: Driehoek; canSelect: boolean }) {
  const s = useStyles();
  return (
    <Card className={s.card} size="small" data-rule={f.rule} data-cell={`${f.sheet}!${f.cell}`}>
      <div className={s.head}>
        <Badge color={COLOR[f.severity]} appearance="tint">
          {f.rule}
        </Badge>
        {canSelect ? (
          <Link onClick={() => void d.select(f.sheet, f.cell)} aria-label={`${d.t.naarCel} ${f.sheet}!${f.cell}`}>
            {f.cell}
          </Link>
        ) : (
          <Caption1>{f.cell}</Caption1>
        )}
        {f.column && <Caption1>{f.column}</Caption1>}
      </div>
      <Text className={s.message}>{f.message}</Text>
      {f.suggestion && <Caption1>{`${d.t.voorstel}: ${f.suggestion}`}</Caption1>}
      {f.fix && f.fix.type !== 'addSheet' && (
        <div>
          <Button size="small" onClick={() => void d.herstel(f.fix!)} disabled={Boolean(d.busy)} title={f.fix.label}>
            {d.t.herstel}
          </Button>
        </div>
      )}
    </Card>
  );
}
