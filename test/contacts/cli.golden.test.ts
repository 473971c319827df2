import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, expectGolden, runCli } from '../cli/golden.js';

const FIX = 'fixtures/contacts';
const CRM = `${FIX}/crm-export-comma.csv`;

/** One golden file per invocation (test/contacts/golden/<name>.golden): formats, flags, every exit code. */
const CASES: Record<string, string[]> = {
  'contacts-crm-export-table': ['contacts', CRM],
  'contacts-crm-export-json': ['contacts', CRM, '--format', 'json'],
  'contacts-crm-export-csv': ['contacts', CRM, '--format', 'csv'],
  'contacts-crm-export-default-country': ['contacts', CRM, '--default-country', 'fr', '--format', 'csv'],
  'contacts-crm-export-as-of-2025-01-01': ['contacts', CRM, '--as-of', '2025-01-01', '--format', 'csv'],
  'contacts-excel-semicolon-bom': ['contacts', `${FIX}/excel-semicolon-bom.csv`],
  'contacts-explicit-columns': [
    'contacts',
    `${FIX}/excel-semicolon-bom.csv`,
    '--delimiter',
    'semicolon',
    '--phone-column',
    'Telefon',
    '--country-column',
    'Land',
    '--format',
    'csv',
  ],
  'contacts-tab-separated': ['contacts', `${FIX}/tab-separated.tsv`, '--format', 'csv'],
  'contacts-ragged-rows': ['contacts', `${FIX}/ragged-rows.csv`],
  'contacts-header-only': ['contacts', `${FIX}/header-only.csv`],
  'exit-0-contacts-help': ['contacts', '--help'],
  'exit-2-contacts-bad-delimiter': ['contacts', CRM, '--delimiter', 'pipe'],
  'exit-2-contacts-bad-country': ['contacts', CRM, '--default-country', 'Germany'],
  'exit-2-contacts-bad-format': ['contacts', CRM, '--format', 'xml'],
  'exit-2-contacts-bad-date': ['contacts', CRM, '--as-of', '2026-13-01'],
  'exit-3-contacts-no-phone-column': ['contacts', `${FIX}/no-phone-column.csv`],
  'exit-3-contacts-named-column-missing': ['contacts', CRM, '--phone-column', 'Handynummer'],
  'exit-3-contacts-utf16': ['contacts', `${FIX}/utf16.csv`],
  'exit-3-contacts-latin1': ['contacts', `${FIX}/latin1.csv`],
  'exit-3-contacts-binary': ['contacts', `${FIX}/binary.csv`],
  'exit-3-contacts-unterminated-quote': ['contacts', `${FIX}/unterminated-quote.csv`],
  'exit-3-contacts-empty': ['contacts', `${FIX}/empty.csv`],
  'exit-3-contacts-missing-file': ['contacts', `${FIX}/does-not-exist.csv`],
};

describe('contacts golden files', () => {
  for (const [name, args] of Object.entries(CASES)) {
    it(name, async () => expectGolden('contacts', name, await runCli(args)));
  }

  it('contacts-stdin-csv', async () =>
    expectGolden(
      'contacts',
      'contacts-stdin-csv',
      await runCli(['contacts', '-', '--format', 'csv'], { input: readFileSync(resolve(ROOT, CRM), 'utf8') }),
    ));
  it('exit-3-contacts-stdin-empty', async () =>
    expectGolden('contacts', 'exit-3-contacts-stdin-empty', await runCli(['contacts', '-'], { input: '' })));

  it('writes every rejected row, with its line and reason, to --rejects', async () => {
    const rejects = join(mkdtempSync(join(tmpdir(), 'wa-cost-cli-')), 'rejects.csv');
    const r = await runCli(['contacts', CRM, '--format', 'json', '--rejects', rejects]);
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(r.stdout) as {
      rows: number;
      valid: number;
      duplicates: number;
      rejected: number;
    };
    expect(report.rows).toBe(report.valid + report.duplicates + report.rejected);
    const text = readFileSync(rejects, 'utf8');
    expect(text.trim().split('\n')).toHaveLength(1 + report.rejected);
    const golden = resolve(ROOT, 'test/contacts/golden/crm-export-rejects.csv');
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, text);
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });
});
