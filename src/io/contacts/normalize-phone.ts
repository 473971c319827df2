import {
  ParseError,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/max';

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

export type PhoneVerdict = { ok: true; e164: string; country: string } | { ok: false; reason: RejectReason };

/**
 * Normalises one phone number with libphonenumber-js (max metadata): E.164 and the country the library
 * assigns to the number (so +1 809 is DO, +7 7xx is KZ). `defaultCountry` (ISO 3166 alpha-2) resolves
 * national-format numbers. Never throws for bad input: it names the reason instead.
 */
export function normalizePhone(text: string, defaultCountry?: string): PhoneVerdict {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  const options = defaultCountry ? { defaultCountry: defaultCountry as CountryCode } : {};
  let phone;
  try {
    phone = parsePhoneNumberWithError(text, options);
  } catch (err) {
    if (!(err instanceof ParseError)) throw err;
    switch (err.message) {
      case 'TOO_SHORT':
        return { ok: false, reason: 'too_short' };
      case 'TOO_LONG':
        return { ok: false, reason: 'too_long' };
      case 'INVALID_COUNTRY':
        return { ok: false, reason: 'no_country' };
      default:
        return { ok: false, reason: 'not_a_number' };
    }
  }
  if (!phone.isValid()) {
    switch (validatePhoneNumberLength(text, options)) {
      case 'TOO_SHORT':
        return { ok: false, reason: 'too_short' };
      case 'TOO_LONG':
        return { ok: false, reason: 'too_long' };
      case 'INVALID_LENGTH':
        return { ok: false, reason: 'invalid_length' };
      case 'INVALID_COUNTRY':
      case 'NOT_A_NUMBER':
      case undefined:
        return { ok: false, reason: 'invalid' };
    }
  }
  if (!phone.country) return { ok: false, reason: 'non_geographic' };
  return { ok: true, e164: phone.number, country: phone.country };
}
