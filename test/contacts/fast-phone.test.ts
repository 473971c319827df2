import fc from 'fast-check';
import examples from 'libphonenumber-js/mobile/examples';
import metadata from 'libphonenumber-js/max/metadata';
import { describe, expect, it } from 'vitest';
import { fastResult, parseFastPhone } from '../../src/io/contacts/fast-phone.js';
import { normalizePhone } from '../../src/io/contacts/normalize-phone.js';
import { COUNTRIES } from '../../src/io/contacts/phone-plans.js';

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
