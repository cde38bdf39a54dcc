import JSZip from 'jszip';
import { UnusableWorkbookError } from '../../domain/errors';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** Opens the bytes as an .xlsx package, or says in one Dutch line why not. */
export async function openPackage(bytes: Uint8Array, name: string): Promise<JSZip> {
  if (bytes.length === 0) throw new UnusableWorkbookError(`${name} is leeg (0 bytes). Kies het juiste bestand of sla het werkboek opnieuw op.`);
  if (CFB_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new UnusableWorkbookError(
      isEncrypted(bytes)
        ? `${name} is met een wachtwoord versleuteld. Open het in Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen) en probeer het opnieuw.`
        : `${name} is een oud Excel-bestand (.xls). Open het in Excel en sla het op als Excel-werkmap (.xlsx).`,
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new UnusableWorkbookError(`${name} is geen Excel-werkboek (.xlsx). Kies een bestand dat Excel als .xlsx heeft opgeslagen.`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new UnusableWorkbookError(`${name} is beschadigd: het zip-archief is niet te lezen. Open het in Excel en sla het opnieuw op.`);
  }
  if (!workbookPath(zip)) throw new UnusableWorkbookError(`${name} is een zip-archief, maar geen Excel-werkboek. Kies een .xlsx-bestand.`);
  return zip;
}

// An encrypted OOXML file is an OLE container holding a stream named "EncryptedPackage" (UTF-16LE).
function isEncrypted(bytes: Uint8Array): boolean {
  const needle = Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The workbook part named by the package's root relationships. */
export function workbookPath(zip: JSZip): string | undefined {
  if (zip.file('xl/workbook.xml')) return 'xl/workbook.xml';
  return Object.keys(zip.files).find((p) => /(^|\/)workbook\d*\.xml$/i.test(p));
}

/**
 * Some writers (openpyxl) give relationship targets as absolute package paths
 * ("/xl/tables/table1.xml"). That is valid OPC, but exceljs cannot follow them:
 * rewrite them relative to their source part. Returns whether anything changed.
 */
export async function relativizeTargets(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith('.rels'))) {
    const xml = await zip.file(path)!.async('string');
    const sourceDir = path.replace(/(^|\/)_rels\/[^/]*$/, '');
    const fixed = xml.replace(/(<Relationship\b[^>]*\bTarget=")\/([^"]*)"/g, (whole, head: string, target: string) =>
      /TargetMode="External"/.test(whole) ? whole : `${head}${relative(sourceDir, target)}"`,
    );
    if (fixed !== xml) {
      zip.file(path, fixed);
      changed = true;
    }
  }
  return changed;
}

function relative(fromDir: string, to: string): string {
  const from = fromDir ? fromDir.split('/') : [];
  const parts = to.split('/');
  let i = 0;
  while (i < from.length && i < parts.length - 1 && from[i] === parts[i]) i++;
  return [...from.slice(i).map(() => '..'), ...parts.slice(i)].join('/');
}
