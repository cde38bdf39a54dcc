import { BESTAND } from './bestand';
import { CLI } from './opdrachtregel';
import { DOCUMENTEN } from './documenten';
import { EXCEL } from './excel';
import { PANE } from './deelvenster';
import { render, type DataFor, type Locale, type Text } from './text';
import { WEIGERINGEN } from './weigeringen';

/**
 * Every sentence a user reads, in Dutch and English, but the rules' own
 * messages (those stand beside each rule's check, as ESLint keeps them).
 */
export const TEKSTEN = { ...DOCUMENTEN, ...WEIGERINGEN, ...EXCEL, ...CLI, ...PANE, ...BESTAND } as const satisfies Record<string, Text>;
export type TekstId = keyof typeof TEKSTEN;

type NoData<K extends TekstId> = keyof DataFor<(typeof TEKSTEN)[K]> extends never ? [] : [DataFor<(typeof TEKSTEN)[K]>];

/** A sentence of the catalogue in the user's language, its {placeholders} filled. */
export function t<K extends TekstId>(locale: Locale, id: K, ...data: NoData<K>): string {
  return render(TEKSTEN[id][locale], (data[0] ?? {}) as Record<string, string | number>);
}

/** The ids of the sentences that have no placeholders. */
export type VasteTekst = { [K in TekstId]: NoData<K> extends [] ? K : never }[TekstId];
