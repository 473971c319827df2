import { UsageError } from '../errors.js';

/**
 * The ISO country of a phone number in international format (`+91 98…`, `0049…`, `4915…`). Loads
 * libphonenumber-js's full metadata only when called, so other commands start without it.
 */
export async function countryOfPhone(text: string): Promise<string> {
  const { parsePhoneNumberFromString } = await import('libphonenumber-js/max');
  const digits = text.trim().replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(digits.startsWith('+') ? digits : `+${digits}`);
  if (!parsed?.country)
    throw new UsageError([
      {
        message: `"${text}" is neither an ISO country code nor a phone number whose country can be told`,
        hint: 'give a code like DE, or a number with its country code: +49 30 123456',
      },
    ]);
  return parsed.country;
}
