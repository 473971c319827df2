import { confirm, input, select } from '@inquirer/prompts';
import { UsageError } from '../errors.js';
import type { Io } from '../io/io.js';
import {
  INIT_CATEGORIES,
  parseCountryList,
  type InitAnswers,
  type InitAudience,
  type InitCampaign,
} from './init-plan.js';

const DECIMAL = /^\d+(\.\d+)?$/;
const decimalAnswer = (v: string) => DECIMAL.test(v.trim()) || 'a number such as 1 or 2.5';

/**
 * The `wa-cost init` questions (@inquirer/prompts, loaded only by this command). Every answer is
 * checked as it is typed, so the plan built from them validates. Ctrl-C ends with nothing written.
 */
export async function askInitAnswers(io: Io): Promise<InitAnswers> {
  try {
    return await ask(io);
  } catch (err) {
    if (err instanceof Error && err.name === 'ExitPromptError')
      throw new UsageError([{ message: 'wa-cost init cancelled; nothing was written' }], 'E_INIT_CANCELLED');
    throw err;
  }
}

async function ask(io: Io): Promise<InitAnswers> {
  io.stderr('wa-cost init: a few questions, then a plan file you can price with `wa-cost estimate`.\n');
  const name = await input({
    message: 'Plan name:',
    default: 'My WhatsApp plan',
    validate: (v) => v.trim().length > 0 || 'a name, please',
  });
  const currency = await input({
    message: 'Billing currency of your WhatsApp Business Account:',
    default: 'USD',
    validate: (v) => /^[A-Za-z]{3}$/.test(v.trim()) || 'a three-letter code such as USD, EUR, INR',
  });
  const source = await select({
    message: 'Who will you message?',
    choices: [
      { name: 'Recipients by country (I know the numbers)', value: 'countries' as const },
      { name: 'A contacts file (CSV export with phone numbers)', value: 'contacts' as const },
    ],
  });
  let audience: InitAudience;
  if (source === 'countries') {
    const text = await input({
      message: 'Countries and recipients (e.g. IN=20000, BR=5000):',
      validate: (v) =>
        parseCountryList(v) !== null || 'write pairs like IN=20000, BR=5000 (ISO country code = recipients)',
    });
    audience = { kind: 'countries', countries: parseCountryList(text) ?? [] };
  } else {
    const file = await input({
      message: 'Contacts CSV file (relative to the plan file):',
      validate: (v) => v.trim().length > 0 || 'a file name, please',
    });
    const dc = await input({
      message: 'Country of numbers written without +country code (e.g. DE; empty if all have one):',
      validate: (v) =>
        v.trim() === '' || /^[A-Za-z]{2}$/.test(v.trim()) || 'a two-letter country code, or empty',
    });
    audience = { kind: 'contacts', file: file.trim(), ...(dc.trim() && { defaultCountry: dc.trim() }) };
  }
  const campaigns: InitCampaign[] = [];
  do {
    io.stderr(`Campaign ${campaigns.length + 1}:\n`);
    const campaignName = await input({
      message: 'Campaign name:',
      default: `campaign-${campaigns.length + 1}`,
      validate: (v) =>
        (v.trim().length > 0 && !campaigns.some((c) => c.name === v.trim())) || 'a name not used yet',
    });
    const category = await select({
      message: 'Template category:',
      choices: INIT_CATEGORIES.map((c) => ({ name: c, value: c })),
    });
    const messagesPerRecipient = await input({
      message: 'Messages per recipient per send:',
      default: '1',
      validate: decimalAnswer,
    });
    const sendsPerMonth = await input({ message: 'Sends per month:', default: '1', validate: decimalAnswer });
    campaigns.push({
      name: campaignName.trim(),
      category,
      messagesPerRecipient: messagesPerRecipient.trim(),
      sendsPerMonth: sendsPerMonth.trim(),
    });
  } while (await confirm({ message: 'Add another campaign?', default: false }));
  const vendor = await input({
    message: 'Vendor plan id (see `wa-cost vendors`; empty for Meta fees only):',
    validate: (v) =>
      v.trim() === '' ||
      /^[a-z0-9][a-z0-9.-]*$/.test(v.trim()) ||
      'an id such as respond-io-growth, or empty',
  });
  const months = await input({
    message: 'Horizon in months (1-120):',
    default: '3',
    validate: (v) =>
      (/^\d+$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= 120) || 'a whole number from 1 to 120',
  });
  return {
    name: name.trim(),
    currency: currency.trim().toUpperCase(),
    months: months.trim(),
    audience,
    campaigns,
    ...(vendor.trim() && { vendor: vendor.trim() }),
  };
}
