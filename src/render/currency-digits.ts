/**
 * Digits after the point in each currency's minor unit, where it is not 2: the figures of CLDR 48 (the
 * data behind Node 20's `Intl.NumberFormat`, which wa-cost used to ask at run time). Asking Intl loads
 * ICU's currency data, ~8 ms of every table's start-up (docs/startup.md); this table answers the same.
 * test/render/currency-digits.test.ts checks it against Intl for every currency Intl knows, so a Node
 * whose CLDR differs is noticed, not silently followed.
 */
const DIGITS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(
    ['AFN', 'ALL', 'BIF', 'CLP', 'COP', 'DJF', 'GNF', 'HUF', 'IDR', 'IQD', 'IRR', 'ISK', 'JPY', 'KMF', 'KPW']
      .concat(['KRW', 'LAK', 'LBP', 'MGA', 'MMK', 'PKR', 'PYG', 'RWF', 'SLL', 'SOS', 'SYP', 'UGX', 'VND'])
      .concat(['VUV', 'XAF', 'XOF', 'XPF', 'YER'])
      .map((c) => [c, 0]),
  ),
  ...Object.fromEntries(['BHD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'].map((c) => [c, 3])),
};

/** Digits after the point in a currency's minor unit (USD 2, CLP 0, KWD 3); 2 when unknown. */
export function minorUnits(currency: string): number {
  return DIGITS[currency.toUpperCase()] ?? 2;
}
