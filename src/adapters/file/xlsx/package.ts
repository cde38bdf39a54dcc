import type JSZip from 'jszip';
import { resolveTarget } from './xml';
import { streamXml } from './xml-stream';

export interface Relationship {
  id: string;
  /** The last segment of the type ("worksheet", "styles"): the same in Transitional and Strict. */
  kind: string;
  /** The target's package path, resolved against the source part; undefined for an external target. */
  path?: string;
}

/**
 * An OPC package (ECMA-376 Part 2) as a reader needs it: part names matched
 * regardless of case, XML parts decoded whether UTF-8 or UTF-16, relationships
 * resolved whether their targets are relative or absolute.
 */
export class Package {
  private readonly byLower = new Map<string, string>();
  private types?: { defaults: Map<string, string>; overrides: Map<string, string>; canonical: Map<string, string> };

  constructor(readonly zip: JSZip) {
    // Stryker disable next-line ConditionalExpression: a directory kept among the names is never asked for: no part is named like one
    for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) this.byLower.set(name.toLowerCase(), name);
  }

  /** The part's name as stored in the zip, found regardless of case. */
  actual(path: string): string | undefined {
    return this.byLower.get(path.replace(/^\//, '').toLowerCase());
  }

  has(path: string): boolean {
    return this.actual(path) !== undefined;
  }

  /** Writes a part under the name it already has (whatever its case), or under this one. */
  write(path: string, text: string): void {
    const name = this.actual(path) ?? path.replace(/^\//, '');
    this.zip.file(name, text);
    this.byLower.set(name.toLowerCase(), name);
  }

  remove(path: string): void {
    const name = this.actual(path);
    if (!name) return;
    this.zip.remove(name);
    this.byLower.delete(name.toLowerCase());
  }

  async bytes(path: string): Promise<Uint8Array | undefined> {
    const name = this.actual(path);
    return name ? this.zip.file(name)!.async('uint8array') : undefined;
  }

  async text(path: string): Promise<string | undefined> {
    const bytes = await this.bytes(path);
    return bytes && decodeXml(bytes);
  }

  async relationships(source: string): Promise<Relationship[]> {
    const slash = source.lastIndexOf('/');
    // Stryker disable next-line ConditionalExpression,EqualityOperator: without a slash, or with only a leading one, the folder is '' either way
    const dir = slash < 0 ? '' : source.slice(0, slash);
    const relsPath = relsOf(source);
    const xml = await this.text(relsPath);
    const out: Relationship[] = [];
    if (!xml) return out;
    streamXml(xml, relsPath, {
      open(el) {
        if (el.local !== 'Relationship') return;
        const type = el.attrs.Type ?? '';
        // Stryker disable next-line StringLiteral: without a TargetMode the target is internal, whatever the text
        const external = (el.attrs.TargetMode ?? '').toLowerCase() === 'external';
        out.push({
          id: el.attrs.Id ?? '',
          kind: type.slice(type.lastIndexOf('/') + 1),
          path: external ? undefined : resolveTarget(dir, el.attrs.Target ?? ''),
        });
      },
    });
    return out;
  }

  /**
   * Gives every part the name its content type override uses, where only the
   * capitals differ: OPC compares names without case, but not every reader
   * does (the Open XML SDK and LibreOffice do not). The parts' bytes stay as they are.
   */
  async canonicalNames(): Promise<void> {
    this.types = undefined;
    // Stryker disable next-line StringLiteral: any path reads [Content_Types].xml; only that is wanted here
    await this.contentType('');
    for (const lower of this.types!.overrides.keys()) {
      const actual = this.actual(lower);
      const canonical = this.types!.canonical.get(lower)!;
      if (!actual || actual === canonical) continue;
      await this.rename(actual, canonical);
      // A part's relationships live beside it, named after it.
      const rels = this.actual(relsOf(canonical));
      if (rels && rels !== relsOf(canonical)) await this.rename(rels, relsOf(canonical));
    }
  }

  private async rename(from: string, to: string): Promise<void> {
    this.zip.file(to, await this.zip.file(from)!.async('uint8array'));
    this.zip.remove(from);
    this.byLower.set(to.toLowerCase(), to);
  }

  /** The content type of a part: its Override, else the Default for its extension (both matched regardless of case). */
  async contentType(path: string): Promise<string | undefined> {
    // Stryker disable next-line ConditionalExpression: a cache only; reading [Content_Types].xml again gives the same maps
    if (!this.types) {
      const types = { defaults: new Map<string, string>(), overrides: new Map<string, string>(), canonical: new Map<string, string>() };
      const xml = await this.text('[Content_Types].xml');
      if (xml) {
        streamXml(xml, '[Content_Types].xml', {
          open(el) {
            if (el.local === 'Default') types.defaults.set((el.attrs.Extension ?? '').toLowerCase(), el.attrs.ContentType ?? '');
            // Stryker disable next-line ConditionalExpression: a Default read as an Override has the part name '', which no part has
            if (el.local !== 'Override') return;
            // Stryker disable next-line Regex: a part name begins with its only leading slash (ECMA-376 Part 2, 6.2.2)
            const name = (el.attrs.PartName ?? '').replace(/^\//, '');
            types.overrides.set(name.toLowerCase(), el.attrs.ContentType ?? '');
            types.canonical.set(name.toLowerCase(), name);
          },
        });
      }
      this.types = types;
    }
    const key = path.replace(/^\//, '').toLowerCase();
    return this.types.overrides.get(key) ?? this.types.defaults.get(key.slice(key.lastIndexOf('.') + 1));
  }

  /** The workbook part: the target of the package's officeDocument relationship. */
  async workbookPath(): Promise<string | undefined> {
    const main = (await this.relationships('')).find((r) => r.kind === 'officeDocument' && r.path && this.has(r.path));
    if (main?.path) return this.actual(main.path);
    return this.actual('xl/workbook.xml') ?? [...this.byLower.values()].find((p) => /(^|\/)workbook\d*\.xml$/i.test(p));
  }
}

/** The relationships part of a part: "xl/workbook.xml" has "xl/_rels/workbook.xml.rels". */
export function relsOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** An XML part's text: UTF-8 or UTF-16 by its byte order mark, else by its declaration (ECMA-376 Part 2, 8.1.4). */
function decodeXml(bytes: Uint8Array): string {
  const [a, b] = [bytes[0], bytes[1]];
  // Stryker disable next-line ConditionalExpression,LogicalOperator: an XML part begins with 0xFF only in a UTF-16LE byte order mark
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0x00)) return new TextDecoder('utf-16le').decode(bytes);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: and with 0xFE or 0x00 only as UTF-16BE
  if ((a === 0xfe && b === 0xff) || (a === 0x00 && b === 0x3c)) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 100));
  // Stryker disable next-line Regex: "<?xml" can only begin a part (XML 1.0, 2.8: the declaration comes first), anchored or not
  const declared = /^(?:\uFEFF|ï»¿)?<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1];
  // A TextDecoder without a label, or after one it does not know, reads UTF-8.
  let decoder: TextDecoder;
  try {
    // Stryker disable next-line Regex: no other label holds "utf16" or "utf-16", and "utf16" is no label: it fails to UTF-8 as well
    decoder = new TextDecoder(declared && !/^utf-?16/i.test(declared) ? declared : undefined);
  } catch {
    decoder = new TextDecoder();
  }
  return decoder.decode(bytes);
}
