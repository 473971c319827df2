import { resolve } from 'node:path';
import { InputError, ValidationError } from '../errors.js';
import type { Io } from '../io/io.js';
import { readTextFile } from '../io/read-text.js';
import { parseYamlSource, type YamlSource } from '../io/yaml-source.js';
import type { Report } from '../report/report.js';
import { savedReportHeaderSchema, savedReportSchema } from '../schema/saved-report.js';
import { toProblems } from '../schema/validate.js';

/**
 * Reads a saved JSON estimate report (`--compare-to`, `diff`). A JSON syntax error is located at its
 * line and column; a file that is not a wa-cost report of a version we read is refused, located.
 */
export async function loadSavedReport(path: string, io: Io): Promise<Report> {
  const text = await readTextFile(resolve(io.cwd, path));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new InputError('E_REPORT_JSON', [
      {
        file: path,
        ...jsonErrorPosition(text, err),
        message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
        hint: 'pass a report saved with `wa-cost estimate plan.yaml --format json --out base.json`',
      },
    ]);
  }
  const header = savedReportHeaderSchema.safeParse(data);
  const result = header.success ? savedReportSchema.safeParse(data) : header;
  if (!result.success) {
    throw new ValidationError(toProblems(result.error.issues, locator(text, path, data)), 'E_REPORT');
  }
  // The schema checked what diffs read; the rest is the Report as wa-cost wrote it.
  return data as Report;
}

/** JSON is YAML, so the YAML locator places each problem; a file YAML refuses is left unlocated. */
function locator(text: string, file: string, data: unknown): YamlSource {
  try {
    return parseYamlSource(text, file);
  } catch {
    return { file, data, locate: () => undefined };
  }
}

/** Line and column of a JSON.parse error, from the "position N" in its message (Node 20). */
function jsonErrorPosition(text: string, err: unknown): { line?: number; col?: number } {
  const m = err instanceof Error ? /position (\d+)/.exec(err.message) : null;
  if (!m) return {};
  const before = text.slice(0, Number(m[1]));
  const lines = before.split('\n');
  return { line: lines.length, col: (lines.at(-1)?.length ?? 0) + 1 };
}
