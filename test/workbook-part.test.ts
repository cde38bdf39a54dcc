import { DOMParser, type Document } from '@xmldom/xmldom';
import type { Package } from '../src/adapters/file/xlsx/package';
import type { WorkbookPart } from '../src/adapters/file/xlsx/workbook-part';
import { R, RELS, TYPE, workbookPart as open } from './helpers/workbook-package';

/**
 * workbook.xml, its relationships and the content types as Excel reads them
 * after driehoek adds a sheet, sets print titles or a name, or drops the
 * calculation chain: what the file looks like to Excel, part by part. (A
 * Strict package is refused before any of this: driehoek writes Transitional.)
 */
async function saved(pkg: Package, part: WorkbookPart) {
  part.save();
  const doc = (path: string) => pkg.text(path).then((t) => new DOMParser().parseFromString(t ?? '<missing/>', 'text/xml'));
  return {
    workbook: await doc(part.path),
    rels: await doc(part.path.replace(/workbook\.xml$/, '_rels/workbook.xml.rels')),
    types: await doc('[Content_Types].xml'),
  };
}

const attrs = (doc: Document, tag: string, ...names: string[]) =>
  Array.from(doc.getElementsByTagName(tag)).map((e) => Object.fromEntries(names.map((n) => [n, e.getAttribute(n)])));
const definedNames = (doc: Document) =>
  Array.from(doc.getElementsByTagName('definedName')).map((d) => [d.getAttribute('name'), d.getAttribute('localSheetId'), d.textContent]);

describe('workbook.xml as driehoek changes it', () => {
  it('adds a sheet with an id, a relationship and a part name no other has, and finds it again by its relationship', async () => {
    const { part, pkg } = await open({
      rels: [...RELS, { id: 'rId4', type: `${TYPE}/styles`, target: 'styles.xml' }],
      extra: ['xl/worksheets/Sheet3.xml'],
    });
    const added = part.addSheet('Driehoek-overzicht');
    // sheet3 is taken, whatever its case (OPC compares part names without case).
    expect(added).toMatchObject({ name: 'Driehoek-overzicht', path: 'xl/worksheets/sheet4.xml', index: 2 });
    const { workbook, rels, types } = await saved(pkg, part);
    expect(attrs(workbook, 'sheet', 'name', 'sheetId')).toEqual([
      { name: 'Acties', sheetId: '1' },
      { name: 'Partijen', sheetId: '4' },
      { name: 'Driehoek-overzicht', sheetId: '5' },
    ]);
    // rId1, rId3, rId4 are taken: the fourth relationship is neither rId4 nor a duplicate.
    const rel = attrs(rels, 'Relationship', 'Id', 'Target').at(-1);
    expect(rel).toEqual({ Id: 'rId5', Target: 'worksheets/sheet4.xml' });
    expect(workbook.getElementsByTagName('sheet')[2]!.getAttributeNS(R, 'id')).toBe('rId5');
    expect(attrs(types, 'Override', 'PartName')).toEqual([{ PartName: '/xl/worksheets/sheet4.xml' }]);
    expect(part.sheets().map((s) => [s.name, s.path, s.index])).toEqual([
      ['Acties', 'xl/worksheets/sheet1.xml', 0],
      ['Partijen', 'xl/worksheets/sheet2.xml', 1],
      ['Driehoek-overzicht', 'xl/worksheets/sheet4.xml', 2],
    ]);
  });

  it('gives a first sheet id 1, and a workbook at the root of the package its parts beside it', async () => {
    const { part, pkg } = await open({ dir: '', sheets: [], rels: [] });
    expect(part.addSheet('Acties')).toMatchObject({ path: 'worksheets/sheet1.xml', index: 0 });
    const { workbook, rels } = await saved(pkg, part);
    expect(attrs(workbook, 'sheet', 'sheetId')).toEqual([{ sheetId: '1' }]);
    expect(attrs(rels, 'Relationship', 'Id', 'Target')).toEqual([{ Id: 'rId1', Target: 'worksheets/sheet1.xml' }]);
  });

  it("sets print titles on one sheet, replaces them there, and leaves the other sheets' print titles and the sheet's other names where they are", async () => {
    const other = `<definedName name="_xlnm.Print_Titles" localSheetId="0">Acties!$1:$1</definedName>`;
    const filter = `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">Partijen!$A$1:$C$9</definedName>`;
    const { part, pkg } = await open({ definedNames: `<definedNames>${other}${filter}</definedNames>` });
    const sheet = part.sheets()[1]!;
    part.setPrintTitles(sheet, '1:2');
    part.setPrintTitles(sheet, '1:3');
    expect(definedNames((await saved(pkg, part)).workbook)).toEqual([
      ['_xlnm.Print_Titles', '0', 'Acties!$1:$1'],
      ['_xlnm._FilterDatabase', '1', 'Partijen!$A$1:$C$9'],
      ['_xlnm.Print_Titles', '1', "'Partijen'!$1:$3"],
    ]);
  });

  it('quotes a sheet name with an apostrophe in print titles as Excel does', async () => {
    const { part, pkg } = await open({ sheets: [{ name: "Jan's blad", sheetId: '1', rid: 'rId1' }], rels: [RELS[0]!] });
    part.setPrintTitles(part.sheets()[0]!, '1:1');
    expect(definedNames((await saved(pkg, part)).workbook)).toEqual([['_xlnm.Print_Titles', '0', "'Jan''s blad'!$1:$1"]]);
  });

  it('removes print titles on request, and an empty definedNames with them (Excel refuses an empty one)', async () => {
    const own = `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Partijen'!$1:$1</definedName>`;
    const { part, pkg } = await open({ definedNames: `<definedNames>${own}</definedNames>` });
    part.setPrintTitles(part.sheets()[1]!, undefined);
    const { workbook } = await saved(pkg, part);
    expect(workbook.getElementsByTagName('definedNames')).toHaveLength(0);
  });

  it("keeps driehoek's workbook name hidden, replaces it in place of adding a second, and leaves the user's names and a sheet-level name of the same name alone", async () => {
    const local = `<definedName name="driehoek_vingerafdruk" localSheetId="0">"lokaal"</definedName>`;
    const user = `<definedName name="Totaal">Acties!$A$1</definedName>`;
    const { part, pkg } = await open({ definedNames: `<definedNames>${local}${user}</definedNames>` });
    part.setConstantName('driehoek_vingerafdruk', 'eerste');
    part.setConstantName('driehoek_vingerafdruk', 'zegt "twee"');
    const { workbook } = await saved(pkg, part);
    expect(definedNames(workbook)).toEqual([
      ['driehoek_vingerafdruk', '0', '"lokaal"'],
      ['Totaal', null, 'Acties!$A$1'],
      ['driehoek_vingerafdruk', null, '"zegt ""twee"""'],
    ]);
    expect(workbook.getElementsByTagName('definedName')[2]!.getAttribute('hidden')).toBe('1');
  });

  it('asks Excel to recalculate on open', async () => {
    const { part, pkg } = await open();
    part.recalculateOnOpen();
    expect(attrs((await saved(pkg, part)).workbook, 'calcPr', 'fullCalcOnLoad')).toEqual([{ fullCalcOnLoad: '1' }]);
  });

  it('drops a stale calculation chain: its part, its relationship and its content type, whatever the case of its name', async () => {
    const { part, pkg } = await open({
      rels: [...RELS, { id: 'rId7', type: `${TYPE}/calcChain`, target: 'calcChain.xml' }],
      overrides: ['/xl/CalcChain.xml', '/xl/other.xml'],
    });
    part.dropCalcChain();
    const { rels, types } = await saved(pkg, part);
    expect(pkg.has('xl/calcChain.xml')).toBe(false);
    expect(attrs(rels, 'Relationship', 'Id')).toEqual([{ Id: 'rId1' }, { Id: 'rId3' }]);
    expect(attrs(types, 'Override', 'PartName')).toEqual([{ PartName: '/xl/other.xml' }]);
  });

  it('without a calculation chain, or any change, writes none of its parts again', async () => {
    const { part, pkg } = await open();
    const before = await Promise.all(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'].map((p) => pkg.text(p)));
    part.dropCalcChain();
    part.save();
    const after = await Promise.all(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml'].map((p) => pkg.text(p)));
    expect(after).toEqual(before);
  });
});
