import { Command, Option } from 'commander';
import { listVendors, showVendor } from '../app/vendors.js';
import type { Io } from '../io/io.js';
import {
  VENDOR_DETAIL_RENDERERS,
  VENDOR_FORMATS,
  VENDOR_LIST_RENDERERS,
  type VendorFormat,
} from '../render/vendor-renderers.js';
import { renderOptions } from './options.js';

interface Flags {
  format: VendorFormat;
  vendors?: string;
  color?: boolean;
}

const formatOption = () =>
  new Option('-f, --format <format>', 'output format').choices(VENDOR_FORMATS).default('table');

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
      io.stdout(
        VENDOR_DETAIL_RENDERERS[flags.format](await showVendor(ref, io), renderOptions(io, flags.color)),
      );
    });
  // cli.ts sets these on top-level commands only; the subcommands need them too.
  for (const sub of vendors.commands)
    sub.exitOverride().configureOutput({ writeOut: (t) => io.stdout(t), writeErr: () => undefined });
  return vendors.action(() => io.stdout(vendors.helpInformation()));
}
