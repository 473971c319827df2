#!/usr/bin/env node
/* global process, console, performance */
// `npm run build`: the whole build, in three steps (docs/startup.md says why it is shaped this way).
//   1. esbuild bundles src/cli.ts into one CommonJS file, dist/wa-cost.cjs, whose first line names the
//      sha-256 of the rest, so a code cache can never be paired with another build.
//   2. The shipped rates/ are validated and compiled to dist/rate-book.json (a broken card fails here).
//   3. An example estimate runs through bin/wa-cost.js and V8 writes the bytecode of everything it ran
//      to dist/wa-cost.code-cache, which later runs load instead of compiling.
// Type-checking is `npm run typecheck` (tsc); esbuild only strips the types.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

// Packages only `contacts` (phone metadata) and `init` (the wizard) need stay in node_modules and are
// required when those commands run: bundled, they would double the code every other command reads.
const EXTERNAL = ['libphonenumber-js', 'libphonenumber-js/*', '@inquirer/prompts'];

/** An esbuild plugin that hands `importer`s matching `from` the module `contents` for `specifier`. */
function replaceModule(name, specifier, from, contents) {
  return {
    name,
    setup(b) {
      b.onResolve({ filter: specifier }, (args) =>
        args.importer.includes(from) ? { path: name, namespace: name } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: name }, () => ({ contents, loader: 'js' }));
    },
  };
}

// zod re-exports its ~40 message translations as `z.locales`; wa-cost speaks English only (zod's
// default, which its schemas import directly), so the re-export is an empty module: 350 KB less to read.
const withoutZodLocales = replaceModule(
  'without-zod-locales',
  /^\.\.\/locales\/index\.js$/,
  join('node_modules', 'zod'),
  'export {};',
);

// commander requires child_process at load time, for subcommands run as separate executables, which
// wa-cost has none of; loading it (with net, dgram and streams) costs ~2 ms of every start. This module
// requires it on first use instead.
const lazyChildProcess = replaceModule(
  'lazy-child-process',
  /^node:child_process$/,
  join('node_modules', 'commander'),
  "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
);

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', absWorkingDir: ROOT };

/** Runs node with `args`; its output is shown only when it fails (or always, with `show`). */
function run(args, env = {}, show = true) {
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', show ? 'inherit' : 'pipe', show ? 'inherit' : 'pipe'],
  });
  if (r.status !== 0) {
    if (!show) process.stderr.write(`${r.stdout}${r.stderr}`);
    console.error(`build failed: node ${args.join(' ')} exited ${r.status}`);
    process.exit(1);
  }
}

/** Runs `fn` and prints how long it took. */
async function step(what, fn) {
  const t0 = performance.now();
  await fn();
  console.log(`build: ${what} (${Math.round(performance.now() - t0)} ms)`);
}

rmSync(DIST, { recursive: true, force: true });
mkdirSync(DIST, { recursive: true });

await step('bundle dist/wa-cost.cjs', async () => {
  const cli = await build({
    ...common,
    entryPoints: ['src/cli.ts'],
    format: 'cjs',
    write: false,
    external: EXTERNAL,
    plugins: [withoutZodLocales, lazyChildProcess],
    // Whitespace only: ~3 ms less to read, and function names stay, so an internal error's stack trace
    // still says where it happened.
    minifyWhitespace: true,
    // packageRoot() uses __filename in this bundle; import.meta.url is only read by the ESM builds.
    define: { 'import.meta.url': 'undefined' },
  });
  const code = cli.outputFiles[0].text;
  // Line 1 names the sha-256 of the rest; the code cache starts with the same line (bin/wa-cost.js).
  const id = createHash('sha256').update(code).digest('hex');
  writeFileSync(join(DIST, 'wa-cost.cjs'), `// wa-cost bundle sha256:${id}\n${code}`);
});

await step('rate book dist/rate-book.json', async () => {
  await build({
    ...common,
    entryPoints: ['src/build-rate-cache.ts'],
    format: 'esm',
    outfile: join(DIST, 'build-rate-cache.mjs'),
    // yaml is CommonJS and requires Node built-ins, which an ES module bundle must provide.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  run([join(DIST, 'build-rate-cache.mjs')]);
  rmSync(join(DIST, 'build-rate-cache.mjs')); // a build tool, not part of what wa-cost runs
});

await step('code cache dist/wa-cost.code-cache', () =>
  run(
    [
      join(ROOT, 'bin', 'wa-cost.js'),
      'estimate',
      'fixtures/plans/vendor-seat-plan.yaml',
      '--as-of',
      '2026-11-24',
    ],
    // The shipped rates (not a test's fixture cards), no colour; the report itself is not shown.
    { WA_COST_TRAIN_CODE_CACHE: join(DIST, 'wa-cost.code-cache'), NO_COLOR: '1', WA_COST_RATES_DIR: '' },
    false,
  ),
);
