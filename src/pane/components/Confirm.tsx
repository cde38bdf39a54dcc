import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

interface Props {
  title: string;
  text: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
}

/** A question in the pane itself, not a modal: it stays where the user is looking and reads well at 350 px. */
export function Confirm(p: Props) {
  return (
    <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label={p.title}>
      <MessageBarBody>
        <MessageBarTitle>{p.title}</MessageBarTitle>
        {p.text}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" onClick={p.onYes}>
          {p.yes}
        </Button>
        <Button size="small" onClick={p.onNo}>
          {p.no}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
