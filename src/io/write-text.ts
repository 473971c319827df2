import { writeFile } from 'node:fs/promises';
import { UsageError } from '../errors.js';

/**
 * Writes `--out FILE` (UTF-8, replacing the file). A path that cannot be written (missing folder, a
 * directory, no permission) is a command-line mistake: exit 2 with the path and the reason.
 */
export async function writeTextFile(file: string, text: string, shownAs: string = file): Promise<void> {
  try {
    await writeFile(file, text, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'its folder does not exist'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : code === 'EROFS'
              ? 'the file system is read-only'
              : ((err as Error).message ?? String(err));
    throw new UsageError(
      [
        {
          file: shownAs,
          message: `cannot write --out file: ${reason}`,
          hint: 'give a path in an existing folder you can write to, or leave out --out to print to stdout',
        },
      ],
      'E_OUT_UNWRITABLE',
    );
  }
}
