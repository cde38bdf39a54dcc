/**
 * What the pane's actions need from the core — the use cases, the rules and
 * the sentences for their outcomes — in a chunk of its own: the first screen
 * shows none of it, and loads faster without it.
 */
export { weigeringTekst } from '../domain/fixes/describe';
export { weigeringDocument } from '../domain/usecases/genereer';
export {
  documentMaken,
  herstelAlleZekere,
  herstelEen,
  keuzelijstenInstellen,
  ongedaanMaken,
  sjabloonAanvullen,
  valideer,
} from '../domain/usecases/index';
export { klaarTekst } from './documenten';
