import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { t } from '../../domain/teksten/index';
import type { Locale } from '../../domain/teksten/text';
import type { Notice as NoticeData } from '../use-driehoek';

const useStyles = makeStyles({
  text: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** The outcome of the last action, with what can follow it (undo, open the sheet, hide a column). */
export function Notice({ notice, locale, onClose }: { notice: NoticeData; locale: Locale; onClose: () => void }) {
  const s = useStyles();
  return (
    <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody className={s.text}>{notice.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label={t(locale, 'pane.sluiten')} onClick={onClose}>
            ×
          </Button>
        }
      >
        <div className={s.actions}>
          {notice.actions?.map((a) => (
            <Button key={a.label} size="small" onClick={a.run}>
              {a.label}
            </Button>
          ))}
        </div>
      </MessageBarActions>
    </MessageBar>
  );
}
