import { Command, Option } from 'commander';
import type { Io } from '../io/io.js';
import type { RenderOptions } from '../render/render-options.js';
import { parseCurrencyOption, parseDateOption, printWarnings, renderOptions } from './options.js';

interface Flags {
  format: 'table' | 'json' | 'csv';
  asOf?: string;
  currency?: string;
  market?: string;
  color?: boolean;
}

const format = (choices: string[]) =>
  new Option('-f, --format <format>', 'output format').choices(choices).default('table');

/** The renderers of one `rates` report: table and JSON always, CSV where the command offers it. */
interface Renderers<R> {
  json: (report: R) => string;
  table: (report: R, opts: RenderOptions) => string;
  csv?: (report: R) => string;
}

/** Every `rates` subcommand ends alike: the report in the chosen format on stdout, warnings on stderr. */
function emit<R>(
  io: Io,
  flags: Flags,
  report: R,
  render: Renderers<R>,
  warnings: readonly { message: string }[] = [],
): void {
  io.stdout(
    flags.format === 'json'
      ? render.json(report)
      : flags.format === 'csv' && render.csv
        ? render.csv(report)
        : render.table(report, renderOptions(io, flags.color)),
  );
  printWarnings(io, warnings);
}

/** `wa-cost rates …`: Meta's cards by date and currency, a country's rates, diffs, file checks. */
export function createRatesCommand(io: Io): Command {
  const rates = new Command('rates').description(
    "Meta's rate cards: list them, show the rates in force, look up a country, diff two dates, validate a file.",
  );
  rates
    .command('list')
    .description('every Meta rate card and tier table wa-cost has, with currency, date, trust and source')
    .addOption(format(['table', 'json']))
    .option('--no-color', 'no colour even on a terminal')
    .action(async (flags: Flags) => {
      const [{ listRates }, r] = await Promise.all([
        import('../app/rates.js'),
        import('../render/rates-table.js'),
      ]);
      emit(io, flags, await listRates(io), { json: r.renderRatesJson, table: r.renderRatesList });
    });
  rates
    .command('show')
    .description('the rates in force on a date in one currency (default: today, USD)')
    .option('--as-of <date>', 'date, YYYY-MM-DD (default: today)', parseDateOption)
    .option('--currency <code>', 'card currency (default USD)', parseCurrencyOption)
    .option('--market <market>', 'one market ("India", "Rest of Africa") or a country code (KE)')
    .addOption(format(['table', 'json', 'csv']))
    .option('--no-color', 'no colour even on a terminal')
    .action(async (flags: Flags) => {
      const [{ showRates }, r] = await Promise.all([
        import('../app/rates.js'),
        import('../render/rates-table.js'),
      ]);
      const report = await showRates(flags, io);
      emit(
        io,
        flags,
        report,
        { json: r.renderRatesJson, table: r.renderRatesShow, csv: r.renderRatesShowCsv },
        report.warnings,
      );
    });
  rates
    .command('lookup')
    .description("a country's market and rates on a date, from an ISO code or a phone number")
    .argument(
      '<phone-or-country>',
      'ISO country code (KE) or phone number with country code (+254 712 345678)',
    )
    .option('--as-of <date>', 'date, YYYY-MM-DD (default: today)', parseDateOption)
    .option('--currency <code>', 'only this currency’s card', parseCurrencyOption)
    .addOption(format(['table', 'json']))
    .option('--no-color', 'no colour even on a terminal')
    .action(async (query: string, flags: Flags) => {
      const [{ lookupRates }, r] = await Promise.all([
        import('../app/rates.js'),
        import('../render/rates-table.js'),
      ]);
      const iso = /^[A-Za-z]{2}$/.test(query.trim())
        ? query.trim()
        : (await import('../io/phone-country.js')).countryOfPhone(query);
      const report = await lookupRates(query, iso, flags, io);
      emit(io, flags, report, { json: r.renderRatesJson, table: r.renderRatesLookup }, report.warnings);
    });
  rates
    .command('diff')
    .description('what changed between two dates or cards: rates (Δ, Δ%), markets that moved, rule changes')
    .argument('<from>', 'a date (YYYY-MM-DD) or a card id (meta-2026-07-01-USD)')
    .argument('<to>', 'a date or a card id')
    .option('--currency <code>', 'card currency when dates are given (default USD)', parseCurrencyOption)
    .addOption(format(['table', 'json']))
    .option('--no-color', 'no colour even on a terminal')
    .action(async (from: string, to: string, flags: Flags) => {
      const [{ diffRates }, r, j] = await Promise.all([
        import('../app/rates-diff.js'),
        import('../render/rates-diff-table.js'),
        import('../render/rates-table.js'),
      ]);
      const report = await diffRates(from, to, flags, io);
      emit(io, flags, report, { json: j.renderRatesJson, table: r.renderRatesDiff }, report.warnings);
    });
  rates
    .command('validate')
    .description(
      'check an override file (YAML/CSV) or a rate card, tier table or market file; exit 3 with located errors',
    )
    .argument('<file>', 'the file to check')
    .action(async (file: string) => {
      const { validateRatesFile } = await import('../app/rates-validate.js');
      const v = await validateRatesFile(file, io);
      io.stdout(`${v.file}: valid ${v.summary}\n`);
    });
  // Every --help shows a worked example (issue 7).
  const examples: Record<string, string> = {
    list: 'wa-cost rates list --format json',
    show: 'wa-cost rates show --as-of 2026-11-01 --market India',
    lookup: 'wa-cost rates lookup +254712345678 --as-of 2026-11-01',
    diff: 'wa-cost rates diff 2026-07-01 2026-10-01 --currency USD',
    validate: 'wa-cost rates validate my-rates.yaml',
  };
  for (const sub of rates.commands) {
    const example = examples[sub.name()];
    if (example) sub.addHelpText('after', `\nExample:\n  $ ${example}`);
  }
  // Subcommands report errors through cli.ts like top-level commands (exit codes, located messages).
  for (const sub of rates.commands)
    sub.exitOverride().configureOutput({ writeOut: (t) => io.stdout(t), writeErr: () => undefined });
  rates.addHelpText(
    'after',
    `
Examples:
  $ wa-cost rates list
  $ wa-cost rates show --as-of 2026-11-01 --market India
  $ wa-cost rates lookup +254712345678 --as-of 2026-11-01
  $ wa-cost rates diff 2026-07-01 2026-10-01 --currency USD
  $ wa-cost rates validate my-rates.yaml

Card format, overrides and how to add a card: docs/rate-cards.md.`,
  );
  return rates;
}
