import achterstallig from './achterstallig';
import actieDubbel from './actie-dubbel';
import celFout from './cel-fout';
import datumBuitenJaar from './datum-buiten-jaar';
import datumGeenDriehoek from './datum-geen-driehoek';
import datumOnleesbaar from './datum-onleesbaar';
import instellingOnbekend from './instelling-onbekend';
import kolomGecombineerd from './kolom-gecombineerd';
import kolomOntbreekt from './kolom-ontbreekt';
import onderwerpOntbreekt from './onderwerp-ontbreekt';
import onderwerpTeLang from './onderwerp-te-lang';
import overzichtVerouderd from './overzicht-verouderd';
import partijDubbel from './partij-dubbel';
import partijSoortOnbekend from './partij-soort-onbekend';
import speerpuntDubbel from './speerpunt-dubbel';
import speerpuntOnbekend from './speerpunt-onbekend';
import statusOnbekend from './status-onbekend';
import subspeerpuntOnbekend from './subspeerpunt-onbekend';
import subspeerpuntVerkeerdeSpeerpunt from './subspeerpunt-verkeerde-speerpunt';
import tabelLeeg from './tabel-leeg';
import tabelOntbreekt from './tabel-ontbreekt';
import trekkerOnbekend from './trekker-onbekend';
import trekkerSchrijfwijze from './trekker-schrijfwijze';
import vergaderingDubbel from './vergadering-dubbel';
import vergaderingWivNaDriehoek from './vergadering-wiv-na-driehoek';
import verplichtLeeg from './verplicht-leeg';

/** The catalogue, in the order of regels.md, then the rules added since. */
export const RULES = [
  tabelOntbreekt,
  kolomOntbreekt,
  verplichtLeeg,
  celFout,
  speerpuntOnbekend,
  subspeerpuntOnbekend,
  subspeerpuntVerkeerdeSpeerpunt,
  trekkerOnbekend,
  datumOnleesbaar,
  datumGeenDriehoek,
  datumBuitenJaar,
  statusOnbekend,
  achterstallig,
  onderwerpOntbreekt,
  onderwerpTeLang,
  actieDubbel,
  vergaderingDubbel,
  vergaderingWivNaDriehoek,
  partijDubbel,
  speerpuntDubbel,
  kolomGecombineerd,
  overzichtVerouderd,
  partijSoortOnbekend,
  instellingOnbekend,
  tabelLeeg,
  trekkerSchrijfwijze,
] as const;

export type RuleId = (typeof RULES)[number]['meta']['id'];
export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.meta.id);
