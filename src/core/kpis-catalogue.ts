import type { KpiUnit } from './kpis-types.js';

/** A KPI's definition: label, formula (with its denominator) and unit. docs/kpis.md mirrors this. */
export interface KpiDefinition {
  label: string;
  formula: string;
  unit: KpiUnit;
}

const def = (label: string, formula: string, unit: KpiUnit): KpiDefinition => ({ label, formula, unit });

/** Every KPI wa-cost computes, by id, in display order. */
export const KPI_CATALOGUE = {
  recipients: def('Recipients (targeted)', 'input', 'count'),
  delivered: def('Recipients reached (delivered)', 'input', 'count'),
  delivery_rate: def('Delivery rate', 'delivered ÷ recipients × 100', 'pct'),
  delivered_messages: def('Delivered messages', 'input', 'count'),
  reads: def('Reads', 'recipients reached × read_pct ÷ 100', 'count'),
  read_rate: def('Read (open) rate', 'reads ÷ recipients reached × 100', 'pct'),
  clicks: def('Clicks', 'recipients reached × click_pct ÷ 100', 'count'),
  click_rate: def('Click rate (CTR)', 'clicks ÷ recipients reached × 100', 'pct'),
  replies: def('Replies', 'recipients reached × reply_pct ÷ 100', 'count'),
  reply_rate: def('Reply (engagement) rate', 'replies ÷ recipients reached × 100', 'pct'),
  opt_outs: def('Opt-outs', 'recipients reached × opt_out_pct ÷ 100', 'count'),
  opt_out_rate: def('Opt-out rate', 'opt-outs ÷ recipients reached × 100', 'pct'),
  leads: def('Leads', 'recipients reached × lead_pct ÷ 100 (or input)', 'count'),
  lead_rate: def('Lead rate', 'leads ÷ recipients reached × 100', 'pct'),
  conversions: def('Conversions', 'recipients reached × conversion_pct ÷ 100 (or input)', 'count'),
  conversion_rate: def('Conversion rate', 'conversions ÷ recipients reached × 100', 'pct'),
  revenue: def('Attributed revenue', 'conversions × revenue_per_conversion (or input)', 'money'),
  gross_margin: def('Gross margin', 'revenue × gross_margin_pct ÷ 100', 'money'),
  savings: def(
    'Time and labour savings',
    '(hours saved × hourly cost + agents × cost per agent × efficiency gain %) × months',
    'money',
  ),
  messaging_cost: def('Messaging spend (Meta + vendor variable fees)', 'sum of per-message fees', 'money'),
  tco: def(
    'Total cost of ownership (TCO)',
    'messaging + allocated fixed costs + plan monthly costs × months + one-time costs spread over the horizon',
    'money',
  ),
  net_gain: def('Net gain', 'value + savings − TCO', 'money'),
  roi: def('ROI', 'net gain ÷ TCO × 100', 'pct'),
  rocs_variable: def('ROCS (variable)', 'revenue ÷ messaging spend', 'ratio'),
  rocs_fully_loaded: def('ROCS (fully loaded)', 'revenue ÷ TCO', 'ratio'),
  cpl: def('Cost per lead (CPL)', 'TCO ÷ leads', 'money'),
  cpa: def('Cost per acquisition (CPA)', 'TCO ÷ conversions', 'money'),
  rpc: def('Revenue per conversion (RPC)', 'revenue ÷ conversions', 'money'),
  revenue_per_recipient: def('Revenue per recipient', 'revenue ÷ recipients', 'money'),
  revenue_per_reached: def('Revenue per recipient reached', 'revenue ÷ recipients reached', 'money'),
  revenue_per_delivered_message: def(
    'Revenue per delivered message',
    'revenue ÷ delivered messages',
    'money',
  ),
  cost_per_recipient: def('Cost per recipient', 'TCO ÷ recipients', 'money'),
  cost_per_delivered_message: def('Cost per delivered message', 'TCO ÷ delivered messages', 'money'),
  payback_months: def(
    'Payback period',
    'one-time costs ÷ ((value + savings − running costs) ÷ months)',
    'months',
  ),
  break_even_conversion_rate: def(
    'Break-even conversion rate',
    '(TCO − savings − value not from conversions) ÷ (recipients reached × value per conversion) × 100',
    'pct',
  ),
  max_cpa: def('Highest affordable CPA', 'value ÷ conversions', 'money'),
  max_cpl: def('Highest affordable CPL', 'value ÷ leads', 'money'),
} as const satisfies Record<string, KpiDefinition>;

export type KpiId = keyof typeof KPI_CATALOGUE;
