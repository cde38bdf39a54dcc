import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Document, Element, Node } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { XlsxWorkbook } from '../src/adapters/file';
import { parseXml } from '../src/adapters/file/xlsx/xml';
import type { GeneratedSheet, Grafiek } from '../src/domain/schema/overzicht';
import { buildPackage } from './corpus/package-builder';
import { tempDir } from './helpers/cli';
import { EMPTY_SHEET } from './helpers/generated-sheet';
import { needs } from './helpers/needs';
import { expectValid } from './helpers/openxml';

/**
 * The native chart of the progress report, as a file gets it: a drawing on
 * the sheet, a chart part over the sheet's own cells with their values
 * cached, and on the next run the old chart replaced while whatever else the
 * user drew on the sheet stays.
 */
const GRAFIEK: Grafiek = {
  naam: 'driehoek-voortgang',
  titel: 'Acties per speerpunt & status',
  bereik: 'A1:C3',
  kleuren: ['4472C4', 'ED7D31'],
  van: 'E2',
  tot: 'L12',
};
const sheetOf = (name: string, chart: Grafiek | undefined): GeneratedSheet => ({
  ...EMPTY_SHEET,
  name,
  cells: [
    ['Speerpunt', 'Gepland', 'Lopend'],
    ['1. Zorg', 2, 1],
    ['2. Ondermijning', 'geen', 3],
  ],
  chart,
});

async function write(bytes: Uint8Array, name: string, chart: Grafiek | undefined, existing?: string): Promise<Uint8Array> {
  const wb = await XlsxWorkbook.open(bytes, 'werkboek.xlsx');
  await wb.writeGenerated({
    sheet: sheetOf(name, chart),
    existing,
    fingerprintName: 'driehoek_vingerafdruk_voortgang',
    fingerprint: 'x',
    area: 'A1:C3',
  });
  return wb.save();
}

/** The parts of a package as text, by path. */
async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('string'));
  return out;
}

const all = (xml: string, re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]);
const targets = (rels: string | undefined) => all(rels ?? '', /Target="([^"]+)"/g);
const base = () => buildPackage([{ name: 'Acties', rows: [['Actie']] }]);

/** The package with parts' text changed, and with whatever else `more` does to it (parts added, moved or removed). */
async function edited(
  bytes: Uint8Array,
  changes: Record<string, (xml: string) => string>,
  more: (zip: JSZip) => unknown = () => undefined,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [f, change] of Object.entries(changes)) zip.file(f, change(await zip.file(f)!.async('string')));
  await more(zip);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

describe('the chart of a generated sheet', () => {
  it('is a drawing on the sheet with a chart part over its cells, each related and typed', async () => {
    const p = await parts(await write(await base(), 'Voortgang', GRAFIEK));
    expect(p.get('xl/worksheets/sheet2.xml')).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(targets(p.get('xl/worksheets/_rels/sheet2.xml.rels'))).toEqual(['../drawings/drawing1.xml']);
    expect(targets(p.get('xl/drawings/_rels/drawing1.xml.rels'))).toEqual(['../charts/chart1.xml']);
    const types = p.get('[Content_Types].xml')!;
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );

    const drawing = p.get('xl/drawings/drawing1.xml')!;
    // From E2's top-left corner to past L12: zero-based columns and rows.
    expect(all(drawing, /<xdr:col>(\d+)<\/xdr:col>/g)).toEqual(['4', '12']);
    expect(all(drawing, /<xdr:row>(\d+)<\/xdr:row>/g)).toEqual(['1', '12']);
    expect(drawing).toContain('<xdr:cNvPr id="2" name="driehoek-voortgang"/>');

    const chart = p.get('xl/charts/chart1.xml')!;
    expect(all(chart, /<a:t>([^<]*)<\/a:t>/g)).toEqual(['Acties per speerpunt &amp; status']);
    expect(all(chart, /<c:f>([^<]*)<\/c:f>/g)).toEqual([
      "'Voortgang'!$B$1:$B$1",
      "'Voortgang'!$A$2:$A$3",
      "'Voortgang'!$B$2:$B$3",
      "'Voortgang'!$C$1:$C$1",
      "'Voortgang'!$A$2:$A$3",
      "'Voortgang'!$C$2:$C$3",
    ]);
    // The values cached as the sheet holds them, so the chart shows before Excel calculates; text counts as 0.
    expect(all(chart, /<c:v>([^<]*)<\/c:v>/g)).toEqual([
      'Gepland',
      '1. Zorg',
      '2. Ondermijning',
      '2',
      '0',
      'Lopend',
      '1. Zorg',
      '2. Ondermijning',
      '1',
      '3',
    ]);
    expect(all(chart, /<c:ptCount val="(\d+)"\/>/g)).toEqual(['1', '2', '2', '1', '2', '2']);
    expect(all(chart, /<a:srgbClr val="(\w+)"\/>/g)).toEqual(['4472C4', 'ED7D31']);
    expect(all(chart, /<c:(?:idx|order) val="(\d+)"\/>/g)).toEqual(['0', '0', '1', '1']);
  });

  it('refers to a sheet whose name has an apostrophe as Excel writes it', async () => {
    const p = await parts(await write(await base(), "Jan's", GRAFIEK));
    expect(all(p.get('xl/charts/chart1.xml')!, /<c:f>([^<]*)<\/c:f>/g)[0]).toBe("'Jan''s'!$B$1:$B$1");
  });

  it('is replaced on the next run, and taken off when there is none, while the user’s own drawing stays', async () => {
    const first = await write(await base(), 'Voortgang', GRAFIEK);
    // The user draws an arrow and a chart of their own beside driehoek's.
    const drawn = await edited(first, {
      'xl/drawings/drawing1.xml': (xml) =>
        xml.replace(
          '</xdr:wsDr>',
          '<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="1" cy="1"/><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="7" name="Pijl 1"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/></xdr:sp><xdr:clientData/></xdr:oneCellAnchor>' +
            '<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>30</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="1" cy="1"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="9" name="Grafiek 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm/><a:graphic/></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>',
        ),
    });

    const again = await parts(await write(drawn, 'Voortgang', GRAFIEK, 'Voortgang'));
    const charts = [...again.keys()].filter((k) => k.startsWith('xl/charts/'));
    expect(charts).toHaveLength(1);
    expect(targets(again.get('xl/drawings/_rels/drawing1.xml.rels'))).toEqual([`../charts/${charts[0]!.split('/').pop()}`]);
    expect(all(again.get('[Content_Types].xml')!, /PartName="\/xl\/charts\/([^"]+)"/g)).toEqual([charts[0]!.split('/').pop()]);
    const d = again.get('xl/drawings/drawing1.xml')!;
    expect(all(d, /<xdr:cNvPr id="\d+" name="([^"]+)"/g)).toEqual(['Pijl 1', 'Grafiek 1', 'driehoek-voortgang']);
    // A new shape id past the highest in the drawing.
    expect(d).toContain('<xdr:cNvPr id="10" name="driehoek-voortgang"/>');

    const without = await parts(await write(drawn, 'Voortgang', undefined, 'Voortgang'));
    expect([...without.keys()].filter((k) => k.startsWith('xl/charts/'))).toEqual([]);
    expect(without.get('[Content_Types].xml')).not.toContain('/xl/charts/');
    expect(without.has('xl/drawings/_rels/drawing1.xml.rels')).toBe(false);
    expect(all(without.get('xl/drawings/drawing1.xml')!, /<xdr:cNvPr id="\d+" name="([^"]+)"/g)).toEqual(['Pijl 1', 'Grafiek 1']);
  });
});

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

const val = (doc: Document, tag: string) => Array.from(doc.getElementsByTagNameNS(C, tag)).map((e) => e.getAttribute('val'));

/** A sheet "Voortgang" of a package that already holds a table, related as rId1 the way Excel numbers them. */
async function withTable(prefix?: string): Promise<Uint8Array> {
  const bytes = await buildPackage(
    [
      { name: 'Acties', rows: [['Actie']] },
      { name: 'Voortgang', rows: [['Speerpunt'], ['1. Zorg']], tables: [{ name: 'Lijst', ref: 'A1:A2', columns: ['Speerpunt'] }] },
    ],
    prefix ? { prefix } : {},
  );
  const rId1 = (xml: string) => xml.replace('rIdT1', 'rId1');
  return edited(bytes, { 'xl/worksheets/sheet2.xml': rId1, 'xl/worksheets/_rels/sheet2.xml.rels': rId1 });
}

describe('a sheet whose drawing is related but missing', () => {
  it('is refused in one sentence that names the drawing, and nothing is written', async () => {
    const drawingGone = await edited(await write(await base(), 'Voortgang', GRAFIEK), {}, (zip) => zip.remove('xl/drawings/drawing1.xml'));
    const wb = await XlsxWorkbook.open(drawingGone, 'werkboek.xlsx');
    const bytes = await wb.save();
    const writing = wb.writeGenerated({
      sheet: sheetOf('Voortgang', GRAFIEK),
      existing: 'Voortgang',
      fingerprintName: 'driehoek_vingerafdruk_voortgang',
      fingerprint: 'x',
      area: 'A1:C3',
    });
    await expect(writing).rejects.toThrow(
      'werkboek.xlsx kon niet gelezen worden: een onderdeel ervan (xl/drawings/drawing1.xml) is beschadigd. Open het in Excel, sla het opnieuw op als .xlsx en probeer het nog eens.',
    );
    expect(await wb.save()).toBe(bytes);
  });
});

describe('a chart of the user’s own on the same sheet', () => {
  it('keeps its anchor, its part and its relationship when driehoek’s chart is replaced or taken off', async () => {
    const drawn = await edited(
      await write(await base(), 'Voortgang', GRAFIEK),
      {
        'xl/drawings/drawing1.xml': (xml) =>
          xml.replace(
            '<xdr:twoCellAnchor',
            `<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>30</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="1" cy="1"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="9" name="Grafiek 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm/><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId9"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor><xdr:twoCellAnchor`,
          ),
        'xl/drawings/_rels/drawing1.xml.rels': (xml) =>
          xml.replace(
            '<Relationship ',
            '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/eigen.xml"/><Relationship ',
          ),
        '[Content_Types].xml': (xml) =>
          xml.replace(
            '</Types>',
            '<Override PartName="/xl/charts/eigen.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
          ),
      },
      (zip) => zip.file('xl/charts/eigen.xml', `<c:chartSpace xmlns:c="${C}"/>`),
    );
    for (const chart of [GRAFIEK, undefined]) {
      const p = await parts(await write(drawn, 'Voortgang', chart, 'Voortgang'));
      const ours = chart ? ['chart1.xml'] : [];
      expect([...p.keys()].filter((k) => k.startsWith('xl/charts/')).sort()).toEqual(
        ['xl/charts/eigen.xml', ...ours.map((c) => `xl/charts/${c}`)].sort(),
      );
      expect(targets(p.get('xl/drawings/_rels/drawing1.xml.rels'))).toEqual(['../charts/eigen.xml', ...ours.map((c) => `../charts/${c}`)]);
      expect(all(p.get('[Content_Types].xml')!, /PartName="\/xl\/charts\/([^"]+)"/g).sort()).toEqual(['eigen.xml', ...ours].sort());
      expect(all(p.get('xl/drawings/drawing1.xml')!, /r:id="(\w+)"/g)[0]).toBe('rId9');
    }
  });
});

/** A package whose sheet "Voortgang" is stored at its root, which OPC allows: /sheet2.xml. */
async function sheetAtRoot(): Promise<Uint8Array> {
  const bytes = await buildPackage([
    { name: 'Acties', rows: [['Actie']] },
    { name: 'Voortgang', rows: [['x']] },
  ]);
  return edited(
    bytes,
    {
      'xl/_rels/workbook.xml.rels': (xml) => xml.replace('Target="worksheets/sheet2.xml"', 'Target="/sheet2.xml"'),
      '[Content_Types].xml': (xml) => xml.replace('PartName="/xl/worksheets/sheet2.xml"', 'PartName="/sheet2.xml"'),
    },
    async (zip) => {
      zip.file('sheet2.xml', await zip.file('xl/worksheets/sheet2.xml')!.async('string'));
      zip.remove('xl/worksheets/sheet2.xml');
    },
  );
}

describe('the chart part', () => {
  it('is a horizontal stacked bar chart, well-formed: one series a column, categories top to bottom, the legend below', async () => {
    // Parsed as the package reads a part: well-formed, or the parse fails.
    const doc = parseXml((await parts(await write(await base(), 'Voortgang', GRAFIEK))).get('xl/charts/chart1.xml')!, 'xl/charts/chart1.xml');
    expect([val(doc, 'barDir'), val(doc, 'grouping'), val(doc, 'overlap')]).toEqual([['bar'], ['stacked'], ['100']]);
    expect(doc.getElementsByTagNameNS(C, 'ser')).toHaveLength(2);
    // The category axis runs from the table's first row at the top; the value axis crosses it there.
    expect([val(doc, 'orientation'), val(doc, 'axPos'), val(doc, 'crosses')]).toEqual([
      ['maxMin', 'minMax'],
      ['l', 'b'],
      ['autoZero', 'max'],
    ]);
    expect([val(doc, 'legendPos'), val(doc, 'autoTitleDeleted')]).toEqual([['b'], ['0']]);
    // Text only where DrawingML holds text: a value, a reference, a format code, a title's run.
    const texts: string[] = [];
    const walk = (n: Node) => {
      for (const c of Array.from(n.childNodes)) {
        if (c.nodeType === 3 && !['v', 'f', 'formatCode', 't'].includes((c.parentNode as Element).localName ?? '')) texts.push(c.nodeValue ?? '');
        walk(c);
      }
    };
    walk(doc);
    expect(texts).toEqual([]);
  });
});

needs(['validator'])('a chart in a workbook, as Excel opens it (Open XML SDK 3.3.0)', () => {
  it('is valid written, written again over a table’s relationship, taken off, and so in a sheet whose elements carry a prefix', async () => {
    const dir = tempDir();
    const files: string[] = [];
    const keep = (name: string, bytes: Uint8Array) => {
      files.push(path.join(dir, name));
      writeFileSync(files.at(-1)!, bytes);
      return bytes;
    };
    keep('nieuw.xlsx', await write(await base(), 'Voortgang', GRAFIEK));
    const over = keep('over-tabel.xlsx', await write(await withTable(), 'Voortgang', GRAFIEK, 'Voortgang'));
    keep('opnieuw.xlsx', await write(over, 'Voortgang', GRAFIEK, 'Voortgang'));
    keep('eraf.xlsx', await write(over, 'Voortgang', undefined, 'Voortgang'));
    const prefixed = keep('voorvoegsel.xlsx', await write(await withTable('ss'), 'Voortgang', GRAFIEK, 'Voortgang'));
    const prefixedOff = keep('voorvoegsel-eraf.xlsx', await write(prefixed, 'Voortgang', undefined, 'Voortgang'));
    const atRoot = keep('wortel.xlsx', await write(await sheetAtRoot(), 'Voortgang', GRAFIEK, 'Voortgang'));
    expectValid(files);
    // From a sheet at the package's root, the drawing is found down its folders.
    expect(targets((await parts(atRoot)).get('_rels/sheet2.xml.rels'))).toEqual(['xl/drawings/drawing1.xml']);
    // The drawing gets an id of its own beside the table's, in the sheet's own prefix.
    const rels = (await parts(over)).get('xl/worksheets/_rels/sheet2.xml.rels')!;
    expect(all(rels, /Id="(\w+)"/g)).toEqual(['rId1', 'rId2']);
    expect((await parts(prefixed)).get('xl/worksheets/sheet2.xml')).toMatch(/<ss:drawing r:id="rId2"\/>/);
    expect([...(await parts(prefixedOff)).keys()].filter((k) => k.startsWith('xl/charts/'))).toEqual([]);
  });
});
