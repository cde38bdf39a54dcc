import JSZip from 'jszip';
import { XlsxWorkbook } from '../src/adapters/file';
import { buildPackage, programme } from './corpus/package-builder';
import { openPackage } from '../src/adapters/file/zip';

/** The sentence a user reads when the bytes are no workbook driehoek can open, or 'geopend'. */
async function outcome(bytes: Uint8Array): Promise<string> {
  return openPackage(bytes, 'programma.xlsx').then(
    () => 'geopend',
    (e: Error) => e.message,
  );
}

/** An OLE container, as old .xls files and password-protected .xlsx files are, holding a stream name (UTF-16LE) at `at`. */
function container(stream: string, at: number, size = 4096, fill = 0): Uint8Array {
  const bytes = new Uint8Array(size).fill(fill);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(
    Array.from(stream).flatMap((c) => [c.charCodeAt(0), 0]),
    at,
  );
  return bytes;
}

const VERSLEUTELD = /programma\.xlsx is met een wachtwoord versleuteld/;
const XLS = /programma\.xlsx is een oud Excel-bestand \(\.xls\)/;
const GEEN_XLSX = /programma\.xlsx is geen Excel-werkboek/;
const KAPOT = /programma\.xlsx is beschadigd: het zip-archief/;

describe('opening the bytes of a workbook', () => {
  it('tells a password-protected workbook from an old .xls by the EncryptedPackage stream, wherever it lies', async () => {
    const name = 'EncryptedPackage';
    expect([
      await outcome(container(name, 1024)),
      // The stream's name as the container's last bytes.
      await outcome(container(name, 4096 - name.length * 2)),
      await outcome(container('Workbook', 1024)),
      // A container's other bytes are data, not zeros.
      await outcome(container('Workbook', 1024, 4096, 0xff)),
      // Only the start of the name, or the name in one byte per letter, is another stream.
      await outcome(container('EncryptedPack', 4096 - 'EncryptedPack'.length * 2)),
      await outcome(new Uint8Array([...container('Workbook', 512, 1024), ...new TextEncoder().encode(name)])),
    ]).toEqual([
      expect.stringMatching(VERSLEUTELD),
      expect.stringMatching(VERSLEUTELD),
      expect.stringMatching(XLS),
      expect.stringMatching(XLS),
      expect.stringMatching(XLS),
      expect.stringMatching(XLS),
    ]);
  });

  it('calls bytes that do not start as a zip archive (PK) no workbook, and a zip that does not open damaged', async () => {
    const bytes = (...start: number[]) => new Uint8Array([...start, ...new Uint8Array(100)]);
    expect([
      await outcome(bytes(0x50, 0x58)),
      await outcome(bytes(0x58, 0x4b)),
      await outcome(new TextEncoder().encode('Hattem 18 februari')),
      // Cyrillic text in UTF-8 begins with 0xD0, as an old .xls does: only all four bytes of its signature make one.
      await outcome(new TextEncoder().encode('Программа 2021')),
      await outcome(bytes(0x50, 0x4b)),
    ]).toEqual([
      expect.stringMatching(GEEN_XLSX),
      expect.stringMatching(GEEN_XLSX),
      expect.stringMatching(GEEN_XLSX),
      expect.stringMatching(GEEN_XLSX),
      expect.stringMatching(KAPOT),
    ]);
  });
});

describe('writing into a workbook with a damaged or missing part', () => {
  /** The programme with one part damaged or left out, and the sentence hiding a column then gives. */
  async function refusal(part: string, text: string | null): Promise<string> {
    const zip = await JSZip.loadAsync(await buildPackage(programme()));
    if (text === null) zip.remove(part);
    else zip.file(part, text);
    const wb = await XlsxWorkbook.open(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })), 'programma.xlsx');
    const bytes = await wb.save();
    const message = await wb.hideColumns('Acties', 'B:B').then(
      () => 'geschreven',
      (e: Error) => e.message,
    );
    expect(await wb.save()).toBe(bytes);
    return message;
  }

  it('names the part in its sentence, and writes nothing', async () => {
    const zin = (onderdeel: string) =>
      `programma.xlsx kon niet gelezen worden: een onderdeel ervan (${onderdeel}) is beschadigd. Open het in Excel, sla het opnieuw op als .xlsx en probeer het nog eens.`;
    expect([
      await refusal('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default'),
      await refusal('xl/_rels/workbook.xml.rels', null),
      await refusal('xl/workbook.xml', '<workbook'),
    ]).toEqual([zin('[Content_Types].xml'), zin('xl/_rels/workbook.xml.rels'), zin('xl/workbook.xml')]);
  });
});
