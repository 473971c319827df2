import { Decimal } from 'decimal.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../src/app/estimate.js';
import { ROOT } from '../cli/golden.js';
import { fakeIo } from '../helpers/fake-io.js';

/** Issue 6 §5: a share given as [low, base, high] prices the plan once per column. */
describe('cost scenarios', () => {
  it('prices low, base and high; base is the estimate itself; low ≤ base ≤ high when every share rises', async () => {
    const { report } = await runEstimate(
      join(ROOT, 'fixtures', 'plans', 'scenario-delivery-rate.yaml'),
      {},
      fakeIo(),
    );
    const [low, base, high] = ['low', 'base', 'high'].map(
      (id) => new Decimal(report.scenarios!.find((s) => s.id === id)!.total),
    );
    expect(base!.equals(report.totals.total)).toBe(true);
    expect(low!.lt(base!) && base!.lt(high!)).toBe(true);
    // Low: 85% delivery, no growth: 2 months × (30,000 × 0.85 × 2 × 0.0118 + 10,000 × 0.85 × 2 × 0.0411).
    expect(
      low!.equals(
        new Decimal(2).times(
          new Decimal(30000 * 0.85 * 2).times('0.0118').plus(new Decimal(10000 * 0.85 * 2).times('0.0411')),
        ),
      ),
    ).toBe(true);
    expect(report.kpis?.columns.map((c) => c.id)).toEqual([
      'month.base',
      'horizon.low',
      'horizon.base',
      'horizon.high',
    ]);
  });

  it('a plan without scenario values has no scenario columns', async () => {
    const { report } = await runEstimate(
      join(ROOT, 'fixtures', 'plans', 'per-message-2026.yaml'),
      {},
      fakeIo(),
    );
    expect(report.scenarios).toBeUndefined();
  });
});
