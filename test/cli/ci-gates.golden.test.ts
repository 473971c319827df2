import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, expectGolden, runCli } from './golden.js';

/**
 * Issue 7's CI run, end to end: estimate → save JSON → change the plan → estimate with --compare-to
 * and --max-increase → exit 1 with a Markdown diff on stdout. Runs in a scratch folder holding copies
 * of fixtures/ci, with relative paths, so the goldens do not depend on where the tests run.
 */
let work: string;
const inWork = (args: string[]) => runCli(args, { cwd: work });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'wa-cost-ci-'));
  for (const f of ['spring-base.yaml', 'spring-pr.yaml'])
    copyFileSync(resolve(ROOT, 'fixtures/ci', f), join(work, f));
  const saved = await inWork(['estimate', 'spring-base.yaml', '--format', 'json', '--out', 'base.json']);
  expectGolden('cli', 'ci-1-save-baseline', saved);
  const pr = await inWork(['estimate', 'spring-pr.yaml', '--format', 'json', '--out', 'pr.json']);
  expect(pr.exitCode).toBe(0);
  const inr = await inWork([
    'estimate',
    'spring-base.yaml',
    '--currency',
    'INR',
    '--allow-missing-rates',
    '--format',
    'json',
    '--out',
    'base-inr.json',
  ]);
  expect(inr.exitCode).toBe(0);
});

describe('CI-style run', () => {
  it('--out writes exactly what stdout would have carried', async () => {
    const printed = await inWork(['estimate', 'spring-base.yaml', '--format', 'json']);
    expect(readFileSync(join(work, 'base.json'), 'utf8')).toBe(printed.stdout);
  });

  const cases: Record<string, string[]> = {
    'ci-2-compare-max-increase-pct-fails': [
      'estimate',
      'spring-pr.yaml',
      '--compare-to',
      'base.json',
      '--max-increase',
      '10%',
      '--format',
      'markdown',
    ],
    'ci-compare-max-increase-pct-passes': [
      'estimate',
      'spring-pr.yaml',
      '--compare-to',
      'base.json',
      '--max-increase',
      '25%',
      '--format',
      'markdown',
    ],
    'ci-compare-max-increase-amount-fails': [
      'estimate',
      'spring-pr.yaml',
      '--compare-to',
      'base.json',
      '--max-increase',
      '500',
    ],
    'ci-compare-same-plan-no-change': [
      'estimate',
      'spring-base.yaml',
      '--compare-to',
      'base.json',
      '--max-increase',
      '0',
    ],
    'ci-compare-show-all-csv': [
      'estimate',
      'spring-pr.yaml',
      '--compare-to',
      'base.json',
      '--show-all',
      '--format',
      'csv',
    ],
    'ci-compare-json': ['estimate', 'spring-pr.yaml', '--compare-to', 'base.json', '--format', 'json'],
    'diff-table': ['diff', 'base.json', 'pr.json'],
    'diff-table-show-all': ['diff', 'base.json', 'pr.json', '--show-all'],
    'diff-markdown': ['diff', 'base.json', 'pr.json', '--format', 'markdown'],
    'diff-csv': ['diff', 'base.json', 'pr.json', '--format', 'csv'],
    'diff-json-reversed': ['diff', 'pr.json', 'base.json', '--format', 'json'],
    'exit-2-diff-other-currency': ['diff', 'base.json', 'base-inr.json'],
    'exit-2-max-increase-without-baseline': ['estimate', 'spring-pr.yaml', '--max-increase', '10%'],
    'exit-2-out-folder-missing': ['estimate', 'spring-pr.yaml', '--out', 'no-such-folder/out.md'],
    'exit-2-out-is-a-directory': ['estimate', 'spring-pr.yaml', '--out', '.'],
  };
  for (const [name, args] of Object.entries(cases)) {
    it(name, async () => expectGolden('cli', name, await inWork(args)));
  }

  it('a failed gate still writes the --out file', async () => {
    const r = await inWork([
      'estimate',
      'spring-pr.yaml',
      '--compare-to',
      'base.json',
      '--max-increase',
      '1%',
      '--format',
      'markdown',
      '--out',
      'comment.md',
    ]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(work, 'comment.md'), 'utf8')).toContain(
      '### wa-cost cost change: Spring reactivation',
    );
  });
});

const PLAN = 'fixtures/plans/per-message-2026.yaml';

/** Formats and gates on the shipped example plan (4,265.39 USD over 3 months, 1,421.80 a month). */
const GATE_CASES: Record<string, string[]> = {
  'estimate-per-message-2026-markdown': ['estimate', PLAN, '--format', 'markdown'],
  'estimate-contacts-audience-markdown': [
    'estimate',
    'fixtures/plans/contacts-audience.yaml',
    '--format',
    'markdown',
  ],
  'gate-max-cost-passes': ['estimate', PLAN, '--max-cost', '4265.40', '--format', 'csv'],
  'gate-max-cost-fails': ['estimate', PLAN, '--max-cost', '4000', '--format', 'csv'],
  'gate-max-monthly-cost-fails': [
    'estimate',
    PLAN,
    '--max-monthly-cost',
    '1000',
    '--max-cost',
    '1',
    '--format',
    'csv',
  ],
  'gate-min-roi-passes': [
    'estimate',
    'fixtures/plans/roi-funnel-campaign.yaml',
    '--min-roi',
    '200',
    '--format',
    'csv',
  ],
  'gate-min-roi-fails': [
    'estimate',
    'fixtures/plans/roi-funnel-campaign.yaml',
    '--min-roi',
    '250',
    '--format',
    'csv',
  ],
  'exit-2-min-roi-without-revenue': ['estimate', PLAN, '--min-roi', '20', '--format', 'csv'],
  'exit-2-bad-max-cost': ['estimate', PLAN, '--max-cost', '$5,000'],
  'exit-2-bad-max-increase': ['estimate', PLAN, '--max-increase', 'ten'],
  'exit-3-compare-to-broken-json': ['estimate', PLAN, '--compare-to', 'fixtures/ci/report-broken-json.json'],
  'exit-3-compare-to-not-an-estimate': [
    'estimate',
    PLAN,
    '--compare-to',
    'fixtures/ci/report-not-an-estimate.json',
  ],
  'exit-3-compare-to-version-99': ['estimate', PLAN, '--compare-to', 'fixtures/ci/report-version-99.json'],
  'exit-3-diff-money-as-number': [
    'diff',
    'fixtures/ci/report-money-as-number.json',
    'fixtures/ci/report-version-99.json',
  ],
};

describe('formats and gates', () => {
  for (const [name, args] of Object.entries(GATE_CASES)) {
    it(name, async () => expectGolden('cli', name, await runCli(args)));
  }
});
