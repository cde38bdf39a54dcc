export { valideer, type Validatie } from './valideer';
export { herstelAlleZekere, herstelEen, ongedaanMaken, type HerstelUitkomst, type UndoStap } from './herstel';
export { zekereFixes } from '../fixes/zeker';
export { agendaMaken, documentMaken, overzichtMaken, voortgangMaken, type DocumentKeuze, type DocumentUitkomst } from './documenten';
export { type GenereerUitkomst } from './genereer';
export { sjabloonAanvullen } from './sjabloon';
export { keuzelijstenInstellen } from './keuzelijsten';
