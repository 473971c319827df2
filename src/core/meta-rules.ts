import type { PricingModel } from './rate-card.js';

/**
 * Meta's charging rules by date. Every date cites shared/meta-pricing/RULES.md; a change of rule is a
 * new constant here plus a test, never a special case in the engine.
 */

/** Conversation categories (marketing/utility/authentication/service) start: RULES §1, 2023-06-01. Earlier dates are out of scope. */
export const CBP_CATEGORIES_FROM = '2023-06-01';
/** Per-message pricing replaces conversation pricing: RULES §1, 2025-07-01. */
export const PMP_FROM = '2025-07-01';
/** Service conversations/messages free for everyone: RULES §1 and §3, 2024-11-01. */
export const SERVICE_FREE_FROM = '2024-11-01';
/** Service messages charged after a free tier per phone number: RULES §2.1/§2.3, 2026-10-01. */
export const SERVICE_CHARGED_FROM = '2026-10-01';
/** Utility templates inside an open customer service window: free 2025-07-01…2026-09-30, charged from 2026-10-01 (RULES §2.1). */
export const CSW_UTILITY_CHARGED_FROM = '2026-10-01';
/** Free delivered service messages per business phone number per month (RULES §2.3). */
export const SERVICE_FREE_TIER_PER_NUMBER = 1000;
/** Free service conversations per month per WABA, 2023-06-01…2024-10-31 (RULES §3). */
export const CBP_SERVICE_FREE_TIER_PER_ACCOUNT = 1000;
/** Marketing templates to US (+1) numbers paused by Meta (third-party reports, RULES §1). */
export const US_MARKETING_PAUSED_FROM = '2025-04-01';

/** Countries with an authentication-international rate and the date it starts (RULES §2.5). */
export const AUTH_INTERNATIONAL_FROM: Readonly<Record<string, string>> = {
  ID: '2024-06-01',
  IN: '2024-07-01',
  EG: '2025-02-01',
  MY: '2025-02-01',
  NG: '2025-02-01',
  PK: '2025-02-01',
  SA: '2025-02-01',
  ZA: '2025-02-01',
  AE: '2025-02-01',
  BD: '2026-10-01',
  IQ: '2026-10-01',
  NP: '2026-10-01',
  LK: '2026-10-01',
  KZ: '2026-10-01',
  KW: '2026-10-01',
  MA: '2026-10-01',
  OM: '2026-10-01',
  UA: '2026-10-01',
};

/** The rules in force on one date, each with the sentence the report prints. */
export interface RuleSet {
  date: string;
  model: PricingModel;
  /** Utility templates delivered inside an open customer service window are free. */
  cswUtilityFree: boolean;
  /** Service (non-template) messages or conversations are free without limit. */
  serviceFree: boolean;
  /** Free service units per month: per business phone number (PMP 2026-10) or per account (CBP 2023-06…2024-10). */
  serviceFreeTier: { units: number; per: 'phone_number' | 'account' } | null;
  /** Graduated volume tiers for utility and authentication (PMP only). */
  volumeTiers: boolean;
  /** Human-readable statements of the rules applied, with their RULES.md section. */
  statements: string[];
}

/** The rule set in force on `date` (`YYYY-MM-DD`); undefined before 2023-06-01 (out of scope). */
export function rulesOn(date: string): RuleSet | undefined {
  if (date < CBP_CATEGORIES_FROM) return undefined;
  if (date < PMP_FROM) {
    const serviceFree = date >= SERVICE_FREE_FROM;
    return {
      date,
      model: 'per_conversation',
      cswUtilityFree: false,
      serviceFree,
      serviceFreeTier: serviceFree ? null : { units: CBP_SERVICE_FREE_TIER_PER_ACCOUNT, per: 'account' },
      volumeTiers: false,
      statements: [
        'Conversation-based pricing: one charge per 24-hour conversation per template category, on delivery (RULES §3).',
        serviceFree
          ? 'Service conversations are free, without limit, from 2024-11-01 (RULES §3).'
          : 'The first 1,000 service conversations each month per WhatsApp Business Account are free (RULES §3).',
        'Conversations opened from a free entry point are free (RULES §3).',
      ],
    };
  }
  const serviceCharged = date >= SERVICE_CHARGED_FROM;
  const cswUtilityFree = date < CSW_UTILITY_CHARGED_FROM;
  return {
    date,
    model: 'per_message',
    cswUtilityFree,
    serviceFree: !serviceCharged,
    serviceFreeTier: serviceCharged ? { units: SERVICE_FREE_TIER_PER_NUMBER, per: 'phone_number' } : null,
    volumeTiers: true,
    statements: [
      'Per-message pricing: each delivered template message is charged at its market and category rate (RULES §2.1).',
      cswUtilityFree
        ? 'Utility templates delivered inside an open customer service window are free until 2026-09-30 (RULES §2.1).'
        : 'Utility templates delivered inside an open customer service window are charged from 2026-10-01 (RULES §2.1).',
      serviceCharged
        ? 'Service messages are charged at the market service rate after 1,000 free delivered service messages per business phone number per month, from 2026-10-01 (RULES §2.3).'
        : 'Service (non-template) messages are free until 2026-09-30 (RULES §2.1).',
      'Everything delivered inside a 72-hour free entry point window is free (RULES §2.2).',
      'Utility and authentication volume tiers are graduated per market and category per month, counting charged messages only (RULES §2.4); wa-cost applies them only where it has the tier table, and a warning names the lines priced at list rate without one.',
    ],
  };
}

/** Whether an authentication message to `country` is billed at the authentication-international rate (RULES §2.5). */
export function isAuthInternational(
  country: string,
  date: string,
  business: { country?: string; eligible: boolean },
): boolean {
  const from = AUTH_INTERNATIONAL_FROM[country];
  return (
    business.eligible &&
    business.country !== undefined &&
    business.country !== country &&
    from !== undefined &&
    date >= from
  );
}
