import { Command, InvalidArgumentError, Option } from 'commander';
import type { Io } from '../io/io.js';
import type { CompareFormat } from '../render/vendor-compare-renderers.js';
import {
  addPricingOptions,
  parseIntegerOption,
  type PricingFlags,
  printWarnings,
  renderOptions,
} from './options.js';

interface CompareFlags extends PricingFlags {
  format: CompareFormat;
  vendors?: string;
  vendor?: string[];
  seats?: string;
  billing?: 'monthly' | 'annual';
  color?: boolean;
}

// Listed here, not taken from the renderers, so `--help` does not load them (docs/benchmarks.md).
const COMPARE_FORMATS = ['table', 'json', 'csv'] as const satisfies readonly CompareFormat[];

/** `wa-cost compare <plan>`: the plan under each vendor plan, ranked, with break-even volumes. */
export function createCompareCommand(io: Io): Command {
  const cmd = new Command('compare')
    .description(
      "Price one plan under several vendor (BSP) plans: Meta's fees plus each vendor's whole invoice, ranked, with the volumes where the cheapest changes.",
    )
    .argument('<plan>', 'plan file (YAML), or - to read it from standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(COMPARE_FORMATS).default('table'),
    );
  return addPricingOptions(cmd, 'billing currency (overrides the plan); only vendor plans in it are compared')
    .option('--vendors <path>', 'a vendor plan file or a folder of them (default: the shipped catalog)')
    .option('--vendor <id...>', 'catalog ids to compare (repeatable)')
    .option(
      '--seats <n>',
      'seats (users, agents) to price (overrides the plan’s vendor.seats)',
      (v: string) => String(parseIntegerOption(0, 100000)(v)),
    )
    .addOption(
      new Option('--billing <cycle>', 'billing cycle (overrides the plan’s vendor.billing)').choices([
        'monthly',
        'annual',
      ]),
    )
    .option('--no-color', 'no colour even on a terminal')
    .addHelpText(
      'after',
      `
Examples:
  $ wa-cost compare fixtures/plans/per-message-2026.yaml
  $ wa-cost compare plan.yaml --vendor twilio --vendor 360dialog-regular-usd --vendor respond-io-growth
  $ wa-cost compare plan.yaml --vendors my-vendors/ --format csv > compare.csv

Plans whose price is not fully published are listed after the ranked ones, with what is missing.
Break-even volumes scale every volume of the plan together (docs/vendors.md).`,
    )
    .action(async (planPath: string, flags: CompareFlags) => {
      if (flags.vendor?.length === 0) throw new InvalidArgumentError('--vendor needs an id');
      const [{ runCompare }, { dec }, { COMPARE_RENDERERS }] = await Promise.all([
        import('../app/compare.js'),
        import('../core/money.js'),
        import('../render/vendor-compare-renderers.js'),
      ]);
      const view = await runCompare(
        planPath,
        {
          vendors: flags.vendors,
          vendorIds: flags.vendor,
          seats: flags.seats === undefined ? undefined : dec(flags.seats),
          billing: flags.billing,
          asOf: flags.asOf,
          currency: flags.currency,
          months: flags.months,
          allowMissingRates: flags.allowMissingRates,
          rates: flags.rates,
        },
        io,
      );
      io.stdout(COMPARE_RENDERERS[flags.format](view, renderOptions(io, flags.color)));
      printWarnings(
        io,
        view.warnings.map((message) => ({ message })),
      );
    });
}
