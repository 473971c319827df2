import { Command, Option } from 'commander';
import type { Io } from '../io/io.js';
import { runEstimate } from '../app/estimate.js';
import { ESTIMATE_FORMATS, ESTIMATE_RENDERERS, type EstimateFormat } from '../render/estimate-renderers.js';
import {
  parseCurrencyOption,
  parseDateOption,
  parseIntegerOption,
  printWarnings,
  renderOptions,
} from './options.js';

interface EstimateFlags {
  format: EstimateFormat;
  asOf?: string;
  currency?: string;
  months?: number;
  allowMissingRates?: boolean;
  rates?: string[];
  color?: boolean;
}

export function createEstimateCommand(io: Io): Command {
  return new Command('estimate')
    .description(
      "Estimate what Meta will bill for a plan, line by line, from Meta's rate card in force on its date.",
    )
    .argument('<plan>', 'plan file (YAML), or - to read it from standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(ESTIMATE_FORMATS).default('table'),
    )
    .option(
      '--as-of <date>',
      'price as of this date, YYYY-MM-DD (overrides the plan’s as_of)',
      parseDateOption,
    )
    .option(
      '--currency <code>',
      'billing currency of the WhatsApp Business Account (overrides the plan)',
      parseCurrencyOption,
    )
    .option('--months <n>', 'horizon in months (overrides the plan)', parseIntegerOption(1, 120))
    .option('--allow-missing-rates', 'list lines whose rate is unknown as not priced instead of failing')
    .option(
      '--rates <file>',
      'your own rates (YAML or CSV override file, docs/rate-cards.md); repeatable, later files win',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--no-color', 'no colour even on a terminal')
    .addHelpText(
      'after',
      `
Examples:
  $ wa-cost estimate fixtures/plans/per-message-2026.yaml
  $ wa-cost estimate plan.yaml --format json | jq .totals.total
  $ wa-cost estimate plan.yaml --as-of 2024-12-01 --format csv > lines.csv

Warnings (stale card, paused markets, single-source rates) go to stderr.`,
    )
    .action(async (planPath: string, flags: EstimateFlags) => {
      const { report } = await runEstimate(
        planPath,
        {
          asOf: flags.asOf,
          currency: flags.currency,
          months: flags.months,
          allowMissingRates: flags.allowMissingRates,
          rates: flags.rates,
        },
        io,
      );
      io.stdout(ESTIMATE_RENDERERS[flags.format](report, renderOptions(io, flags.color)));
      printWarnings(io, report.warnings);
    });
}
