import { describe, expect, it } from 'vitest';
import {
  computeCampaignKpis,
  computePlanKpis,
  findKpi,
  type CampaignKpiInput,
  type KpiSet,
} from '../../src/core/kpis.js';
import {
  WEEKS_PER_MONTH,
  WEEKS_PER_MONTH_ARTICLE,
  computeLaborSavings,
  computeMonthlySavings,
  computeTimeSavings,
  monthlyHoursFromWeekly,
} from '../../src/core/kpis-savings.js';
import { dec } from '../../src/core/money.js';

const value = (set: KpiSet, id: string) => findKpi(set, id)?.value?.toString();
const one = dec(1);

describe('worked examples from shared/market/kpis.md', () => {
  it('cost $10,000 and net gain $40,000 give ROI 400%', () => {
    const { total } = computePlanKpis(
      [{ name: 'all', months: one, revenue: dec(50000), allocatedFixedCost: dec(10000) }],
      { months: one },
    );
    expect(value(total, 'net_gain')).toBe('40000');
    expect(value(total, 'roi')).toBe('400');
    expect(findKpi(total, 'roi')?.label).toBe('ROI (on revenue)');
  });

  it('10 hours a week at $50: $2,000 with the article’s 4 weeks, $2,166.67 with 52/12 weeks', () => {
    expect(
      computeTimeSavings(monthlyHoursFromWeekly(dec(10), WEEKS_PER_MONTH_ARTICLE), dec(50)).toString(),
    ).toBe('2000');
    const calendar = computeTimeSavings(monthlyHoursFromWeekly(dec(10)), dec(50));
    expect(calendar.toDecimalPlaces(2).toString()).toBe('2166.67');
    expect(WEEKS_PER_MONTH.times(12).toDecimalPlaces(30).toString()).toBe('52');
  });

  it('an agent at $2,000 a month who becomes 25% more efficient saves $500 a month', () => {
    expect(computeLaborSavings(dec(1), dec(2000), dec(25)).toString()).toBe('500');
    const plan = {
      months: one,
      labor: { agents: dec(5), monthlyCostPerAgent: dec(2000), efficiencyGainPct: dec(25) },
    };
    expect(computeMonthlySavings(plan).toString()).toBe('2500');
  });

  it('a $500-a-month plan for 5 agents pays for itself: savings 2,500 against 500 of cost → ROI 400%', () => {
    const plan = {
      months: one,
      costs: { oneTime: dec(0), monthly: dec(500) },
      labor: { agents: dec(5), monthlyCostPerAgent: dec(2000), efficiencyGainPct: dec(25) },
    };
    const { total } = computePlanKpis([], plan);
    expect(value(total, 'savings')).toBe('2500');
    expect(value(total, 'roi')).toBe('400');
    expect(findKpi(total, 'roi')?.label).toBe('ROI (on savings)');
  });
});

const campaign: CampaignKpiInput = {
  name: 'spring-sale',
  months: one,
  recipients: dec(10000),
  delivered: dec(9000),
  deliveredMessages: dec(18000),
  messagingCost: dec('562.5'),
  allocatedFixedCost: dec('437.5'),
  funnel: {
    readPct: dec(88),
    clickPct: dec(20),
    replyPct: dec(10),
    optOutPct: dec('0.5'),
    leadPct: dec(5),
    conversionPct: dec(2),
  },
  revenuePerConversion: dec(40),
};

describe('computeCampaignKpis', () => {
  const set = computeCampaignKpis(campaign);
  it.each([
    ['delivery_rate', '90'],
    ['reads', '7920'],
    ['read_rate', '88'],
    ['opt_outs', '45'],
    ['leads', '450'],
    ['conversions', '180'],
    ['conversion_rate', '2'],
    ['revenue', '7200'],
    ['tco', '1000'],
    ['net_gain', '6200'],
    ['roi', '620'],
    ['rocs_variable', '12.8'],
    ['rocs_fully_loaded', '7.2'],
    ['cpl', dec(1000).div(450).toString()], // exact to 40 digits: 2.222…
    ['cpa', dec(1000).div(180).toString()],
    ['rpc', '40'],
    ['revenue_per_recipient', '0.72'],
    ['revenue_per_reached', '0.8'],
    ['revenue_per_delivered_message', '0.4'],
    ['cost_per_recipient', '0.1'],
    ['cost_per_delivered_message', dec(1000).div(18000).toString()],
    [
      'break_even_conversion_rate',
      dec(1000)
        .div(9000 * 40)
        .times(100)
        .toString(),
    ],
    ['max_cpa', '40'],
    ['max_cpl', '16'],
  ])('%s = %s', (id, expected) => {
    expect(value(set, id)).toBe(expected);
  });

  it('computes ROI on gross margin when a margin is given, and says so', () => {
    const m = computeCampaignKpis({ ...campaign, grossMarginPct: dec(25) });
    expect(value(m, 'gross_margin')).toBe('1800');
    expect(value(m, 'roi')).toBe('80');
    expect(findKpi(m, 'roi')?.label).toBe('ROI (on gross margin)');
    expect(value(m, 'max_cpa')).toBe('10');
    expect(m.basis).toBe('margin');
  });

  it('gives null with a reason, never Infinity, when a denominator is zero', () => {
    const z = computeCampaignKpis({
      ...campaign,
      delivered: dec(0),
      recipients: dec(0),
      messagingCost: dec(0),
      allocatedFixedCost: dec(0),
    });
    for (const id of [
      'roi',
      'rocs_variable',
      'delivery_rate',
      'conversion_rate',
      'cpa',
      'cost_per_recipient',
    ]) {
      expect(findKpi(z, id)?.value, id).toBeNull();
      expect(findKpi(z, id)?.reason, id).toMatch(/zero|no /);
    }
  });

  it('leaves out KPIs whose inputs are missing (no cost input is not a zero cost)', () => {
    const s = computeCampaignKpis({ name: 'x', months: one, recipients: dec(100) });
    expect(s.kpis.map((k) => k.id)).toEqual(['recipients']);
  });

  it('flags a break-even conversion rate above 100%', () => {
    const s = computeCampaignKpis({ ...campaign, revenuePerConversion: dec('0.01') });
    expect(findKpi(s, 'break_even_conversion_rate')?.note).toMatch(/above 100%/);
  });
});

describe('computePlanKpis', () => {
  const plan = { months: one, horizonMonths: dec(12), costs: { oneTime: dec(6000), monthly: dec(1000) } };

  it('spreads one-time costs over the horizon and adds monthly costs to the total only', () => {
    const r = computePlanKpis([campaign], plan);
    expect(value(r.total, 'tco')).toBe('2500'); // 1000 campaign + 1000 monthly + 6000 / 12
    expect(value(r.campaigns[0]!, 'tco')).toBe('1000');
  });

  it('payback = one-time cost ÷ (gain − running cost) per month', () => {
    const r = computePlanKpis([campaign], plan);
    expect(value(r.total, 'payback_months')).toBe('1.15384615384615384615'); // 6000 ÷ (7200 − 2000)
    const horizon = computePlanKpis(
      [
        {
          ...campaign,
          months: dec(12),
          messagingCost: dec(6750),
          allocatedFixedCost: dec(5250),
          revenue: dec(86400),
        },
      ],
      { ...plan, months: dec(12) },
    );
    expect(value(horizon.total, 'tco')).toBe('30000');
    expect(value(horizon.total, 'payback_months')).toBe('1.15384615384615384615');
  });

  it('payback is null when the plan never pays back', () => {
    const r = computePlanKpis([{ ...campaign, revenuePerConversion: dec(1) }], plan);
    expect(findKpi(r.total, 'payback_months')?.reason).toMatch(/never pays back/);
  });

  it('notes campaigns that add cost but no revenue', () => {
    const r = computePlanKpis([campaign, { name: 'order-updates', months: one, messagingCost: dec(100) }], {
      months: one,
    });
    expect(findKpi(r.total, 'revenue')?.note).toMatch(/order-updates add cost only/);
    expect(value(r.total, 'tco')).toBe('1100');
  });
});
