import { ZERO, type Decimal } from './money.js';
import type { Category } from './rate-card.js';

/**
 * One month of traffic and Meta fees, the input of vendor pricing and KPIs. Outbound counts are
 * delivered business messages per category, free ones included; `activeContacts` adds the contacts
 * campaigns reach (per audience, never more than the audience: price-meta.ts) and service conversations
 * (an upper bound: their overlap with campaign contacts is unknown).
 */
export interface MonthUsage {
  month: number;
  metaFees: Record<Category, Decimal>;
  outbound: Record<Category, Decimal>;
  inbound: Decimal;
  conversations: Decimal;
  activeContacts: Decimal;
}

const perCategory = (): Record<Category, Decimal> => ({
  marketing: ZERO,
  utility: ZERO,
  authentication: ZERO,
  authentication_international: ZERO,
  service: ZERO,
});

export function emptyUsage(month: number): MonthUsage {
  return {
    month,
    metaFees: perCategory(),
    outbound: perCategory(),
    inbound: ZERO,
    conversations: ZERO,
    activeContacts: ZERO,
  };
}
