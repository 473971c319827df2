import fc from 'fast-check';
import examples from 'libphonenumber-js/mobile/examples';
import metadata from 'libphonenumber-js/max/metadata';
import { describe, expect, it } from 'vitest';
import {
  countryIndexAt,
  fastResult,
  parseFastNational,
  parseFastPhone,
} from '../../src/io/contacts/fast-phone.js';
import { normalizePhone } from '../../src/io/contacts/normalize-phone.js';
import { COUNTRIES, countryIndex } from '../../src/io/contacts/phone-plans.js';
import { parsePhoneNumber } from 'libphonenumber-js/max';

/** Runs the fast path on a string; its E.164 and country, or null for "ask the library". */
function fast(text: string): { e164: string; country: string } | null {
  const bytes = Buffer.from(text, 'utf8');
  if (!parseFastPhone(bytes, 0, bytes.length)) return null;
  return { e164: `+${fastResult.e164}`, country: COUNTRIES[fastResult.country] as string };
}

/** The fast path may decline, but when it answers it must say exactly what libphonenumber-js says. */
function expectAgreement(text: string): boolean {
  const f = fast(text);
  if (f === null) return false;
  expect(normalizePhone(text)).toEqual({ ok: true, ...f });
  return true;
}

describe('parseFastPhone', () => {
  it.each([
    ['+49 151 23456789', '+4915123456789', 'DE'],
    ['+1 (809) 234-5678', '+18092345678', 'DO'],
    ['+1 876 210 1234', '+18762101234', 'JM'],
    ['+1 787 234 5678', '+17872345678', 'PR'],
    ['+1 201 555 0123', '+12015550123', 'US'],
    ['+7 701 123 4567', '+77011234567', 'KZ'],
    ['+7 912 345 6789', '+79123456789', 'RU'],
    ['+39 06 4567 8901', '+390645678901', 'IT'],
    ['+39 06 6982 1234', '+390669821234', 'VA'], // Vatican City shares +39 06 698
    ['  +44.7400.123456', '+447400123456', 'GB'],
  ])('%s → %s %s', (text, e164, country) => {
    expect(fast(text)).toEqual({ e164, country });
    expectAgreement(text);
  });

  it.each([
    ['0151 23456789'], // national format: the library applies the country's prefix rules
    ['+49 (0)151 23456789'], // a national prefix after the calling code
    ['+4915123456789 ext. 12'],
    ['tel:+4915123456789'],
    ['+44 7700 900123'], // invalid: the library names the reason
    ['+800 1234 5678'], // non-geographic
    ['+0 123 456'],
    ['++49 151 23456789'],
    ['+49 151 234567890123'],
    [''],
  ])('declines %j', (text) => {
    expect(fast(text)).toBeNull();
  });

  it('agrees with libphonenumber-js on every country’s example mobile number, in several formats', () => {
    let answered = 0;
    let total = 0;
    for (const [iso2, nsn] of Object.entries(examples as Record<string, string>)) {
      const cc = (metadata as unknown as { countries: Record<string, [string]> }).countries[iso2]?.[0];
      for (const text of [
        `+${cc}${nsn}`,
        `+${cc} ${nsn.slice(0, 3)} ${nsn.slice(3)}`,
        `+${cc}-${nsn}`,
        `+${cc} (${nsn.slice(0, 2)}) ${nsn.slice(2)}`,
      ]) {
        total++;
        if (expectAgreement(text)) answered++;
      }
    }
    // Not vacuous: the fast path answers for most well-formed international numbers.
    expect(answered / total).toBeGreaterThan(0.9);
  });

  it('never disagrees with libphonenumber-js on generated international numbers (property)', () => {
    const codes = Object.keys(
      (metadata as unknown as { country_calling_codes: Record<string, unknown> }).country_calling_codes,
    );
    const separator = fc.constantFrom('', '', '', ' ', '-', '.', '(', ')', '/', '  ');
    const number = fc
      .tuple(
        fc.constantFrom(...codes),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), separator), { minLength: 1, maxLength: 15 }),
        fc.constantFrom('', ' ', '  '),
      )
      .map(([cc, parts, lead]) => `${lead}+${cc}${parts.map(([d, s]) => `${s}${d}`).join('')}`);
    fc.assert(
      fc.property(number, (text) => {
        expectAgreement(text);
      }),
      { numRuns: 20000 },
    );
  });

  it('never disagrees on example numbers with random digits changed (property)', () => {
    const entries = Object.entries(examples as Record<string, string>);
    const countryCodes = (metadata as unknown as { countries: Record<string, [string]> }).countries;
    const number = fc
      .tuple(
        fc.constantFrom(...entries),
        fc.array(fc.tuple(fc.nat(20), fc.integer({ min: 0, max: 9 })), { maxLength: 4 }),
      )
      .map(([[iso2, nsn], edits]) => {
        const d = nsn.split('');
        for (const [at, digit] of edits) d[at % d.length] = String(digit);
        return `+${countryCodes[iso2]?.[0]} ${d.join('')}`;
      });
    fc.assert(
      fc.property(number, (text) => {
        expectAgreement(text);
      }),
      { numRuns: 20000 },
    );
  });
});

/** The national fast path for `text` in `country`; null for "ask the library". */
function fastNational(text: string, country: string): { e164: string; country: string } | null {
  const bytes = Buffer.from(text, 'utf8');
  if (!parseFastNational(bytes, 0, bytes.length, countryIndex(country))) return null;
  return { e164: `+${fastResult.e164}`, country: COUNTRIES[fastResult.country] as string };
}

function expectNationalAgreement(text: string, country: string): boolean {
  const f = fastNational(text, country);
  if (f === null) return false;
  expect(normalizePhone(text, country)).toEqual({ ok: true, ...f });
  return true;
}

describe('parseFastNational', () => {
  it.each([
    ['0151 23456789', 'DE', '+4915123456789', 'DE'],
    ['06 12 34 56 78', 'FR', '+33612345678', 'FR'],
    ['07400 123456', 'GB', '+447400123456', 'GB'],
    ['07624 123456', 'GB', '+447624123456', 'IM'], // Isle of Man shares the UK plan
    ['(201) 555-0123', 'US', '+12015550123', 'US'],
    ['809 234 5678', 'US', '+18092345678', 'DO'], // the country comes from the number, not the column
    ['8 701 123 4567', 'KZ', '+77011234567', 'KZ'],
    ['8 912 345 67 89', 'KZ', '+79123456789', 'RU'],
    ['312 345 6789', 'IT', '+393123456789', 'IT'],
  ])('%s in %s → %s %s', (text, home, e164, country) => {
    expect(fastNational(text, home)).toEqual({ e164, country });
    expectNationalAgreement(text, home);
  });

  it.each([
    ['0049 151 23456789', 'DE'], // international prefix
    ['49 151 23456789', 'DE'], // starts with the calling code
    ['+49 151 23456789', 'DE'],
    ['0151 234', 'DE'], // invalid: the library names the reason
    ['call 0151 23456789', 'DE'],
  ])('declines %j in %s', (text, home) => {
    expect(fastNational(text, home)).toBeNull();
  });

  it('agrees with libphonenumber-js on every country’s example number in national format', () => {
    let answered = 0;
    let total = 0;
    for (const [iso2, nsn] of Object.entries(examples as Record<string, string>)) {
      const cc = (metadata as unknown as { countries: Record<string, [string]> }).countries[iso2]?.[0];
      const national = parsePhoneNumber(`+${cc}${nsn}`).formatNational();
      for (const text of [national, national.replace(/\D/g, ''), nsn]) {
        total++;
        if (expectNationalAgreement(text, iso2)) answered++;
      }
    }
    expect(answered / total).toBeGreaterThan(0.8);
  });

  it('never disagrees on national numbers with random digits changed, in any country (property)', () => {
    const entries = Object.entries(examples as Record<string, string>);
    const countries = Object.keys((metadata as unknown as { countries: Record<string, unknown> }).countries);
    const countryCodes = (metadata as unknown as { countries: Record<string, [string]> }).countries;
    const number = fc
      .tuple(
        fc.constantFrom(...entries),
        fc.array(fc.tuple(fc.nat(20), fc.integer({ min: 0, max: 9 })), { maxLength: 3 }),
        fc.constantFrom('', '0', '8', '1', '00', '01', '9'),
        fc.boolean(),
        fc.constantFrom(...countries),
      )
      .map(([[iso2, nsn], edits, prefix, ownCountry, other]) => {
        const d = nsn.split('');
        for (const [at, digit] of edits) d[at % d.length] = String(digit);
        const home = ownCountry ? iso2 : other;
        return [`${prefix}${d.join('')}`, home, countryCodes[home]?.[0] ?? ''] as const;
      });
    fc.assert(
      fc.property(number, ([text, home]) => {
        expectNationalAgreement(text, home);
      }),
      { numRuns: 30000 },
    );
  });

  it('reads an ISO country field from bytes like the library path does', () => {
    const at = (s: string) => countryIndexAt(Buffer.from(s), 0, Buffer.byteLength(s));
    expect(at(' de ')).toBe(countryIndex('DE'));
    expect(at('')).toBe(-1);
    expect(at('XX')).toBe(-1);
    expect(at('DEU')).toBe(-2);
    expect(at('D1')).toBe(-2);
  });
});
