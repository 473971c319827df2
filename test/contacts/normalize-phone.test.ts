import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../src/io/contacts/normalize-phone.js';

describe('normalizePhone', () => {
  it.each([
    // input, default country, E.164, country
    ['+49 151 23456789', undefined, '+4915123456789', 'DE'],
    ['+1 (201) 555-0123', undefined, '+12015550123', 'US'],
    ['+1 809 234 5678', undefined, '+18092345678', 'DO'],
    ['+1-876-210-1234', undefined, '+18762101234', 'JM'],
    ['+1 787 234 5678', undefined, '+17872345678', 'PR'],
    ['+1 416 555 0123', undefined, '+14165550123', 'CA'],
    ['+7 701 123 4567', undefined, '+77011234567', 'KZ'],
    ['+7 912 345 6789', undefined, '+79123456789', 'RU'],
    ['+44 7400 123456', undefined, '+447400123456', 'GB'],
    ['0151 23456789', 'DE', '+4915123456789', 'DE'],
    ['06 12 34 56 78', 'FR', '+33612345678', 'FR'],
    ['8 (912) 345-67-89', 'RU', '+79123456789', 'RU'],
    ['0049 151 23456789', 'DE', '+4915123456789', 'DE'],
    ['tel:+49-151-2345-6789', undefined, '+4915123456789', 'DE'],
    ['+49 151 23456789 ext. 12', undefined, '+4915123456789', 'DE'],
    ['+49 (0)151 23456789', undefined, '+4915123456789', 'DE'],
  ])('%s (default %s) → %s %s', (input, defaultCountry, e164, country) => {
    expect(normalizePhone(input, defaultCountry)).toEqual({ ok: true, e164, country });
  });

  it.each([
    ['', undefined, 'empty'],
    ['   ', 'DE', 'empty'],
    ['call me', undefined, 'not_a_number'],
    ['n/a', 'DE', 'not_a_number'],
    ['+49 1', undefined, 'too_short'],
    ['+1 555 0100', undefined, 'too_short'],
    ['0612345678', undefined, 'no_country'],
    ['+49 151 234567890123456', undefined, 'too_long'],
    ['+44 7700 900123', undefined, 'invalid'],
    ['+800 1234 5678', undefined, 'non_geographic'],
  ])('%s (default %s) is rejected as %s', (input, defaultCountry, reason) => {
    expect(normalizePhone(input, defaultCountry)).toEqual({ ok: false, reason });
  });
});
