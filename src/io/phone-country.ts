import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { UsageError } from '../errors.js';

/**
 * The ISO country of a phone number in international format (`+91 98…`, `0049…`, `4915…`). Callers
 * import this module lazily (`rates lookup`), so other commands start without the phone metadata. The
 * import above is static on purpose: the CLI bundle is CommonJS, where a dynamic `import()` of a
 * package would need an ES module loader (docs/startup.md).
 */
export function countryOfPhone(text: string): string {
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
