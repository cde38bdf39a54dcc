import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './usage-error';
import { t } from '../domain/teksten/index';

/**
 * Refuses an output path that is the input under another name: the same path
 * written differently ("..", other capitals on a case-insensitive disk), a
 * symbolic link to it, or a hard link (same device and inode).
 */
export async function refuseAlias(input: string, out: string): Promise<void> {
  const refuse = () => new UsageError(t('nl', 'cli.fout.zelfde', { uit: out }));
  const source = await stat(input);
  const target = await stat(out).catch(() => undefined);
  if (target && target.dev === source.dev && target.ino === source.ino) throw refuse();
  const realOut = path.join(await realpath(path.dirname(out)).catch(() => path.dirname(out)), path.basename(out));
  if (realOut === (await realpath(input))) throw refuse();
}

/**
 * Writes the bytes to a temporary file beside the target and renames it into
 * place: a crash, a full disk or a write error never leaves half a workbook.
 */
export async function writeAtomically(out: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(out), `.${path.basename(out)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, out);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw new UsageError(
      // Stryker disable next-line OptionalChaining: Node's fs rejects with Error objects, never with null
      t('nl', 'cli.fout.schrijven', { uit: out, reden: String((e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message ?? e) }),
    );
  }
}
