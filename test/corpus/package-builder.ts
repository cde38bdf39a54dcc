/**
 * Workbooks built part by part from ECMA-376, the way other producers write
 * them: any namespace prefix, r attributes left out, Strict namespaces,
 * UTF-16 parts, part names in other capitals, no styles part, cell type d,
 * tables with totals rows, macro workbooks, external links, and the marks
 * Excel itself leaves (mc:Ignorable, x14ac and xr attributes, a calcChain,
 * a theme, print titles, rich text in shared strings). Nothing here comes
 * from a spreadsheet library.
 */
import JSZip from 'jszip';

export type Cell = string | number | boolean | { date: string } | { f: string; v: string | number } | { rich: string[] } | null;

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** A worksheet by default. */
  kind?: 'worksheet' | 'chartsheet';
  state?: 'hidden';
  /** Excel tables on this sheet: name, range, and rows counted at the top and bottom. */
  tables?: Array<{ name: string; ref: string; totalsRowCount?: number; columns: string[] }>;
  protectedSheet?: boolean;
  tabColor?: string;
  printTitles?: string;
}

export interface PackageOptions {
  /** Prefix for the main namespace ("x" as the Open XML SDK writes), "" for the default namespace. */
  prefix?: string;
  strict?: boolean;
  /** Leave out the optional r attributes of rows and cells. */
  noRefs?: boolean;
  /** Store text as shared strings (else inline strings). */
  sharedStrings?: boolean;
  /** Write dates as cells of type d (ISO text) instead of serials. */
  isoDates?: boolean;
  utf16?: boolean;
  /** Part names in the zip in capitals, other than the content types say. */
  upperCaseParts?: boolean;
  noStyles?: boolean;
  macro?: boolean;
  externalLink?: boolean;
  /** The marks Excel leaves: a CRLF after each XML declaration, mc:Ignorable with x14ac/xr, a theme, a calcChain, app and core properties. */
  excelLike?: boolean;
  date1904?: boolean;
}

const NS_T = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
const NS_S = {
  main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  r: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
};
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const X14AC = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac';
const XR = 'http://schemas.microsoft.com/office/spreadsheetml/2014/revision';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function col(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function serial(iso: string, date1904: boolean): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return date1904 ? days - 1462 : days;
}

export async function buildPackage(sheets: SheetSpec[], o: PackageOptions = {}): Promise<Uint8Array> {
  const ns = o.strict ? NS_S : NS_T;
  const p = o.prefix ? `${o.prefix}:` : '';
  const mainDecl = o.prefix ? `xmlns:${o.prefix}="${ns.main}"` : `xmlns="${ns.main}"`;
  const excel = o.excelLike ? ` xmlns:mc="${MC}" xmlns:x14ac="${X14AC}" xmlns:xr="${XR}" mc:Ignorable="x14ac xr"` : '';
  const zip = new JSZip();
  const overrides: Array<[string, string]> = [];
  const strings: string[][] = [];
  const stringIndex = new Map<string, number>();
  const text = (path: string, xml: string) => {
    const body = `<?xml version="1.0" encoding="${o.utf16 ? 'UTF-16' : 'UTF-8'}" standalone="yes"?>${o.excelLike ? '\r\n' : '\n'}${xml}`;
    const name =
      o.upperCaseParts && path !== '[Content_Types].xml' && !path.startsWith('_rels')
        ? path
            .toUpperCase()
            .replace(/\.XML$/, '.xml')
            .replace(/\.RELS$/, '.rels')
        : path;
    if (!o.utf16) return void zip.file(name, body);
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) {
      bytes[2 + i * 2] = body.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = body.charCodeAt(i) >> 8;
    }
    zip.file(name, bytes);
  };
  const sharedIndex = (runs: string[]) => {
    const key = JSON.stringify(runs);
    if (!stringIndex.has(key)) {
      stringIndex.set(key, strings.length);
      strings.push(runs);
    }
    return stringIndex.get(key)!;
  };
  const dateStyle = o.noStyles ? 0 : 1;

  const cellXml = (c: Cell, r: number, ci: number): string => {
    const ref = o.noRefs ? '' : ` r="${col(ci)}${r}"`;
    // Without r attributes a cell's place is its order: an empty cell must still stand there.
    if (c === null || c === '') return o.noRefs ? `<${p}c/>` : '';
    if (typeof c === 'number') return `<${p}c${ref}><${p}v>${c}</${p}v></${p}c>`;
    if (typeof c === 'boolean') return `<${p}c${ref} t="b"><${p}v>${c ? 1 : 0}</${p}v></${p}c>`;
    if (typeof c === 'string') {
      if (o.sharedStrings) return `<${p}c${ref} t="s"><${p}v>${sharedIndex([c])}</${p}v></${p}c>`;
      return `<${p}c${ref} t="inlineStr"><${p}is><${p}t xml:space="preserve">${esc(c)}</${p}t></${p}is></${p}c>`;
    }
    if ('rich' in c) return `<${p}c${ref} t="s"><${p}v>${sharedIndex(c.rich)}</${p}v></${p}c>`;
    if ('f' in c)
      return `<${p}c${ref}${typeof c.v === 'string' ? ' t="str"' : ''}><${p}f>${esc(c.f)}</${p}f><${p}v>${esc(String(c.v))}</${p}v></${p}c>`;
    const style = o.noStyles ? '' : ` s="${dateStyle}"`;
    if (o.isoDates) return `<${p}c${ref}${style} t="d"><${p}v>${c.date}T00:00:00</${p}v></${p}c>`;
    return `<${p}c${ref}${style}><${p}v>${serial(c.date, Boolean(o.date1904))}</${p}v></${p}c>`;
  };

  const workbookRels: string[] = [];
  const sheetEls: string[] = [];
  const names: string[] = [];
  let tableNo = 0;
  sheets.forEach((s, i) => {
    const n = i + 1;
    const rid = `rId${n}`;
    if (s.kind === 'chartsheet') {
      workbookRels.push(`<Relationship Id="${rid}" Type="${ns.rel}/chartsheet" Target="chartsheets/sheet${n}.xml"/>`);
      overrides.push([`/xl/chartsheets/sheet${n}.xml`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml']);
      text(
        `xl/chartsheets/sheet${n}.xml`,
        `<${p}chartsheet ${mainDecl} xmlns:r="${ns.r}"><${p}sheetViews><${p}sheetView workbookViewId="0"/></${p}sheetViews></${p}chartsheet>`,
      );
    } else {
      workbookRels.push(`<Relationship Id="${rid}" Type="${ns.rel}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
      overrides.push([`/xl/worksheets/sheet${n}.xml`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml']);
      const rows = s.rows
        .map((row, ri) => {
          const r = ri + 1;
          const cells = row.map((c, ci) => cellXml(c, r, ci + 1)).join('');
          const span = o.excelLike ? ` spans="1:${Math.max(1, row.length)}" x14ac:dyDescent="0.25"` : '';
          return cells ? `<${p}row${o.noRefs ? '' : ` r="${r}"`}${span}>${cells}</${p}row>` : o.noRefs ? `<${p}row/>` : '';
        })
        .join('');
      const width = Math.max(1, ...s.rows.map((r) => r.length));
      const tableParts = (s.tables ?? []).map((_, ti) => `<${p}tablePart r:id="rIdT${ti + 1}"/>`).join('');
      const sheetXml = [
        `<${p}worksheet ${mainDecl} xmlns:r="${ns.r}"${excel}${o.excelLike ? ` xr:uid="{00000000-0001-0000-000${n}-000000000000}"` : ''}>`,
        s.tabColor ? `<${p}sheetPr><${p}tabColor rgb="${s.tabColor}"/></${p}sheetPr>` : '',
        `<${p}dimension ref="A1:${col(width)}${Math.max(1, s.rows.length)}"/>`,
        `<${p}sheetViews><${p}sheetView workbookViewId="0"${i === 0 ? ' tabSelected="1"' : ''}/></${p}sheetViews>`,
        `<${p}sheetFormatPr defaultRowHeight="15"${o.excelLike ? ' x14ac:dyDescent="0.25"' : ''}/>`,
        `<${p}sheetData>${rows}</${p}sheetData>`,
        s.protectedSheet ? `<${p}sheetProtection sheet="1" objects="1" scenarios="1"/>` : '',
        `<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
        tableParts ? `<${p}tableParts count="${s.tables!.length}">${tableParts}</${p}tableParts>` : '',
        `</${p}worksheet>`,
      ].join('');
      text(`xl/worksheets/sheet${n}.xml`, sheetXml);
      const sheetRels = (s.tables ?? []).map((t, ti) => {
        tableNo++;
        const cols = t.columns.map((c, ci) => `<${p}tableColumn id="${ci + 1}" name="${esc(c)}"/>`).join('');
        const totals = t.totalsRowCount ? ` totalsRowCount="${t.totalsRowCount}"` : '';
        text(
          `xl/tables/table${tableNo}.xml`,
          `<${p}table ${mainDecl} id="${tableNo}" name="${esc(t.name)}" displayName="${esc(t.name)}" ref="${t.ref}"${totals}><${p}autoFilter ref="${t.ref}"/><${p}tableColumns count="${t.columns.length}">${cols}</${p}tableColumns><${p}tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></${p}table>`,
        );
        overrides.push([`/xl/tables/table${tableNo}.xml`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml']);
        return `<Relationship Id="rIdT${ti + 1}" Type="${ns.rel}/table" Target="../tables/table${tableNo}.xml"/>`;
      });
      if (sheetRels.length) text(`xl/worksheets/_rels/sheet${n}.xml.rels`, `<Relationships xmlns="${PKG_REL}">${sheetRels.join('')}</Relationships>`);
    }
    sheetEls.push(`<${p}sheet name="${esc(s.name)}" sheetId="${n}"${s.state ? ` state="${s.state}"` : ''} r:id="${rid}"/>`);
    if (s.printTitles)
      names.push(
        `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${i}">'${esc(s.name)}'!$${s.printTitles.replace(':', ':$')}</${p}definedName>`,
      );
  });

  if (!o.noStyles) {
    workbookRels.push(`<Relationship Id="rIdS" Type="${ns.rel}/styles" Target="styles.xml"/>`);
    overrides.push(['/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml']);
    text(
      'xl/styles.xml',
      `<${p}styleSheet ${mainDecl}${excel}><${p}numFmts count="1"><${p}numFmt numFmtId="164" formatCode="d\\-m\\-yyyy"/></${p}numFmts><${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}color theme="1"/><${p}name val="Calibri"/><${p}family val="2"/><${p}scheme val="minor"/></${p}font></${p}fonts><${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills><${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders><${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs><${p}cellXfs count="2"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><${p}xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></${p}cellXfs><${p}cellStyles count="1"><${p}cellStyle name="Normal" xfId="0" builtinId="0"/></${p}cellStyles></${p}styleSheet>`,
    );
  }
  if (strings.length) {
    workbookRels.push(`<Relationship Id="rIdSS" Type="${ns.rel}/sharedStrings" Target="sharedStrings.xml"/>`);
    overrides.push(['/xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml']);
    const sis = strings.map((runs) =>
      runs.length === 1
        ? `<${p}si><${p}t xml:space="preserve">${esc(runs[0]!)}</${p}t></${p}si>`
        : `<${p}si>${runs.map((t, i) => `<${p}r>${i % 2 ? `<${p}rPr><${p}b/></${p}rPr>` : ''}<${p}t xml:space="preserve">${esc(t)}</${p}t></${p}r>`).join('')}</${p}si>`,
    );
    text('xl/sharedStrings.xml', `<${p}sst ${mainDecl} count="${strings.length}" uniqueCount="${strings.length}">${sis.join('')}</${p}sst>`);
  }
  let externalReferences = '';
  if (o.externalLink) {
    workbookRels.push(`<Relationship Id="rIdX" Type="${ns.rel}/externalLink" Target="externalLinks/externalLink1.xml"/>`);
    overrides.push(['/xl/externalLinks/externalLink1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml']);
    text(
      'xl/externalLinks/externalLink1.xml',
      `<${p}externalLink ${mainDecl} xmlns:r="${ns.r}"><${p}externalBook r:id="rId1"><${p}sheetNames><${p}sheetName val="Blad1"/></${p}sheetNames></${p}externalBook></${p}externalLink>`,
    );
    text(
      'xl/externalLinks/_rels/externalLink1.xml.rels',
      `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${ns.rel}/externalLinkPath" Target="begroting.xlsx" TargetMode="External"/></Relationships>`,
    );
    externalReferences = `<${p}externalReferences><${p}externalReference r:id="rIdX"/></${p}externalReferences>`;
    names.push(`<${p}definedName name="Begroting">[1]Blad1!$A$1</${p}definedName>`);
  }
  if (o.excelLike) {
    workbookRels.push(
      `<Relationship Id="rIdTh" Type="${ns.rel}/theme" Target="theme/theme1.xml"/>`,
      `<Relationship Id="rIdC" Type="${ns.rel}/calcChain" Target="calcChain.xml"/>`,
    );
    overrides.push(
      ['/xl/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml'],
      ['/xl/calcChain.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml'],
    );
    text('xl/theme/theme1.xml', THEME);
    const formulaCells = sheets.flatMap((s, i) =>
      s.rows.flatMap((row, r) =>
        row.flatMap((c, ci) => (c && typeof c === 'object' && 'f' in c ? [`<${p}c r="${col(ci + 1)}${r + 1}" i="${i + 1}"/>`] : [])),
      ),
    );
    text('xl/calcChain.xml', `<${p}calcChain ${mainDecl}>${formulaCells.join('') || `<${p}c r="A1" i="1"/>`}</${p}calcChain>`);
  }
  const macro = o.macro;
  if (macro) {
    workbookRels.push(`<Relationship Id="rIdV" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`);
    zip.file('xl/vbaProject.bin', VBA);
  }
  text('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${PKG_REL}">${workbookRels.join('')}</Relationships>`);
  const workbookCt = macro
    ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'
    : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
  overrides.push(['/xl/workbook.xml', workbookCt]);
  text(
    'xl/workbook.xml',
    [
      `<${p}workbook ${mainDecl} xmlns:r="${ns.r}"${excel}${o.strict ? ' conformance="strict"' : ''}>`,
      `<${p}workbookPr${o.date1904 ? ' date1904="1"' : ''}${o.excelLike ? ' defaultThemeVersion="166925"' : ''}/>`,
      `<${p}bookViews><${p}workbookView activeTab="0"/></${p}bookViews>`,
      `<${p}sheets>${sheetEls.join('')}</${p}sheets>`,
      externalReferences,
      names.length ? `<${p}definedNames>${names.join('')}</${p}definedNames>` : '',
      `<${p}calcPr calcId="191029"/>`,
      `</${p}workbook>`,
    ].join(''),
  );
  const officeDocument = o.strict
    ? 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument'
    : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
  text(
    '_rels/.rels',
    `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
  );
  const defaults = `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${macro ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>' : ''}`;
  const ov = overrides.map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`).join('');
  text('[Content_Types].xml', `<Types xmlns="${CT}">${defaults}${ov}</Types>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A few bytes standing for a VBA project: driehoek must carry them over unchanged. */
const VBA = new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256));

// A theme as Excel writes it, cut down to the elements the schema requires (ECMA-376 Part 1, 20.1.6).
const THEME = `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office-thema"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;

// ---- a correct programme, in cells -----------------------------------------------------

export const ACTIES: Cell[][] = [
  ['Speerpunt', 'Subspeerpunt', 'Actie', 'Onderwerp', 'Trekker', 'Driehoek'],
  ['1. Zorg & Veiligheid', '1.1 Kwetsbare personen', 'Wvggz monitoren', 'Wvggz', 'Hattem', '11 februari'],
  ['', '', 'Huiselijk geweld', 'Huiselijk geweld', 'Epe, Politie', { date: '2021-04-15' }],
  ['2. Ondermijning', '2.1 Georganiseerde criminaliteit', 'Damocles', 'Damocles', 'OM', '17-6-2021'],
];
const VERGADERINGEN: Cell[][] = [
  ['Driehoek', 'WIV'],
  [{ date: '2021-02-11' }, { date: '2021-01-28' }],
  [{ date: '2021-04-15' }, { date: '2021-04-01' }],
  [{ date: '2021-06-17' }, { date: '2021-06-03' }],
];
const SPEERPUNTEN: Cell[][] = [
  ['Code', 'Naam'],
  ['1', 'Zorg & Veiligheid'],
  ['1.1', 'Kwetsbare personen'],
  ['2', 'Ondermijning'],
  ['2.1', 'Georganiseerde criminaliteit'],
];
export const PARTIJEN: Cell[][] = [
  ['Naam', 'Soort', 'Aliassen'],
  ['Epe', 'Gemeente', ''],
  ['Hattem', 'Gemeente', 'voorzitter WIV'],
  ['Politie', 'Politie', ''],
  ['OM', 'OM', ''],
];

/** The four tables of a correct programme, each on its own sheet, before and after the given sheets. */
export function programme(extra: { before?: SheetSpec[]; after?: SheetSpec[]; acties?: Cell[][] } = {}): SheetSpec[] {
  return [
    ...(extra.before ?? []),
    { name: 'Acties', rows: extra.acties ?? ACTIES },
    { name: 'Vergaderingen', rows: VERGADERINGEN },
    { name: 'Speerpunten', rows: SPEERPUNTEN },
    { name: 'Partijen', rows: PARTIJEN },
    ...(extra.after ?? []),
  ];
}

/** The correct programme with one forgotten value in XFD1048576: a used range of the whole grid around a few cells. */
export async function strayValueInXfd1048576(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await buildPackage(programme()));
  const sheet = await zip.file('xl/worksheets/sheet4.xml')!.async('string');
  zip.file(
    'xl/worksheets/sheet4.xml',
    sheet.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>vergeten</t></is></c></row></sheetData>'),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
