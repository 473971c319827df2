#!/usr/bin/env node
/* global process, console */
// `npm run bench` (after a build): runs every registered benchmark, or those named on the command line.
//   node bench/run.mjs                      all benchmarks with their defaults
//   node bench/run.mjs contacts --rows 1000000 --runs 5 --no-verify --no-variants
// Add a benchmark: a module exporting `run(options)` that prints its figures and returns them, plus a
// line in BENCHMARKS. Figures and commands are recorded in docs/benchmarks.md.
const BENCHMARKS = {
  contacts: () => import('./contacts.mjs'),
  startup: () => import('./startup.mjs'),
};

const argv = process.argv.slice(2);
const names = argv.filter((a) => !a.startsWith('--') && !/^\d/.test(a) && a in BENCHMARKS);
const options = {};
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--rows') options.rows = argv[++i].split(',').map(Number);
  else if (a === '--runs') options.runs = Number(argv[++i]);
  else if (a === '--no-verify') options.verify = false;
  else if (a === '--no-variants') options.variants = false;
}
const unknown = argv.filter(
  (a, i) =>
    !a.startsWith('--') && !(argv[i - 1] === '--rows' || argv[i - 1] === '--runs') && !(a in BENCHMARKS),
);
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}

const os = await import('node:os');
// The load average matters: other processes on this 2-core machine stretch wall times (CPU time less so).
console.log(
  `node ${process.version}, ${os.cpus().length} CPUs, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, ${new Date().toISOString()}`,
);
const all = {};
for (const name of names.length ? names : Object.keys(BENCHMARKS)) {
  const mod = await BENCHMARKS[name]();
  all[name] = await mod.run(options);
}
console.log(JSON.stringify(all, null, 2));
