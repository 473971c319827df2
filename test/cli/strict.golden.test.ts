import { describe, expect, it } from 'vitest';
import { expectGolden, runCli } from './golden.js';

/** Issue 8: --strict turns every warning into exit 1 (after the report), for CI. */
const CASES: Record<string, { args: string[]; exit: number }> = {
  'strict-rejected-contact-rows': {
    args: ['estimate', 'fixtures/plans/contacts-audience.yaml', '--strict', '--format', 'csv'],
    exit: 1,
  },
  'strict-allowed-missing-rates': {
    args: [
      'estimate',
      'fixtures/plans/per-message-2026.yaml',
      '--currency',
      'AED',
      '--allow-missing-rates',
      '--strict',
      '--format',
      'csv',
    ],
    exit: 1,
  },
  'strict-stale-card': {
    args: [
      'estimate',
      'fixtures/plans/per-message-2026.yaml',
      '--as-of',
      '2027-02-01',
      '--strict',
      '--format',
      'csv',
    ],
    exit: 1,
  },
  'strict-no-warnings-passes': {
    args: ['estimate', 'fixtures/plans/conversation-based-2024.yaml', '--strict', '--format', 'csv'],
    exit: 0,
  },
  'strict-contacts-rejected-rows': {
    args: ['contacts', 'fixtures/plans/contacts/shop-customers.csv', '--default-country', 'DE', '--strict'],
    exit: 1,
  },
};

describe('--strict', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, async () => {
      const r = await runCli(c.args);
      expect(r.exitCode, r.stderr).toBe(c.exit);
      if (c.exit === 1) {
        expect(r.stdout.length).toBeGreaterThan(0); // the report is written either way
        expect(r.stderr).toContain('--strict');
      }
      expectGolden('cli', name, r);
    });
  }
});
