import { Command } from 'commander';
import type { Io } from '../io/io.js';

/** `wa-cost init [file]`: a plan from a few questions, or a commented starter plan with --yes. */
export function createInitCommand(io: Io): Command {
  return new Command('init')
    .description('Write a plan file from a few questions (countries, campaigns, vendor, horizon).')
    .argument('[file]', 'plan file to write', 'plan.yaml')
    .option('-y, --yes', 'no questions: write a commented starter plan')
    .option('--force', 'replace the file if it exists')
    .addHelpText(
      'after',
      `
Examples:
  $ wa-cost init                      # asks, then writes plan.yaml
  $ wa-cost init q3.yaml --yes        # a commented starter plan, no questions
  $ wa-cost init q3.yaml --yes --force && wa-cost estimate q3.yaml

The plan is checked against the plan schema before it is written. An existing file is never replaced
without --force (exit 2). Without a terminal, init needs --yes.`,
    )
    .action(async (file: string, flags: { yes?: boolean; force?: boolean }) => {
      const { runInit } = await import('../app/run-init.js');
      await runInit(file, flags, io);
    });
}
