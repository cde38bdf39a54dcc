import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';

const xml = readFileSync(path.join(__dirname, '..', 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'text/xml');
const all = (tag: string) => Array.from(doc.getElementsByTagName(tag)) as Element[];
const ids = (tag: string) => new Set(all(tag).map((e) => e.getAttribute('id')));

describe('manifest.xml', () => {
  it('resolves every resid to a resource of the right kind', () => {
    const images = ids('bt:Image');
    const urls = ids('bt:Url');
    const strings = ids('bt:String');
    const refs = all('*').filter((e) => e.hasAttribute('resid'));
    expect(refs.length).toBeGreaterThan(10);
    for (const e of refs) {
      const id = e.getAttribute('resid');
      const kind = e.tagName === 'bt:Image' ? images : /Url$|FunctionFile|SourceLocation/.test(e.tagName) ? urls : strings;
      expect([e.tagName, id, kind.has(id)]).toEqual([e.tagName, id, true]);
    }
  });

  it('is Dutch by default with an English override for every string', () => {
    expect(all('DefaultLocale')[0]!.textContent).toBe('nl-NL');
    for (const s of all('bt:String'))
      expect([s.getAttribute('id'), s.getElementsByTagName('bt:Override')[0]?.getAttribute('Locale')]).toEqual([s.getAttribute('id'), 'en-US']);
  });

  it('asks for ReadWriteDocument and exactly the requirement sets the code uses', () => {
    expect(all('Permissions').map((p) => p.textContent)).toEqual(['ReadWriteDocument']);
    const needed = new Map<string, string>();
    for (const [, set, version] of usedApis())
      if (!needed.has(set) || version.localeCompare(needed.get(set)!, undefined, { numeric: true }) > 0) needed.set(set, version);
    const asked = all('Set').map((s) => `${s.getAttribute('Name')} ${s.getAttribute('MinVersion')}`);
    expect(asked.sort()).toEqual([...needed].map(([set, v]) => `${set} ${v}`).sort());
  });

  it('has a button on the Home tab that opens the pane, with 16, 32 and 80 px icons', () => {
    expect(all('OfficeTab')[0]!.getAttribute('id')).toBe('TabHome');
    expect(all('Action').map((a) => a.getAttribute('xsi:type'))).toContain('ShowTaskpane');
    expect(
      all('bt:Image')
        .filter((i) => i.parentNode && (i.parentNode as Element).tagName === 'bt:Images')
        .map((i) => i.getAttribute('DefaultValue')!.split('/').pop()),
    ).toEqual(['icon-16.png', 'icon-32.png', 'icon-80.png']);
  });
});

/**
 * The Office.js members the shipped code calls, and the requirement set that
 * brought each (Microsoft's "Excel JavaScript API requirement sets" and
 * "Dialog API requirement sets" pages). triggerSource (ExcelApi 1.14) is
 * only read where Excel has it, so it asks for nothing.
 */
const REQUIREMENTS: Array<[RegExp, string, string]> = [
  [/\.copyFrom\(/, 'ExcelApi', '1.9'],
  [/\.getSpecialCellsOrNullObject\(/, 'ExcelApi', '1.9'],
  [/worksheets\.onChanged/, 'ExcelApi', '1.9'],
  [/\.pageLayout\b/, 'ExcelApi', '1.9'],
  [/\.dataValidation\b/, 'ExcelApi', '1.8'],
  [/\.columnHidden\b/, 'ExcelApi', '1.2'],
  [/\.functions\.date\(/, 'ExcelApi', '1.2'],
  [/\.getItemOrNullObject\(/, 'ExcelApi', '1.4'],
  [/\.names\.add\(/, 'ExcelApi', '1.4'],
  [/\.displayDialogAsync\(/, 'DialogApi', '1.1'],
];

function usedApis(): Array<[string, string, string]> {
  const root = path.join(__dirname, '..', 'src');
  const files = ['adapters/office', 'commands', 'pane'].flatMap((d) =>
    readdirSync(path.join(root, d), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(path.join(root, d, f), 'utf8')),
  );
  return REQUIREMENTS.filter(([re]) => files.some((code) => re.test(code))).map(([re, set, v]) => [re.source, set, v]);
}
