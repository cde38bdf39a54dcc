import { DOMParser, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { Package } from '../src/adapters/file/xlsx/package';
import {
  child,
  children,
  create,
  escapeAttr,
  escapeText,
  insertInOrder,
  parseXml,
  readXml,
  resolveTarget,
  stripInvalidXml,
} from '../src/adapters/file/xlsx/xml';
import { streamXml } from '../src/adapters/file/xlsx/xml-stream';

/**
 * The XML underneath every part driehoek reads and writes: namespaces
 * resolved whatever prefixes a writer chose, text escaped, relationship
 * targets resolved, elements put where the schema wants them, and broken XML
 * refused with the part's name.
 */
const A = 'urn:a';
const B = 'urn:b';
const root = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
const names = (els: Element[]) => els.map((e) => e.tagName);

describe('reading a part as a tree', () => {
  it('refuses broken XML and an entity it does not know with the part in the message, and reads past a warning', async () => {
    expect(() => parseXml('<a><b></a>', 'xl/x.xml')).toThrow(/xl\/x\.xml: Opening and ending tag mismatch/);
    expect(() => parseXml('<a>&foo;</a>', 'xl/y.xml')).toThrow(/xl\/y\.xml: entity not found:&foo;/);
    // An unquoted attribute is a warning to xmldom: the part is still read.
    expect(parseXml('<a b=1/>', 'xl/z.xml').documentElement!.tagName).toBe('a');
    await expect(readXml(new Package(new JSZip()), 'xl/styles.xml')).rejects.toThrow('ontbrekend onderdeel xl/styles.xml');
  });

  it('finds children by local name (or any) in one namespace only, in document order, and passes over text and comments', () => {
    const r = root(`<r xmlns="${A}" xmlns:b="${B}">text<x n="1"/><!-- c --><b:x/><y/><x n="2"/></r>`);
    expect(children(r, A, 'x').map((e) => e.getAttribute('n'))).toEqual(['1', '2']);
    expect(names(children(r, A, '*'))).toEqual(['x', 'y', 'x']);
    expect(names(children(r, B, '*'))).toEqual(['b:x']);
    expect(child(r, A, 'y')?.tagName).toBe('y');
    expect(child(r, A, 'z')).toBeUndefined();
  });

  it('makes an element with the prefix its document uses for that namespace, and none for another', () => {
    const doc = new DOMParser().parseFromString(`<x:r xmlns:x="${A}"/>`, 'text/xml');
    expect(create(doc, A, 'c', { r: 'A1' }).tagName).toBe('x:c');
    expect(create(doc, A, 'c', { r: 'A1' }).getAttribute('r')).toBe('A1');
    expect(create(doc, B, 'c').tagName).toBe('c');
    const plain = new DOMParser().parseFromString(`<r xmlns="${A}"/>`, 'text/xml');
    expect(create(plain, A, 'c').tagName).toBe('c');
  });

  it('puts an element before the first sibling the order puts after it, after siblings of its own kind, passing over unknown ones', () => {
    const r = root(`<r xmlns="${A}"><a/> <b n="1"/><ext/><b n="2"/><c/></r>`);
    const el = create(r.ownerDocument!, A, 'b', { n: '3' });
    insertInOrder(r, el, ['a', 'b', 'c']);
    expect(children(r, A, '*').map((e) => e.getAttribute('n') ?? e.tagName)).toEqual(['a', '1', 'ext', '2', '3', 'c']);
    const d = create(r.ownerDocument!, A, 'd');
    insertInOrder(r, d, ['a', 'b', 'c', 'd']);
    expect(names(children(r, A, '*')).at(-1)).toBe('d');
  });
});

describe('writing text into XML', () => {
  it('escapes what XML would read as markup, and drops the characters XML 1.0 cannot hold', () => {
    expect(escapeText('Politie & OM <samen> "WIV"')).toBe('Politie &amp; OM &lt;samen&gt; "WIV"');
    expect(escapeAttr('Politie & OM <samen> "WIV"')).toBe('Politie &amp; OM &lt;samen&gt; &quot;WIV&quot;');
    expect(stripInvalidXml('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\tg\nh')).toBe('abcdef\tg\nh');
  });
});

describe('a relationship target', () => {
  it('resolves against the folder of its source part, or from the package root when it starts with a slash', () => {
    expect(resolveTarget('xl', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/worksheets', '../drawings/drawing1.xml')).toBe('xl/drawings/drawing1.xml');
    expect(resolveTarget('xl', './styles.xml')).toBe('xl/styles.xml');
    expect(resolveTarget('xl/worksheets', '/xl/styles.xml')).toBe('xl/styles.xml');
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
  });
});

describe('streaming a part', () => {
  const events = (xml: string) => {
    const out: string[] = [];
    streamXml(xml, 'xl/p.xml', {
      open: (el) => out.push(`<${el.ns}|${el.local} ${JSON.stringify(el.attrs)}`),
      close: (ns, local) => out.push(`</${ns}|${local}`),
    });
    return out;
  };

  it('resolves default and prefixed namespaces as each element declares them, and the outer ones again after it closes', () => {
    expect(events(`<r xmlns="${A}" xmlns:p="${B}"><p:x xmlns:p="${A}"><p:y/></p:x><p:z/><w xmlns="${B}"/><v/></r>`)).toEqual([
      `<${A}|r {}`,
      `<${A}|x {}`,
      `<${A}|y {}`,
      `</${A}|y`,
      `</${A}|x`,
      `<${B}|z {}`,
      `</${B}|z`,
      `<${B}|w {}`,
      `</${B}|w`,
      `<${A}|v {}`,
      `</${A}|v`,
      `</${A}|r`,
    ]);
  });

  it('gives an element without a default namespace none, keeps attributes without a prefix by name, and the xml: prefix its namespace', () => {
    expect(events(`<r xmlns:p="${B}" a="1" p:b="2" xml:space="preserve"/>`)).toEqual([
      `<|r ${JSON.stringify({ a: '1', [`${B}|b`]: '2', 'http://www.w3.org/XML/1998/namespace|space': 'preserve' })}`,
      '</|r',
    ]);
  });

  it('refuses a prefix nobody declared, on an element or an attribute, and an element left open, naming the part', () => {
    expect(() => events('<q:r/>')).toThrow('xl/p.xml: onbekend voorvoegsel q');
    expect(() => events('<r q:a="1"/>')).toThrow('xl/p.xml: onbekend voorvoegsel q');
    expect(() => events('<r><c></r>')).toThrow('xl/p.xml: het XML is niet volledig (c niet gesloten)');
    expect(() => events('<r><c/>')).toThrow('xl/p.xml: het XML is niet volledig (r niet gesloten)');
  });
});
