import { Command, Option } from 'commander';
import type { Io } from '../io/io.js';
import type { OutputFlags } from '../app/emit-estimate.js';
import { OUTPUT_FORMATS } from '../render/output-formats.js';
import {
  parseAmountOption,
  addPricingOptions,
  parseIncreaseOption,
  parsePctOption,
  parseSensitivityOption,
  renderOptions,
  type PricingFlags,
} from './options.js';

interface EstimateFlags extends OutputFlags, PricingFlags {
  sensitivity?: string | true;
  color?: boolean;
}

export function createEstimateCommand(io: Io): Command {
  const cmd = new Command('estimate')
    .description(
      "Estimate a plan's bill line by line: Meta's fees from the rate card in force on its date, the vendor's invoice, and KPIs when the plan has a funnel.",
    )
    .argument('<plan>', 'plan file (YAML), or - to read it from standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'));
  return addPricingOptions(cmd)
    .option(
      '--sensitivity [pct]',
      'KPIs: vary each input by ±pct % (default 20) and rank them by how much they move ROI',
      parseSensitivityOption,
    )
    .option('--no-color', 'no colour even on a terminal')
    .option('-o, --out <file>', 'write the output to this file instead of stdout')
    .option(
      '--compare-to <report.json>',
      'print the change against a saved JSON report instead of the estimate',
    )
    .option('--show-all', 'with --compare-to: list unchanged lines too')
    .option(
      '--max-cost <amount>',
      'gate: fail (exit 1) if the total over the whole horizon exceeds this',
      parseAmountOption,
    )
    .option(
      '--max-monthly-cost <amount>',
      'gate: fail (exit 1) if any single month exceeds this',
      parseAmountOption,
    )
    .option(
      '--min-roi <pct>',
      "gate: fail (exit 1) if the plan's ROI is below this percentage",
      parsePctOption,
    )
    .option(
      '--max-increase <amount|pct>',
      'gate, with --compare-to: fail (exit 1) if the total rose by more than this amount or percentage (10%)',
      parseIncreaseOption,
    )
    .option(
      '--strict',
      'gate: fail (exit 1) on any warning: stale card, rates allowed missing, rejected contact rows, …',
    )
    .addHelpText(
      'after',
      `
Examples:
  $ wa-cost estimate fixtures/plans/per-message-2026.yaml
  $ wa-cost estimate plan.yaml --format json | jq .totals.total
  $ wa-cost estimate plan.yaml --as-of 2024-12-01 --format csv > lines.csv
  $ wa-cost estimate plan.yaml --format json --out base.json
  $ wa-cost estimate plan.yaml --compare-to base.json --max-increase 10% --format markdown

Gates (exit 1 with one line per failed gate on stderr; the output is written either way):
  --max-cost is the total over the plan's horizon (months), --max-monthly-cost the dearest month,
  both in the plan currency; --max-increase compares horizon totals with the --compare-to report;
  --strict fails on any warning (for CI).

Warnings (stale card, paused markets, single-source rates) go to stderr.`,
    )
    .action(async (planPath: string, flags: EstimateFlags) => {
      // Loaded on use, so `--help` and other commands start with commander alone (docs/benchmarks.md).
      const [{ runEstimate }, { emitEstimate, loadBaseline }, { dec }] = await Promise.all([
        import('../app/estimate.js'),
        import('../app/emit-estimate.js'),
        import('../core/money.js'),
      ]);
      const base = await loadBaseline(flags, io);
      const { report } = await runEstimate(
        planPath,
        {
          asOf: flags.asOf,
          currency: flags.currency,
          months: flags.months,
          allowMissingRates: flags.allowMissingRates,
          rates: flags.rates,
          sensitivityPct:
            flags.sensitivity === undefined
              ? undefined
              : dec(flags.sensitivity === true ? '20' : flags.sensitivity),
        },
        io,
      );
      await emitEstimate(report, base, flags, renderOptions(io, flags.color), io);
    });
}
