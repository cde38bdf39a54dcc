export { valideer, type Opties, type Validatie } from './valideer';
export { herstelAlleZekere, herstelEen, zekereFixes, ongedaanMaken, type HerstelUitkomst, type OngedaanUitkomst, type UndoStap } from './herstel';
export { overzichtMaken } from './overzicht';
export { type GenereerUitkomst, type GenereerOpties } from './genereer';
export { sjabloonAanvullen, type SjabloonUitkomst } from './sjabloon';
export { keuzelijstenInstellen, type KeuzelijstenUitkomst } from './keuzelijsten';
