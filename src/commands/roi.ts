import { Command, Option } from 'commander';
import type { RoiFlags } from '../app/roi.js';
import type { Io } from '../io/io.js';
import type { KpiFormat } from '../render/kpi-renderers.js';
import { OUTPUT_FORMATS } from '../render/output-formats.js';
import { parseCurrencyOption, printWarnings, renderOptions } from './options.js';

interface Flags extends RoiFlags {
  format: KpiFormat;
  color?: boolean;
}

/** `wa-cost roi`: the KPI formulas of `estimate`, from flags, without a plan file. */
export function createRoiCommand(io: Io): Command {
  return new Command('roi')
    .description(
      'Quick ROI calculator without a plan: ROI, ROCS, CPL, CPA, RPC, payback and break-even from a few monthly figures.',
    )
    .option('--revenue <amount>', 'attributed revenue per month')
    .option('--cost <amount>', 'all spend per month: Meta and vendor fees, seats, numbers, tax')
    .option('--messaging-cost <amount>', 'the per-message part of --cost (for ROCS variable)')
    .option('--one-time <amount>', 'one-time costs (setup, integration, training), for payback')
    .option('--margin <pct>', 'gross margin in % of revenue: ROI is then computed on margin')
    .option('--leads <n>', 'leads per month')
    .option('--conversions <n>', 'conversions per month')
    .option('--recipients <n>', 'recipients targeted per month')
    .option('--delivered <n>', 'recipients reached (delivered) per month')
    .option('--messages <n>', 'delivered messages per month')
    .option('--months <n>', 'horizon in months (1–120); adds an N-month column', undefined)
    .option('--sensitivity [pct]', 'rank the inputs by how much ±pct% (default 20) moves ROI')
    .option('--currency <code>', 'currency of the amounts (label only; default USD)', parseCurrencyOption)
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(OUTPUT_FORMATS satisfies readonly KpiFormat[])
        .default('table'),
    )
    .option('--no-color', 'no colour even on a terminal')
    .addHelpText(
      'after',
      `
Examples:
  $ wa-cost roi --revenue 50000 --cost 10000
  $ wa-cost roi --revenue 50000 --cost 10000 --one-time 5000 --months 12 --margin 40
  $ wa-cost roi --revenue 8000 --cost 1500 --leads 300 --conversions 120 --delivered 9000 --format json

Formulas, denominators and sources: docs/kpis.md. Undefined KPIs (a zero denominator) print "—"
and their reason goes to stderr.`,
    )
    .action(async (flags: Flags) => {
      // Loaded on use: `--help` starts with commander alone (docs/benchmarks.md).
      const [{ runRoi }, { KPI_RENDERERS }] = await Promise.all([
        import('../app/roi.js'),
        import('../render/kpi-renderers.js'),
      ]);
      const section = await runRoi(flags, io);
      io.stdout(KPI_RENDERERS[flags.format](section, renderOptions(io, flags.color)));
      printWarnings(
        io,
        section.warnings.map((message) => ({ message })),
      );
    });
}
