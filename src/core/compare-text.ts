/**
 * Orders strings by UTF-16 code unit, the same on every machine. For ISO dates, ISO codes and file
 * names this is the order we want, and unlike `localeCompare` it does not load ICU's collator: that
 * first call costs about 5 ms, a tenth of the start-up budget (docs/benchmarks.md, start-up).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
