import { closest, distance } from 'fastest-levenshtein';
import { nameKey } from '../normalize';
import { STATUSES, statusOf } from '../vocabulary';
import { defineRule } from './define';
import { replaceWhole } from './helpers';

export default defineRule({
  meta: {
    id: 'status-onbekend',
    severity: 'error',
    title: { nl: 'Onbekende status', en: 'Unknown status' },
    description: {
      nl: `De status is niet een van: ${STATUSES.join(', ')}. Alleen die vijf tellen mee in de voortgangsrapportage en de agenda; een tikfout stelt de dichtstbijzijnde voor.`,
      en: `The status is not one of: ${STATUSES.join(', ')}. Only those five count in the progress report and the agenda; a typo gets the nearest as a suggestion.`,
    },
    example: { nl: '"Klaar" of "Gepalnd".', en: '"Klaar" or "Gepalnd".' },
    hasSuggestions: true,
    messages: {
      onbekend: {
        nl: '"{status}" is geen status. Kies uit {toegestaan}.',
        en: '"{status}" is not a status. Choose from {toegestaan}.',
      },
    },
  },
  create(ctx) {
    return {
      actie(a) {
        const at = a.status;
        if (!at?.text || statusOf(at.text)) return;
        const near = closest(nameKey(at.text), STATUSES.map(nameKey));
        const voorstel = distance(near, nameKey(at.text)) <= 2 ? statusOf(near) : undefined;
        const suggest = voorstel ? [{ label: voorstel, fix: replaceWhole(at, voorstel) }] : undefined;
        ctx.report({ messageId: 'onbekend', data: { status: at.text, toegestaan: STATUSES.join(', ') }, at, suggest });
      },
    };
  },
});
