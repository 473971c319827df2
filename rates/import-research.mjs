#!/usr/bin/env node
/* global process, URL, console */
// Rebuilds rates/meta/ from the team's research notes in ../shared/meta-pricing (CSV files whose
// provenance is documented in RULES.md). Run it when the research changes, then review the diff:
//   node rates/import-research.mjs ../shared/meta-pricing
// Every card keeps its sources, trust level and row-level caveats; a missing row stays missing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '../shared/meta-pricing';
const out = new URL('./meta/', import.meta.url).pathname;
const PRICING_PAGE = 'https://developers.facebook.com/documentation/business-messaging/whatsapp/pricing';
const CBP_PAGE = 'https://developers.facebook.com/docs/whatsapp/conversation-based-pricing';
const RESEARCH = 'shared/meta-pricing/RULES.md §4 (research of 2026-11-24)';

const csv = (file) => {
  const [head, ...rows] = readFileSync(join(dir, file), 'utf8').trim().split(/\r?\n/);
  const cols = head.split(',');
  return rows.map((line) => {
    const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
};

// Sources of each card, from RULES.md's source table (D-ids are the research's source ids).
const SOURCES = {
  '2026-10-01/USD': ['D1: transcription of "Cost per message in USD ... effective October 1, 2026", downloaded from Meta 2026-10-09 (GitHub file id 70856709963)', 'S11: verbatim Kazakhstan row of the USD CSV (GitHub file id 71395996636)'],
  '2026-10-01/AED': ['D2: Hugging Face dataset tobachat/whatsapp-api-rates (AED rows; they equal the USD rows × 3.6725)'],
  '2026-10-01/INR': ['D17: October 2026 service-rate examples (GitHub file id 71252962651)'],
  '2026-10-01/GBP': ['D17: October 2026 service-rate examples (GitHub file id 71252962651)'],
  '2026-07-01/USD': ['D4: July 1 2026 rates for 8 markets (GitHub file id 71361380605)', 'D5: Middle East/Africa rates read from Meta CSV 2026-08-22 (GitHub file id 62352398615)', 'D6: Chile rates from the July 1 2026 CSV (GitHub file id 56025517130)', 'D7: July 1 2026 USD subset (GitHub file id 57658455399)', 'D10: Peru USD/PEN audit 2026-09-03 (GitHub file id 57955171777)', 'Rest of Central & Eastern Europe from the S11 file (GitHub file id 71395996636)'],
  '2026-07-01/GBP': ['D4: July 1 2026 GBP rates for 8 markets (GitHub file id 71361380605)'],
  '2026-07-01/EUR': ['D4: July 1 2026 EUR rates for 8 markets (GitHub file id 71361380605)', 'D8: "Meta Rate Card EUR, effective July 1, 2026" subset, marketing and utility only (GitHub file id 62279369299)'],
  '2026-07-01/CLP': ['D6: Chile CLP rates from the July 1 2026 CSV (GitHub file id 56025517130)'],
  '2026-07-01/PEN': ['D10: Peru PEN audit 2026-09-03 (GitHub file id 57955171777)'],
  '2026-07-01/INR': ['D9: India INR card effective 2026-07-01 (GitHub file id 66462758902)'],
  '2025-10-01/INR': ['D11: "Cost per message in INR on the WhatsApp Business Platform, effective October 1, 2025", 32 markets, transcribed from the CSV (GitHub file id 21180047369)'],
  '2025-07-01/USD': ['D12: USD marketing/utility July 2025 (GitHub file id 30005247748) and docs.sent.dm/docs/guides/whatsapp-pricing ("Complete Country Pricing Table ... effective July 1, 2025")'],
  '2024-10-01/USD': ['D13: USD conversation-based card with the October 2024 marketing updates (GitHub file id 35670377019)'],
  '2023-06-01/USD': ['D14: verbatim lines of Meta\'s CSV "Cost per conversation in USD, effective June 1, 2023" (GitHub files id 17998240068 / 18085208530)'],
};
const COMPLETE = new Set(['2026-10-01/USD', '2025-10-01/INR']);
const NOTES = {
  '2026-10-01/USD': ['All 47 markets. Service = utility = authentication in every market (RULES §4.1).', 'Authentication-international is known only for Kazakhstan (S11); other markets\' auth-international rates are unknown.'],
  '2024-10-01/USD': ['Effective date inferred from the updates it contains (RULES §4): in force 2024-10-01 to 2025-01-31.', 'Service rates were not captured: service was charged until 2024-10-31 and is free from 2024-11-01.', 'The source lists United States and Canada separately with identical values; written as North America.'],
  '2023-06-01/USD': ['Only Indonesia, Malaysia and Other were captured. Indonesia authentication-international applies from 2024-06-01 (the CSV\'s own note).'],
  '2025-07-01/USD': ['Partial: marketing and utility for 18 markets plus five regions; authentication only where captured.'],
};
// Row-level caveats (RULES §4.1): single-source values, not cross-checked.
const ROW_NOTES = {
  '2026-10-01/USD': ['Saudi Arabia', 'United Arab Emirates', 'Rest of Middle East', 'Rest of Asia Pacific', 'Mexico'].map((market) => ({
    market,
    category: 'marketing',
    trust: 'single-source',
    note: 'single-source value (D1), differs from July 2026; check against the official CSV before relying on it (RULES §4.1)',
  })).concat(
    // RULES §4.1 also notes these changed by 2026-10-01 on D1's word alone (D1 vs D10/D11).
    [['Peru', 'July 2026 (0.02)'], ['South Africa', 'the INR card of 2025-10-01']].flatMap(([market, was]) =>
      ['utility', 'authentication', 'service'].map((category) => ({
        market,
        category,
        trust: 'single-source',
        note: `value from D1 alone, changed from ${was}; check against the official CSV before relying on it (RULES §4.1)`,
      })),
    ),
  ),
};

const y = (s) => (/^[\w .&()-]+$/.test(s) && !/^(true|false|null|yes|no|on|off|[\d.]+)$/i.test(s) ? s : JSON.stringify(s));

const rows = ['meta-rates-2023-06-01-CBP.csv', 'meta-rates-2024-10-01-CBP.csv', 'meta-rates-2025-07-01-PMP.csv', 'meta-rates-2025-10-01-PMP.csv', 'meta-rates-2026-07-01-PMP.csv', 'meta-rates-2026-10-01-PMP.csv'].flatMap((f) => csv(f).map((r) => ({ ...r, file: f })));
const cards = new Map();
for (const r of rows) {
  // The 2023 card's Indonesia auth-international row carries its own start date; the card is 2023-06-01.
  const date = r.file.slice(11, 21);
  const key = `${date}/${r.currency}`;
  if (!cards.has(key)) cards.set(key, { date, model: r.model, currency: r.currency, file: r.file, rates: new Map() });
  const card = cards.get(key);
  if (!card.rates.has(r.market)) card.rates.set(r.market, []);
  card.rates.get(r.market).push([r.category, r.rate]);
}
for (const [key, card] of cards) {
  const id = `meta-${card.date}-${card.currency}`;
  const cbp = card.model === 'CBP';
  const lines = [
    `# Meta WhatsApp Business Platform rate card, ${card.currency}, effective ${card.date}.`,
    `# Generated by rates/import-research.mjs from shared/meta-pricing/${card.file}; edit the research, not this file.`,
    `version: 1`,
    `id: ${id}`,
    `provider: meta`,
    `model: ${cbp ? 'per_conversation' : 'per_message'}`,
    `currency: ${card.currency}`,
    `effective_date: ${card.date}`,
    `complete: ${COMPLETE.has(key)}`,
    `trust: third-party transcription`,
    `source:`,
    `  url: ${cbp ? CBP_PAGE : PRICING_PAGE}`,
    `  research: ${y(RESEARCH)}`,
    `  via:`,
    ...(SOURCES[key] ?? ['see RULES.md §4']).map((s) => `    - ${JSON.stringify(s)}`),
  ];
  const notes = NOTES[key] ?? (COMPLETE.has(key) ? [] : ['Partial card: a market or category that is not listed is unknown, not free.']);
  if (notes.length) lines.push('notes:', ...notes.map((n) => `  - ${JSON.stringify(n)}`));
  if (ROW_NOTES[key]) {
    lines.push('row_notes:');
    for (const n of ROW_NOTES[key]) lines.push(`  - { market: ${y(n.market)}, category: ${n.category}, trust: ${n.trust}, note: ${JSON.stringify(n.note)} }`);
  }
  lines.push(`rates: # per delivered ${cbp ? 'conversation' : 'message'}, ${card.currency}`);
  for (const [market, cats] of [...card.rates].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(`  ${y(market)}: { ${cats.map(([c, r]) => `${c}: ${r}`).join(', ')} }`);
  }
  writeFileSync(join(out, 'cards', `${id}.yaml`), `${lines.join('\n')}\n`);
}

// Volume tiers: one file per (effective date, currency).
const tiers = new Map();
for (const r of csv('meta-volume-tiers.csv')) {
  const key = `${r.effective_date}/${r.currency}`;
  if (!tiers.has(key)) tiers.set(key, []);
  tiers.get(key).push(r);
}
const TIER_META = {
  '2026-10-01/USD': { via: 'D15: Rest of Africa utility volume tiers from Meta\'s 2026-10-01 rate-card PDF (GitHub file id 71176599289)', trust: 'third-party transcription', confidence: 'normal' },
  '2026-01-01/INR': { via: 'D16: whats91.com/pricing, India INR authentication tiers "Effective January 1, 2026"; contradicts D9 on the first bound', trust: 'third-party transcription', confidence: 'low' },
};
for (const [key, list] of tiers) {
  const [date, currency] = key.split('/');
  const meta = TIER_META[key];
  const groups = new Map();
  for (const r of list) {
    const g = `${r.market}/${r.category}`;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(r);
  }
  const lines = [
    `# Meta volume tiers (graduated, per market and category, per month), ${currency}, effective ${date}.`,
    `# Generated by rates/import-research.mjs from shared/meta-pricing/meta-volume-tiers.csv.`,
    'version: 1',
    `id: meta-tiers-${date}-${currency}`,
    'provider: meta',
    `currency: ${currency}`,
    `effective_date: ${date}`,
    `trust: ${meta.trust}`,
    `confidence: ${meta.confidence}`,
    'source:',
    `  url: ${PRICING_PAGE}`,
    `  research: ${y('shared/meta-pricing/RULES.md §4.3')}`,
    `  via:`,
    `    - ${JSON.stringify(meta.via)}`,
    ...(meta.confidence === 'low' ? ['notes:', '  - "Low confidence: tier bounds unverified (RULES §4.3)."'] : []),
    'tables:',
  ];
  for (const [g, rs] of groups) {
    const [market, category] = g.split('/');
    lines.push(`  - market: ${y(market)}`, `    category: ${category}`, '    tiers: # [from, to (empty: no bound), rate]');
    for (const r of rs) lines.push(`      - { from: ${r.tier_from}, to: ${r.tier_to || 'null'}, rate: ${r.rate} }`);
  }
  writeFileSync(join(out, 'tiers', `meta-tiers-${date}-${currency}.yaml`), `${lines.join('\n')}\n`);
}

// Market mapping with its history.
const hist = csv('meta-markets-history.csv');
const byIso = new Map();
for (const r of hist) {
  if (!byIso.has(r.iso2)) byIso.set(r.iso2, { name: r.country, code: r.calling_code, periods: [] });
  byIso.get(r.iso2).periods.push({ market: r.market, from: r.effective_from, to: r.effective_to });
}
// Before 2026-10-01 Meta's table maps calling code 7 to Russia only, so Kazakh numbers were billed as
// Russia then (an assumption the research marks as unverified, RULES §5 caveat 1).
byIso.get('KZ')?.periods.unshift({ market: 'Russia', from: '', to: '2026-09-30', assumed: true });
const lines = [
  '# Meta WhatsApp markets: which market each country (ISO 3166 alpha-2) is billed in, with dated moves.',
  '# Generated by rates/import-research.mjs from shared/meta-pricing/meta-markets-history.csv.',
  'version: 1',
  'id: meta-markets',
  'source:',
  `  url: ${PRICING_PAGE}`,
  '  name: "Meta, Pricing on the WhatsApp Business Platform: country calling codes (Updated Jul 1, 2026) and the markets moving on 2026-10-01"',
  '  research: "shared/meta-pricing/RULES.md §5"',
  'trust: official',
  'default_market: Other # "If a country is not listed below, it maps to Other" (Meta)',
  'notes:',
  '  - "+1 numbers: US and CA are North America; DO (809, 829, 849), JM (658, 876) and PR (787, 939) are Rest of Latin America; other NANP countries are Other."',
  '  - "Kazakhstan shares +7 with Russia. Before 2026-10-01 Meta mapped calling code 7 to Russia; wa-cost bills KZ as Russia then (assumption, RULES §5 caveat 1)."',
  'countries:',
];
for (const [iso, c] of [...byIso].sort((a, b) => a[0].localeCompare(b[0]))) {
  const periods = c.periods.map((p) => `{ market: ${y(p.market)}${p.from ? `, from: ${p.from}` : ''}${p.to ? `, to: ${p.to}` : ''}${p.assumed ? ', assumed: true' : ''} }`);
  lines.push(`  ${iso}: { name: ${y(c.name)}, calling_code: ${JSON.stringify(c.code)}, periods: [${periods.join(', ')}] }`);
}
writeFileSync(join(out, 'markets.yaml'), `${lines.join('\n')}\n`);
console.log(`wrote ${cards.size} cards, ${tiers.size} tier files, ${byIso.size} countries`);
