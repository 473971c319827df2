import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCompletionCommand } from './commands/completion.js';
import { commandFactories } from './commands/index.js';
import { ExitCode, GateError, UsageError, WaCostError, formatError } from './errors.js';
import { packageRoot, type Io } from './io/io.js';

// A reader that stops early (`wa-cost … | head`) closes the pipe: stop quietly, as Unix tools do, instead
// of dying on an unhandled EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });

/** The only file that touches `process`: builds the Io, runs commander, maps errors to exit codes. */
const io: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  // WA_COST_TODAY pins "today" (the default as_of) for reproducible runs and tests.
  today: () => process.env['WA_COST_TODAY'] ?? new Date().toISOString().slice(0, 10),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdinChunks: () => process.stdin,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  setExitCode: (code) => {
    process.exitCode = code;
  },
};

const version = (
  JSON.parse(readFileSync(resolve(packageRoot(), 'package.json'), 'utf8')) as { version: string }
).version;

export const EXIT_CODES_HELP = `
Exit codes:
  0   success
  1   a gate you set failed (--max-cost, --min-roi, --max-increase, --strict)
  2   bad command line (unknown option, bad value, missing argument)
  3   bad input (unreadable or invalid file, unknown country, missing rate)
  70  internal error in wa-cost (please report it, with the command you ran)`;

const program = new Command('wa-cost')
  .description(
    "Estimate what WhatsApp Business messaging will cost (Meta's fees plus your vendor's), and whether it pays.",
  )
  .version(version, '-V, --version')
  .showSuggestionAfterError(true)
  .addHelpText(
    'after',
    `${EXIT_CODES_HELP}\n\nExample:\n  $ wa-cost estimate fixtures/plans/per-message-2026.yaml --format json`,
  )
  .exitOverride()
  .configureOutput({
    writeOut: (s) => io.stdout(s),
    // commander's own messages ("unknown option") are printed by our handler below, with a hint.
    writeErr: () => undefined,
  });

// `completion` reads the finished program, so it is registered here, after every other command.
for (const factory of [...commandFactories, (io: Io) => createCompletionCommand(io, () => program)]) {
  program.addCommand(
    factory(io)
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: () => undefined }),
  );
}

// No top-level await: this is bundled as CommonJS (dist/wa-cost.cjs), which bin/wa-cost.js runs from V8's code cache.
program.parseAsync(process.argv).catch((err: unknown) => {
  process.exitCode = handleError(err);
});

function handleError(err: unknown): number {
  if (err instanceof CommanderError) {
    if (
      err.code === 'commander.helpDisplayed' ||
      err.code === 'commander.version' ||
      err.code === 'commander.help'
    )
      return ExitCode.ok;
    const usage = new UsageError([
      {
        message: err.message.replace(/^error: /, ''),
        hint: 'run `wa-cost --help` (or `wa-cost <command> --help`) for usage',
      },
    ]);
    io.stderr(`${formatError(usage)}\n`);
    return ExitCode.usage;
  }
  if (err instanceof GateError) {
    // One line per failed gate, after the report that was written either way.
    io.stderr(
      `${err.message
        .split('\n')
        .map((line) => `gate failed: ${line}`)
        .join('\n')}\n`,
    );
    return err.exitCode;
  }
  if (err instanceof WaCostError) {
    io.stderr(`${formatError(err)}\n`);
    return err.exitCode;
  }
  // Not a user mistake: a bug. Keep the stack so it can be reported.
  io.stderr(
    `internal error (a bug in wa-cost ${version}; please report it with the command you ran):\n${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  return ExitCode.internal;
}
