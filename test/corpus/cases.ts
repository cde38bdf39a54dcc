/**
 * The robustness corpus: odd and broken workbooks, each built here from code
 * (never a hand-saved binary) with what driehoek must answer. `npm run corpus`
 * writes them to test/output/corpus for a look in a spreadsheet program.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { orderFonts } from '../../scripts/exceljs-fonts';
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Row = Array<ExcelJS.CellValue>;
export interface Expect {
  /** Exit status of `driehoek valideer`. */
  exit: 0 | 1 | 2;
  /** Rules that must be among the findings. */
  rules?: string[];
  /** Rules that must not be. */
  without?: string[];
  /** The one line on stderr for exit 2. */
  stderr?: RegExp;
}
/** What `driehoek overzicht` must do with the case, when it differs from "write a valid copy". */
export interface OverzichtExpect {
  /** Refused with exit 2 and this sentence. */
  refused?: RegExp;
  /** The output's name (default uit.xlsx). */
  out?: string;
  /** More to check in the written copy. */
  check?: (input: Uint8Array, output: Uint8Array) => Promise<void>;
}

export interface CorpusCase {
  name: string;
  build: () => Promise<Uint8Array>;
  expect: Expect;
  overzicht?: OverzichtExpect;
  /** The file's extension (default .xlsx). */
  ext?: string;
}

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'uitvoeringsprogramma-2021.xlsx');
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

const MEETINGS: Row[] = [
  ['Driehoek', 'WIV'],
  [date('2021-02-11'), date('2021-01-28')],
  [date('2021-04-15'), date('2021-04-01')],
  [date('2021-06-17'), date('2021-06-03')],
];
const SPEERPUNTEN: Row[] = [
  ['Code', 'Naam'],
  ['1', 'Zorg & Veiligheid'],
  ['1.1', 'Kwetsbare personen'],
  ['2', 'Ondermijning'],
  ['2.1', 'Georganiseerde criminaliteit'],
];
const PARTIJEN: Row[] = [
  ['Naam', 'Soort', 'Aliassen'],
  ['Epe', 'Gemeente', ''],
  ['Hattem', 'Gemeente', 'voorzitter WIV'],
  ['Politie', 'Politie', ''],
  ['OM', 'OM', ''],
];
const ACTIES_HEAD: Row = ['Speerpunt', 'Subspeerpunt', 'Actie', 'Onderwerp', 'Trekker', 'Driehoek'];
const GOOD: Row[] = [
  ACTIES_HEAD,
  ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen', 'Wvggz monitoren', 'Wvggz', 'Hattem', '11 februari'],
  ['', '', 'Huiselijk geweld', 'Huiselijk geweld', 'Epe, Politie', date('2021-04-15')],
  ['2. Ondermijning', '2.1 Georganiseerde criminaliteit', 'Damocles', 'Damocles', 'OM', '17-6-2021'],
];

interface Sheets {
  [name: string]: Row[] | { rows: Row[]; state?: 'hidden'; dates?: boolean; top?: number };
}

/** A workbook of plain sheets; the reference tables default to a correct programme. */
async function book(sheets: Sheets, tweak?: (wb: ExcelJS.Workbook) => void, defaults = true): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const all: Sheets = defaults ? { Acties: GOOD, Vergaderingen: MEETINGS, Speerpunten: SPEERPUNTEN, Partijen: PARTIJEN, ...sheets } : sheets;
  for (const [name, spec] of Object.entries(all)) {
    if (spec === undefined) continue;
    const { rows, state, top = 1 } = Array.isArray(spec) ? { rows: spec, state: undefined, top: 1 } : spec;
    const ws = wb.addWorksheet(name, state ? { state } : undefined);
    rows.forEach((r, i) => (ws.getRow(top + i).values = r as ExcelJS.CellValue[]));
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.value instanceof Date) c.numFmt = 'd-m-yyyy';
      }),
    );
  }
  tweak?.(wb);
  return orderFonts(new Uint8Array(await wb.xlsx.writeBuffer()));
}

const acties = (...rows: Row[]) => ({ Acties: [ACTIES_HEAD, ...rows] });
const one = (cells: Partial<Record<string, ExcelJS.CellValue>>): Row => ACTIES_HEAD.map((h) => cells[h as string] ?? '');
const base = {
  Speerpunt: '1. Zorg & Veiligheid',
  Subspeerpunt: '1.1 Kwetsbare personen',
  Actie: 'Een actie',
  Onderwerp: 'Actie',
  Trekker: 'Epe',
  Driehoek: '11 februari',
};

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [n, c] of Object.entries(files)) zip.file(n, c);
  return zip.generateAsync({ type: 'uint8array' });
}

function cfb(encrypted: boolean): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const stream = encrypted ? 'EncryptedPackage' : 'Workbook';
  bytes.set(
    Array.from(stream).flatMap((c) => [c.charCodeAt(0), 0]),
    1024,
  );
  return bytes;
}

export const CASES: CorpusCase[] = [
  {
    name: 'geen-zip',
    build: async () => new TextEncoder().encode('Hattem 18 februari'),
    expect: { exit: 2, stderr: /is geen Excel-werkboek \(\.xlsx\)/ },
  },
  { name: 'leeg-bestand', build: async () => new Uint8Array(), expect: { exit: 2, stderr: /is leeg/ } },
  { name: 'zip-zonder-werkboek', build: () => zipOf({ 'notities.txt': 'hallo' }), expect: { exit: 2, stderr: /geen Excel-werkboek/ } },
  { name: 'versleuteld', build: async () => cfb(true), expect: { exit: 2, stderr: /is met een wachtwoord versleuteld/ } },
  { name: 'oud-xls', build: async () => cfb(false), expect: { exit: 2, stderr: /is een oud Excel-bestand \(\.xls\)/ } },
  { name: 'afgebroken-zip', build: async () => readFileSync(SAMPLE).subarray(0, 6000), expect: { exit: 2, stderr: /beschadigd|niet gelezen/ } },
  {
    name: 'kapotte-xml',
    build: () => zipOf({ '[Content_Types].xml': '<Types', 'xl/workbook.xml': '<workbook><sheets><sheet' }),
    expect: { exit: 2, stderr: /beschadigd|niet gelezen/ },
  },
  { name: 'leeg-werkboek', build: () => book({ Blad1: [] }, undefined, false), expect: { exit: 1, rules: ['tabel-ontbreekt'] } },
  {
    name: 'andere-gegevens',
    build: () =>
      book(
        {
          Omzet: [
            ['Maand', 'Omzet'],
            ['jan', 100],
          ],
        },
        undefined,
        false,
      ),
    expect: { exit: 1, rules: ['tabel-ontbreekt'] },
  },
  { name: 'correct', build: () => book({}), expect: { exit: 0, without: ['tabel-ontbreekt', 'kolom-ontbreekt'] } },
  {
    name: 'bladen-hernoemd',
    build: () => book({ Blad1: GOOD, Blad2: MEETINGS, Blad3: SPEERPUNTEN, Blad4: PARTIJEN }, undefined, false),
    expect: { exit: 0, without: ['tabel-ontbreekt'] },
  },
  {
    name: 'kop-verkeerd-gespeld',
    build: () => book({ Speerpunten: [['Code', 'Nam'], ...SPEERPUNTEN.slice(1)] }),
    expect: { exit: 1, rules: ['kolom-ontbreekt'] },
  },
  {
    name: 'kop-andere-volgorde',
    build: () => book({ Acties: GOOD.map((r) => [...r].reverse()) }),
    expect: { exit: 0, without: ['kolom-ontbreekt'] },
  },
  { name: 'kop-dubbel', build: () => book({ Acties: GOOD.map((r, i) => [...r, i ? 'Politie' : 'Trekker']) }), expect: { exit: 0 } },
  {
    name: 'extra-en-verborgen-kolommen',
    build: () =>
      book({ Acties: GOOD.map((r, i) => ['x', ...r, i ? 'notitie' : 'Notities']) }, (wb) => (wb.getWorksheet('Acties')!.getColumn(1).hidden = true)),
    expect: { exit: 0 },
  },
  {
    name: 'verborgen-en-lege-rijen',
    build: () => book({ Acties: [GOOD[0]!, [], GOOD[1]!, [], [], GOOD[2]!, GOOD[3]!] }, (wb) => (wb.getWorksheet('Acties')!.getRow(3).hidden = true)),
    expect: { exit: 0 },
  },
  {
    name: 'samengevoegde-cellen',
    build: () =>
      book(
        acties(
          one(base),
          one({ ...base, Speerpunt: '', Subspeerpunt: '', Actie: 'Tweede' }),
          one({ ...base, Speerpunt: '', Subspeerpunt: '', Actie: 'Derde' }),
        ),
        (wb) => {
          const ws = wb.getWorksheet('Acties')!;
          ws.mergeCells('A2:A4');
          ws.mergeCells('B2:B4');
          ws.mergeCells('C4:D4');
        },
      ),
    expect: { exit: 0 },
  },
  {
    name: 'formules-met-uitkomst',
    build: () =>
      book(
        acties(
          one({ ...base, Trekker: { formula: '"Ep"&"e"', result: 'Epe' }, Driehoek: { formula: 'DATE(2021,2,11)', result: date('2021-02-11') } }),
        ),
      ),
    expect: { exit: 0 },
  },
  {
    name: 'formules-met-fout',
    build: () =>
      book(
        acties(
          one({ ...base, Trekker: { formula: 'Blad9!A1', result: { error: '#REF!' } } }),
          one({ ...base, Actie: 'Tweede', Driehoek: { formula: 'NA()', result: { error: '#N/A' } } }),
        ),
      ),
    expect: { exit: 1, rules: ['cel-fout'] },
  },
  { name: 'getal-als-trekker', build: () => book(acties(one({ ...base, Trekker: 42 }))), expect: { exit: 1, rules: ['trekker-onbekend'] } },
  { name: 'waar-onwaar-als-tekst', build: () => book(acties(one({ ...base, Actie: true, Onderwerp: false }))), expect: { exit: 0 } },
  { name: 'datum-als-getal', build: () => book(acties(one({ ...base, Driehoek: 44238 }))), expect: { exit: 1, rules: ['datum-onleesbaar'] } },
  {
    name: 'datums-in-elke-toegestane-vorm',
    build: () =>
      book(
        acties(
          ...['11 februari', '11-2-2021', '11/02/2021', '2021-02-11', '11 feb.', '11 februari en 15 april', 'doorlopend', 'Continu proces'].map(
            (d, i) => one({ ...base, Actie: `Actie ${i}`, Driehoek: d }),
          ),
        ),
      ),
    expect: { exit: 0 },
  },
  {
    name: 'datums-in-vormen-die-niet-mogen',
    build: () =>
      book(
        acties(
          ...['Q3 2021', 'na de zomer', 'eind 2021/ begin 2022', 'binnenkort?'].map((d, i) => one({ ...base, Actie: `Actie ${i}`, Driehoek: d })),
        ),
      ),
    expect: { exit: 1, rules: ['datum-onleesbaar'] },
  },
  {
    name: 'datum-29-februari-2021',
    build: () => book(acties(one({ ...base, Driehoek: '29-2-2021' }))),
    expect: { exit: 1, rules: ['datum-onleesbaar'] },
  },
  {
    name: 'datumsysteem-1904',
    build: () => book({}, (wb) => ((wb.properties as { date1904?: boolean }).date1904 = true)),
    expect: { exit: 0, without: ['datum-geen-driehoek', 'datum-buiten-jaar'] },
  },
  {
    name: 'tekst-van-32767-tekens',
    build: () => book(acties(one({ ...base, Actie: 'x'.repeat(32_767), Onderwerp: '' }))),
    expect: { exit: 0, rules: ['onderwerp-ontbreekt'] },
  },
  {
    name: 'emoji-rechts-naar-links-en-nulbreedte',
    build: () =>
      book(
        acties(
          one({ ...base, Actie: 'Buurtpreventie 🚓 مرحبا', Onderwerp: '🚓 WhatsApp', Trekker: 'Hat\u200btem' }),
          one({ ...base, Actie: 'שלום', Trekker: 'Epe\u200f' }),
        ),
      ),
    expect: { exit: 0 },
  },
  {
    name: 'tekst-die-op-een-formule-lijkt',
    build: () =>
      book(
        acties(
          ...['=HYPERLINK("http://x","klik")', '+31 6 1234 5678', '-pva ondermijning', '@gemeente'].map((o, i) =>
            one({ ...base, Actie: `${o} ${i}`, Onderwerp: o }),
          ),
        ),
      ),
    expect: { exit: 0 },
  },
  {
    name: 'vergaderingen-dubbel-en-door-elkaar',
    build: () => book({ Vergaderingen: [MEETINGS[0]!, MEETINGS[3]!, MEETINGS[1]!, MEETINGS[2]!, MEETINGS[1]!] }),
    expect: { exit: 1, rules: ['vergadering-dubbel'] },
  },
  {
    name: 'wiv-na-driehoek',
    build: () => book({ Vergaderingen: [MEETINGS[0]!, [date('2021-02-11'), date('2021-02-12')]] }),
    expect: { exit: 1, rules: ['vergadering-wiv-na-driehoek'] },
  },
  {
    name: 'partij-twee-keer',
    build: () => book({ Partijen: [...PARTIJEN, ['Epe', 'Gemeente', '']] }),
    expect: { exit: 1, rules: ['partij-dubbel'] },
  },
  {
    name: 'tabel-eindigt-in-lege-rijen',
    build: () =>
      book({ Acties: [] }, (wb) => {
        const ws = wb.getWorksheet('Acties')!;
        ws.addTable({
          name: 'tblActies',
          ref: 'A1',
          headerRow: true,
          style: { theme: 'TableStyleLight1', showRowStripes: true },
          columns: ACTIES_HEAD.map((h) => ({ name: String(h) })),
          rows: [...GOOD.slice(1), ...Array.from({ length: 5 }, () => ACTIES_HEAD.map(() => ''))] as ExcelJS.CellValue[][],
        });
      }),
    expect: { exit: 0 },
  },
  { name: 'alleen-kopregels', build: () => book({ Acties: [ACTIES_HEAD] }), expect: { exit: 1, rules: ['tabel-leeg'] } },
  {
    name: 'titelregels-boven-de-tabel',
    build: () => book({ Acties: { rows: [['Uitvoeringsprogramma 2021'], ['Versie 3'], [], ...GOOD] } }),
    expect: { exit: 0 },
  },
  {
    name: 'het-voorbeeld',
    build: async () => new Uint8Array(readFileSync(SAMPLE)),
    expect: { exit: 1, rules: ['trekker-onbekend', 'kolom-gecombineerd', 'overzicht-verouderd'] },
  },
  {
    name: 'instellingen-zetten-fouten-uit',
    build: () =>
      book({
        ...acties(one({ ...base, Trekker: 'Hatterm' })),
        Instellingen: [
          ['Regel', 'Ernst'],
          ['trekker-onbekend', 'uit'],
        ],
      }),
    expect: { exit: 0, without: ['trekker-onbekend'] },
  },
  {
    name: 'instelling-onbekend',
    build: () =>
      book({
        Instellingen: [
          ['Regel', 'Ernst'],
          ['trekker', 'uit'],
          ['achterstallig', 'heel erg'],
        ],
      }),
    expect: { exit: 0, rules: ['instelling-onbekend'] },
  },
  {
    name: 'sub-onder-ander-speerpunt',
    build: () => book(acties(one({ ...base, Subspeerpunt: '2.1' }))),
    expect: { exit: 1, rules: ['subspeerpunt-verkeerde-speerpunt'] },
  },
  {
    name: 'status-onbekend-en-achterstallig',
    build: () =>
      book({
        Acties: [
          [...ACTIES_HEAD, 'Status'],
          [...one(base), 'Klaar'],
          [...one({ ...base, Actie: 'Twee' }), 'Gepland'],
        ],
      }),
    expect: { exit: 1, rules: ['status-onbekend', 'achterstallig'] },
  },
  {
    name: 'partijen-op-verborgen-blad',
    build: () => book({ Partijen: { rows: PARTIJEN, state: 'hidden' } }),
    expect: { exit: 0, without: ['tabel-ontbreekt'] },
  },
  {
    name: 'tweehonderd-kolommen',
    build: () => book({ Acties: GOOD.map((r, i) => [...r, ...Array.from({ length: 200 }, (_, j) => (i ? j : `Extra ${j}`))]) }),
    expect: { exit: 0 },
  },
  {
    name: 'bladnaam-met-tekens',
    build: () => book({ Acties: undefined as unknown as Row[], "Acties 'oud' & nieuw": GOOD }),
    expect: { exit: 0 },
  },
  {
    name: 'alleen-een-overzicht',
    build: () =>
      book(
        {
          'Driehoek-overzicht': [
            ['Driehoek (WIV)', '11-2-2021 (28-1)'],
            ['Epe', '- MMA'],
          ],
        },
        undefined,
        false,
      ),
    expect: { exit: 1, rules: ['tabel-ontbreekt'] },
  },
];
