import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeContacts } from '../../src/app/summarize-contacts.js';
import { InputError } from '../../src/errors.js';
import { sorted, summarizeSlowly } from './oracle.js';

const FIX = 'fixtures/contacts';
const tmp = mkdtempSync(join(tmpdir(), 'wa-cost-contacts-'));

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  return err as InputError;
}

describe('summarizeContacts on fixtures', () => {
  it('counts a CRM export: +1 and +7 splits, duplicates in other formats, every reject named', async () => {
    const s = await summarizeContacts(`${FIX}/crm-export-comma.csv`, {});
    expect(s).toEqual({
      file: `${FIX}/crm-export-comma.csv`,
      rows: 18,
      valid: 10,
      duplicates: 3,
      rejected: 5,
      rejectedByReason: { empty: 1, no_country: 1, not_a_number: 1, too_short: 2 },
      byCountry: { BR: 1, DE: 1, DO: 1, GB: 1, IN: 1, JM: 1, KZ: 1, PR: 1, RU: 1, US: 1 },
    });
    expect(s.rows).toBe(s.valid + s.duplicates + s.rejected);
  });

  it('reads a European Excel export: BOM, semicolons, CRLF, national numbers with a country column', async () => {
    const s = await summarizeContacts(`${FIX}/excel-semicolon-bom.csv`, {});
    expect(s.byCountry).toEqual({ DE: 1, ES: 1, FR: 1, GB: 1, IT: 1 });
    expect(s.rejectedByReason).toEqual({ invalid: 1 }); // "0151": libphonenumber-js's verdict
    expect(s.rows).toBe(6);
  });

  it('uses --default-country for national numbers with no country', async () => {
    const s = await summarizeContacts(`${FIX}/crm-export-comma.csv`, { defaultCountry: 'FR' });
    expect(s.rejectedByReason['no_country']).toBeUndefined();
    expect(s.byCountry['FR']).toBe(1);
  });

  it('reads tab-separated files and multi-line quoted fields', async () => {
    expect(await summarizeContacts(`${FIX}/tab-separated.tsv`, {})).toMatchObject({
      rows: 3,
      valid: 2,
      duplicates: 1,
      byCountry: { ES: 1, FR: 1 },
    });
    expect(await summarizeContacts(`${FIX}/multiline-quoted.csv`, {})).toMatchObject({
      rows: 2,
      valid: 2,
      byCountry: { GB: 2 },
    });
  });

  it('honours an explicit delimiter and phone column', async () => {
    const s = await summarizeContacts(`${FIX}/excel-semicolon-bom.csv`, {
      delimiter: ';',
      phoneColumn: 'telefon',
      countryColumn: 'Land',
    });
    expect(s.valid).toBe(5);
  });

  it('rejects ragged rows with their line in the rejects file, and never counts duplicates as rejects', async () => {
    const rejectsFile = join(tmp, 'ragged-rejects.csv');
    const s = await summarizeContacts(`${FIX}/ragged-rows.csv`, { rejectsFile });
    expect(s).toMatchObject({ rows: 4, valid: 2, rejected: 2, rejectedByReason: { wrong_field_count: 2 } });
    expect(readFileSync(rejectsFile, 'utf8')).toBe(
      'line,reason,phone,row\n3,wrong_field_count,+4915123456780,"B,+4915123456780"\n4,wrong_field_count,+4915123456781,"C,+4915123456781,DE,extra"\n',
    );
    const dupes = join(tmp, 'crm-rejects.csv');
    const crm = await summarizeContacts(`${FIX}/crm-export-comma.csv`, { rejectsFile: dupes });
    expect(readFileSync(dupes, 'utf8').trim().split('\n')).toHaveLength(1 + crm.rejected);
  });

  it('counts a header-only file as zero rows', async () => {
    expect(await summarizeContacts(`${FIX}/header-only.csv`, {})).toMatchObject({
      rows: 0,
      valid: 0,
      duplicates: 0,
      rejected: 0,
    });
  });
});

describe('summarizeContacts bad input: located errors, never a crash', () => {
  it.each([
    ['utf16.csv', 'E_ENCODING', /is UTF-16 encoded/, undefined],
    ['latin1.csv', 'E_ENCODING', /not valid UTF-8/, 3],
    ['binary.csv', 'E_FILE_BINARY', /NUL byte/, 3],
    ['unterminated-quote.csv', 'E_CSV_QUOTE', /never closed/, 3],
    ['empty.csv', 'E_CSV_EMPTY', /is empty/, undefined],
    ['does-not-exist.csv', 'E_FILE_NOT_FOUND', /not found/, undefined],
  ])('%s → %s', async (name, code, message, line) => {
    const err = await inputError(summarizeContacts(`${FIX}/${name}`, {}));
    expect(err.code).toBe(code);
    expect(err.problems[0]?.message).toMatch(message);
    expect(err.problems[0]?.file).toBe(`${FIX}/${name}`);
    expect(err.problems[0]?.line).toBe(line);
  });

  it('lists the columns found and the names tried when no phone column is found', async () => {
    const rejectsFile = join(tmp, 'never-written.csv');
    const err = await inputError(summarizeContacts(`${FIX}/no-phone-column.csv`, { rejectsFile }));
    expect(existsSync(rejectsFile)).toBe(false);
    expect(err.problems[0]?.message).toMatch(
      /the columns are: "name", "email", "city"; names tried: phone, phonenumber, mobile/,
    );
    const named = await inputError(summarizeContacts(`${FIX}/no-phone-column.csv`, { phoneColumn: 'tel' }));
    expect(named.problems[0]?.message).toBe(
      'no phone column "tel"; the columns are: "name", "email", "city"',
    );
  });

  it('refuses an unknown default country', async () => {
    const err = await inputError(summarizeContacts(`${FIX}/crm-export-comma.csv`, { defaultCountry: 'XX' }));
    expect(err.code).toBe('E_CONTACTS_COUNTRY');
  });

  it('finds the overlong row an unclosed quote makes in a large file', async () => {
    const file = join(tmp, 'open-quote-large.csv');
    writeFileSync(file, 'name,phone\n"open,+4915123456789\n' + 'x,+4915123456789\n'.repeat(150_000));
    const err = await inputError(summarizeContacts(file, {}));
    expect(err.code).toBe('E_CSV_ROW_TOO_LONG');
    expect(err.problems[0]?.line).toBe(2);
  });
});

const PHONES = [
  '+49 151 23456789',
  '+4915123456789',
  '0151 23456789',
  '+1 (201) 555-0123',
  '2015550123',
  '+1 809 234 5678',
  '+7 701 123 4567',
  '87011234567',
  '+7 912 345 6789',
  '+44 7400 123456',
  '07400 123456',
  '+33 6 12 34 56 78',
  '',
  ' ',
  'n/a',
  '+49 1',
  '+800 1234 5678',
  '0612345678',
  '+55 11 96123-4567',
  'tel:+44-7400-123457',
  '"+44 7400 123458"',
];
const COUNTRIES = ['DE', 'US', 'KZ', 'RU', 'GB', 'FR', 'BR', ''];

describe('summarizeContacts invariants (property)', () => {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const row = fc.record({
    name: fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é'), maxLength: 8 }),
    phone: fc.constantFrom(...PHONES),
    country: fc.constantFrom(...COUNTRIES),
    ragged: fc.constantFrom(0, 0, 0, 0, 0, 0, 1, -1),
  });
  const file = fc.record({
    rows: fc.array(row, { maxLength: 60 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    defaultCountry: fc.constantFrom(undefined, 'DE', 'US'),
  });

  it('rows = valid + duplicates + rejected, and the counts match a slow reference', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(file, async ({ rows, crlf, bom, defaultCountry }) => {
        const eol = crlf ? '\r\n' : '\n';
        const lines = rows.map((r) => {
          const fields = [quote(r.name), quote(r.phone), r.country];
          if (r.ragged === 1) fields.push('extra');
          if (r.ragged === -1) fields.pop();
          return fields.join(',');
        });
        const path = join(tmp, `prop-${n++}.csv`);
        writeFileSync(path, (bom ? '\uFEFF' : '') + ['name,phone,country', ...lines].join(eol) + eol);
        const s = await summarizeContacts(path, { defaultCountry });
        expect(s.rows).toBe(rows.length);
        expect(s.rows).toBe(s.valid + s.duplicates + s.rejected);
        expect(Object.values(s.byCountry).reduce((a, b) => a + b, 0)).toBe(s.valid);
        expect(Object.values(s.rejectedByReason).reduce((a, b) => a + b, 0)).toBe(s.rejected);
        expect(sorted(s)).toEqual(sorted(summarizeSlowly(path, 'phone', 'country', defaultCountry)));
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same counts as the slow reference on a file spanning many read chunks', async () => {
    const path = join(tmp, 'large.csv');
    let seed = 7;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const lines = ['name,phone,country'];
    for (let i = 0; i < 60_000; i++) {
      const phone =
        rnd() < 0.7
          ? `+49 151 ${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`
          : (PHONES[i % PHONES.length] as string);
      lines.push(
        `"Name ${i},\nsecond line ${'x'.repeat(i % 40)}",${quote(phone)},${COUNTRIES[i % COUNTRIES.length]}`,
      );
    }
    writeFileSync(path, lines.join('\r\n'));
    const s = await summarizeContacts(path, { defaultCountry: 'DE' });
    expect(s.rows).toBe(60_000);
    expect(sorted(s)).toEqual(sorted(summarizeSlowly(path, 'phone', 'country', 'DE')));
    // The same file with classic Mac line ends (bare CR, "CSV (Macintosh)"): same counts, same rejects
    // file except for the line ends inside quoted rows, read in chunks (a CR may end a chunk).
    const mac = join(tmp, 'large-mac.csv');
    writeFileSync(mac, lines.map((l) => l.replaceAll('\n', '\r')).join('\r'));
    const crlfRejects = join(tmp, 'large-rejects.csv');
    const macRejects = join(tmp, 'large-mac-rejects.csv');
    const again = await summarizeContacts(path, { defaultCountry: 'DE', rejectsFile: crlfRejects });
    const m = await summarizeContacts(mac, { defaultCountry: 'DE', rejectsFile: macRejects });
    expect({ ...m, file: path }).toEqual(again);
    const lineNumbers = (f: string) => parse(readFileSync(f, 'utf8')).map((r) => r[0]);
    expect(m.rejected).toBeGreaterThan(0);
    expect(lineNumbers(macRejects)).toEqual(lineNumbers(crlfRejects));
  });
});
