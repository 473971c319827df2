/** The delimiters a contact export may use: comma, semicolon (European Excel), tab. */
export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/**
 * Picks the delimiter from the header line alone: the candidate that occurs most often outside
 * quotes; a comma on a tie or when none occurs (a one-column file). Why the header only: column names
 * rarely hold punctuation, while data rows do ("Smith; John"), and giving csv-parse a list of
 * candidates mis-split such rows (perf-notes.md).
 */
export function detectDelimiter(headerLine: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (const ch of headerLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts[d] > counts[best]) best = d;
  return best;
}
