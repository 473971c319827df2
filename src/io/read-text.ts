import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** Plans, rate cards and vendor files are small; anything bigger is a mistake, not a plan. */
const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/**
 * Reads a UTF-8 text document (plan, card, vendor file). Strips a UTF-8 BOM; refuses directories,
 * binary files, UTF-16 and non-UTF-8 text with an error that says how to fix it.
 */
export async function readTextFile(
  path: string,
  opts: { label?: string; maxBytes?: number } = {},
): Promise<string> {
  // Messages name the file as the user wrote it; `path` is where it is read from.
  const file = opts.label ?? path;
  const maxBytes = opts.maxBytes ?? MAX_DOCUMENT_BYTES;
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) {
      throw new InputError('E_FILE_IS_DIRECTORY', [
        { file, message: 'is a directory, not a file', hint: 'give the path of a file inside it' },
      ]);
    }
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw fileError(file, err);
  }
  if (size > maxBytes) {
    throw new InputError('E_FILE_TOO_LARGE', [
      {
        file,
        message: `is ${size} bytes; documents of this kind are at most ${maxBytes} bytes`,
        hint: 'check that this is the file you meant (contact lists go in a `contacts:` audience)',
      },
    ]);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw fileError(file, err);
  }
  return decodeUtf8(bytes, file);
}

/** Decodes bytes as UTF-8 text, with located errors for binary, UTF-16 and Latin-1 input. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError('E_ENCODING', [
      { file, message: 'is UTF-16 encoded', hint: 'save the file as UTF-8 (in Excel: "CSV UTF-8")' },
    ]);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new InputError('E_FILE_BINARY', [
      {
        file,
        ...lineCol(bytes, nul),
        message: 'contains a NUL byte: this is a binary file, not text',
        hint: 'give a YAML or CSV text file',
      },
    ]);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError('E_ENCODING', [
      {
        file,
        ...lineCol(bytes, at),
        message: 'is not valid UTF-8 (it looks like Latin-1 or Windows-1252)',
        hint: 'save the file as UTF-8',
      },
    ]);
  }
}

function fileError(file: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    return new InputError('E_FILE_NOT_FOUND', [
      { file, message: 'file not found', hint: 'check the path (it is relative to the current directory)' },
    ]);
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new InputError('E_FILE_UNREADABLE', [
      { file, message: 'permission denied', hint: 'make the file readable (chmod +r)' },
    ]);
  }
  if (code === 'EISDIR') {
    return new InputError('E_FILE_IS_DIRECTORY', [
      { file, message: 'is a directory, not a file', hint: 'give the path of a file inside it' },
    ]);
  }
  return new InputError('E_FILE_UNREADABLE', [{ file, message: `cannot be read (${code ?? String(err)})` }]);
}

function lineCol(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, col: offset - start + 1 };
}

/** Byte offset of the first byte that breaks UTF-8 (0 when none is found). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return 0;
}
