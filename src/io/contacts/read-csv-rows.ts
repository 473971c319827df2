import { firstInvalidUtf8 } from '../read-text.js';
import { isUtf8 } from 'node:buffer';
import { open, type FileHandle } from 'node:fs/promises';
import { InputError } from '../../errors.js';
import { CsvScanner, NEED_MORE } from './csv-scanner.js';
import { detectDelimiter, type Delimiter } from './detect-delimiter.js';

/** Read size; a row longer than MAX_ROW_BYTES is an error (almost always an unclosed quote). */
const CHUNK_BYTES = 1 << 20;
const LF = 0x0a;
const CR = 0x0d;
const MAX_ROW_BYTES = 1 << 20;

export interface CsvReadOptions {
  delimiter?: Delimiter | undefined;
  /** `totalBytes` is NaN when the size is not known (standard input). */
  onProgress?: ((bytesRead: number, totalBytes: number) => void) | undefined;
  /** Read these bytes (standard input) instead of opening `file`, which then only names them in messages. */
  source?: AsyncIterable<Uint8Array> | undefined;
}

/** Fills `buf[offset, offset + length)` with the next bytes; 0 only at the end of the input. */
type ReadInto = (buf: Buffer, offset: number, length: number) => Promise<number>;

export interface CsvHeader {
  fields: string[];
  delimiter: Delimiter;
}

/** Called for each data row; read fields through the scanner (valid until the next call). */
export type CsvRowHandler = (bytes: Buffer, row: CsvScanner, line: number) => void;

/**
 * Streams a UTF-8 CSV file with a header row in bounded memory (one read chunk plus the longest row).
 * Strips a UTF-8 BOM; detects the delimiter from the header unless given. Throws a located InputError
 * for a missing/unreadable file, UTF-16, binary (NUL) or non-UTF-8 bytes, an empty file, an unclosed
 * quote and an overlong row. `line` is the 1-based line where a row starts (rows may span lines).
 */
export async function readCsvRows(
  file: string,
  opts: CsvReadOptions,
  onHeader: (header: CsvHeader) => void,
  onRow: CsvRowHandler,
): Promise<void> {
  if (opts.source)
    return scanFile(streamReader(opts.source), file, NaN, opts, onHeader, onRow).catch((err: unknown) => {
      throw readError(file, err);
    });
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    throw fileError(file, err);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory())
      throw new InputError('E_FILE_IS_DIRECTORY', [
        { file, message: 'is a directory, not a file', hint: 'give the path of a CSV file' },
      ]);
    const h = handle;
    const read: ReadInto = async (buf, offset, length) => (await h.read(buf, offset, length, null)).bytesRead;
    await scanFile(read, file, stat.size, opts, onHeader, onRow);
  } catch (err) {
    throw readError(file, err);
  } finally {
    await handle.close();
  }
}

/** What to throw for `err` while reading: our own errors as they are, system errors as located ones. */
function readError(file: string, err: unknown): unknown {
  if (err instanceof InputError) return err;
  return (err as NodeJS.ErrnoException | undefined)?.code ? fileError(file, err) : err;
}

/** A ReadInto over a stream of chunks of any size (empty chunks are skipped, so 0 means the end). */
function streamReader(source: AsyncIterable<Uint8Array>): ReadInto {
  const chunks = source[Symbol.asyncIterator]();
  let chunk: Uint8Array = new Uint8Array(0);
  let at = 0;
  return async (buf, offset, length) => {
    while (at === chunk.length) {
      const next = await chunks.next();
      if (next.done) return 0;
      chunk = next.value;
      at = 0;
    }
    const n = Math.min(length, chunk.length - at);
    buf.set(chunk.subarray(at, at + n), offset);
    at += n;
    return n;
  };
}

async function scanFile(
  read: ReadInto,
  file: string,
  total: number,
  opts: CsvReadOptions,
  onHeader: (h: CsvHeader) => void,
  onRow: CsvRowHandler,
): Promise<void> {
  let buf = Buffer.allocUnsafe(CHUNK_BYTES * 2);
  let len = 0; // valid bytes in buf
  let pos = 0; // start of the first unprocessed row
  let checked = 0; // bytes of buf already checked for NUL/UTF-8
  let line = 1; // line number at pos
  let readTotal = 0;
  let eof = false;
  let scanner: CsvScanner | undefined;
  let first = true; // the header row is still to be read
  let started = false; // BOM and UTF-16 checked

  for (;;) {
    if (!eof) {
      if (pos > 0) {
        buf.copy(buf, 0, pos, len);
        len -= pos;
        checked -= pos;
        pos = 0;
      }
      if (len + CHUNK_BYTES > buf.length) {
        if (len > MAX_ROW_BYTES) {
          throw new InputError('E_CSV_ROW_TOO_LONG', [
            {
              file,
              line,
              message: `the row starting here is longer than ${MAX_ROW_BYTES} bytes`,
              hint: 'a quote is probably never closed: check the quotes on this line',
            },
          ]);
        }
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, len);
        buf = bigger;
      }
      const bytesRead = await read(buf, len, buf.length - len);
      len += bytesRead;
      readTotal += bytesRead;
      eof = bytesRead === 0;
      opts.onProgress?.(readTotal, total);
    }
    if (!started) {
      checkStart(buf, len, file);
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = checked = 3;
      started = true;
    }
    // Check whole lines only (a line-end byte, LF or CR, never sits inside a UTF-8 sequence).
    const checkEnd = eof ? len : Math.max(buf.lastIndexOf(LF, len - 1), buf.lastIndexOf(CR, len - 1)) + 1;
    if (checkEnd > checked) {
      checkBytes(buf, checked, checkEnd, file, line, pos);
      checked = checkEnd;
    }
    if (first) {
      const lf = firstLineEnd(buf, pos, len);
      if (lf === -1 && !eof) continue; // header line not complete yet
      const headerEnd = lf === -1 ? len : lf;
      if (headerEnd === pos && lf === -1)
        throw new InputError('E_CSV_EMPTY', [
          {
            file,
            message: 'is empty: a contact list needs a header row and one row per contact',
            hint: 'export the list again with its header row',
          },
        ]);
      const delimiter = opts.delimiter ?? detectDelimiter(buf.toString('utf8', pos, headerEnd));
      scanner = new CsvScanner(delimiter.charCodeAt(0));
      const next = scanner.scan(buf, pos, checked, eof);
      if (next === NEED_MORE) continue;
      unterminated(scanner, buf, file, line, pos);
      const fields = Array.from({ length: scanner.fieldCount }, (_, k) =>
        (scanner as CsvScanner).field(buf, k).trim(),
      );
      onHeader({ fields, delimiter });
      line += 1 + scanner.innerNewlines;
      pos = next;
      first = false;
    }
    const s = scanner as CsvScanner;
    while (pos < checked) {
      const next = s.scan(buf, pos, checked, eof);
      if (next === NEED_MORE) break;
      unterminated(s, buf, file, line, pos);
      onRow(buf, s, line);
      line += 1 + s.innerNewlines;
      pos = next;
    }
    if (eof) return;
  }
}

/** Offset of the first LF or CR in buf[from, len), or -1 (bytes past `len` are stale: never searched). */
function firstLineEnd(buf: Buffer, from: number, len: number): number {
  const lf = buf.subarray(0, len).indexOf(LF, from);
  const cr = buf.subarray(0, lf === -1 ? len : lf).indexOf(CR, from);
  return cr !== -1 ? cr : lf;
}

function checkStart(buf: Buffer, len: number, file: string): void {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new InputError('E_ENCODING', [
      {
        file,
        message: 'is UTF-16 encoded',
        hint: 'save the file as UTF-8 (in Excel: "CSV UTF-8 (comma delimited)")',
      },
    ]);
  }
  if (len === 0)
    throw new InputError('E_CSV_EMPTY', [
      {
        file,
        message: 'is empty: a contact list needs a header row and one row per contact',
        hint: 'export the list again with its header row',
      },
    ]);
}

/** Rejects NUL bytes (binary or UTF-16 without BOM) and invalid UTF-8 in buf[from, to), located. */
function checkBytes(
  buf: Buffer,
  from: number,
  to: number,
  file: string,
  lineAtPos: number,
  pos: number,
): void {
  const region = buf.subarray(from, to);
  const nul = region.indexOf(0);
  if (nul !== -1) {
    throw new InputError('E_FILE_BINARY', [
      {
        file,
        ...locate(buf, pos, lineAtPos, from + nul),
        message: 'contains a NUL byte: this is a binary file or UTF-16 text, not a UTF-8 CSV',
        hint: 'export the list as CSV in UTF-8',
      },
    ]);
  }
  if (!isUtf8(region)) {
    throw new InputError('E_ENCODING', [
      {
        file,
        ...locate(buf, pos, lineAtPos, from + firstInvalidUtf8(region)),
        message: 'is not valid UTF-8 (it looks like Latin-1 or Windows-1252)',
        hint: 'save the file as UTF-8 (in Excel: "CSV UTF-8 (comma delimited)")',
      },
    ]);
  }
}

function unterminated(s: CsvScanner, buf: Buffer, file: string, line: number, pos: number): void {
  if (s.unterminatedQuoteAt === -1) return;
  throw new InputError('E_CSV_QUOTE', [
    {
      file,
      ...locate(buf, pos, line, s.unterminatedQuoteAt),
      message: 'a quoted field is never closed (the quote opened here runs to the end of the file)',
      hint: 'close the quote, or double a quote that is part of the text ("")',
    },
  ]);
}

/** Line and column (in characters) of byte `offset`, counting from `pos` which is at `lineAtPos`. */
function locate(buf: Buffer, pos: number, lineAtPos: number, offset: number): { line: number; col: number } {
  let line = lineAtPos;
  let start = pos;
  for (let i = pos; i < offset; i++) {
    if (buf[i] === LF || (buf[i] === CR && buf[i + 1] !== LF)) {
      line++;
      start = i + 1;
    }
  }
  let col = 1;
  for (let i = start; i < offset; i++) if (((buf[i] as number) & 0xc0) !== 0x80) col++;
  return { line, col };
}

function fileError(file: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT')
    return new InputError('E_FILE_NOT_FOUND', [
      { file, message: 'file not found', hint: 'check the path (it is relative to the current directory)' },
    ]);
  if (code === 'EACCES' || code === 'EPERM')
    return new InputError('E_FILE_UNREADABLE', [
      { file, message: 'permission denied', hint: 'make the file readable (chmod +r)' },
    ]);
  if (code === 'EISDIR')
    return new InputError('E_FILE_IS_DIRECTORY', [
      { file, message: 'is a directory, not a file', hint: 'give the path of a CSV file' },
    ]);
  return new InputError('E_FILE_UNREADABLE', [{ file, message: `cannot be read (${code ?? String(err)})` }]);
}
