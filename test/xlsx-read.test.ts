import JSZip from 'jszip';
import { XlsxWorkbook } from '../src/adapters/file/xlsx-workbook';
import { isoToSerial } from '../src/domain/cells';
import { Grid } from '../src/domain/read/grid';
import { R, TYPE } from './helpers/workbook-package';

/**
 * The file reader against parts written by hand, as ECMA-376 Part 1 allows
 * them (18.3 worksheets, 18.4 shared strings, 18.8 styles, 18.2 workbook):
 * what a user typed must come back as Excel shows it, and as Office.js would
 * return it in `values`.
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = (type: string) => `${TYPE}/${type}`;

interface Parts {
  sheet: string;
  workbook?: string;
  strings?: string;
  styles?: string;
  extraSheets?: Array<{ name: string; type: string; path: string; xml: string; state?: string }>;
  table?: string;
}

async function read(p: Parts) {
  const zip = new JSZip();
  const extra = p.extraSheets ?? [];
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL('officeDocument')}" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheets = [
    `<sheet name="Blad" sheetId="1" r:id="rId1"/>`,
    ...extra.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 2}" r:id="rId${i + 10}"${s.state ? ` state="${s.state}"` : ''}/>`),
  ];
  zip.file('xl/workbook.xml', p.workbook ?? `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets>${sheets.join('')}</sheets></workbook>`);
  const rels = [
    `<Relationship Id="rId1" Type="${REL('worksheet')}" Target="worksheets/sheet1.xml"/>`,
    `<Relationship Id="rId2" Type="${REL('sharedStrings')}" Target="sharedStrings.xml"/>`,
    `<Relationship Id="rId3" Type="${REL('styles')}" Target="styles.xml"/>`,
    ...extra.map((s, i) => `<Relationship Id="rId${i + 10}" Type="${REL(s.type)}" Target="${s.path}"/>`),
  ];
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  zip.file('xl/worksheets/sheet1.xml', `<worksheet xmlns="${MAIN}" xmlns:r="${R}">${p.sheet}</worksheet>`);
  for (const s of extra) if (s.xml) zip.file(`xl/${s.path}`, s.xml);
  if (p.strings) zip.file('xl/sharedStrings.xml', `<sst xmlns="${MAIN}">${p.strings}</sst>`);
  if (p.styles) zip.file('xl/styles.xml', `<styleSheet xmlns="${MAIN}">${p.styles}</styleSheet>`);
  if (p.table) {
    zip.file(
      'xl/worksheets/_rels/sheet1.xml.rels',
      // The sheet's drawing is related first, as Excel numbers them: the table is found by its own id.
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL('drawing')}" Target="../drawings/drawing1.xml"/><Relationship Id="rId2" Type="${REL('table')}" Target="../tables/table1.xml"/></Relationships>`,
    );
    zip.file('xl/tables/table1.xml', p.table);
  }
  const wb = await XlsxWorkbook.open(await zip.generateAsync({ type: 'uint8array' }), 'hand.xlsx');
  return wb.read();
}

const cells = (rows: string) => `<sheetData>${rows}</sheetData>`;
const blad = async (p: Parts) => {
  const snapshot = await read(p);
  const sheet = snapshot.sheets[0]!;
  const grid = new Grid(sheet);
  return { snapshot, sheet, value: (r: number, c: number) => grid.value(r, c), format: (r: number, c: number) => grid.format(r, c) };
};

describe('the cells of a sheet as Excel shows them', () => {
  it('reads booleans, errors, formula texts and numbers; an empty value is an empty cell', async () => {
    const { sheet, value } = await blad({
      sheet: cells(
        `<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="b"><v>TRUE</v></c><c r="D1" t="b"><v></v></c></row>` +
          `<row r="2"><c r="A2" t="e"><v>#DIV/0!</v></c><c r="B2" t="e"/><c r="C2" t="str"><f>A1</f><v>som</v></c><c r="D2" t="str"><v></v></c></row>` +
          `<row r="3"><c r="A3"><v>12.5</v></c><c r="B3"><v></v></c><c r="C3" t="n"><v>abc</v></c><c r="D3" t="inlineStr"><is><t></t></is></c></row>` +
          // Pretty-printed: the line breaks between elements are no part of a value. A formula's text that looks like a number stays text.
          `<row r="4">\n<c r="A4" t="b">\n  <v>1</v>\n</c>\n<c r="B4" t="str">\n  <f>A1</f>\n  <v>som</v>\n</c><c r="C4" t="str"><v>12</v></c></row>`,
      ),
    });
    expect([1, 2, 3, 4].map((r) => [1, 2, 3, 4].map((c) => value(r, c)))).toEqual([
      [true, false, true, ''],
      ['#DIV/0!', '#N/A', 'som', ''],
      [12.5, '', 'abc', ''],
      [true, 'som', '12', ''],
    ]);
    expect(sheet.errorCells).toEqual(['A2', 'B2']);
  });

  it('reads a date written as ISO 8601 as the serial Excel shows, with its time, in either date system', async () => {
    const sheet = `<sheetData><row r="1"><c r="A1" t="d"><v>2021-02-11</v></c><c r="B1" t="d"><v>2021-02-11T18:00:30</v></c><c r="C1" t="d"><v>2021-02-11T06:30</v></c><c r="D1" t="d"><v>morgen</v></c></row></sheetData>`;
    const in1900 = await blad({ sheet });
    const dag = isoToSerial('2021-02-11');
    expect([in1900.value(1, 1), in1900.value(1, 2), in1900.value(1, 3), in1900.value(1, 4)]).toEqual([
      dag,
      dag + (18 * 3600 + 30) / 86_400,
      dag + (6 * 3600 + 30 * 60) / 86_400,
      'morgen',
    ]);
    expect(in1900.format(1, 1)).toBe('d-m-yyyy');
    const in1904 = await blad({
      sheet,
      workbook: `<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr date1904="true"/><sheets><sheet name="Blad" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    });
    expect([in1904.snapshot.date1904, in1904.value(1, 1)]).toEqual([true, isoToSerial('2021-02-11', true)]);
  });

  it('joins the runs of rich text and leaves out the phonetic reading, in shared and inline strings', async () => {
    const { value } = await blad({
      strings:
        `<si>\n  <r>\n    <t>Epe, </t>\n  </r>\n  <r><rPr><b/></rPr><t>Politie</t></r>\n  <rPh sb="0" eb="1"><t>えぺ</t></rPh>\n</si>` +
        `<si><t></t></si><si><t xml:space="preserve">  los  </t></si><si/>`,
      sheet: cells(
        `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>7</v></c>` +
          // Runs on lines of their own, as a hand-edited or pretty-printed part has them: the space between is no text.
          `<c r="E1" t="inlineStr"><is>\n  <r><t>in</t></r>\n  <r><t>line</t></r>\n  <rPh sb="0" eb="1"><t>x</t></rPh>\n</is></c><c r="F1" t="s"><v>3</v></c></row>`,
      ),
    });
    expect([1, 2, 3, 4, 5, 6].map((c) => value(1, c))).toEqual(['Epe, Politie', '', '  los  ', '', 'inline', '']);
  });

  it('places cells without an r attribute one after another, and rows likewise', async () => {
    const { value } = await blad({ sheet: cells(`<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>`) });
    expect([value(1, 1), value(1, 2), value(2, 3), value(2, 4)]).toEqual([1, 2, 3, 4]);
  });

  it('keeps only the top-left value of merged cells, as Excel does', async () => {
    const { value, format } = await blad({
      styles: `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>`,
      sheet:
        cells(
          `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c><c r="D1"><v>4</v></c></row>` +
            `<row r="2"><c r="A2"><v>5</v></c><c r="B2" s="1"><v>6</v></c><c r="C2"><v>7</v></c><c r="D2"><v>8</v></c></row>` +
            `<row r="3"><c r="A3"><v>9</v></c><c r="B3"><v>10</v></c><c r="C3"><v>11</v></c><c r="D3"><v>12</v></c></row>`,
        ) + `<mergeCells count="1"><mergeCell ref="B1:C2"/></mergeCells>`,
    });
    expect([1, 2, 3].map((r) => [1, 2, 3, 4].map((c) => value(r, c)))).toEqual([
      [1, 2, '', 4],
      [5, '', '', 8],
      [9, 10, 11, 12],
    ]);
    expect(format(2, 2)).toBe('General');
  });

  it('reads number formats by style, custom ones by their code and built-in ones by their id; cell style records do not count', async () => {
    const { format } = await blad({
      styles:
        `<numFmts count="1"><numFmt numFmtId="164" formatCode="d mmmm yyyy"/></numFmts>` +
        `<cellStyleXfs count="1"><xf numFmtId="49"/></cellStyleXfs>` +
        `<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="49"/></cellXfs>` +
        `<cellStyles count="1"><cellStyle name="Standaard" xfId="0" builtinId="0"/></cellStyles>`,
      sheet: cells(
        `<row r="1"><c r="A1" s="1"><v>44238</v></c><c r="B1" s="2"><v>44238</v></c><c r="C1" s="3"><v>1</v></c><c r="D1"><v>1</v></c></row>`,
      ),
    });
    expect([1, 2, 3, 4].map((c) => format(1, c))).toEqual(['d mmmm yyyy', 'm/d/yyyy', '@', 'General']);
  });
});

describe('elements of another namespace', () => {
  it('are not taken for SpreadsheetML’s, whatever their names', async () => {
    const V = 'xmlns:v="urn:vreemd"';
    const { snapshot, value, format } = await blad({
      workbook: `<workbook xmlns="${MAIN}" xmlns:r="${R}" ${V}><sheets><sheet name="Blad" sheetId="1" r:id="rId1"/><v:sheet name="Vreemd" sheetId="2" r:id="rId1"/></sheets><definedNames><v:definedName name="driehoek_vingerafdruk">"nee"</v:definedName></definedNames></workbook>`,
      styles: `<cellXfs count="1"><xf numFmtId="0"/></cellXfs><extLst><ext uri="x" ${V}><v:cellXfs><v:xf numFmtId="14"/></v:cellXfs></ext></extLst>`,
      strings: `<si ${V}><t>a</t><v:t>b</v:t></si><si ${V}><t>c<v:t/>d</t></si>`,
      sheet:
        cells(
          `<row r="1" ${V}><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" s="1"><v>1<v:v/>2</v></c><v:c r="D1"><v:v>9</v:v></v:c></row>`,
        ) + `<v:mergeCells ${V}><v:mergeCell ref="A1:D1"/></v:mergeCells>`,
    });
    expect([snapshot.sheets.map((s) => s.name), snapshot.vingerafdrukken]).toEqual([['Blad'], {}]);
    expect([1, 2, 3, 4].map((c) => value(1, c))).toEqual(['a', 'cd', 12, '']);
    expect(format(1, 3)).toBe('General');
  });
});

describe('the workbook around the cells', () => {
  it('knows hidden sheets, chart sheets, a protected sheet and sheets of another kind', async () => {
    const { snapshot } = await blad({
      sheet: `<sheetProtection sheet="1"/>`,
      extraSheets: [
        {
          name: 'Verborgen',
          type: 'worksheet',
          path: 'worksheets/sheet2.xml',
          xml: `<worksheet xmlns="${MAIN}"><sheetProtection sheet="0"/></worksheet>`,
          state: 'hidden',
        },
        { name: 'Grafiek', type: 'chartsheet', path: 'chartsheets/sheet1.xml', xml: `<chartsheet xmlns="${MAIN}"/>` },
        { name: 'Dialoog', type: 'dialogsheet', path: 'dialogsheets/sheet1.xml', xml: `<dialogsheet xmlns="${MAIN}"/>` },
        // xsd:boolean: "true" protects as "1" does.
        {
          name: 'Ook beveiligd',
          type: 'worksheet',
          path: 'worksheets/sheet3.xml',
          xml: `<worksheet xmlns="${MAIN}"><sheetProtection sheet="true"/></worksheet>`,
        },
        // A worksheet whose part is missing is no worksheet to read.
        { name: 'Weg', type: 'worksheet', path: 'worksheets/sheet9.xml', xml: '' },
      ],
    });
    expect(snapshot.sheets.map((s) => [s.name, s.kind, s.visible, s.protected, s.errorCells])).toEqual([
      ['Blad', 'werkblad', true, true, []],
      ['Verborgen', 'werkblad', false, false, []],
      ['Grafiek', 'grafiekblad', true, false, []],
      ['Dialoog', 'anders', true, false, []],
      ['Ook beveiligd', 'werkblad', true, true, []],
      ['Weg', 'anders', true, false, []],
    ]);
  });

  it('reads the fingerprints driehoek stores as workbook names holding a text, and no other name', async () => {
    const { snapshot } = await blad({
      sheet: '',
      workbook:
        `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Blad" sheetId="1" r:id="rId1"/></sheets><definedNames>` +
        `<definedName name="driehoek_vingerafdruk"> "a""b" </definedName>` +
        `<definedName name="driehoek_vingerafdruk_agenda" localSheetId="0">"lokaal"</definedName>` +
        `<definedName name="driehoek_vingerafdruk_voortgang">Blad!$A$1</definedName>` +
        `<definedName name="iets">"anders"</definedName></definedNames></workbook>`,
    });
    expect(snapshot.vingerafdrukken).toEqual({ overzicht: 'a"b' });
  });

  it('reads an Excel table: its name, range, and header and totals rows', async () => {
    const { snapshot } = await blad({
      sheet: cells(`<row r="1"><c r="A1"><v>1</v></c></row>`) + `<tableParts count="1"><tablePart r:id="rId2"/></tableParts>`,
      table: `<table xmlns="${MAIN}" id="1" name="Tabel1" displayName="Acties_2021" ref="A1:B5" headerRowCount="0" totalsRowCount="1"><tableColumns count="2"><tableColumn id="1" name="A"/><tableColumn id="2" name="B"/></tableColumns></table>`,
    });
    expect(snapshot.tables).toEqual([{ name: 'Acties_2021', sheet: 'Blad', range: 'A1:B5', headerRows: 0, totalsRows: 1 }]);
  });
});
