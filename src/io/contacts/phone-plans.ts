import { Metadata } from 'libphonenumber-js/core';
import metadataJson from 'libphonenumber-js/max/metadata';

/**
 * Precompiled numbering plans for the fast path, read from the SAME metadata (`max`) that the library
 * fallback uses, through the library's own `Metadata` reader. Each predicate below mirrors one
 * libphonenumber-js function (named in its comment) so the fast path cannot disagree with it; the
 * agreement is also measured on the benchmark file and property-tested.
 */

/** The parts of libphonenumber-js's `Metadata` reader we use (its published types omit them). */
interface PlanReader {
  selectNumberingPlan(countryOrCallingCode: string): void;
  IDDPrefix(): string | undefined;
  hasCallingCode(callingCode: string): boolean;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  numberingPlan: {
    nationalPrefixForParsing(): string | undefined;
    nationalNumberPattern(): string;
    callingCode(): string;
    leadingDigits(): string | undefined;
    possibleLengths(): number[] | undefined;
    hasTypes(): boolean;
    type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
  };
}

/** Order of `getNumberType`: FIXED_LINE first, then the non-fixed types. */
const TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

export interface CountryPlan {
  iso2: string;
  /** Index into `COUNTRIES` (used for counting without strings). */
  index: number;
  /** `getCountryByNationalNumber`: `nationalNumber.search(leadingDigits) === 0`. */
  leadingDigits: RegExp | undefined;
  /** `matchesEntirely(nationalNumber, nationalNumberPattern)`. */
  nationalNumber: RegExp;
  types: { pattern: RegExp; lengths: number[] | undefined }[];
  hasTypes: boolean;
  /** The plan's possible national-number lengths (`checkNumberLength` without a type). */
  possibleLengths: number[] | undefined;
  /** Its calling code, digits as text and as a number. */
  callingCode: string;
  callingCodeValue: number;
  /** `stripIddPrefix`: the international call prefix (e.g. 00, 011) at the start. */
  iddPrefix: RegExp | undefined;
  /** `extractNationalNumberFromPossiblyIncompleteNumber` with this country selected. */
  nationalPrefix: RegExp | undefined;
}

export interface CallingCodePlan {
  /** `extractNationalNumberFromPossiblyIncompleteNumber` strips a national prefix when this matches. */
  nationalPrefix: RegExp | undefined;
  /** Countries sharing the code, main country first (library order). Empty for non-geographic codes. */
  countries: CountryPlan[];
}

const reader = new Metadata(metadataJson) as unknown as PlanReader;
const entirely = (source: string): RegExp => new RegExp(`^(?:${source})$`);

/** Every country of the metadata, in a stable order; `CountryPlan.index` points here. */
export const COUNTRIES: string[] = [];
const countryPlans = new Map<string, CountryPlan>();

function countryPlan(iso2: string): CountryPlan {
  let plan = countryPlans.get(iso2);
  if (plan) return plan;
  reader.selectNumberingPlan(iso2);
  const np = reader.numberingPlan;
  const ld = np.leadingDigits();
  const hasTypes = np.hasTypes();
  const types: CountryPlan['types'] = [];
  if (hasTypes) {
    for (const name of TYPES) {
      const t = np.type(name);
      if (t && t.pattern()) types.push({ pattern: entirely(t.pattern()), lengths: t.possibleLengths() });
    }
  }
  const idd = reader.IDDPrefix();
  const npfp = np.nationalPrefixForParsing();
  plan = {
    iso2,
    index: COUNTRIES.length,
    leadingDigits: ld ? new RegExp(`^(?:${ld})`) : undefined,
    nationalNumber: entirely(np.nationalNumberPattern()),
    types,
    hasTypes,
    possibleLengths: np.possibleLengths(),
    callingCode: np.callingCode(),
    callingCodeValue: Number(np.callingCode()),
    // `stripIddPrefix` uses `search(new RegExp(idd)) === 0`, the same as anchoring.
    iddPrefix: idd ? new RegExp(`^(?:${idd})`) : undefined,
    nationalPrefix: npfp ? new RegExp(`^(?:${npfp})`) : undefined,
  };
  COUNTRIES.push(iso2);
  countryPlans.set(iso2, plan);
  return plan;
}

/** Calling codes (as numbers) → plan; `undefined` when the library does not know the code. */
const callingCodePlans = new Map<number, CallingCodePlan>();

/**
 * The plan for a calling code of 1–3 digits, as `extractCountryCallingCode` finds it (the first prefix
 * length the metadata knows, geographic or not). Cached; `null` when unknown.
 */
export function callingCodePlan(code: number): CallingCodePlan | null {
  const cached = callingCodePlans.get(code);
  if (cached) return cached;
  const key = String(code);
  if (!reader.hasCallingCode(key)) return null;
  const isoList = reader.getCountryCodesForCallingCode(key) ?? [];
  let nationalPrefix: RegExp | undefined;
  if (isoList.length > 0) {
    reader.selectNumberingPlan(key);
    const npfp = reader.numberingPlan.nationalPrefixForParsing();
    nationalPrefix = npfp ? new RegExp(`^(?:${npfp})`) : undefined;
  }
  const plan: CallingCodePlan = { nationalPrefix, countries: isoList.map(countryPlan) };
  callingCodePlans.set(code, plan);
  return plan;
}

/** `getNumberType(...) !== undefined` (with types) or the national-number pattern (without). */
export function isValidFor(plan: CountryPlan, nsn: string): boolean {
  if (!plan.nationalNumber.test(nsn)) return false;
  if (!plan.hasTypes) return true;
  for (const t of plan.types) {
    if (t.lengths && !t.lengths.includes(nsn.length)) continue;
    if (t.pattern.test(nsn)) return true;
  }
  return false;
}

/** `getCountryByCallingCode` for a known geographic code; `undefined` when no country claims the number. */
export function countryFor(plan: CallingCodePlan, nsn: string): CountryPlan | undefined {
  const list = plan.countries;
  if (list.length === 1) return list[0];
  for (const c of list) {
    if (c.leadingDigits) {
      if (c.leadingDigits.test(nsn)) return c;
    } else if (isTypedFor(c, nsn)) return c;
  }
  return undefined;
}

/** `getNumberType(...)` is defined: never without types, else exactly the typed validity check. */
function isTypedFor(plan: CountryPlan, nsn: string): boolean {
  return plan.hasTypes && isValidFor(plan, nsn);
}

/** The plan of a country by its index in COUNTRIES. */
export function planAt(index: number): CountryPlan {
  return countryPlans.get(COUNTRIES[index] as string) as CountryPlan;
}

/** `checkNumberLength` is neither TOO_SHORT nor INVALID_LENGTH for these possible lengths. */
export function isPossibleLength(lengths: number[], length: number): boolean {
  const min = lengths[0] as number;
  if (min === length) return true;
  if (min > length) return false;
  if ((lengths[lengths.length - 1] as number) < length) return true; // TOO_LONG still counts as possible here
  return lengths.indexOf(length, 1) >= 0;
}

/** Index of an ISO 3166 alpha-2 code known to the metadata (registering it), or -1. */
export function countryIndex(iso2: string): number {
  if (countryPlans.has(iso2)) return countryPlans.get(iso2)?.index ?? -1;
  const known = (metadataJson as { countries: Record<string, unknown> }).countries[iso2] !== undefined;
  return known ? countryPlan(iso2).index : -1;
}
