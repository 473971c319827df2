import { parse } from 'csv-parse/sync';
import { Decimal } from 'decimal.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../src/app/estimate.js';
import type { Report } from '../../src/report/report.js';
import { displayAmounts } from '../../src/render/display-amounts.js';
import { ESTIMATE_RENDERERS } from '../../src/render/estimate-renderers.js';
import { PLAIN } from '../../src/render/render-options.js';
import { ROOT } from '../cli/golden.js';
import { fakeIo } from '../helpers/fake-io.js';

/**
 * Issue 8, accounting invariants: for every example plan, the total equals the sum of its lines exactly
 * in JSON and CSV, the printed table adds up to its printed totals, and JSON → table gives the same text.
 */
const plans = readdirSync(join(ROOT, 'fixtures', 'plans')).filter((f) => f.endsWith('.yaml'));
const d = (s: string) => new Decimal(s.replace(/,/g, ''));
const sum = (xs: string[]) => xs.reduce((a, x) => a.plus(d(x)), new Decimal(0));

async function estimate(file: string): Promise<Report> {
  return (await runEstimate(join(ROOT, 'fixtures', 'plans', file), { allowMissingRates: true }, fakeIo()))
    .report;
}

describe('accounting invariants on every example plan', () => {
  it('has example plans to check', () => expect(plans.length).toBeGreaterThanOrEqual(5));
  for (const file of plans) {
    it(file, async () => {
      const report = await estimate(file);
      // JSON: exact sums.
      const counted = report.lines.filter((l) => l.in_total);
      expect(sum(counted.map((l) => l.cost)).equals(d(report.totals.total))).toBe(true);
      expect(sum(report.totals.months.map((m) => m.total)).equals(d(report.totals.total))).toBe(true);
      // CSV: the spreadsheet sum of counted lines is the total, exactly.
      const rows = parse<Record<string, string>>(ESTIMATE_RENDERERS.csv(report), { columns: true });
      const csvLines = rows.filter(
        (r) => (r['section'] === 'meta' || r['section'] === 'vendor') && r['in_total'] === 'true',
      );
      expect(sum(csvLines.map((r) => r['cost']!)).equals(d(report.totals.total))).toBe(true);
      // Table: what is printed adds up to what is printed.
      const shown = displayAmounts(report);
      const metaIds = report.lines.filter((l) => l.section === 'meta').map((l) => l.id);
      const vendorIds = report.lines.filter((l) => l.section === 'vendor').map((l) => l.id);
      expect(sum(metaIds.map((id) => shown.lines.get(id)!)).equals(d(shown.meta))).toBe(true);
      if (shown.vendor !== null)
        expect(sum(vendorIds.map((id) => shown.lines.get(id)!)).equals(d(shown.vendor))).toBe(true);
      expect(sum(shown.months.map((m) => m.total)).equals(d(shown.total))).toBe(true);
      // JSON → table: the saved report renders exactly like the live one.
      const reread = JSON.parse(ESTIMATE_RENDERERS.json(report)) as Report;
      expect(ESTIMATE_RENDERERS.table(reread, PLAIN)).toBe(ESTIMATE_RENDERERS.table(report, PLAIN));
      expect(ESTIMATE_RENDERERS.markdown(reread)).toBe(ESTIMATE_RENDERERS.markdown(report));
    });
  }
});
