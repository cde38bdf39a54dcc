import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { Keuzes } from '../documenten';

interface Props {
  label: string;
  keuzes: Keuzes;
  maken: string;
  annuleren: string;
  onMaak: (waarde: string) => void;
  onAnnuleer: () => void;
}

/** One choice before a document is made (which meeting, which date), in the pane like a question, not a modal. */
export function Kiezer(p: Props) {
  const [waarde, setWaarde] = useState(p.keuzes.standaard);
  return (
    <MessageBar intent="info" layout="multiline" role="group" aria-label={p.label}>
      <MessageBarBody>
        <Field label={p.label}>
          <Select value={waarde} onChange={(_, d) => setWaarde(d.value)}>
            {p.keuzes.opties.map((o) => (
              <option key={o.waarde} value={o.waarde}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" size="small" onClick={() => p.onMaak(waarde)}>
          {p.maken}
        </Button>
        <Button size="small" onClick={p.onAnnuleer}>
          {p.annuleren}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
