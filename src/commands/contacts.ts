import { GateError } from '../errors.js';
import { Command, InvalidArgumentError, Option } from 'commander';
import { isIsoCountry } from '../core/iso-countries.js';
import type { Delimiter } from '../io/contacts/detect-delimiter.js';
import { ratesDir, type Io } from '../io/io.js';
import type { ContactsFormat } from '../render/contacts-renderers.js';
import { parseDateOption, renderOptions } from './options.js';

/** The keys of CONTACTS_RENDERERS (test/contacts checks they match), listed here so `--help` loads no renderer. */
export const CONTACTS_FORMATS: readonly ContactsFormat[] = ['table', 'json', 'csv'];

interface ContactsFlags {
  format: ContactsFormat;
  phoneColumn?: string;
  countryColumn?: string;
  defaultCountry?: string;
  delimiter?: Delimiter;
  rejects?: string;
  asOf?: string;
  color?: boolean;
  strict?: boolean;
}

const DELIMITER_NAMES: Record<string, Delimiter> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\t': '\t',
  '\\t': '\t',
};

function parseDelimiter(value: string): Delimiter {
  const d = DELIMITER_NAMES[value.toLowerCase()];
  if (!d) throw new InvalidArgumentError(`expected comma, semicolon or tab (or , ;), got "${value}"`);
  return d;
}

function parseCountry(value: string): string {
  const iso2 = value.toUpperCase();
  if (!/^[A-Z]{2}$/.test(iso2) || !isIsoCountry(iso2))
    throw new InvalidArgumentError(
      `expected an ISO 3166 alpha-2 country code such as DE or BR, got "${value}"`,
    );
  return iso2;
}

/** `wa-cost contacts <file>`: counts a contact CSV per country and Meta market, with every reject explained. */
export function createContactsCommand(io: Io): Command {
  return new Command('contacts')
    .description(
      'Count the contacts of a CSV export per country and Meta market: valid, duplicate and rejected rows.',
    )
    .argument(
      '<file>',
      'contact list (CSV with a header row; comma, semicolon or tab; UTF-8); - reads standard input',
    )
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(CONTACTS_FORMATS).default('table'),
    )
    .option(
      '--phone-column <name>',
      'header of the phone column (default: found by name: phone, mobile, msisdn, whatsapp, …)',
    )
    .option(
      '--country-column <name>',
      'header of an ISO country column for national-format numbers (default: found by name: country, …)',
    )
    .option(
      '--default-country <iso2>',
      'country of national-format numbers when the row names none',
      parseCountry,
    )
    .option(
      '--delimiter <d>',
      'field delimiter: comma, semicolon or tab (default: detected from the header)',
      parseDelimiter,
    )
    .option('--rejects <file>', 'write every unusable row (line, reason, phone, row) to this CSV file')
    .option('--as-of <date>', 'date of the market mapping, YYYY-MM-DD (default: today)', parseDateOption)
    .option('--strict', 'fail (exit 1) when any row is rejected, after printing the summary (for CI)')
    .option('--no-color', 'no colour even on a terminal')
    .addHelpText(
      'after',
      `
Every row is accounted for: rows = valid (unique numbers) + duplicates + rejected.
Duplicates are the same number written differently; they are not rejects.

Examples:
  $ wa-cost contacts customers.csv
  $ wa-cost contacts export.csv --default-country DE --rejects rejects.csv
  $ wa-cost contacts export.csv --format json | jq .markets
  $ psql -c "copy (select phone from customers) to stdout with csv header" | wa-cost contacts -`,
    )
    .action(async (file: string, flags: ContactsFlags) => {
      // Phone metadata, rate loading and renderers load only when this command runs (cold start).
      const [{ summarizeContacts }, { loadMarketMapping }, { buildContactsReport }, { CONTACTS_RENDERERS }] =
        await Promise.all([
          import('../app/summarize-contacts.js'),
          import('../io/load-rates.js'),
          import('../report/contacts-report.js'),
          import('../render/contacts-renderers.js'),
        ]);
      const asOf = flags.asOf ?? io.today();
      const mapping = await loadMarketMapping(ratesDir(io));
      const progress = io.stderrIsTTY ? progressBar(io) : undefined;
      // Paths are used as given (relative to the current directory) so messages show what the user typed.
      const fromStdin = file === '-';
      const summary = await summarizeContacts(fromStdin ? '<stdin>' : file, {
        source: fromStdin ? io.stdinChunks() : undefined,
        phoneColumn: flags.phoneColumn,
        countryColumn: flags.countryColumn,
        defaultCountry: flags.defaultCountry,
        delimiter: flags.delimiter,
        rejectsFile: flags.rejects,
        onProgress: progress?.update,
      }).finally(() => progress?.done());
      io.stdout(
        CONTACTS_RENDERERS[flags.format](
          buildContactsReport(summary, mapping, asOf),
          renderOptions(io, flags.color),
        ),
      );
      if (flags.strict && summary.rejected > 0) {
        throw new GateError(
          `--strict: ${summary.rejected} of ${summary.rows} rows were rejected (see them with --rejects FILE)`,
        );
      }
    });
}

/** A one-line progress bar on stderr (only used when stderr is a terminal). */
function progressBar(io: Io): { update: (read: number, total: number) => void; done: () => void } {
  let shown = -1;
  return {
    update: (read, total) => {
      // Standard input has no size: count megabytes instead.
      if (Number.isNaN(total)) {
        shown = 0; // so that done() clears the line
        io.stderr(`\rreading ${(read / 1e6).toFixed(1)} MB`);
        return;
      }
      const pct = total === 0 ? 100 : Math.floor((read * 100) / total);
      if (pct === shown) return;
      shown = pct;
      const width = 30;
      const filled = Math.round((pct * width) / 100);
      io.stderr(
        `\rreading ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${pct}% of ${(total / 1e6).toFixed(1)} MB`,
      );
    },
    done: () => {
      if (shown !== -1) io.stderr('\r\x1b[K');
    },
  };
}
