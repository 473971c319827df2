import { Command, Option } from 'commander';
import type { Io } from '../io/io.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../render/output-formats.js';
import { renderOptions } from './options.js';

interface DiffFlags {
  format: OutputFormat;
  out?: string;
  showAll?: boolean;
  color?: boolean;
}

/** `wa-cost diff base.json new.json`: what changed between two saved estimate reports. */
export function createDiffCommand(io: Io): Command {
  return new Command('diff')
    .description(
      'Compare two saved JSON estimate reports: per line (matched by id) and in total, old → new, Δ and Δ%.',
    )
    .argument('<base>', 'the earlier report (wa-cost estimate … --format json)')
    .argument('<new>', 'the later report')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'))
    .option('-o, --out <file>', 'write the output to this file instead of stdout')
    .option('--show-all', 'list unchanged lines too')
    .option('--no-color', 'no colour even on a terminal')
    .addHelpText(
      'after',
      `
Examples:
  $ wa-cost estimate plan.yaml --format json --out base.json
  $ # … edit plan.yaml …
  $ wa-cost estimate plan.yaml --format json --out new.json
  $ wa-cost diff base.json new.json
  $ wa-cost diff base.json new.json --format markdown --out cost-change.md

Lines are matched by their "id"; lines with no change are hidden unless --show-all. Δ% is blank ("new")
when the old amount is zero. Both reports must be in the same currency.`,
    )
    .action(async (basePath: string, newPath: string, flags: DiffFlags) => {
      const { runDiff } = await import('../app/run-diff.js');
      await runDiff(basePath, newPath, flags, renderOptions(io, flags.color), io);
    });
}
