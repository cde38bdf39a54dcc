import JSZip from 'jszip';
import { UnusableWorkbookError } from '../../domain/errors';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** Opens the bytes as a zip package, or says in one sentence why not. */
export async function openPackage(bytes: Uint8Array, naam: string): Promise<JSZip> {
  if (bytes.length === 0) throw new UnusableWorkbookError('bestand.leeg', { naam });
  if (CFB_MAGIC.every((b, i) => bytes[i] === b))
    throw new UnusableWorkbookError(isEncrypted(bytes) ? 'bestand.versleuteld' : 'bestand.xls', { naam });
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new UnusableWorkbookError('bestand.geenXlsx', { naam });
  try {
    return await JSZip.loadAsync(bytes);
  } catch {
    throw new UnusableWorkbookError('bestand.zipKapot', { naam });
  }
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
