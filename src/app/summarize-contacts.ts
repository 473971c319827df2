import type { ContactSummary, RejectReason } from '../core/contact-summary.js';
import { InputError } from '../errors.js';
import { FIELD_ESCAPED_QUOTE, type CsvScanner } from '../io/contacts/csv-scanner.js';
import {
  COUNTRY_UNDECIDED,
  countryIndexAt,
  fastResult,
  parseFastNational,
  parseFastPhone,
} from '../io/contacts/fast-phone.js';
import { COUNTRY_COLUMN_NAMES, PHONE_COLUMN_NAMES, findColumn } from '../io/contacts/find-column.js';
import { normalizePhone } from '../io/contacts/normalize-phone.js';
import { NumberSet } from '../io/contacts/number-set.js';
import { COUNTRIES, countryIndex } from '../io/contacts/phone-plans.js';
import { readCsvRows } from '../io/contacts/read-csv-rows.js';
import { RejectsWriter } from '../io/contacts/rejects-writer.js';

export interface ContactOptions {
  /** Header of the phone column; found by name when absent (PHONE_COLUMN_NAMES). */
  phoneColumn?: string;
  /** Header of an ISO 3166 alpha-2 country column for national-format numbers; found by name when absent. */
  countryColumn?: string;
  /** ISO 3166 alpha-2 country for national-format numbers when the row names none. */
  defaultCountry?: string;
  /** Field delimiter; detected from the header line when absent. */
  delimiter?: ',' | ';' | '\t';
  /** Writes every rejected row (line, reason, phone, raw row) to this CSV file. */
  rejectsFile?: string;
  /** Called after each read chunk (about 1 MiB); `totalBytes` is NaN for standard input. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Read the CSV from these bytes (standard input); `file` then only names it in messages. */
  source?: AsyncIterable<Uint8Array>;
}

/**
 * Reads a contact CSV in one streaming pass and counts its phone numbers: each is normalised to E.164
 * (fast path proven against libphonenumber-js, the library otherwise), given the country
 * libphonenumber-js assigns to it, and deduplicated on its numeric E.164 value.
 * Invariant: rows = valid + duplicates + rejected. Memory: one read chunk plus ≤ 32 bytes per unique
 * number. Throws InputError for an unreadable/non-UTF-8/non-CSV file or a missing phone column.
 */
export async function summarizeContacts(file: string, opts: ContactOptions): Promise<ContactSummary> {
  const defaultCountry = opts.defaultCountry?.toUpperCase();
  if (defaultCountry !== undefined && countryIndex(defaultCountry) === -1) {
    throw new InputError('E_CONTACTS_COUNTRY', [
      {
        file,
        message: `unknown default country "${opts.defaultCountry}"`,
        hint: 'give an ISO 3166 alpha-2 code such as DE, BR or US',
      },
    ]);
  }
  const seen = new NumberSet();
  const longNumbers = new Set<string>(); // E.164 is ≤ 15 digits; kept only in case the library ever says otherwise
  const countryCounts = new Float64Array(512);
  const reasons = new Map<RejectReason, number>();
  let rows = 0;
  let duplicates = 0;
  let phoneIndex = -1;
  let countryIndexInRow = -1;
  let fieldCount = 0;
  // Opened once the header is understood, so a file that cannot be read leaves no rejects file behind.
  let rejects: RejectsWriter | undefined;

  const reject = (bytes: Buffer, row: CsvScanner, line: number, reason: RejectReason): void => {
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    if (rejects) {
      const phone = phoneIndex < row.fieldCount ? row.field(bytes, phoneIndex) : '';
      rejects.write(line, reason, phone, bytes.toString('utf8', row.rowStart, row.rowEnd));
    }
  };

  const defaultIndex = defaultCountry === undefined ? -1 : countryIndex(defaultCountry);
  /** The country of a national-format number for the fast path: the row's, else the default; -1/-2: none/undecided. */
  const homeCountry = (bytes: Buffer, row: CsvScanner): number => {
    if (countryIndexInRow === -1) return defaultIndex;
    if ((row.flags[countryIndexInRow] as number) & FIELD_ESCAPED_QUOTE) return COUNTRY_UNDECIDED;
    const found = countryIndexAt(
      bytes,
      row.starts[countryIndexInRow] as number,
      row.ends[countryIndexInRow] as number,
    );
    return found === -1 ? defaultIndex : found;
  };

  const onRow = (bytes: Buffer, row: CsvScanner, line: number): void => {
    if (row.isBlank()) return;
    rows++;
    if (row.fieldCount !== fieldCount) return reject(bytes, row, line, 'wrong_field_count');
    if (row.malformed) return reject(bytes, row, line, 'malformed_quotes');
    let value: number;
    let country: number;
    const start = row.starts[phoneIndex] as number;
    const end = row.ends[phoneIndex] as number;
    if (
      !((row.flags[phoneIndex] as number) & FIELD_ESCAPED_QUOTE) &&
      (parseFastPhone(bytes, start, end) || parseFastNational(bytes, start, end, homeCountry(bytes, row)))
    ) {
      value = fastResult.e164;
      country = fastResult.country;
    } else {
      const rowCountry =
        countryIndexInRow === -1 ? '' : row.field(bytes, countryIndexInRow).trim().toUpperCase();
      const verdict = normalizePhone(
        row.field(bytes, phoneIndex),
        rowCountry && countryIndex(rowCountry) !== -1 ? rowCountry : defaultCountry,
      );
      if (!verdict.ok) return reject(bytes, row, line, verdict.reason);
      country = countryIndex(verdict.country);
      if (verdict.e164.length > 16) {
        if (longNumbers.has(verdict.e164)) duplicates++;
        else {
          longNumbers.add(verdict.e164);
          countryCounts[country] = (countryCounts[country] ?? 0) + 1;
        }
        return;
      }
      value = Number(verdict.e164.slice(1));
    }
    if (seen.add(value)) countryCounts[country] = (countryCounts[country] ?? 0) + 1;
    else duplicates++;
  };

  try {
    await readCsvRows(
      file,
      { delimiter: opts.delimiter, onProgress: opts.onProgress, source: opts.source },
      ({ fields }) => {
        fieldCount = fields.length;
        phoneIndex = findColumn(fields, opts.phoneColumn, PHONE_COLUMN_NAMES, {
          file,
          label: 'phone',
          flag: '--phone-column (or `phone_column:`)',
          required: true,
        });
        countryIndexInRow = findColumn(fields, opts.countryColumn, COUNTRY_COLUMN_NAMES, {
          file,
          label: 'country',
          flag: '--country-column',
          required: opts.countryColumn !== undefined,
        });
        if (opts.rejectsFile) rejects = new RejectsWriter(opts.rejectsFile);
      },
      onRow,
    );
  } finally {
    rejects?.close();
  }

  const byCountry: Record<string, number> = {};
  COUNTRIES.map((iso2, i) => [iso2, countryCounts[i] as number] as const)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .forEach(([iso2, n]) => (byCountry[iso2] = n));
  const rejectedByReason: Record<string, number> = {};
  [...reasons.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).forEach(([r, n]) => (rejectedByReason[r] = n));
  const rejected = [...reasons.values()].reduce((a, b) => a + b, 0);
  return {
    file,
    rows,
    valid: seen.size + longNumbers.size,
    duplicates,
    rejected,
    rejectedByReason,
    byCountry,
  };
}
