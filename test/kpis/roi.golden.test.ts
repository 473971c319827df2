import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, expectGolden, runCli } from '../cli/golden.js';

/** Golden files for `wa-cost roi`, against the fixture benchmark ranges (fixtures/kpis/rates). */
const env = { WA_COST_RATES_DIR: resolve(ROOT, 'fixtures', 'kpis', 'rates') };
const roi = (args: string[], extra: Record<string, string> = {}) =>
  runCli(['roi', ...args], { env: { ...env, ...extra } });

const FULL = [
  '--revenue',
  '8000',
  '--cost',
  '1500',
  '--messaging-cost',
  '900',
  '--one-time',
  '5000',
  '--months',
  '12',
  '--margin',
  '40',
  '--leads',
  '300',
  '--conversions',
  '120',
  '--recipients',
  '10000',
  '--delivered',
  '9000',
  '--messages',
  '9500',
];

describe('wa-cost roi (golden)', () => {
  for (const format of ['table', 'json', 'csv', 'markdown']) {
    it(`revenue 50,000 and cost 10,000 give ROI 400% (${format})`, async () => {
      expectGolden(
        'kpis',
        `roi-400-${format}`,
        await roi(['--revenue', '50000', '--cost', '10000', '--format', format]),
      );
    });
    it(`every flag, 12 months, margin, sensitivity (${format})`, async () => {
      expectGolden('kpis', `roi-full-${format}`, await roi([...FULL, '--sensitivity', '--format', format]));
    });
  }

  it('zero denominators print "—", with the reasons on stderr (exit 0)', async () => {
    expectGolden(
      'kpis',
      'roi-zero-denominators',
      await roi([
        '--revenue',
        '1000',
        '--cost',
        '0',
        '--leads',
        '0',
        '--conversions',
        '0',
        '--delivered',
        '0',
      ]),
    );
  });

  it('never pays back: payback "—" with the reason', async () => {
    expectGolden(
      'kpis',
      'roi-never-pays-back',
      await roi(['--revenue', '1000', '--cost', '2000', '--one-time', '500', '--months', '6']),
    );
  });

  it('bad money values are usage errors, all at once (exit 2)', async () => {
    expectGolden(
      'kpis',
      'roi-bad-values',
      await roi(['--revenue', '12,5', '--cost', 'abc', '--conversions', '2.5', '--margin', '140']),
    );
  });

  it('no figures at all is a usage error (exit 2)', async () => {
    expectGolden('kpis', 'roi-nothing', await roi([]));
  });

  it('messaging cost above the total cost is a usage error (exit 2)', async () => {
    expectGolden(
      'kpis',
      'roi-messaging-above-cost',
      await roi(['--revenue', '100', '--cost', '10', '--messaging-cost', '20']),
    );
  });

  it('an unknown format is a usage error (exit 2)', async () => {
    expectGolden(
      'kpis',
      'roi-bad-format',
      await roi(['--revenue', '100', '--cost', '10', '--format', 'xml']),
    );
  });

  it('a missing benchmark file is an input error (exit 3)', async () => {
    // Not a golden file: the message holds the absolute path of the checkout.
    const r = await roi(['--revenue', '100', '--cost', '10'], {
      WA_COST_RATES_DIR: resolve(ROOT, 'fixtures', 'kpis', 'no-rates'),
    });
    expect(r.exitCode).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `${resolve(ROOT, 'fixtures', 'kpis', 'no-rates', 'benchmarks', 'kpi-ranges.yaml')}: file not found`,
    );
  });
});
