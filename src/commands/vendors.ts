import { Command, Option } from 'commander';
import type { Io } from '../io/io.js';
import type { VendorFormat } from '../render/vendor-renderers.js';
import { renderOptions } from './options.js';

interface Flags {
  format: VendorFormat;
  vendors?: string;
  color?: boolean;
}

// Listed here, not taken from the renderers, so `--help` does not load them (docs/benchmarks.md).
const VENDOR_FORMATS = ['table', 'json', 'csv'] as const satisfies readonly VendorFormat[];
const formatOption = () =>
  new Option('-f, --format <format>', 'output format').choices(VENDOR_FORMATS).default('table');
const load = () => Promise.all([import('../app/vendors.js'), import('../render/vendor-renderers.js')]);

/** `wa-cost vendors list|show`: the catalog of vendor (BSP) plans with sources and dates. */
export function createVendorsCommand(io: Io): Command {
  const vendors = new Command('vendors').description(
    'The catalog of vendor (BSP) plans: what each charges on top of Meta, with its source and date.',
  );
  vendors
    .command('list')
    .description('List the vendor plans of the catalog (or of --vendors FILE|DIR).')
    .addOption(formatOption())
    .option('--vendors <path>', 'a vendor plan file or a folder of them instead of the shipped catalog')
    .option('--no-color', 'no colour even on a terminal')
    .addHelpText(
      'after',
      '\nExamples:\n  $ wa-cost vendors list\n  $ wa-cost vendors list --format csv > vendors.csv\n  $ wa-cost vendors list --vendors my-vendors/',
    )
    .action(async (flags: Flags) => {
      const [{ listVendors }, { VENDOR_LIST_RENDERERS }] = await load();
      io.stdout(
        VENDOR_LIST_RENDERERS[flags.format](
          await listVendors(io, flags.vendors),
          renderOptions(io, flags.color),
        ),
      );
    });
  vendors
    .command('show')
    .description('Show one vendor plan in full: pricing, what is not published, source, notes.')
    .argument('<plan>', 'catalog id (see `vendors list`) or path to a vendor plan file')
    .addOption(formatOption())
    .option('--no-color', 'no colour even on a terminal')
    .addHelpText(
      'after',
      '\nExamples:\n  $ wa-cost vendors show respond-io-growth\n  $ wa-cost vendors show ./my-bsp.yaml --format json',
    )
    .action(async (ref: string, flags: Flags) => {
      const [{ showVendor }, { VENDOR_DETAIL_RENDERERS }] = await load();
      io.stdout(
        VENDOR_DETAIL_RENDERERS[flags.format](await showVendor(ref, io), renderOptions(io, flags.color)),
      );
    });
  // cli.ts sets these on top-level commands only; the subcommands need them too.
  for (const sub of vendors.commands)
    sub.exitOverride().configureOutput({ writeOut: (t) => io.stdout(t), writeErr: () => undefined });
  vendors.addHelpText(
    'after',
    '\nExamples:\n  $ wa-cost vendors list\n  $ wa-cost vendors show respond-io-growth\n  $ wa-cost compare plan.yaml   # price a plan under every vendor',
  );
  return vendors.action(() => io.stdout(vendors.helpInformation()));
}
