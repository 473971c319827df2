/**
 * The `wa-cost init` answers → plan step, kept free of prompts and files so it can be unit-tested:
 * the wizard collects `InitAnswers`, this writes the plan text (YAML with comments), and the caller
 * validates it with the plan schema before writing it.
 */

export const INIT_CATEGORIES = ['marketing', 'utility', 'authentication'] as const;
export type InitCategory = (typeof INIT_CATEGORIES)[number];

export interface InitCampaign {
  name: string;
  category: InitCategory;
  /** Decimal text as typed, e.g. "2". */
  messagesPerRecipient: string;
  sendsPerMonth: string;
}

export type InitAudience =
  | { kind: 'countries'; countries: { code: string; recipients: string }[] }
  | { kind: 'contacts'; file: string; defaultCountry?: string };

export interface InitAnswers {
  name: string;
  currency: string;
  months: string;
  audience: InitAudience;
  campaigns: InitCampaign[];
  /** A vendor plan id from `wa-cost vendors`, or undefined for Meta's fees only. */
  vendor?: string;
  /** `$schema` path for editors, relative to the plan file; left out when undefined. */
  schemaPath?: string;
}

const q = (s: string): string => JSON.stringify(s);

/** Parses "IN=20000, BR 5000; de:1200" into country/recipient pairs; null when a part does not parse. */
export function parseCountryList(text: string): { code: string; recipients: string }[] | null {
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const out: { code: string; recipients: string }[] = [];
  for (const part of parts) {
    const m = /^([A-Za-z]{2})\s*[=:\s]\s*([\d_]+)$/.exec(part);
    if (!m?.[1] || !m[2]) return null;
    out.push({ code: m[1].toUpperCase(), recipients: m[2].replace(/_/g, '') });
  }
  return out;
}

/** The plan file for the answers: version 1, commented, every key in the README's order. */
export function buildInitPlan(a: InitAnswers): string {
  const lines: string[] = [];
  if (a.schemaPath) lines.push(`# yaml-language-server: $schema=${a.schemaPath}`);
  lines.push(
    '# Written by `wa-cost init`. Price it with: wa-cost estimate <this file>',
    '# Every key is described in the README ("Plan format").',
    'version: 1',
    `name: ${q(a.name)}`,
    '# as_of: 2026-01-01        # the date whose rates and rules apply (default: the day you run wa-cost)',
    `currency: ${a.currency.toUpperCase()}              # your WhatsApp Business Account's billing currency`,
    `months: ${a.months}                   # horizon: how many months to price`,
    'monthly_growth_pct: 0      # month n has (1 + g)^(n-1) times month 1’s volume',
    'phone_numbers: 1',
    '',
    'audiences:',
    '  main:',
  );
  if (a.audience.kind === 'countries') {
    const pairs = a.audience.countries.map((c) => `${c.code}: ${c.recipients}`).join(', ');
    lines.push(`    countries: { ${pairs} }   # recipients by country (ISO 3166 alpha-2)`);
  } else {
    lines.push(`    contacts: ${q(a.audience.file)}   # a CSV export, relative to this file`);
    if (a.audience.defaultCountry)
      lines.push(
        `    default_country: ${a.audience.defaultCountry.toUpperCase()}   # for numbers without +country code`,
      );
  }
  lines.push('', 'campaigns:');
  for (const c of a.campaigns) {
    lines.push(
      `  - name: ${q(c.name)}`,
      '    audience: main',
      `    category: ${c.category}        # marketing | utility | authentication`,
      `    messages_per_recipient: ${c.messagesPerRecipient}   # template messages per recipient per send`,
      `    sends_per_month: ${c.sendsPerMonth}`,
      '    delivery_rate_pct: 100     # Meta charges delivered messages only',
    );
  }
  if (a.vendor) {
    lines.push(
      '',
      'vendor:',
      `  plan: ${q(a.vendor)}      # see \`wa-cost vendors\``,
      '  seats: 1',
      '  billing: monthly',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The plan `wa-cost init --yes` writes: one marketing and one utility campaign in three markets. */
export function starterAnswers(schemaPath?: string): InitAnswers {
  return {
    name: 'My first WhatsApp plan',
    currency: 'USD',
    months: '3',
    audience: {
      kind: 'countries',
      countries: [
        { code: 'IN', recipients: '10000' },
        { code: 'BR', recipients: '5000' },
        { code: 'DE', recipients: '1000' },
      ],
    },
    campaigns: [
      { name: 'monthly-promo', category: 'marketing', messagesPerRecipient: '1', sendsPerMonth: '1' },
      { name: 'order-updates', category: 'utility', messagesPerRecipient: '2', sendsPerMonth: '1' },
    ],
    ...(schemaPath && { schemaPath }),
  };
}
