import type { Io } from '../io/io.js';
import { InputError } from '../errors.js';
import type { Decimal } from '../core/money.js';
import type { MarketMapping } from '../core/rate-card.js';
import type { LoadedPlan } from './load-plan.js';

/** An audience reduced to recipients per country, with where the counts came from. */
export interface AudienceSummary {
  name: string;
  countries: Map<string, Decimal>;
  source: 'countries' | 'contacts';
}

/** Turns each audience of the plan into recipients per country (ISO alpha-2, upper case). */
export async function resolveAudiences(
  loaded: LoadedPlan,
  _date: string,
  _markets: MarketMapping,
  _io: Io,
): Promise<AudienceSummary[]> {
  const out: AudienceSummary[] = [];
  for (const [name, a] of Object.entries(loaded.plan.audiences)) {
    if (a.countries) {
      out.push({
        name,
        source: 'countries',
        countries: new Map(Object.entries(a.countries).map(([k, v]) => [k.toUpperCase(), v])),
      });
    } else {
      throw new InputError('E_CONTACTS_UNSUPPORTED', [
        {
          file: loaded.file,
          path: `audiences.${name}.contacts`,
          message: 'contact-file audiences are not available in this build yet',
          hint: 'give `countries: { IN: 20000, ... }` instead',
        },
      ]);
    }
  }
  return out;
}
