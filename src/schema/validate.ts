import type { z } from 'zod';
import { ValidationError, type Problem } from '../errors.js';
import { formatPath, type YamlSource } from '../io/yaml-source.js';
import { didYouMean } from './did-you-mean.js';
import { KNOWN_KEYS_TAG } from './fields.js';

/**
 * Validates parsed YAML against a schema. Returns the typed value, or throws ONE ValidationError
 * listing every problem with its `file:line:col` and path.
 */
export function validateSource<S extends z.ZodType>(schema: S, source: YamlSource): z.output<S> {
  if (source.data === null || source.data === undefined) {
    throw new ValidationError([{ file: source.file, message: 'the file is empty', hint: 'start from an example (see the README) or run `wa-cost init`' }], 'E_EMPTY_FILE');
  }
  if (typeof source.data !== 'object' || Array.isArray(source.data)) {
    throw new ValidationError([{ file: source.file, ...source.locate([]), message: `expected a map of keys (key: value), got ${describe(source.data)}` }]);
  }
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return result.data;
  throw new ValidationError(toProblems(result.error.issues, source));
}

/** Zod issues → located problems, one per unknown key, sorted by position in the file. */
export function toProblems(issues: readonly z.core.$ZodIssue[], source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const push = (p: Problem) => {
    const key = `${p.line}:${p.col}:${p.path}:${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(p);
    }
  };
  for (const issue of flatten(issues)) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = issue.message.startsWith(KNOWN_KEYS_TAG) ? issue.message.slice(KNOWN_KEYS_TAG.length).split(',') : [];
      for (const key of issue.keys) {
        const suggestion = didYouMean(key, known);
        push({
          file: source.file,
          ...source.locate([...path, key], 'key'),
          path: formatPath([...path, key]),
          message: `unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
          hint: suggestion ? undefined : known.length > 0 ? `known keys here: ${known.join(', ')}` : undefined,
        });
      }
      continue;
    }
    push({
      file: source.file,
      ...source.locate(path),
      path: formatPath(path) || '(document)',
      message: messageOf(issue),
    });
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}

/** A union error is reported as its most specific branch's issues. */
function flatten(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0] ?? [];
      const prefixed: z.core.$ZodIssue[] = best.map((i) => ({ ...i, path: [...issue.path, ...i.path] }));
      if (prefixed.every((i) => i.code === 'invalid_type')) out.push(issue);
      else out.push(...flatten(prefixed));
    } else out.push(issue);
  }
  return out;
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const received = (issue as { input?: unknown }).input;
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    if (received === undefined) return `missing required value (expected ${expected})`;
    return `expected ${expected}, got ${describe(received)}`;
  }
  if (issue.code === 'invalid_value') {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return issue.message;
}

const EXPECTED: Record<string, string> = {
  record: 'a map (key: value)',
  object: 'a map (key: value)',
  array: 'a list',
  boolean: 'true or false',
  string: 'text',
  number: 'a number',
};

function describe(v: unknown): string {
  if (v === null) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  return `${typeof v} ${JSON.stringify(v)}`;
}
