import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../src/app/estimate.js';
import { WaCostError } from '../../src/errors.js';
import { sum, Decimal } from '../../src/core/money.js';
import { ESTIMATE_RENDERERS } from '../../src/render/estimate-renderers.js';
import { PLAIN } from '../../src/render/render-options.js';
import { displayAmounts } from '../../src/render/display-amounts.js';
import { ROOT } from '../cli/golden.js';
import { fakeIo } from '../helpers/fake-io.js';
import { FUZZ_RUNS } from './fuzz-runs.js';

/**
 * Fuzzing the plan reader and the whole estimate in process: random and mutated YAML. The only allowed
 * outcomes are a report whose totals add up, or a known error (WaCostError) that names the input.
 */
const SEEDS = [
  'per-message-2026.yaml',
  'conversation-based-2024.yaml',
  'per-message-2026-q3-free-window-utility.yaml',
  'vendor-seat-plan.yaml',
].map((f) => readFileSync(resolve(ROOT, 'fixtures', 'plans', f), 'utf8'));
const TOKENS = [
  '-',
  ':',
  ' ',
  '\n',
  '  ',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a',
  '*a',
  '!!binary',
  '0',
  '-1',
  '1e400',
  '.nan',
  '~',
  'null',
  '__proto__',
  '\t',
  '#',
  '100',
  '101',
  'ZZ',
  'marketing',
  'yes',
  '2022-01-01',
  '\u0000',
  '\uFEFF',
  'é',
];

type ArbValue<A> = A extends fc.Arbitrary<infer T> ? T : never;

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
);

function mutate(text: string, ms: ArbValue<typeof mutation>[]): string {
  let t = text;
  for (const m of ms) {
    if (m.kind === 'insert') {
      const at = m.at % (t.length + 1);
      t = t.slice(0, at) + m.text + t.slice(at);
    } else if (m.kind === 'delete') {
      const at = m.at % (t.length + 1);
      t = t.slice(0, at) + t.slice(at + m.len);
    } else {
      const lines = t.split('\n');
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      t = lines.join('\n');
    }
  }
  return t;
}

async function outcome(text: string): Promise<'report' | 'error'> {
  const io = fakeIo({ stdin: text });
  try {
    const { report } = await runEstimate('-', { allowMissingRates: true }, io);
    // A report must add up exactly, and every renderer must accept it.
    const counted = report.lines.filter((l) => l.in_total).map((l) => new Decimal(l.cost));
    expect(sum(counted).equals(new Decimal(report.totals.total))).toBe(true);
    for (const render of Object.values(ESTIMATE_RENDERERS))
      expect(typeof render(report, PLAIN)).toBe('string');
    // The printed table adds up to its printed totals.
    const shown = displayAmounts(report);
    const printed = report.lines
      .filter((l) => l.section === 'meta')
      .map((l) => new Decimal(shown.lines.get(l.id)!.replace(/,/g, '')));
    expect(sum(printed).equals(new Decimal(shown.meta.replace(/,/g, '')))).toBe(true);
    return 'report';
  } catch (err) {
    if (err instanceof WaCostError) {
      expect(err.problems.length).toBeGreaterThan(0);
      for (const p of err.problems) expect(p.message.length).toBeGreaterThan(0);
      return 'error';
    }
    throw err; // anything else is a crash: the property fails with the input that caused it
  }
}

describe('fuzz: plans (mutated examples and random text)', () => {
  it('mutated plans give a report that adds up or a known error', async () => {
    const seen = { report: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SEEDS),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (seed, ms) => {
          seen[await outcome(mutate(seed, ms))]++;
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
    expect(seen.report + seen.error).toBe(FUZZ_RUNS);
    console.log(
      `fuzz plans: ${FUZZ_RUNS} mutated plans → ${seen.report} reports, ${seen.error} known errors, 0 crashes`,
    );
  });

  it('random text gives a known error, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        await outcome(text);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
