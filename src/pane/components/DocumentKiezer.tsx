import { t } from '../../domain/teksten/index';
import { peildatumKeuzes, vergaderingKeuzes } from '../documenten';
import type { Driehoek } from '../use-driehoek';
import { Kiezer } from './Kiezer';

/** The meeting of an agenda, or the date of a report: loaded with the first result, as it needs the core. */
export default function DocumentKiezer({ d, today }: { d: Driehoek; today: string }) {
  const { locale, kiezen, validatie } = d;
  if (!kiezen || !validatie) return null;
  return (
    <Kiezer
      key={kiezen}
      label={t(locale, kiezen === 'agenda' ? 'pane.kiesVergadering' : 'pane.kiesPeildatum')}
      keuzes={kiezen === 'agenda' ? vergaderingKeuzes(validatie, today) : peildatumKeuzes(locale, validatie, today)}
      maken={t(locale, 'pane.maken')}
      annuleren={t(locale, 'pane.annuleren')}
      onMaak={(w) => void d.maak(kiezen === 'agenda' ? { soort: 'agenda', vergadering: w } : { soort: 'voortgang', peildatum: w })}
      onAnnuleer={d.stopKiezen}
    />
  );
}
