import JSZip from 'jszip';
import { Package } from '../../src/adapters/file/xlsx/package';
import { WorkbookPart } from '../../src/adapters/file/xlsx/workbook-part';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CALC_CHAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml';

interface Parts {
  dir?: string;
  sheets?: Array<{ name: string; sheetId: string; rid: string }>;
  definedNames?: string;
  rels?: Array<{ id: string; type: string; target: string }>;
  overrides?: string[];
  extra?: string[];
}

const SHEETS = [
  { name: 'Acties', sheetId: '1', rid: 'rId1' },
  { name: 'Partijen', sheetId: '4', rid: 'rId3' },
];
export const RELS = [
  { id: 'rId1', type: `${TYPE}/worksheet`, target: 'worksheets/sheet1.xml' },
  { id: 'rId3', type: `${TYPE}/worksheet`, target: 'worksheets/sheet2.xml' },
];

/** A package of a workbook.xml, its relationships and content types, and the (empty) parts they name: for tests of the parts driehoek writes. */
export async function workbookPart(parts: Parts = {}): Promise<{ part: WorkbookPart; pkg: Package }> {
  const { dir = 'xl', sheets = SHEETS, rels = RELS, overrides = [], extra = [] } = parts;
  const at = (p: string) => (dir ? `${dir}/${p}` : p);
  const zip = new JSZip();
  const sheetEls = sheets.map((s) => `<sheet name="${s.name}" sheetId="${s.sheetId}" r:id="${s.rid}"/>`).join('');
  zip.file(at('workbook.xml'), `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets>${sheetEls}</sheets>${parts.definedNames ?? ''}</workbook>`);
  zip.file(
    at('_rels/workbook.xml.rels'),
    `<Relationships xmlns="${REL}">${rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('')}</Relationships>`,
  );
  zip.file(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${overrides.map((o) => `<Override PartName="${o}" ContentType="${CALC_CHAIN}"/>`).join('')}</Types>`,
  );
  for (const r of rels) zip.file(at(r.target), '<x/>');
  for (const e of extra) zip.file(e, '<x/>');
  const pkg = new Package(zip);
  return { part: await WorkbookPart.open(pkg, at('workbook.xml')), pkg };
}
