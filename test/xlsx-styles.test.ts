import { DOMParser, type Element } from '@xmldom/xmldom';
import { StyleRegistry } from '../src/adapters/file/xlsx/styles';
import { RELS, TYPE, workbookPart } from './helpers/workbook-package';

/**
 * The cell formats the generated sheets need, appended to the workbook's
 * styles part as Excel reads them: every existing index stays, and what is
 * added says exactly the font, fill, border, number format and alignment
 * asked for.
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

async function registry(existing?: string, dir = 'xl') {
  const rels = existing ? [...RELS, { id: 'rId9', type: `${TYPE}/styles`, target: 'styles.xml' }] : RELS;
  const { part, pkg } = await workbookPart({ dir, rels });
  const path = dir ? `${dir}/styles.xml` : 'styles.xml';
  if (existing) pkg.write(path, `<styleSheet xmlns="${MAIN}">${existing}</styleSheet>`);
  const reg = await StyleRegistry.of(part);
  /** The styles part as saved: each element of a section as "name attr=value …", children indented after it. */
  const written = async () => {
    reg.save(pkg);
    const root = new DOMParser().parseFromString((await pkg.text(path))!, 'text/xml').documentElement!;
    const show = (el: Element): string[] => [
      [el.localName, ...Array.from(el.attributes).map((a) => `${a.name}=${a.value}`)].join(' '),
      ...Array.from(el.childNodes)
        .filter((n) => n.nodeType === 1)
        .flatMap((n) => show(n as Element).map((s) => `  ${s}`)),
    ];
    const section = (name: string) => {
      const el = Array.from(root.childNodes).find((n) => n.nodeType === 1 && (n as Element).localName === name) as Element | undefined;
      return el && { count: el.getAttribute('count'), items: (Array.from(el.childNodes).filter((n) => n.nodeType === 1) as Element[]).map(show) };
    };
    const order = (Array.from(root.childNodes).filter((n) => n.nodeType === 1) as Element[]).map((e) => e.localName);
    return { section, order };
  };
  return { reg, part, written };
}

const PLAIN = { style: {}, numFmt: 'general' } as const;

describe('the cell formats added to styles.xml', () => {
  it('makes a minimal styles part beside a workbook that has none, related and typed as styles', async () => {
    for (const [dir, path] of [
      ['xl', 'xl/styles.xml'],
      ['', 'styles.xml'],
    ] as const) {
      const { part, reg, written } = await registry(undefined, dir);
      expect(part.partOfType('styles')?.path).toBe(path);
      expect(part.partOfType('styles')?.rel.getAttribute('Target')).toBe('styles.xml');
      expect(reg.xf(PLAIN)).toBe(1);
      expect((await written()).section('cellXfs')?.count).toBe('2');
    }
  });

  it('adds each distinct format once, at the next index, and keeps every index that was there', async () => {
    const { reg, written } = await registry();
    expect([
      reg.xf(PLAIN),
      reg.xf({ style: { bold: true }, numFmt: 'general' }),
      reg.xf(PLAIN),
      reg.xf({ style: { bold: true }, numFmt: 'general' }),
    ]).toEqual([1, 2, 1, 2]);
    const xfs = (await written()).section('cellXfs')!;
    expect(xfs.count).toBe('3');
    expect(xfs.items[0]).toEqual(['xf numFmtId=0 fontId=0 fillId=0 borderId=0 xfId=0']);
  });

  it('writes the number format, font, fill, border and alignment of each, and says which it applies', async () => {
    const { reg, written } = await registry();
    reg.xf({ style: {}, numFmt: 'text' });
    reg.xf({ style: { wrap: true, vAlign: 'top', hAlign: 'center' }, numFmt: 'general' });
    reg.xf({ style: { fill: 'D9E1F2', border: true }, numFmt: 'date' });
    const xfs = (await written()).section('cellXfs')!.items;
    const applies = 'xfId=0 applyNumberFormat=1 applyFont=1';
    expect(xfs.slice(1)).toEqual([
      [`xf numFmtId=49 fontId=0 fillId=0 borderId=0 ${applies} applyFill=0 applyBorder=0 applyAlignment=1`],
      [
        `xf numFmtId=0 fontId=0 fillId=0 borderId=0 ${applies} applyFill=0 applyBorder=0 applyAlignment=1`,
        '  alignment wrapText=1 vertical=top horizontal=center',
      ],
      [`xf numFmtId=164 fontId=0 fillId=2 borderId=1 ${applies} applyFill=1 applyBorder=1 applyAlignment=1`],
    ]);
  });

  it("makes bold and larger fonts as copies of the workbook's default font, in the schema's order whatever the default's", async () => {
    const { reg, written } = await registry(
      '<fonts count="1"><font><name val="Arial"/><b/><sz val="10"/><color theme="1"/></font></fonts><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>',
    );
    const fontOf = (style: object) => reg.xf({ style, numFmt: 'general' });
    fontOf({ bold: true });
    fontOf({ size: 14 });
    fontOf({ bold: true, size: 14 });
    fontOf({ bold: true });
    const fonts = (await written()).section('fonts')!;
    expect(fonts.count).toBe('4');
    expect(fonts.items.slice(1)).toEqual([
      ['font', '  b', '  sz val=10', '  color theme=1', '  name val=Arial'],
      ['font', '  sz val=14', '  color theme=1', '  name val=Arial'],
      ['font', '  b', '  sz val=14', '  color theme=1', '  name val=Arial'],
    ]);
  });

  it('makes a font of its own where the workbook has no default font', async () => {
    const { reg, written } = await registry('<fonts count="0"/><cellXfs count="0"/>');
    reg.xf({ style: { bold: true, size: 12 }, numFmt: 'general' });
    expect((await written()).section('fonts')!.items).toEqual([['font', '  b', '  sz val=12']]);
  });

  it('adds a solid fill per colour and one thin border on all four sides, each once', async () => {
    const { reg, written } = await registry();
    for (const fill of ['FF0000', '00FF00', 'FF0000']) reg.xf({ style: { fill, border: true }, numFmt: 'general' });
    const { section } = await written();
    expect(section('fills')!.items.slice(2)).toEqual(
      ['FFFF0000', 'FF00FF00'].map((rgb) => ['fill', '  patternFill patternType=solid', `    fgColor rgb=${rgb}`, '    bgColor indexed=64']),
    );
    const side = (s: string) => [`  ${s} style=thin`, '    color indexed=64'];
    expect(section('borders')!.items.slice(1)).toEqual([
      ['border', ...side('left'), ...side('right'), ...side('top'), ...side('bottom'), '  diagonal'],
    ]);
    expect(section('borders')!.count).toBe('2');
  });

  it("uses the workbook's own d-m-yyyy format, or adds one after the highest custom format id", async () => {
    const reuse = await registry(
      '<numFmts count="2"><numFmt numFmtId="170" formatCode="d-m-yyyy"/><numFmt numFmtId="200" formatCode="0.0"/></numFmts><cellXfs count="0"/>',
    );
    expect(reuse.reg.xf({ style: {}, numFmt: 'date' })).toBe(0);
    expect((await reuse.written()).section('cellXfs')!.items[0]![0]).toMatch(/^xf numFmtId=170 /);

    const added = await registry(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="200" formatCode="0.00"/></numFmts><cellXfs count="0"/>',
    );
    added.reg.xf({ style: {}, numFmt: 'date' });
    added.reg.xf({ style: { bold: true }, numFmt: 'date' });
    const numFmts = (await added.written()).section('numFmts')!;
    expect(numFmts).toEqual({
      count: '3',
      items: [['numFmt numFmtId=164 formatCode=0.0'], ['numFmt numFmtId=200 formatCode=0.00'], ['numFmt numFmtId=201 formatCode=d-m-yyyy']],
    });

    const first = await registry('<fonts count="1"><font/></fonts><cellXfs count="0"/>');
    first.reg.xf({ style: {}, numFmt: 'date' });
    const { section, order } = await first.written();
    expect(section('numFmts')).toEqual({ count: '1', items: [['numFmt numFmtId=164 formatCode=d-m-yyyy']] });
    expect(order.slice(0, 2)).toEqual(['numFmts', 'fonts']);
  });
});
