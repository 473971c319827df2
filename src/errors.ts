/**
 * One error hierarchy for every mistake a user can make. Each class carries a stable code and an
 * exit code from the one ExitCode table; cli.ts prints `formatError` and never a stack for these.
 */

/** Exit codes, documented in `wa-cost --help` and the README. */
export const ExitCode = {
  ok: 0,
  /** A gate the user set failed (budget, minimum ROI, --strict warnings). */
  gateFailed: 1,
  /** Bad command line: unknown flag, bad flag value, missing argument. */
  usage: 2,
  /** Bad input: unreadable file, invalid plan, missing rate, unknown currency. */
  input: 3,
  /** A bug in wa-cost: an unexpected exception, printed with its stack. */
  internal: 70,
} as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** One located problem, printed compiler-style: `file:line:col path: message`. */
export interface Problem {
  file?: string;
  line?: number;
  col?: number;
  /** Path inside the document, e.g. `campaigns[2].audience`. */
  path?: string;
  message: string;
  /** How to fix it, one sentence. */
  hint?: string;
  /** Source line with a caret, for syntax errors. */
  excerpt?: string;
}

export class WaCostError extends Error {
  readonly problems: readonly Problem[];
  constructor(
    readonly code: string,
    readonly exitCode: ExitCodeValue,
    problems: Problem[] | string,
  ) {
    const list = typeof problems === 'string' ? [{ message: problems }] : problems;
    super(list.map((p) => p.message).join('; '));
    this.problems = list;
    this.name = new.target.name;
  }
}

/** The command line is wrong (exit 2). */
export class UsageError extends WaCostError {
  constructor(problems: Problem[] | string, code = 'E_USAGE') {
    super(code, ExitCode.usage, problems);
  }
}

/** A file could not be read or parsed (exit 3). */
export class InputError extends WaCostError {
  constructor(code: string, problems: Problem[] | string) {
    super(code, ExitCode.input, problems);
  }
}

/** A document is well-formed but its content is invalid; lists every problem (exit 3). */
export class ValidationError extends WaCostError {
  constructor(problems: Problem[], code = 'E_VALIDATION') {
    super(code, ExitCode.input, problems);
  }
}

/** A rate the plan needs is not on the card in force (exit 3): never priced as zero. */
export class RateNotFoundError extends WaCostError {
  constructor(problems: Problem[] | string, code = 'E_RATE_MISSING') {
    super(code, ExitCode.input, problems);
  }
}

/** A gate the user set failed (exit 1); the report was still written. */
export class GateError extends WaCostError {
  constructor(message: string, code = 'E_GATE') {
    super(code, ExitCode.gateFailed, message);
  }
}

/** `file:line:col path: message` plus hint and excerpt lines, one problem per block. */
export function formatProblem(p: Problem): string {
  let where = p.file ?? '';
  if (p.file && p.line !== undefined) where += `:${p.line}${p.col !== undefined ? `:${p.col}` : ''}`;
  const head = [where, p.path].filter(Boolean).join(' ');
  let text = head ? `${head}: ${p.message}` : p.message;
  if (p.excerpt) text += `\n${p.excerpt}`;
  if (p.hint) text += `\n  hint: ${p.hint}`;
  return text;
}

/** The whole message printed on stderr for a known error, with its code. */
export function formatError(err: WaCostError): string {
  const body = err.problems.map(formatProblem).join('\n');
  const count = err.problems.length > 1 ? `${err.problems.length} problems` : '';
  return `error[${err.code}]${count ? ` (${count})` : ''}:\n${body}`;
}
