import { callingCodePlan, countryFor, isValidFor, type CallingCodePlan } from './phone-plans.js';

/**
 * The fast path: a phone field written in international format (`+`, digits, and the separators
 * space - . ( ) /) is read straight from the CSV bytes, its calling code looked up in a precompiled
 * table, and its country and validity decided by the same rules libphonenumber-js applies
 * (see phone-plans.ts). It only ever answers "valid, with this E.164 and country"; every other input
 * (national format, letters, extensions, a national prefix after the calling code, shared-code numbers
 * no country claims, invalid numbers) goes to the library, which also names the rejection reason.
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
