#!/usr/bin/env node
/* global process, console */
// Measures the agreement of the contacts fast path with libphonenumber-js on a contact file: every row
// the fast path answers is parsed again by the library (normalizePhone, max metadata) and compared on
// E.164, country and validity. Rows the fast path declines are decided by the library itself.
// Usage: node bench/verify-agreement.mjs <file.csv>
// The modules under test are bundled from src/ by esbuild into bench/out (the CLI's build has one
// bundle, dist/wa-cost.cjs, with no separate modules to import).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LIB = join(ROOT, 'bench', 'out', 'agreement-lib.mjs');
mkdirSync(dirname(LIB), { recursive: true });
await build({
  stdin: {
    contents: [
      "export { readCsvRows } from './src/io/contacts/read-csv-rows.ts';",
      "export { countryIndexAt, fastResult, parseFastNational, parseFastPhone } from './src/io/contacts/fast-phone.ts';",
      "export { normalizePhone } from './src/io/contacts/normalize-phone.ts';",
      "export { COUNTRIES } from './src/io/contacts/phone-plans.ts';",
      "export { PHONE_COLUMN_NAMES, COUNTRY_COLUMN_NAMES, findColumn } from './src/io/contacts/find-column.ts';",
    ].join('\n'),
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: LIB,
  packages: 'external',
  logLevel: 'warning',
});
const {
  readCsvRows,
  countryIndexAt,
  fastResult,
  parseFastNational,
  parseFastPhone,
  normalizePhone,
  COUNTRIES,
  PHONE_COLUMN_NAMES,
  COUNTRY_COLUMN_NAMES,
  findColumn,
} = await import(pathToFileURL(LIB).href);

const file = process.argv[2];
let phoneAt = -1;
let countryAt = -1;
let width = 0;
const stats = {
  rows: 0,
  fast_path: 0,
  library: 0,
  compared: 0,
  disagreeing_rows: 0,
  country_mismatches: 0,
  e164_mismatches: 0,
  validity_mismatches: 0,
};
const examples = [];
await readCsvRows(
  file,
  {},
  ({ fields }) => {
    width = fields.length;
    phoneAt = findColumn(fields, undefined, PHONE_COLUMN_NAMES, {
      file,
      label: 'phone',
      flag: '',
      required: true,
    });
    countryAt = findColumn(fields, undefined, COUNTRY_COLUMN_NAMES, {
      file,
      label: 'country',
      flag: '',
      required: false,
    });
  },
  (bytes, row) => {
    if (row.isBlank()) return;
    stats.rows++;
    if (row.fieldCount !== width) return;
    const home =
      countryAt === -1 || row.flags[countryAt] & 2
        ? -2
        : countryIndexAt(bytes, row.starts[countryAt], row.ends[countryAt]);
    const answered =
      (row.flags[phoneAt] & 2) === 0 &&
      (parseFastPhone(bytes, row.starts[phoneAt], row.ends[phoneAt]) ||
        parseFastNational(bytes, row.starts[phoneAt], row.ends[phoneAt], home));
    if (!answered) {
      stats.library++;
      return;
    }
    stats.fast_path++;
    stats.compared++;
    const text = row.field(bytes, phoneAt);
    const rowCountry =
      countryAt === -1 ? undefined : row.field(bytes, countryAt).trim().toUpperCase() || undefined;
    const lib = normalizePhone(text, rowCountry);
    const e164 = `+${fastResult.e164}`;
    const country = COUNTRIES[fastResult.country];
    if (!lib.ok) stats.validity_mismatches++;
    else {
      if (lib.country !== country) stats.country_mismatches++;
      if (lib.e164 !== e164) stats.e164_mismatches++;
    }
    if (!lib.ok || lib.country !== country || lib.e164 !== e164) {
      stats.disagreeing_rows++;
      if (examples.length < 10) examples.push({ text, fast: { e164, country }, lib });
    }
  },
);
console.log(
  JSON.stringify({
    ...stats,
    fast_path_share_pct: +((stats.fast_path * 100) / stats.rows).toFixed(2),
    agreement_pct: +(((stats.compared - stats.disagreeing_rows) * 100) / stats.compared).toFixed(4),
    country_agreement_pct: +(
      ((stats.compared - stats.country_mismatches - stats.validity_mismatches) * 100) /
      stats.compared
    ).toFixed(4),
    examples,
  }),
);
