import { sheetOf, type Scalar, type SheetSnapshot, type WorkbookSnapshot } from '../../src/domain/schema/snapshot';
import { isoToSerial } from '../../src/domain/cells';

/**
 * Workbooks of the contract's shape at any size, with realistic text and the
 * seed's kinds of mistakes (a misspelled trekker, a date that is no meeting,
 * an unreadable date, a missing date) sprinkled in at fixed rates.
 */
const MEETINGS = ['2021-02-11', '2021-04-15', '2021-06-17', '2021-09-09', '2021-11-04', '2021-12-16'];
const WIV = ['2021-01-28', '2021-04-01', '2021-06-03', '2021-08-26', '2021-10-21', '2021-12-02'];
const PARTIJEN = [
  ['Elburg', 'Gemeente', ''],
  ['Epe', 'Gemeente', 'gemeente Epe; ambtelijk secretaris Driehoek'],
  ['Hattem', 'Gemeente', 'voorzitter WIV'],
  ['Heerde', 'Gemeente', ''],
  ['Nunspeet', 'Gemeente', ''],
  ['Oldebroek', 'Gemeente', ''],
  ['Politie', 'Politie', ''],
  ['OM', 'OM', 'Openbaar Ministerie'],
];
const SPEERPUNTEN = [
  ['1', 'Zorg & Veiligheid'],
  ['1.1', 'Kwetsbare personen'],
  ['1.2', 'Jeugd'],
  ['2', 'Maatschappelijke ondermijning'],
  ['2.1', 'Georganiseerde criminaliteit'],
  ['3', 'Criminaliteit'],
  ['3.1', 'High Impact Crime'],
];
const SUBS = [
  ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen'],
  ['1. Zorg & Veiligheid', '1.2 Jeugd'],
  ['2. Maatschappelijke ondermijning', '2.1 Georganiseerde criminaliteit'],
  ['3. Criminaliteit', '3.1 High Impact Crime'],
];
const WORDS =
  'evalueren monitoren uitvoeren actualisatie aanpak ondermijning jeugd overlast woninginbraak cybercrime bewustwording gemeente politie samenwerking informatiesessie drugs vuurwerk handhaving rapportage buurtpreventie'.split(
    ' ',
  );
const MONTHS = ['februari', 'april', 'juni', 'september', 'november', 'december'];

const HEADER = ['Nr', 'Speerpunt', 'Subspeerpunt', 'Actie', 'Onderwerp', 'Trekker', 'Driehoek', 'Status'];

/** Deterministic pseudo-random numbers, so every run measures the same workbook. */
function rng(seed: number): () => number {
  let x = seed;
  return () => ((x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

function actieRows(n: number, seed = 7): Scalar[][] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const rows: Scalar[][] = [];
  for (let i = 0; i < n; i++) {
    const [sp = '', sub = ''] = pick(SUBS);
    const words = Array.from({ length: 8 + Math.floor(r() * 30) }, () => pick(WORDS)).join(' ');
    const m = Math.floor(r() * MEETINGS.length);
    const day = Number(MEETINGS[m]!.slice(8));
    let trekker = r() < 0.3 ? `${pick(PARTIJEN)[0]} en ${pick(PARTIJEN)[0]}` : pick(PARTIJEN)[0]!;
    let datum: Scalar = `${day} ${MONTHS[m]}`;
    const roll = r();
    if (roll < 0.01) trekker = 'Hatterm';
    else if (roll < 0.02) datum = `${day + 7 > 28 ? 1 : day + 7} ${MONTHS[m]}`;
    else if (roll < 0.025) datum = 'eind 2021/ begin 2022';
    else if (roll < 0.03) datum = '';
    else if (roll < 0.1) datum = 'doorlopend';
    rows.push([
      i + 1,
      i % 10 === 0 ? sp : '',
      i % 10 === 0 ? sub : '',
      `${words[0]!.toUpperCase()}${words.slice(1)}.`,
      words.split(' ').slice(0, 3).join(' '),
      trekker,
      datum,
      pick(['Gepland', 'Lopend', 'Afgerond']),
    ]);
  }
  return rows;
}

function sheet(name: string, rows: Scalar[][], formats?: string[][]): SheetSnapshot {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? ''));
  return sheetOf(name, values, formats);
}

/** A whole workbook snapshot with n actions. */
export function generatedSnapshot(n: number, seed = 7): WorkbookSnapshot {
  const vergaderingen = [['Driehoek', 'WIV'], ...MEETINGS.map((m, i) => [isoToSerial(m), isoToSerial(WIV[i]!)])];
  return {
    name: `acties-${n}.xlsx`,
    date1904: false,
    tables: [],
    vingerafdrukken: {},
    sheets: [
      sheet('Acties', [HEADER, ...actieRows(n, seed)]),
      sheet(
        'Vergaderingen',
        vergaderingen,
        vergaderingen.map((r, i) => r.map(() => (i ? 'd-m-yyyy' : 'General'))),
      ),
      sheet('Speerpunten', [['Code', 'Naam'], ...SPEERPUNTEN]),
      sheet('Partijen', [['Naam', 'Soort', 'Aliassen'], ...PARTIJEN]),
    ],
  };
}
