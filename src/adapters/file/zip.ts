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

// An encrypted OOXML file is an OLE container holding a stream named "EncryptedPackage". The container's
// directory names its streams in UTF-16LE at even offsets (entries of 128 bytes), so the name reads as text.
function isEncrypted(bytes: Uint8Array): boolean {
  return new TextDecoder('utf-16le').decode(bytes).includes('EncryptedPackage');
}
