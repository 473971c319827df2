import { closeSync, openSync, writeSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { InputError } from '../../errors.js';

/**
 * Writes every unusable row of a contact list to a CSV file: `line,reason,phone,row` (the 1-based line
 * where the row starts, the reason name, the phone field as read, the raw row). Synchronous, buffered
 * writes: rejects are a small share of rows and the row loop is synchronous.
 */
export class RejectsWriter {
  private fd: number;
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(readonly file: string) {
    try {
      this.fd = openSync(file, 'w');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      throw new InputError('E_REJECTS_FILE', [
        { file, message: `cannot be written (${code})`, hint: 'give a path in a folder you can write to' },
      ]);
    }
    this.push(['line', 'reason', 'phone', 'row']);
  }

  /** Queues one rejected row. */
  write(line: number, reason: string, phone: string, row: string): void {
    this.push([String(line), reason, phone, row]);
  }

  /** Flushes and closes the file. */
  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private push(record: string[]): void {
    const text = stringify([record]);
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars > 1 << 16) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingChars = 0;
  }
}
