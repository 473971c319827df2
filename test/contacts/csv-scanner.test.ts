import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvScanner, NEED_MORE } from '../../src/io/contacts/csv-scanner.js';

/** Every non-blank row of `text` as field strings, scanned in one buffer. */
function scanAll(text: string, delimiter = ','): { rows: string[][]; lines: number[]; malformed: boolean[] } {
  const bytes = Buffer.from(text, 'utf8');
  const s = new CsvScanner(delimiter.charCodeAt(0));
  const rows: string[][] = [];
  const lines: number[] = [];
  const malformed: boolean[] = [];
  let pos = 0;
  let line = 1;
  while (pos < bytes.length) {
    const next = s.scan(bytes, pos, bytes.length, true);
    expect(s.unterminatedQuoteAt).toBe(-1);
    if (!s.isBlank()) {
      rows.push(Array.from({ length: s.fieldCount }, (_, k) => s.field(bytes, k)));
      lines.push(line);
      malformed.push(s.malformed);
    }
    line += 1 + s.innerNewlines;
    pos = next;
  }
  return { rows, lines, malformed };
}

function csvParse(text: string, delimiter = ','): string[][] {
  return parse(text, {
    delimiter,
    relax_quotes: true,
    skip_empty_lines: true,
    relax_column_count: true,
  });
}

describe('CsvScanner', () => {
  it.each([
    ['plain', 'a,b,c\n1,2,3\n'],
    ['CRLF', 'a,b\r\n1,2\r\n'],
    ['no final newline', 'a,b\n1,2'],
    ['quoted delimiter', 'name,phone\n"Doe, John",+49 151\n'],
    ['escaped quote', 'name,phone\n"O""Brien",1\n'],
    ['embedded newline', 'name,phone\n"line one\nline two",1\n'],
    ['embedded CRLF', 'name,phone\r\n"line one\r\nline two",1\r\n'],
    ['empty fields', 'a,b,c\n,,\n1,,3\n'],
    ['quoted empty', 'a,b\n"",""\n'],
    ['quote inside an unquoted field', 'a,b\nJohn "Johnny" Doe,1\n'],
    ['blank lines', 'a,b\n\n1,2\n\n3,4\n'],
    ['blank CRLF lines', 'a,b\r\n\r\n1,2\r\n'],
    ['unicode', 'név,telefon\nÁrpád,+36 20 123 4567\n'],
    ['bare CR (classic Mac)', 'a,b\r1,2\r3,4\r'],
    ['bare CR, no final line end', 'a,b\r1,2'],
    ['bare CR, quoted CR and quote', 'name,phone\r"line one\rline two",1\r"x""y",2\r'],
    ['bare CR blank lines', 'a,b\r\r1,2\r\r'],
  ])('%s: same records as csv-parse', (_name, text) => {
    expect(scanAll(text).rows).toEqual(csvParse(text));
  });

  it('reads semicolons and tabs', () => {
    expect(scanAll('a;b\n"x;y";2\n', ';').rows).toEqual([
      ['a', 'b'],
      ['x;y', '2'],
    ]);
    expect(scanAll('a\tb\n"x\ty"\t2\n', '\t').rows).toEqual([
      ['a', 'b'],
      ['x\ty', '2'],
    ]);
  });

  it('numbers rows by the line they start on', () => {
    expect(scanAll('h\n"a\nb"\nc\n\nd\n').lines).toEqual([1, 2, 4, 6]);
    expect(scanAll('h\r"a\rb"\rc\r\rd\r').lines).toEqual([1, 2, 4, 6]);
    expect(scanAll('h\r\n"a\r\nb"\r\nc\r\n\r\nd\r\n').lines).toEqual([1, 2, 4, 6]);
  });

  it('marks text after a closing quote as malformed instead of guessing', () => {
    const { rows, malformed } = scanAll('a,b\n"x"y,1\n2,3\n');
    expect(malformed).toEqual([false, true, false]);
    expect(rows[2]).toEqual(['2', '3']);
  });

  it('reports an unterminated quote at its opening quote', () => {
    const bytes = Buffer.from('a,b\n1,"open\n2,3\n');
    const s = new CsvScanner(44);
    const next = s.scan(bytes, 0, bytes.length, true);
    expect(s.scan(bytes, next, bytes.length, true)).toBe(bytes.length);
    expect(s.unterminatedQuoteAt).toBe(6);
  });

  it('asks for more input when a row (or a quote pair) is cut by the buffer end', () => {
    const s = new CsvScanner(44);
    expect(s.scan(Buffer.from('a,"b'), 0, 4, false)).toBe(NEED_MORE);
    expect(s.scan(Buffer.from('a,"b"'), 0, 5, false)).toBe(NEED_MORE);
    expect(s.scan(Buffer.from('a,b'), 0, 3, false)).toBe(NEED_MORE);
    expect(s.scan(Buffer.from('a,b\n'), 0, 4, false)).toBe(4);
    // A CR at the buffer's end may be the first half of CRLF.
    expect(s.scan(Buffer.from('a,b\r'), 0, 4, false)).toBe(NEED_MORE);
    expect(s.scan(Buffer.from('a,b\r\n'), 0, 5, false)).toBe(5);
    expect(s.scan(Buffer.from('a,b\r1'), 0, 5, false)).toBe(4);
    expect(s.scan(Buffer.from('a,b\r'), 0, 4, true)).toBe(4);
  });

  it('agrees with csv-parse on generated files (property)', () => {
    const unquoted = fc
      .string({ unit: fc.constantFrom('a', 'b', ' ', '+', '1', 'é', '"', '-'), maxLength: 6 })
      .filter((s) => !s.startsWith('"'));
    const quoted = fc.string({
      unit: fc.constantFrom('a', ',', ';', '"', '\n', '\r\n', ' ', '1', '\t'),
      maxLength: 6,
    });
    const field = fc.oneof(
      unquoted.map((v) => ({ v, raw: v })),
      quoted.map((v) => ({ v, raw: `"${v.replaceAll('"', '""')}"` })),
    );
    const record = fc
      .array(field, { minLength: 1, maxLength: 5 })
      .filter((r) => !(r.length === 1 && r[0]?.raw === ''));
    // One line ending per file: csv-parse fixes the record delimiter from the first line.
    const file = fc.tuple(
      fc.array(record, { minLength: 1, maxLength: 8 }),
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.boolean(),
      fc.constantFrom(',', ';', '\t'),
    );
    fc.assert(
      fc.property(file, ([records, eol, finalNewline, delimiter]) => {
        const text = records
          .map(
            (r, i) =>
              r.map((f) => f.raw).join(delimiter) + (i < records.length - 1 || finalNewline ? eol : ''),
          )
          .join('');
        expect(scanAll(text, delimiter).rows).toEqual(csvParse(text, delimiter));
      }),
      { numRuns: 3000 },
    );
  });
});
