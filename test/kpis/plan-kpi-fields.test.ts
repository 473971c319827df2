import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../src/io/yaml-source.js';
import { validateSource } from '../../src/schema/validate.js';
import { ValidationError } from '../../src/errors.js';
import { dec } from '../../src/core/money.js';
import {
  campaignKpiSchema,
  planKpiSchema,
  toCampaignKpiFields,
  toPlanKpiInput,
} from '../../src/schema/plan-kpi-fields.js';

const parseCampaign = (text: string) => validateSource(campaignKpiSchema, parseYamlSource(text, 'plan.yaml'));
const parsePlan = (text: string) => validateSource(planKpiSchema, parseYamlSource(text, 'plan.yaml'));

function problems(schema: typeof campaignKpiSchema | typeof planKpiSchema, text: string): string[] {
  try {
    validateSource(schema, parseYamlSource(text, 'plan.yaml'));
  } catch (e) {
    if (e instanceof ValidationError)
      return e.problems.map((p) => `${p.line}:${p.col} ${p.path}: ${p.message}`);
    throw e;
  }
  throw new Error('expected a validation error');
}

describe('campaign KPI keys', () => {
  it('reads single values and [low, base, high] triples as scenarios of exact Decimals', () => {
    const c = parseCampaign(
      'funnel: { read_pct: 88, conversion_pct: [1.5, 2, 3] }\nrevenue_per_conversion: [30, 40.10, 55]\ngross_margin_pct: 25\n',
    );
    expect(c.funnel?.read_pct).toEqual({ low: dec(88), base: dec(88), high: dec(88) });
    expect(c.funnel?.conversion_pct?.low.toString()).toBe('1.5');
    expect(toCampaignKpiFields(c, 'high').revenuePerConversion?.toString()).toBe('55');
    expect(toCampaignKpiFields(c, 'low').funnel?.conversionPct?.toString()).toBe('1.5');
    expect(toCampaignKpiFields(c).grossMarginPct?.toString()).toBe('25');
  });

  it('reports every problem with its line and column, and did-you-mean for unknown keys', () => {
    expect(
      problems(
        campaignKpiSchema,
        'funnel:\n  conversion_pct: [3, 2, 1]\n  read_pc: 80\n  click_pct: 120\ngross_margin_pct: abc\n',
      ),
    ).toEqual([
      '2:19 funnel.conversion_pct: a scenario is [low, base, high] with low ≤ base ≤ high, got [3, 2, 1]',
      '3:3 funnel.read_pc: unknown key "read_pc" (did you mean "read_pct"?)',
      '4:14 funnel.click_pct: must be at most 100, got 120',
      '5:19 gross_margin_pct: expected a number, got "abc"',
    ]);
  });
});

describe('plan KPI keys', () => {
  it('converts to the core input for a period, defaulting missing cost parts to 0', () => {
    const p = parsePlan(
      'costs: { one_time: 5000 }\nsavings: { monthly_hours_saved: 40, hourly_cost: 50 }\nlabor: { agents: 5, monthly_cost_per_agent: 2000, efficiency_gain_pct: [10, 25, 30] }\n',
    );
    const input = toPlanKpiInput(p, { months: dec(1), horizonMonths: dec(12) }, 'base');
    expect(input.costs?.monthly.toString()).toBe('0');
    expect(input.costs?.oneTime.toString()).toBe('5000');
    expect(input.labor?.efficiencyGainPct.toString()).toBe('25');
    expect(input.savings?.hourlyCost.toString()).toBe('50');
  });

  it('rejects a fractional agent count', () => {
    expect(
      problems(
        planKpiSchema,
        'labor: { agents: 1.5, monthly_cost_per_agent: 2000, efficiency_gain_pct: 25 }\n',
      ),
    ).toEqual(['1:18 labor.agents: expected a whole number, got 1.5']);
  });
});
