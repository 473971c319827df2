// What a contact list held, counted: the shared vocabulary of io/contacts (which counts), app/ (which
// reads the list) and report/ (which shows it). Pure data, so report/ need not import io/ or app/.

/** Why a row could not be used. Stable names: they appear in JSON, CSV and the rejects file. */
export const REJECT_REASONS = [
  'empty',
  'not_a_number',
  'no_country',
  'too_short',
  'too_long',
  'invalid_length',
  'invalid',
  'non_geographic',
  'wrong_field_count',
  'malformed_quotes',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** One sentence per reason, for `docs/contacts.md`, the table footer and the rejects file. */
export const REASON_HELP: Record<RejectReason, string> = {
  empty: 'the phone field is empty',
  not_a_number: 'the phone field holds no phone number',
  no_country:
    'a national-format number with no country (add a country column or --default-country), or an unknown calling code',
  too_short: 'too few digits for its country',
  too_long: 'too many digits for its country',
  invalid_length: 'a length no number of its country has',
  invalid: 'the right length but not a number in use in its country',
  non_geographic:
    'a number no single country claims (+800, +881…, or a shared calling code), so it has no Meta market',
  wrong_field_count:
    'the row has a different number of fields than the header, so its columns cannot be trusted',
  malformed_quotes: 'text after a closing quote in a field',
};

export interface ContactSummary {
  file: string;
  /** Data rows read (the header and blank lines are not rows). */
  rows: number;
  /** Unique valid numbers. */
  valid: number;
  /** Valid numbers seen before in the file (compared on E.164, however they were written). */
  duplicates: number;
  /** Rows that could not be used; each has a reason. */
  rejected: number;
  rejectedByReason: Record<string, number>;
  /** ISO 3166 alpha-2 → unique valid numbers, sorted by code. */
  byCountry: Record<string, number>;
}
