export { valideer, type Validatie } from './valideer';
export { herstelAlleZekere, herstelEen, zekereFixes, ongedaanMaken, type HerstelUitkomst, type UndoStap } from './herstel';
export { overzichtMaken } from './overzicht';
export { type GenereerUitkomst } from './genereer';
export { sjabloonAanvullen } from './sjabloon';
export { keuzelijstenInstellen } from './keuzelijsten';
