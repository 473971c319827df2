/* global process, console */
// Cold start of the built CLI against bare Node (issue 7: `--help` within 1.5×, a small estimate within
// 2× of `node -e 0`; docs/startup.md). Each run is a new process; the cases are interleaved round-robin so that machine
// noise hits them alike, and the median is compared. Figures go to docs/benchmarks.md.
//   node bench/run.mjs startup --runs 21
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = resolve(ROOT, 'bin', 'wa-cost.js');

export const CASES = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'wa-cost --help', args: [BIN, '--help'], target: 1.5 },
  { name: 'wa-cost --version', args: [BIN, '--version'] },
  { name: 'wa-cost estimate --help', args: [BIN, 'estimate', '--help'], target: 1.5 },
  // The small estimate as a user runs it: the default table output.
  {
    name: 'wa-cost estimate fixtures/plans/per-message-2026.yaml',
    args: [BIN, 'estimate', 'fixtures/plans/per-message-2026.yaml'],
    target: 2,
  },
  {
    name: 'wa-cost estimate fixtures/plans/per-message-2026.yaml --format json',
    args: [BIN, 'estimate', 'fixtures/plans/per-message-2026.yaml', '--format', 'json'],
    target: 2,
  },
  // Not a target: a larger plan (a vendor's invoice and KPIs, table output), for the record.
  {
    name: 'wa-cost estimate fixtures/plans/vendor-seat-plan.yaml',
    args: [BIN, 'estimate', 'fixtures/plans/vendor-seat-plan.yaml'],
  },
];

function once(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs every case `runs` times (default 15) and prints median wall time and the ratio to bare Node. */
export async function run(options = {}) {
  const runs = options.runs ?? 15;
  // Figures without the code cache would measure another program: say whether V8 used it.
  const probe = spawnSync(process.execPath, [BIN, '--version'], {
    env: { ...process.env, WA_COST_DEBUG_STARTUP: '1' },
    encoding: 'utf8',
  });
  const codeCache = probe.stderr.trim();
  console.log(codeCache);
  const times = CASES.map(() => []);
  for (const c of CASES) once(c.args); // warm the file-system cache; the process itself stays cold
  for (let i = 0; i < runs; i++) CASES.forEach((c, j) => times[j].push(once(c.args)));
  const base = median(times[0]);
  const rows = CASES.map((c, j) => {
    const ms = median(times[j]);
    const ratio = ms / base;
    return {
      case: c.name,
      median_ms: Number(ms.toFixed(1)),
      min_ms: Number(Math.min(...times[j]).toFixed(1)),
      ratio: Number(ratio.toFixed(2)),
      target: c.target ?? null,
      ok: c.target === undefined ? null : ratio <= c.target,
      code_cache: codeCache,
    };
  });
  console.log(`startup: ${runs} interleaved runs per case, median wall time`);
  for (const r of rows)
    console.log(
      `  ${r.case.padEnd(72)} ${String(r.median_ms).padStart(7)} ms  (min ${r.min_ms})  ${r.ratio.toFixed(2)}×${r.target ? `  target ≤ ${r.target}× ${r.ok ? 'met' : 'NOT met'}` : ''}`,
    );
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await run({ runs: Number(process.argv[2] ?? 15) });
