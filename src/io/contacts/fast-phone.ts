import {
  callingCodePlan,
  countryFor,
  countryIndex,
  isPossibleLength,
  isValidFor,
  planAt,
  type CallingCodePlan,
} from './phone-plans.js';

/**
 * The fast path: a phone field written in international format (`+`, digits, and the separators
 * space - . ( ) /) is read straight from the CSV bytes, its calling code looked up in a precompiled
 * table, and its country and validity decided by the same rules libphonenumber-js applies
 * (see phone-plans.ts). It only ever answers "valid, with this E.164 and country"; every other input
 * (letters, extensions, a national prefix after the calling code, shared-code numbers no country
 * claims, invalid numbers) goes to the library, which also names the rejection reason.
 * `parseFastNational` does the same for national-format numbers with a known country.
 */

/** The last successful result, reused across calls so rows allocate no objects. */
export const fastResult = { e164: 0, country: -1 };

/** Library limits: `MAX_INPUT_STRING_LENGTH`, `MIN_LENGTH_FOR_NSN`, and E.164's 15 digits (exact in a double). */
const MAX_FIELD_BYTES = 250;
const MAX_E164_DIGITS = 15;

const digits = new Uint8Array(32);
const plans: (CallingCodePlan | null | undefined)[][] = [
  [],
  new Array<undefined>(10),
  new Array<undefined>(100),
  new Array<undefined>(1000),
];
const POW10: number[] = Array.from({ length: 16 }, (_, i) => 10 ** i);

function planFor(len: number, code: number): CallingCodePlan | null {
  const table = plans[len] as (CallingCodePlan | null | undefined)[];
  let plan = table[code];
  if (plan === undefined) {
    plan = callingCodePlan(code);
    table[code] = plan;
  }
  return plan;
}

/**
 * Tries the fast path on `bytes[start, end)` (a field without its enclosing quotes). Returns true and
 * fills `fastResult` (numeric E.164 without `+`, country index into COUNTRIES) when the number is valid;
 * false means "ask the library", never "invalid".
 */
export function parseFastPhone(bytes: Uint8Array, start: number, end: number): boolean {
  if (end - start > MAX_FIELD_BYTES) return false;
  let i = start;
  while (i < end && bytes[i] === 0x20) i++;
  if (i >= end || bytes[i] !== 0x2b /* + */) return false;
  i++;
  let n = 0;
  for (; i < end; i++) {
    const b = bytes[i] as number;
    if (b >= 0x30 && b <= 0x39) {
      if (n === MAX_E164_DIGITS) return false;
      digits[n++] = b - 0x30;
    } else if (b !== 0x20 && b !== 0x2d && b !== 0x2e && b !== 0x28 && b !== 0x29 && b !== 0x2f) {
      return false;
    }
  }
  // `+0…` is no number for the library; fewer than 3 digits is not viable.
  if (n < 3 || digits[0] === 0) return false;
  let plan: CallingCodePlan | null = null;
  let ccLen = 0;
  let cc = 0;
  for (let len = 1; len <= 3; len++) {
    cc = cc * 10 + (digits[len - 1] as number);
    plan = planFor(len, cc);
    if (plan) {
      ccLen = len;
      break;
    }
  }
  if (!plan || plan.countries.length === 0) return false;
  const nsnLen = n - ccLen;
  if (nsnLen < 2) return false;
  let nsnValue = 0;
  let nsn = '';
  for (let k = ccLen; k < n; k++) {
    const d = digits[k] as number;
    nsnValue = nsnValue * 10 + d;
    nsn += String.fromCharCode(0x30 + d);
  }
  if (plan.nationalPrefix?.test(nsn)) return false;
  const country = countryFor(plan, nsn);
  if (!country || !isValidFor(country, nsn)) return false;
  fastResult.e164 = cc * (POW10[nsnLen] as number) + nsnValue;
  fastResult.country = country.index;
  return true;
}

/**
 * The fast path for a national-format number (`0151 23456789`) of the country at `countryIndex`,
 * mirroring `parse` with a default country: no international prefix (00, 011…) and no leading calling
 * code (both go to the library), the national prefix stripped exactly as `extractNationalNumber` does,
 * the country refined among those sharing the calling code, then the validity check. Same contract as
 * `parseFastPhone`: true fills `fastResult`; false means "ask the library".
 */
export function parseFastNational(
  bytes: Uint8Array,
  start: number,
  end: number,
  countryIndex: number,
): boolean {
  if (countryIndex < 0 || end - start > MAX_FIELD_BYTES) return false;
  let i = start;
  while (i < end && bytes[i] === 0x20) i++;
  let n = 0;
  let text = '';
  for (; i < end; i++) {
    const b = bytes[i] as number;
    if (b >= 0x30 && b <= 0x39) {
      if (n === MAX_E164_DIGITS + 2) return false;
      n++;
      text += String.fromCharCode(b);
    } else if (b !== 0x20 && b !== 0x2d && b !== 0x2e && b !== 0x28 && b !== 0x29 && b !== 0x2f) {
      return false; // `+`, letters and the rest go to the library
    }
  }
  if (n < 3) return false;
  const home = planAt(countryIndex);
  if (home.iddPrefix?.test(text) || text.startsWith(home.callingCode)) return false;
  const code = callingCodePlan(home.callingCodeValue);
  if (!code) return false;
  let nsn = text;
  const m = home.nationalPrefix?.exec(text);
  if (m) {
    const groups = m.length - 1;
    if (groups > 0 && m[groups]) return false; // carrier codes and transform rules: the library
    const stripped = text.slice(m[0].length);
    if (stripped !== text) {
      nsn = stripped;
      if (home.nationalNumber.test(text) && !home.nationalNumber.test(stripped)) nsn = text;
      else if (home.possibleLengths) {
        const claimed = countryFor(code, stripped);
        const lengths = claimed ? claimed.possibleLengths : home.possibleLengths;
        if (lengths && !isPossibleLength(lengths, stripped.length)) nsn = text;
      }
    }
  }
  const nsnLen = nsn.length;
  if (nsnLen < 2 || nsnLen + home.callingCode.length > MAX_E164_DIGITS) return false;
  const country = countryFor(code, nsn) ?? home;
  if (!isValidFor(country, nsn)) return false;
  fastResult.e164 = home.callingCodeValue * (POW10[nsnLen] as number) + Number(nsn);
  fastResult.country = country.index;
  return true;
}

/** Result of `countryIndexAt` when only the library path can decide (unusual spacing or spelling). */
export const COUNTRY_UNDECIDED = -2;
const countryCodes = new Int16Array(26 * 26).fill(-3);

/**
 * The country index of an ISO alpha-2 country field, read from bytes: -1 when the field is blank or not
 * a known country (the default country then applies, as in the library path), COUNTRY_UNDECIDED when
 * the field is anything but spaces around two ASCII letters.
 */
export function countryIndexAt(bytes: Uint8Array, start: number, end: number): number {
  while (start < end && bytes[start] === 0x20) start++;
  while (end > start && bytes[end - 1] === 0x20) end--;
  if (end === start) return -1;
  if (end - start !== 2) return COUNTRY_UNDECIDED;
  const a = ((bytes[start] as number) | 0x20) - 0x61;
  const b = ((bytes[start + 1] as number) | 0x20) - 0x61;
  if (a < 0 || a > 25 || b < 0 || b > 25) return COUNTRY_UNDECIDED;
  const slot = a * 26 + b;
  let index = countryCodes[slot] as number;
  if (index === -3) {
    index = countryIndex(String.fromCharCode(0x41 + a, 0x41 + b));
    countryCodes[slot] = index;
  }
  return index;
}
