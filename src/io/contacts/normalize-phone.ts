import {
  ParseError,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/max';

import type { RejectReason } from '../../core/contact-summary.js';

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
