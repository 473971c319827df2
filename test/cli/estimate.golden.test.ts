import { describe, it } from 'vitest';
import { expectGolden, runCli } from './golden.js';

const PLAN = 'fixtures/plans/per-message-2026.yaml';

/** One golden file per invocation: every format, every exit code, a multi-month plan. */
const CASES: Record<string, string[]> = {
  'estimate-per-message-2026-table': ['estimate', PLAN],
  'estimate-per-message-2026-json': ['estimate', PLAN, '--format', 'json'],
  'estimate-per-message-2026-csv': ['estimate', PLAN, '--format', 'csv'],
  'estimate-free-window-utility-2026-q3': [
    'estimate',
    'fixtures/plans/per-message-2026-q3-free-window-utility.yaml',
  ],
  'estimate-conversation-based-2024': ['estimate', 'fixtures/plans/conversation-based-2024.yaml'],
  'estimate-as-of-2024-12-01': ['estimate', PLAN, '--as-of', '2024-12-01', '--format', 'csv'],
  'estimate-as-of-2025-08-01': ['estimate', PLAN, '--as-of', '2025-08-01', '--format', 'csv'],
  'estimate-partial-card-allow-missing': ['estimate', PLAN, '--currency', 'AED', '--allow-missing-rates'],
  // Lower-bound totals in the PR-comment format: "at least", the unpriced charges listed, warnings as caveats.
  'estimate-partial-card-allow-missing-markdown': [
    'estimate',
    PLAN,
    '--currency',
    'AED',
    '--allow-missing-rates',
    '--format',
    'markdown',
  ],
  // A gate cannot pass on a lower bound (vendor audit F6b); one that fails on it has failed for certain.
  'exit-1-gates-on-lower-bound': [
    'estimate',
    'fixtures/plans/vendor-allowance-exceeded.yaml',
    '--allow-missing-rates',
    '--format',
    'json',
    '--max-cost',
    '100000',
    '--max-monthly-cost',
    '100',
  ],
  'estimate-vendor-allowance-exceeded-markdown': [
    'estimate',
    'fixtures/plans/vendor-allowance-exceeded.yaml',
    '--allow-missing-rates',
    '--format',
    'markdown',
  ],
  'estimate-contacts-audience': ['estimate', 'fixtures/plans/contacts-audience.yaml'],
  'estimate-contacts-audience-json': [
    'estimate',
    'fixtures/plans/contacts-audience.yaml',
    '--format',
    'json',
  ],
  // August to October 2026: the months from 2026-10-01 are priced under September's rules (warned).
  'estimate-horizon-crosses-2026-10-01': ['estimate', PLAN, '--as-of', '2026-08-01', '--format', 'csv'],
  // INR: a partial card (service only) builds on the older INR card for the other rows.
  'estimate-inr-account': ['estimate', 'fixtures/plans/inr-account-2026.yaml'],
  'estimate-inr-account-json': ['estimate', 'fixtures/plans/inr-account-2026.yaml', '--format', 'json'],
  'estimate-vendor-seat-plan': ['estimate', 'fixtures/plans/vendor-seat-plan.yaml'],
  'estimate-vendor-seat-plan-json': ['estimate', 'fixtures/plans/vendor-seat-plan.yaml', '--format', 'json'],
  'estimate-vendor-seat-plan-csv': ['estimate', 'fixtures/plans/vendor-seat-plan.yaml', '--format', 'csv'],
  'estimate-roi-funnel': ['estimate', 'fixtures/plans/roi-funnel-campaign.yaml'],
  'estimate-roi-funnel-json': ['estimate', 'fixtures/plans/roi-funnel-campaign.yaml', '--format', 'json'],
  'estimate-roi-funnel-csv': ['estimate', 'fixtures/plans/roi-funnel-campaign.yaml', '--format', 'csv'],
  'estimate-roi-funnel-markdown': [
    'estimate',
    'fixtures/plans/roi-funnel-campaign.yaml',
    '--format',
    'markdown',
  ],
  'estimate-roi-sensitivity': [
    'estimate',
    'fixtures/plans/roi-funnel-campaign.yaml',
    '--sensitivity',
    '--format',
    'csv',
  ],
  'estimate-roi-sensitivity-table': [
    'estimate',
    'fixtures/plans/roi-funnel-campaign.yaml',
    '--sensitivity',
    '10',
  ],
  'estimate-scenarios': ['estimate', 'fixtures/plans/scenario-delivery-rate.yaml'],
  'estimate-scenarios-json': ['estimate', 'fixtures/plans/scenario-delivery-rate.yaml', '--format', 'json'],
  'estimate-scenarios-csv': ['estimate', 'fixtures/plans/scenario-delivery-rate.yaml', '--format', 'csv'],
  'estimate-scenarios-markdown': [
    'estimate',
    'fixtures/plans/scenario-delivery-rate.yaml',
    '--format',
    'markdown',
  ],
  'exit-0-help': ['estimate', '--help'],
  'exit-2-unknown-option': ['estimate', PLAN, '--bogus'],
  'exit-2-bad-format': ['estimate', PLAN, '--format', 'xml'],
  'exit-2-bad-date': ['estimate', PLAN, '--as-of', '2026-02-30'],
  'exit-2-date-before-scope': ['estimate', PLAN, '--as-of', '2022-01-01'],
  'exit-3-missing-file': ['estimate', 'fixtures/plans/does-not-exist.yaml'],
  'exit-3-invalid-plan': ['estimate', 'fixtures/bad/plan-many-problems.yaml'],
  'exit-3-yaml-syntax': ['estimate', 'fixtures/bad/plan-yaml-syntax.yaml'],
  'exit-3-unknown-currency': ['estimate', PLAN, '--currency', 'XYZ'],
  'exit-3-missing-rate': ['estimate', PLAN, '--currency', 'AED'],
};

describe('estimate golden files', () => {
  for (const [name, args] of Object.entries(CASES)) {
    it(name, async () => expectGolden('cli', name, await runCli(args)));
  }
  it('estimate-stdin', async () => {
    const { readFileSync } = await import('node:fs');
    expectGolden(
      'cli',
      'estimate-stdin-json',
      await runCli(['estimate', '-', '--format', 'csv'], { input: readFileSync(PLAN, 'utf8') }),
    );
  });
});
