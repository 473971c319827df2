import type { ContactSummary } from '../core/contact-summary.js';
import { ZERO, sum, type Decimal } from '../core/money.js';
import type { MetaLine } from '../core/line-item.js';
import type { MetaPricing } from '../core/price-meta.js';
import type { RuleSet } from '../core/meta-rules.js';
import type { FxRate } from '../core/fx-resolver.js';
import type { RateCard } from '../core/rate-card.js';
import type { Warning } from '../core/line-item.js';
import type { VendorInvoice } from '../core/vendor-pricing.js';
import type { KpiSection } from './kpi-report.js';
import type { VendorPlan } from '../core/vendor-pricing-plan.js';
import { REPORT_VERSION, type Report, type ReportLine, type ReportSuperseded } from './report.js';
import { boundOf, type SupersededRate } from '../core/rate-changes.js';
import { buildVendorLines, buildVendorSection, vendorMonthTotals } from './vendor-report.js';

const HORIZON =
  'All months are priced with the rules and card in force on as_of; later months differ only by volume growth.';
const EXPECTED =
  'Volumes are expected values: shares (delivery, windows, entry points) may give fractional messages.';
const FREE_TIER = 'The service free tier is spread over markets in proportion to their service volume.';
const TIERS =
  'Volume tiers are applied per market and category per month across all campaigns, as one adjustment line, where wa-cost has the tier table; elsewhere (and for authentication-international) messages stay at list rate, an upper bound.';

const SEGMENTED =
  'Each month is priced with the rules, card and market mapping in force on its first day: the horizon is split where a change wa-cost knows takes effect (see segments), and volumes grow across the split as in one horizon.';

/** Judgment calls an estimate states (docs/pricing-decisions.md). */
export const DECISIONS = [HORIZON, SEGMENTED, EXPECTED, FREE_TIER, TIERS];

/**
 * The decisions that bear on an estimate under `rules` (one set per segment): none about a free tier or
 * volume tiers where Meta has none in any segment.
 */
export function decisionsFor(
  rules:
    Pick<RuleSet, 'volumeTiers' | 'serviceFreeTier'> | Pick<RuleSet, 'volumeTiers' | 'serviceFreeTier'>[],
): string[] {
  const all = Array.isArray(rules) ? rules : [rules];
  return [
    all.length > 1 ? SEGMENTED : HORIZON,
    EXPECTED,
    ...(all.some((r) => r.serviceFreeTier) ? [FREE_TIER] : []),
    ...(all.some((r) => r.volumeTiers) ? [TIERS] : []),
  ];
}

/**
 * The rules of a horizon: one set's statements, or, split into segments, the statements every segment
 * shares followed by each segment's own, as "From <date>: …" (a statement changed by a rule date).
 */
export function rulesStatements(segments: { date: string; rules: Pick<RuleSet, 'statements'> }[]): string[] {
  if (segments.length === 1) return segments[0]!.rules.statements;
  const shared = segments[0]!.rules.statements.filter((x) =>
    segments.every((seg) => seg.rules.statements.includes(x)),
  );
  return [
    ...shared,
    ...segments.flatMap((seg) =>
      seg.rules.statements.filter((x) => !shared.includes(x)).map((x) => `From ${seg.date}: ${x}`),
    ),
  ];
}

const s = (d: Decimal): string => d.toFixed();

/** What the report says about the plan besides its priced lines. */
export interface ReportInput {
  planName: string;
  file: string;
  date: string;
  currency: string;
  months: number;
  growthPct: Decimal;
  phoneNumbers: Decimal;
  card: RateCard;
  /**
   * Every other card used: later segments' cards, and older cards whose rates filled rows a (partial)
   * card lacks (core/select-card.ts, cardChain).
   */
  olderCards?: readonly RateCard[];
  /** Set when the horizon was priced in several segments (docs/pricing-decisions.md #1). */
  segments?: { date: string; firstMonth: number; months: number; card: RateCard; rules: RuleSet }[];
  audiences: {
    name: string;
    source: string;
    countries: ReadonlyMap<string, Decimal>;
    contacts?: ContactSummary;
  }[];
  warnings: Warning[];
  /** The user's override files, in precedence order (listed under `rate_cards`). */
  overrides?: { file: string; name?: string; source?: string; currency?: string; entries: unknown[] }[];
  /** One priced column per scenario, when a share of the plan is a [low, base, high] scenario. */
  scenarios?: { id: string; pricing: MetaPricing; invoice: VendorInvoice | undefined }[];
  /** The KPI section, when the plan gives KPI inputs. */
  kpis?: KpiSection;
  /** The plan's vendor and its invoice, when the plan names one. */
  vendor?: { plan: VendorPlan; invoice: VendorInvoice; seats: Decimal; billing: string };
  /** Set when the USD card was converted at the plan's own rate. */
  fx?: FxRate;
}

/** Builds the Report from a priced plan. Pure: no IO, no clock. */
export function buildReport(prepared: ReportInput, pricing: MetaPricing, generatedBy: string): Report {
  const { card, vendor } = prepared;
  // With `meta_fees: included` the vendor's credits pay Meta: its lines are shown but not added again.
  const metaInTotal = vendor?.plan.metaFees !== 'included';
  const lines = [
    ...pricing.lines.map((l) => toReportLine(l, metaInTotal)),
    ...(vendor ? buildVendorLines(vendor.invoice, prepared.months) : []),
  ];
  const vendorByMonth = vendor ? vendorMonthTotals(vendor.invoice, prepared.months) : undefined;
  const months = Array.from({ length: prepared.months }, (_, i) => {
    const meta = sum(pricing.lines.map((l) => l.months[i]?.cost ?? ZERO));
    const v = vendorByMonth?.[i];
    const total = (metaInTotal ? meta : ZERO).plus(v ?? ZERO);
    return { month: i + 1, meta: s(meta), vendor: v === undefined ? null : s(v), total: s(total) };
  });
  const byCategory: Record<string, Decimal> = {};
  for (const l of pricing.lines) byCategory[l.category] = (byCategory[l.category] ?? ZERO).plus(l.cost);
  const metaTotal = sum(pricing.lines.map((l) => l.cost));
  const vendorTotal = vendorByMonth ? sum(vendorByMonth) : undefined;
  const total = (metaInTotal ? metaTotal : ZERO).plus(vendorTotal ?? ZERO);
  return {
    report: 'wa-cost/estimate',
    version: REPORT_VERSION,
    generated_by: generatedBy,
    plan: {
      name: prepared.planName,
      file: prepared.file,
      as_of: prepared.date,
      currency: prepared.currency,
      months: prepared.months,
      monthly_growth_pct: s(prepared.growthPct),
      phone_numbers: s(prepared.phoneNumbers),
      pricing_model: pricing.rules.model,
    },
    rate_cards: [
      ...[card, ...(prepared.olderCards ?? [])].map((c) => ({
        id: c.id,
        provider: 'meta',
        model: c.model,
        currency: c.currency,
        effective_date: c.effectiveDate,
        complete: c.complete,
        trust: c.trust,
        source_url: c.source.url,
        via: c.source.via,
        notes: c.notes,
      })),
      ...(prepared.overrides ?? []).map((o) => ({
        id: `override: ${o.file}`,
        provider: 'override',
        model: pricing.rules.model,
        currency: o.currency ?? prepared.currency,
        effective_date: null,
        complete: false,
        trust: 'your own rates',
        source_url: o.file,
        via: [],
        entries: o.entries.length,
        ...((o.name ?? o.source) !== undefined && {
          description: [o.name, o.source].filter((x) => x !== undefined).join('; '),
        }),
      })),
    ],
    ...(prepared.fx && {
      fx: {
        from: prepared.fx.from,
        to: prepared.fx.to,
        rate: s(prepared.fx.rate),
        as_of: prepared.fx.asOf,
        source: prepared.fx.source,
        card: card.id,
      },
    }),
    ...(prepared.kpis && { kpis: prepared.kpis }),
    ...(prepared.scenarios && {
      scenarios: prepared.scenarios.map((sc) => {
        const meta = sum(sc.pricing.lines.map((l) => l.cost));
        const v = sc.invoice ? sum(sc.invoice.lines.map((l) => l.amount)) : undefined;
        return {
          id: sc.id,
          meta: s(meta),
          vendor: v === undefined ? null : s(v),
          total: s((metaInTotal ? meta : ZERO).plus(v ?? ZERO)),
        };
      }),
    }),
    ...(vendor && { vendor: buildVendorSection(vendor.plan, vendor.invoice, vendor.seats, vendor.billing) }),
    ...(prepared.segments && {
      segments: prepared.segments.map((seg) => ({
        from: seg.date,
        first_month: seg.firstMonth,
        last_month: seg.firstMonth + seg.months - 1,
        pricing_model: seg.rules.model,
        rate_card: seg.card.id,
        rules: seg.rules.statements,
      })),
    }),
    rules: rulesStatements(prepared.segments ?? [{ date: prepared.date, rules: pricing.rules }]),
    decisions: decisionsFor(prepared.segments?.map((seg) => seg.rules) ?? pricing.rules),
    audiences: prepared.audiences.map((a) => ({
      name: a.name,
      source: a.source,
      recipients: s(sum(a.countries.values())),
      countries: Object.fromEntries([...a.countries].map(([k, v]) => [k, s(v)])),
      ...(a.contacts && {
        contacts: {
          file: a.contacts.file,
          rows: a.contacts.rows,
          valid: a.contacts.valid,
          duplicates: a.contacts.duplicates,
          rejected: a.contacts.rejected,
          rejected_by_reason: a.contacts.rejectedByReason,
        },
      }),
    })),
    lines,
    skipped: pricing.skipped.map((x) => ({
      id: x.id,
      name: x.name,
      campaign: x.campaign,
      market: x.market,
      category: x.category,
      billable: s(x.billable),
      reason: x.reason,
      ...(x.superseded && { superseded: toReportSuperseded(x.superseded) }),
    })),
    totals: {
      meta: s(metaTotal),
      vendor: vendorTotal === undefined ? null : s(vendorTotal),
      total: s(total),
      months,
      by_category: Object.fromEntries(Object.entries(byCategory).map(([k, v]) => [k, s(v)])),
    },
    warnings: [
      ...prepared.warnings,
      ...(prepared.kpis?.warnings ?? []).map((message) => ({ code: 'kpi-not-computed', message })),
      ...(vendor?.invoice.unpriced ?? []).map((u) => ({
        code: 'vendor-unpriced',
        message: `vendor ${vendor!.plan.id}: ${u.name}${u.month ? ` (month ${u.month})` : ''} not priced: ${u.reason} (--allow-missing-rates)`,
      })),
      ...pricing.warnings,
      ...pricing.skipped.map((x) => ({
        code: x.superseded ? 'rate-superseded-skipped' : 'rate-missing-skipped',
        message: `${x.name}${x.campaign ? ` [${x.campaign}]` : ''} not priced: ${x.reason} (--allow-missing-rates)`,
      })),
    ],
  };
}

export function toReportSuperseded(x: SupersededRate): ReportSuperseded {
  const bound = boundOf(x.change);
  return {
    card: x.card,
    card_rate: s(x.cardRate),
    card_rate_is: bound === 'upper' ? 'upper_bound' : bound === 'lower' ? 'lower_bound' : null,
    change_date: x.change.effectiveDate,
    direction: x.change.direction,
    quote: x.change.quote,
    source_url: x.change.sourceUrl,
    trust: x.change.trust,
  };
}

function toReportLine(l: MetaLine, inTotal: boolean): ReportLine {
  return {
    id: l.id,
    section: 'meta',
    kind: l.kind,
    campaign: l.campaign,
    name: l.name,
    market: l.market,
    countries: l.countries,
    category: l.category,
    unit: l.unit,
    recipients: l.kind === 'tier_adjustment' ? null : s(l.recipients),
    delivered: l.kind === 'tier_adjustment' ? null : s(l.delivered),
    free: l.kind === 'tier_adjustment' ? null : s(l.free),
    billable: s(l.billable),
    unit_rate: l.unitRate ? s(l.unitRate) : null,
    cost: s(l.cost),
    rate_source: l.rateSource,
    ...(l.pricedAsOf !== undefined && { priced_as_of: l.pricedAsOf }),
    notes: l.notes,
    in_total: inTotal,
    months: l.months.map((m) => ({
      month: m.month,
      delivered: s(m.delivered),
      free: s(m.free),
      billable: s(m.billable),
      cost: s(m.cost),
    })),
  };
}
