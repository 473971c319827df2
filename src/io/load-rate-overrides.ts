import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import type { RateOverride } from '../core/override-resolver.js';
import { InputError, ValidationError, type Problem } from '../errors.js';
import { didYouMean } from '../schema/did-you-mean.js';
import {
  duplicateIssues,
  overrideEntrySchema,
  overrideFileSchema,
  type OverrideEntry,
} from '../schema/rate-override.js';
import { validateSource } from '../schema/validate.js';
import { readTextFile } from './read-text.js';
import { parseYamlSource, type Position } from './yaml-source.js';

/** One override entry with where its market was written (for "unknown market" errors). */
export interface LocatedOverride {
  override: RateOverride;
  marketAt?: Position;
  path: string;
}

/** An override file, read and validated (markets are checked later, against Meta's market list). */
export interface OverrideFile {
  /** The file as the user named it. */
  file: string;
  format: 'yaml' | 'csv';
  name?: string;
  source?: string;
  currency?: string;
  currencyAt?: Position;
  entries: LocatedOverride[];
}

/** Columns of a CSV override file; `market`/`category` empty = all. */
export const OVERRIDE_CSV_COLUMNS = ['market', 'category', 'rate', 'markup_pct', 'currency', 'note'] as const;

/** `override: my-rates.yaml`: how a priced line names an override file. */
export const overrideLabel = (file: string): string => `override: ${file}`;

/** An entry as the engine uses it. */
export function toOverride(e: OverrideEntry, source: string): RateOverride {
  return {
    market: e.market,
    category: e.category,
    rate: e.rate,
    markupPct: e.markup_pct,
    source,
  };
}

/**
 * Reads a YAML or CSV override file (`.csv` → CSV). Every problem is located (`file:line:col`) and all
 * are reported at once. `path` is resolved by the caller; `file` is how messages and lines name it.
 */
export async function loadOverrideFile(path: string, file: string): Promise<OverrideFile> {
  const text = await readTextFile(path, { label: file });
  return /\.csv$/i.test(path) ? parseOverrideCsv(text, file) : parseOverrideYaml(text, file);
}

function parseOverrideYaml(text: string, file: string): OverrideFile {
  const source = parseYamlSource(text, file);
  const v = validateSource(overrideFileSchema, source);
  return {
    file,
    format: 'yaml',
    name: v.name,
    source: v.source,
    currency: v.currency,
    currencyAt: source.locate(['currency']),
    entries: v.rates.map((e, i) => ({
      override: toOverride(e, overrideLabel(file)),
      marketAt: source.locate(['rates', i, 'market']),
      path: `rates[${i}]`,
    })),
  };
}

function parseOverrideCsv(text: string, file: string): OverrideFile {
  let rows: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    rows = parse(text, {
      info: true,
      raw: true,
      bom: true,
      comment: '#',
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as typeof rows;
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    throw new InputError('E_CSV_SYNTAX', [
      {
        file,
        line: e.lines,
        message: `CSV syntax: ${e.message ?? String(err)}`,
        hint: 'close every opening quote; a field with a comma must be quoted',
      },
    ]);
  }
  const [head, ...body] = rows;
  if (!head)
    throw new InputError('E_OVERRIDE_EMPTY', [
      { file, message: 'the file is empty', hint: `write a header line: ${OVERRIDE_CSV_COLUMNS.join(',')}` },
    ]);
  const problems: Problem[] = [];
  const headAt = locateRecord(head);
  const cols = head.record.map((c) => c.toLowerCase());
  cols.forEach((c, i) => {
    if (!(OVERRIDE_CSV_COLUMNS as readonly string[]).includes(c)) {
      const hint = didYouMean(c, [...OVERRIDE_CSV_COLUMNS]);
      problems.push({
        file,
        line: headAt.line,
        col: headAt.cols[i],
        message: `unknown column "${c}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
        hint: hint ? undefined : `columns: ${OVERRIDE_CSV_COLUMNS.join(', ')}`,
      });
    }
  });
  if (!cols.includes('rate') && !cols.includes('markup_pct'))
    problems.push({
      file,
      line: headAt.line,
      col: 1,
      message: 'the header needs a `rate` or a `markup_pct` column',
      hint: `columns: ${OVERRIDE_CSV_COLUMNS.join(', ')}`,
    });
  if (problems.length > 0) throw new ValidationError(problems);

  const entries: LocatedOverride[] = [];
  const parsed: (OverrideEntry | undefined)[] = [];
  const currencies = new Map<string, Position>();
  for (const row of body) {
    const at = locateRecord(row);
    const colAt = (name: string): number | undefined => at.cols[cols.indexOf(name)] ?? at.cols[0];
    if (row.record.length !== cols.length) {
      problems.push({
        file,
        line: at.line,
        col: 1,
        message: `${row.record.length} fields, the header has ${cols.length}`,
        hint: 'quote fields that contain a comma',
      });
      parsed.push(undefined);
      continue;
    }
    const raw: Record<string, string> = {};
    cols.forEach((c, i) => {
      const value = row.record[i] ?? '';
      if (value !== '' && c !== 'currency') raw[c] = value;
    });
    const currency = row.record[cols.indexOf('currency')]?.toUpperCase() ?? '';
    const result = overrideEntrySchema.safeParse(raw);
    if (!result.success) {
      problems.push(
        ...result.error.issues.map((iss: z.core.$ZodIssue) => {
          const column = typeof iss.path[0] === 'string' ? iss.path[0] : undefined;
          return {
            file,
            line: at.line,
            col: column ? colAt(column) : 1,
            path: column,
            message:
              iss.code === 'invalid_value'
                ? `expected one of ${iss.values.map((v) => JSON.stringify(v)).join(', ')}`
                : iss.message,
          };
        }),
      );
      parsed.push(undefined);
      continue;
    }
    if (result.data.rate !== undefined) {
      if (!/^[A-Z]{3}$/.test(currency))
        problems.push({
          file,
          line: at.line,
          col: colAt('currency'),
          path: 'currency',
          message: currency
            ? `"${currency}" is not a currency code`
            : 'a row with a `rate` needs its currency (a `currency` column, e.g. USD)',
        });
      else if (!currencies.has(currency))
        currencies.set(currency, { line: at.line, col: colAt('currency') ?? 1 });
    }
    parsed.push(result.data);
    entries.push({
      override: toOverride(result.data, overrideLabel(file)),
      marketAt: { line: at.line, col: colAt('market') ?? 1 },
      path: `line ${at.line}`,
    });
  }
  for (const d of duplicateIssues(parsed, (i) => `line ${body[i] ? locateRecord(body[i]).line : '?'}`)) {
    const row = body[d.index];
    if (row) problems.push({ file, line: locateRecord(row).line, col: 1, message: d.message });
  }
  if (currencies.size > 1)
    problems.push({
      file,
      ...[...currencies.values()][1],
      message: `rates in several currencies (${[...currencies.keys()].join(', ')})`,
      hint: 'one file holds the rates of one currency',
    });
  if (body.length === 0) problems.push({ file, line: headAt.line, message: 'no rates after the header' });
  if (problems.length > 0)
    throw new ValidationError(
      problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0)),
    );
  const [currency, currencyAt] = [...currencies][0] ?? [];
  return { file, format: 'csv', currency, currencyAt, entries };
}

/** First line of a CSV record and the 1-based column where each of its fields starts. */
function locateRecord(row: { raw: string; info: { lines: number } }): { line: number; cols: number[] } {
  const lines = row.raw.replace(/\r?\n$/, '').split(/\r?\n/);
  let line = row.info.lines - lines.length + 1;
  // Comment and blank lines before the record are part of its raw text.
  while (lines.length > 1 && (lines[0]!.trim() === '' || lines[0]!.startsWith('#'))) {
    lines.shift();
    line++;
  }
  const text = lines.join('\n');
  const cols = [1];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) cols.push(i + 2);
  }
  return { line, cols };
}
