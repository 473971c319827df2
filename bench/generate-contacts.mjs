#!/usr/bin/env node
/* global process, console */
// Writes a synthetic contact export that looks like a real customer base, for `bench/run.mjs`.
// Usage: node bench/generate-contacts.mjs <rows> <out.csv> [--semicolon] [--bom] [--seed N]
// ~42 countries weighted like a customer base; ~5% duplicates written in another format; ~1% unusable
// rows (empty, letters, too short); quoted names with commas; ~10% national format with a country column.
import { createWriteStream } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import examples from 'libphonenumber-js/mobile/examples';
import { getCountryCallingCode, parsePhoneNumber } from 'libphonenumber-js/max';

const args = process.argv.slice(2);
const rows = Number(args[0] ?? 1_000_000);
const out = args[1] ?? `bench/out/contacts-${rows}.csv`;
const semicolon = args.includes('--semicolon');
const bom = args.includes('--bom');
const seedAt = args.indexOf('--seed');
let seed = seedAt === -1 ? 42 : Number(args[seedAt + 1]);

function random() {
  // mulberry32: deterministic, so every run benchmarks the same file.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const WEIGHTS = {
  US: 14,
  IN: 11,
  BR: 10,
  MX: 6,
  ID: 5,
  DE: 5,
  GB: 5,
  ES: 3,
  IT: 3,
  FR: 3,
  TR: 3,
  NG: 2,
  ZA: 2,
  EG: 2,
  SA: 2,
  AE: 2,
  CO: 2,
  AR: 2,
  PK: 2,
  CA: 2,
  RU: 1.5,
  KZ: 0.6,
  DO: 0.6,
  JM: 0.3,
  PR: 0.5,
  AU: 1,
  NL: 1,
  PL: 1,
  MY: 1,
  PH: 1,
  TH: 1,
  VN: 1,
  KE: 1,
  IL: 0.5,
  CL: 1,
  PE: 1,
  BD: 1,
  UA: 1,
  PT: 0.5,
  BE: 0.5,
  SE: 0.5,
  CH: 0.5,
};
const countries = Object.keys(WEIGHTS);
const cumulative = [];
let total = 0;
for (const c of countries) cumulative.push((total += WEIGHTS[c]));
const pickCountry = () => {
  const r = random() * total;
  return countries[cumulative.findIndex((w) => r < w)];
};

const FIRST = [
  'Ana',
  'João',
  'Maria',
  'Mehmet',
  'Priya',
  'Li',
  'Olga',
  'Ahmed',
  'Fatima',
  'John',
  'Zoë',
  'Jürgen',
  'Chloé',
];
const LAST = [
  'Silva',
  'Smith',
  'Müller',
  'García',
  'Kumar',
  'Nguyen',
  'Ivanova',
  'Yılmaz',
  'Okafor',
  "O'Brien",
  'Rossi',
];

/** A mobile number of the country: its example number with the last 6 (short numbers: 5) digits randomised. */
function nationalNumber(country) {
  const example = examples[country];
  const n = example.length >= 9 ? 6 : 5;
  return example.slice(0, example.length - n) + String(Math.floor(random() * 10 ** n)).padStart(n, '0');
}
// Countries whose international call prefix is 00 (others dial 011, 810, …).
const IDD_00 = new Set([
  'DE',
  'GB',
  'ES',
  'IT',
  'FR',
  'NL',
  'PL',
  'PT',
  'BE',
  'SE',
  'CH',
  'TR',
  'IN',
  'EG',
  'SA',
  'AE',
  'MX',
]);

function grouped(digits) {
  return digits.replace(/(\d{3})(\d{3})(\d+)/, '$1 $2 $3');
}

/** Writes a number in one of the formats CRMs export; national formats need the country column. */
function format(country, nsn, style) {
  const cc = getCountryCallingCode(country);
  switch (style) {
    case 0:
      return `+${cc}${nsn}`;
    case 1:
      return `+${cc} ${grouped(nsn)}`;
    case 2:
      return `+${cc} (${nsn.slice(0, 3)}) ${nsn.slice(3, 6)}-${nsn.slice(6)}`;
    case 3:
      return `+${cc}-${nsn.slice(0, 3)}-${nsn.slice(3)}`;
    case 4:
      return parsePhoneNumber(`+${cc}${nsn}`).formatNational();
    case 5:
      return IDD_00.has(country) ? `00${cc} ${nsn}` : `+${cc}${nsn}`;
    default:
      return `${cc}${nsn}`;
  }
}
const STYLE_WEIGHTS = [50, 18, 8, 14, 6, 2, 2]; // % per style above
const pickStyle = () => {
  let r = random() * 100;
  for (let s = 0; s < STYLE_WEIGHTS.length; s++) if ((r -= STYLE_WEIGHTS[s]) < 0) return s;
  return 0;
};

const INVALID = ['', 'n/a', '12', '+49 1', 'call me', '+1 555 0100', '000000'];
const delim = semicolon ? ';' : ',';
const quote = (s) => (s.includes(delim) || s.includes('"') ? `"${s.replaceAll('"', '""')}"` : s);

mkdirSync(dirname(out), { recursive: true });
const stream = createWriteStream(out);
let buffer =
  (bom ? '\uFEFF' : '') + ['id', 'name', 'email', 'phone', 'country', 'created_at'].join(delim) + '\n';
const recent = [];
for (let i = 1; i <= rows; i++) {
  let country;
  let phone;
  const r = random();
  if (r < 0.05 && recent.length > 0) {
    const [c, nsn] = pick(recent); // a duplicate, written in another format
    country = c;
    phone = format(c, nsn, Math.floor(random() * 4));
  } else if (r < 0.06) {
    country = pickCountry();
    phone = pick(INVALID);
  } else {
    country = pickCountry();
    const nsn = nationalNumber(country);
    if (recent.length < 5000) recent.push([country, nsn]);
    else recent[Math.floor(random() * recent.length)] = [country, nsn];
    phone = format(country, nsn, pickStyle());
  }
  const name = random() < 0.3 ? `${pick(LAST)}, ${pick(FIRST)}` : `${pick(FIRST)} ${pick(LAST)}`;
  const email = `user${i}@example.com`;
  const quotedPhone = random() < 0.1 ? `"${phone}"` : quote(phone);
  buffer += `${i}${delim}${quote(name)}${delim}${email}${delim}${quotedPhone}${delim}${country}${delim}2024-0${1 + (i % 9)}-1${i % 10}\n`;
  if (buffer.length > 1 << 16) {
    if (!stream.write(buffer)) await new Promise((resolve) => stream.once('drain', resolve));
    buffer = '';
  }
}
stream.end(buffer);
await new Promise((resolve) => stream.on('finish', resolve));
console.error(`wrote ${rows} rows to ${out}`);
