import { describe, it } from 'vitest';
import { expectGolden, runCli } from '../cli/golden.js';

// The fixture vendor catalog (fixtures/vendors/rates/vendors) keeps goldens still when rates/vendors changes;
// fixtures/vendors/rates/meta links to the fixture Meta cards (fixtures/rates/meta).
const CATALOG = { WA_COST_RATES_DIR: 'fixtures/vendors/rates' };
const VENDORS = ['--vendors', 'fixtures/vendors/rates/vendors'];
const PLAN = 'fixtures/vendors/plans/seat-vs-volume.yaml';
// These two run against the shipped catalog's frozen copy, fixtures/rates (runCli's default).
const PAST_ALLOWANCE = [
  'compare',
  'fixtures/vendors/plans/small-volume-utility.yaml',
  ...['--vendor', 'twilio', '--vendor', 'galantis-2000', '--vendor', 'unifonic-20k'],
];
const META_UNPRICED = [
  'compare',
  'fixtures/vendors/plans/eur-missing-service-rate.yaml',
  '--allow-missing-rates',
  ...['--vendor', '360dialog-regular-eur', '--vendors', 'fixtures/vendors/markup-marketing-eur.yaml'],
];

const CASES: Record<string, { args: string[]; env?: Record<string, string> }> = {
  'vendors-list-table': { args: ['vendors', 'list'], env: CATALOG },
  'vendors-list-json': { args: ['vendors', 'list', '--format', 'json'], env: CATALOG },
  'vendors-list-csv': { args: ['vendors', 'list', '--format', 'csv'], env: CATALOG },
  'vendors-show-seat-basic-table': { args: ['vendors', 'show', 'seat-basic'], env: CATALOG },
  'vendors-show-seat-basic-json': {
    args: ['vendors', 'show', 'seat-basic', '--format', 'json'],
    env: CATALOG,
  },
  'vendors-show-file-csv': {
    args: ['vendors', 'show', 'fixtures/vendors/rates/vendors/credits-wallet.yaml', '--format', 'csv'],
  },
  'vendors-exit-2-unknown-option': { args: ['vendors', 'list', '--bogus'], env: CATALOG },
  'vendors-exit-3-unknown-id': { args: ['vendors', 'show', 'seat-basik'], env: CATALOG },
  'vendors-exit-3-invalid-file': {
    args: ['vendors', 'show', 'fixtures/vendors/bad/vendor-many-problems.yaml'],
  },
  'vendors-exit-3-yaml-syntax': { args: ['vendors', 'show', 'fixtures/vendors/bad/vendor-yaml-syntax.yaml'] },
  'vendors-exit-3-bad-dir': { args: ['vendors', 'list', '--vendors', 'fixtures/vendors/bad'] },
  'compare-table': { args: ['compare', PLAN], env: CATALOG },
  // An INR account: the INR plans of the catalog, each a lower bound (allowance or inbound unpriced).
  'compare-inr-account': { args: ['compare', 'fixtures/plans/inr-account-2026.yaml'] },
  'compare-json': { args: ['compare', PLAN, '--format', 'json'], env: CATALOG },
  'compare-csv': { args: ['compare', PLAN, '--format', 'csv'], env: CATALOG },
  'compare-vendors-dir': { args: ['compare', PLAN, ...VENDORS, '--months', '1'] },
  'compare-named-vendors-annual': {
    args: [
      'compare',
      PLAN,
      '--vendor',
      'seat-basic',
      '--vendor',
      'per-number-25',
      '--billing',
      'annual',
      '--seats',
      '3',
    ],
    env: CATALOG,
  },
  // Galantis-2000 and Unifonic-20k are fully priced at 1,000 messages but not past their allowances:
  // no break-even is claimed there (twilio would "cross" galantis-2000 at 79,800), the limits are listed.
  'compare-limits-past-allowance': { args: PAST_ALLOWANCE },
  // CSV: twilio and galantis-2000 only.
  'compare-limits-past-allowance-csv': { args: [...PAST_ALLOWANCE.slice(0, -2), '--format', 'csv'] },
  // Meta lines with no rate (--allow-missing-rates): listed, every total a lower bound (≥, lower_bound=true).
  'compare-meta-unpriced-table': { args: META_UNPRICED },
  'compare-meta-unpriced-csv': { args: [...META_UNPRICED, '--format', 'csv'] },
  'compare-exit-3-no-vendor-in-currency': {
    args: ['compare', PLAN, '--vendors', 'fixtures/vendors/rates/vendors/licence-eur.yaml'],
  },
  'compare-exit-3-named-vendor-currency': {
    args: ['compare', PLAN, '--vendor', 'licence-eur', '--vendor', 'per-numbr-25'],
    env: CATALOG,
  },
  'compare-exit-2-bad-billing': { args: ['compare', PLAN, ...VENDORS, '--billing', 'yearly'] },
};

describe('vendors and compare golden files', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, async () => expectGolden('vendors', name, await runCli(c.args, c.env ? { env: c.env } : {})));
  }
});
