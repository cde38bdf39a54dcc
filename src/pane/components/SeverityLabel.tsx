import { makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../../domain/schema/finding';

const useStyles = makeStyles({
  label: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXXS, fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

const ICON = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled, done: CheckmarkCircle16Filled };

/** Severity in words and with an icon, never by colour alone (WCAG 1.4.1). */
export function SeverityLabel({ severity, text }: { severity: Severity | 'done'; text: string }) {
  const s = useStyles();
  const Icon = ICON[severity];
  return (
    <span className={`${s.label} ${s[severity]}`}>
      <Icon aria-hidden="true" />
      {text}
    </span>
  );
}
