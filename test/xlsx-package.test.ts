import JSZip from 'jszip';
import { Package } from '../src/adapters/file/xlsx/package';

const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** A package of these parts, in this order. */
function pkg(parts: Record<string, string | Uint8Array>): Package {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return new Package(zip);
}

const rels = (target: string) =>
  `<Relationships xmlns="${REL}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="${target}"/></Relationships>`;

describe('a package as the file reader opens it', () => {
  it('finds the workbook by the package’s relationship, else at its usual place, else by its name anywhere', async () => {
    expect(await pkg({ '_rels/.rels': rels('xl/main.xml'), 'xl/main.xml': '<workbook/>', 'xl/workbook.xml': '<workbook/>' }).workbookPath()).toBe(
      'xl/main.xml',
    );
    // A relationship to a part that is not there is passed over.
    expect(await pkg({ '_rels/.rels': rels('xl/weg.xml'), 'xl/workbook2.xml': '<workbook/>', 'xl/workbook.xml': '<workbook/>' }).workbookPath()).toBe(
      'xl/workbook.xml',
    );
    expect(await pkg({ 'xl/_rels/workbook2.xml.rels': '<Relationships/>', 'Workbook2.XML': '<workbook/>' }).workbookPath()).toBe('Workbook2.XML');
    expect(await pkg({ 'data/workbook.xml': '<workbook/>' }).workbookPath()).toBe('data/workbook.xml');
    expect(await pkg({ 'xl/styles.xml': '<styleSheet/>' }).workbookPath()).toBeUndefined();
  });

  it('takes the officeDocument relationship, not the first one the package lists', async () => {
    const CORE = 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';
    const both = `<Relationships xmlns="${REL}"><Relationship Id="rId2" Type="${CORE}" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="xl/main.xml"/></Relationships>`;
    const p = pkg({ '_rels/.rels': both, 'docProps/core.xml': '<coreProperties/>', 'xl/main.xml': '<workbook/>' });
    expect(await p.workbookPath()).toBe('xl/main.xml');
  });

  it('names a part with or without its leading slash, whatever its case, also one it wrote itself', async () => {
    const p = pkg({
      '[Content_Types].xml': `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${WORKSHEET}"/></Types>`,
      'xl/worksheets/sheet1.xml': '<worksheet/>',
    });
    expect(p.actual('/XL/Worksheets/Sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(await p.contentType('/xl/worksheets/SHEET1.xml')).toBe(WORKSHEET);
    p.write('/xl/worksheets/Sheet9.xml', '<worksheet/>');
    expect(p.actual('xl/worksheets/sheet9.xml')).toBe('xl/worksheets/Sheet9.xml');
    expect(Object.keys(p.zip.files)).toContain('xl/worksheets/Sheet9.xml');
  });

  it('reads a relationship or content type that lacks its attributes as one that names nothing', async () => {
    const p = pkg({
      '[Content_Types].xml':
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml"/><Default ContentType="text/x-zonder-extensie"/><Override/></Types>',
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${REL}"><Relationship TargetMode="External"/><Relationship/></Relationships>`,
    });
    expect(await p.relationships('xl/workbook.xml')).toEqual([
      { id: '', kind: '', path: undefined },
      { id: '', kind: '', path: 'xl/' },
    ]);
    expect([await p.contentType(''), await p.contentType('xl/workbook.xml'), await p.contentType('xl/leeg.')]).toEqual([
      '',
      '',
      'text/x-zonder-extensie',
    ]);
  });

  it('gives a part and its relationships the capitals of the part name in [Content_Types].xml', async () => {
    const types = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${WORKSHEET}"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="${WORKSHEET}"/></Types>`;
    const p = pkg({
      '[Content_Types].xml': types,
      'xl/worksheets/Sheet1.xml': '<worksheet>1</worksheet>',
      'xl/worksheets/_rels/Sheet1.xml.rels': '<Relationships>1</Relationships>',
      // Only the part's own name differs from the override; its relationships are named as they should be.
      'xl/worksheets/SHEET2.xml': '<worksheet>2</worksheet>',
      'xl/worksheets/_rels/sheet2.xml.rels': '<Relationships>2</Relationships>',
    });
    await p.canonicalNames();
    expect(
      Object.keys(p.zip.files)
        .filter((n) => !p.zip.files[n]!.dir)
        .sort(),
    ).toEqual([
      '[Content_Types].xml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/worksheets/_rels/sheet2.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(
      await Promise.all(['xl/worksheets/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/worksheets/sheet2.xml'].map((n) => p.text(n))),
    ).toEqual(['<worksheet>1</worksheet>', '<Relationships>1</Relationships>', '<worksheet>2</worksheet>']);
  });

  it('reads an XML part in the encoding its byte order mark or its declaration names', async () => {
    const xml = '<a>café ✓</a>';
    const utf16 = (s: string, bigEndian: boolean) => {
      const out = new Uint8Array(s.length * 2);
      [...s].forEach((ch, i) => {
        const code = ch.charCodeAt(0);
        out.set(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8], i * 2);
      });
      return out;
    };
    const latin1 = Uint8Array.from([...`<?xml version="1.0" encoding="windows-1252"?><a>caf\u00e9</a>`].map((c) => c.charCodeAt(0)));
    const parts = {
      'le-bom.xml': utf16(`\ufeff${xml}`, false),
      'le.xml': utf16(xml, false),
      'be-bom.xml': utf16(`\ufeff${xml}`, true),
      'be.xml': utf16(xml, true),
      'utf8.xml': new TextEncoder().encode(xml),
      'latin1.xml': latin1,
      // A declaration of UTF-16 on bytes without a byte order mark, or of an encoding nobody knows: read as UTF-8.
      'utf16-declared.xml': new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-16"?>${xml}`),
      'unknown.xml': new TextEncoder().encode(`<?xml version="1.0" encoding="x-onbekend"?>${xml}`),
      // No declaration and a space before the first element (XML allows it): "<" second is no UTF-16.
      'space-first.xml': new TextEncoder().encode(` ${xml}`),
    };
    const p = pkg(parts);
    const texts = await Promise.all(Object.keys(parts).map(async (n) => (await p.text(n))!.replace(/^\ufeff|<\?xml[^>]*\?>/g, '')));
    expect(texts).toEqual([xml, xml, xml, xml, xml, '<a>café</a>', xml, xml, ` ${xml}`]);
  });
});
