import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGolden, runCli } from '../cli/golden.js';
import { FLAG_CASES, OTHER_CASES, PLAN_CASES, type BadCase } from './corpus.js';

/**
 * Runs every bad input through the built CLI. Allowed outcome: the documented exit code, one clean
 * message that names the file (and line:col where the input has them), no stack trace, no hang.
 */
const timings: { name: string; ms: number }[] = [];
const located = { expected: 0, found: 0 };

function check(name: string, c: BadCase) {
  it(name, async () => {
    const t0 = performance.now();
    const r = await runCli(c.args, { input: c.input });
    timings.push({ name, ms: performance.now() - t0 });
    expect(r.exitCode, r.stderr).toBe(c.exit);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error\[E_[A-Z_]+\]/);
    expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/); // no stack trace
    expect(r.stderr).not.toContain('internal error');
    const names = c.names ?? c.args.find((a) => a.includes('/')) ?? '';
    expect(r.stderr).toContain(names);
    if (c.located) {
      located.expected++;
      expect(r.stderr).toMatch(/:\d+:\d+[ :]/);
      located.found++;
    }
    expectGolden('bad-input', name, r);
  });
}

describe('bad-input corpus: plans', () => {
  for (const [name, c] of Object.entries(PLAN_CASES)) check(name, c);
});

describe('bad-input corpus: command-line flags', () => {
  for (const [name, c] of Object.entries(FLAG_CASES)) check(name, c);
});

describe('bad-input corpus: contacts, vendors, overrides, other commands', () => {
  for (const [name, c] of Object.entries(OTHER_CASES)) check(name, c);
});

describe('bad-input corpus: generated files', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'wa-cost-bad-'));
    // A 200 MB plan (sparse, so it costs no disk): refused by size before it is read.
    const fd = openSync(join(dir, 'huge-plan.yaml'), 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('a 200 MB plan is refused quickly by size', async () => {
    const t0 = performance.now();
    const r = await runCli(['estimate', join(dir, 'huge-plan.yaml')]);
    timings.push({ name: 'plan-200mb', ms: performance.now() - t0 });
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toContain('E_FILE_TOO_LARGE');
    expect(r.stderr).not.toContain('internal error');
  });
});

afterAll(() => {
  const slowest = [...timings].sort((a, b) => b.ms - a.ms)[0];
  console.log(
    `bad-input corpus: ${timings.length} cases, ${located.found}/${located.expected} located where a position exists, slowest ${slowest?.name} ${slowest?.ms.toFixed(0)} ms`,
  );
});
