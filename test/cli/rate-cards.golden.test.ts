import { describe, it } from 'vitest';
import { expectGolden, runCli } from './golden.js';

const PLAN = 'fixtures/plans/per-message-2026.yaml';
const CONTRACT = 'fixtures/overrides/contract-usd.yaml';

/** Rate cards by date and currency, overrides, FX and staleness in estimates, and `wa-cost rates`. */
const CASES: Record<string, string[]> = {
  // Three rule sets for one plan, each line naming its card (with estimate-as-of-2024-12-01/2025-08-01).
  'estimate-as-of-2026-11-01': ['estimate', PLAN, '--as-of', '2026-11-01', '--format', 'csv'],
  'estimate-stale-card': ['estimate', PLAN, '--as-of', '2027-02-01'],
  // The India marketing rate of the 2025-07-01 card was raised on 2026-01-01 (rates/meta/changes.yaml).
  'estimate-card-gap': ['estimate', PLAN, '--as-of', '2026-01-15', '--allow-missing-rates'],
  'exit-3-estimate-superseded-rate': ['estimate', PLAN, '--as-of', '2026-01-15'],
  'estimate-superseded-rate-json': [
    'estimate',
    PLAN,
    '--as-of',
    '2026-01-15',
    '--allow-missing-rates',
    '--format',
    'json',
  ],
  'estimate-overrides-cli': [
    'estimate',
    PLAN,
    '--rates',
    CONTRACT,
    '--rates',
    'fixtures/overrides/service-markup.csv',
  ],
  'estimate-overrides-plan': ['estimate', 'fixtures/plans/rate-overrides.yaml'],
  'estimate-overrides-plan-json': ['estimate', 'fixtures/plans/rate-overrides.yaml', '--format', 'json'],
  'estimate-fx-eur-2025': ['estimate', 'fixtures/plans/fx-eur-2025.yaml'],
  'estimate-fx-eur-2025-json': ['estimate', 'fixtures/plans/fx-eur-2025.yaml', '--format', 'json'],
  'exit-3-no-card-without-fx': ['estimate', PLAN, '--currency', 'EUR', '--as-of', '2025-08-01'],
  'exit-3-override-unknown-market': ['estimate', PLAN, '--rates', 'fixtures/overrides/unknown-market.yaml'],
  'exit-3-override-invalid-csv': ['estimate', PLAN, '--rates', 'fixtures/overrides/bad-override.csv'],
  'exit-3-override-wrong-currency': ['estimate', PLAN, '--currency', 'INR', '--rates', CONTRACT],
  'rates-diff-2026-07-01-2026-10-01-usd': ['rates', 'diff', '2026-07-01', '2026-10-01', '--currency', 'USD'],
  'rates-diff-cbp-to-pmp-json': [
    'rates',
    'diff',
    'meta-2024-10-01-USD',
    'meta-2025-07-01-USD',
    '--format',
    'json',
  ],
  'rates-list': ['rates', 'list'],
  'rates-show-india': ['rates', 'show', '--as-of', '2026-11-01', '--market', 'India'],
  // A partial card: the warning names the older card estimates take its missing rows from.
  'rates-show-inr-partial': ['rates', 'show', '--as-of', '2026-11-01', '--currency', 'INR'],
  'rates-show-eur-csv-stale': [
    'rates',
    'show',
    '--as-of',
    '2026-11-01',
    '--currency',
    'EUR',
    '--format',
    'csv',
  ],
  'rates-lookup-phone-kenya': ['rates', 'lookup', '+254712345678', '--as-of', '2026-11-01'],
  'rates-show-superseded': ['rates', 'show', '--as-of', '2026-03-01', '--currency', 'USD'],
  'rates-show-superseded-csv': ['rates', 'show', '--as-of', '2026-03-01', '--format', 'csv'],
  'rates-lookup-superseded-mx': ['rates', 'lookup', 'MX', '--as-of', '2026-03-01'],
  // Mexico marketing 0.0397 on the 2026-10-01 card is single-source (a row note, rates audit F4).
  'rates-lookup-row-note-mx': ['rates', 'lookup', 'MX', '--as-of', '2026-11-01'],
  'rates-lookup-superseded-eg-json': ['rates', 'lookup', 'EG', '--as-of', '2025-03-01', '--format', 'json'],
  'rates-validate-changes': ['rates', 'validate', 'fixtures/rates/meta/changes.yaml'],
  'rates-lookup-kz-before-move-json': ['rates', 'lookup', 'KZ', '--as-of', '2026-08-01', '--format', 'json'],
  'rates-validate-override-yaml': ['rates', 'validate', CONTRACT],
  'rates-validate-override-csv': ['rates', 'validate', 'fixtures/overrides/service-markup.csv'],
  'rates-validate-card': ['rates', 'validate', 'fixtures/rates/meta/cards/meta-2026-10-01-USD.yaml'],
  'exit-3-rates-validate-bad-yaml': ['rates', 'validate', 'fixtures/overrides/bad-override.yaml'],
  'exit-3-rates-validate-unknown-market': ['rates', 'validate', 'fixtures/overrides/unknown-market.yaml'],
  'exit-2-rates-show-unknown-market': ['rates', 'show', '--as-of', '2026-11-01', '--market', 'Inda'],
  'exit-2-rates-lookup-not-a-number': ['rates', 'lookup', 'hello'],
};

describe('rate cards golden files', () => {
  for (const [name, args] of Object.entries(CASES)) {
    it(name, async () => expectGolden('cli', name, await runCli(args)));
  }
});
