/* global console, process, URL */
// Benchmark of `wa-cost contacts`: generates synthetic exports (bench/generate-contacts.mjs) and times
// the built CLI end to end on them: rows/s, wall time, peak RSS; then measures the agreement of the fast
// path with libphonenumber-js on the 1M-row file (verify-agreement.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureNode, median } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = 'bench/out';

function ensureFile(rows, variant = '') {
  const file = `${OUT}/contacts-${rows}${variant ? `-${variant.replace(/^--/, '')}` : ''}.csv`;
  if (!existsSync(`${ROOT}/${file}`)) {
    console.log(`generating ${file} …`);
    const r = spawnSync(
      process.execPath,
      ['bench/generate-contacts.mjs', String(rows), file, ...(variant ? [variant] : [])],
      { cwd: ROOT, stdio: 'inherit' },
    );
    if (r.status !== 0) throw new Error(`generator failed for ${file}`);
  }
  return file;
}

/** Options: rows (list), runs (per size), verify (agreement check). */
export async function run({ rows = [1_000_000, 10_000_000], runs = 3, verify = true, variants = true } = {}) {
  const results = [];
  const cases = rows.map((n) => [n, '']);
  if (variants) cases.splice(1, 0, [1_000_000, '--semicolon'], [1_000_000, '--bom']);
  for (const [n, variant] of cases) {
    const file = ensureFile(n, variant);
    const size = statSync(`${ROOT}/${file}`).size;
    const times = [];
    const rss = [];
    const cpu = [];
    let summary;
    let via;
    for (let i = 0; i < (n > 1_000_000 ? 1 : runs); i++) {
      const r = measureNode(
        ['bin/wa-cost.js', 'contacts', file, '--format', 'json', '--as-of', '2026-11-24'],
        { cwd: ROOT },
      );
      if (r.status !== 0) throw new Error(`wa-cost contacts failed on ${file}:\n${r.stderr}`);
      times.push(r.wallSeconds);
      rss.push(r.peakRssMiB);
      cpu.push(r.cpuSeconds);
      summary = JSON.parse(r.stdout);
      via = r.via;
    }
    const wall = median(times);
    const result = {
      file,
      rows: n,
      megabytes: +(size / 1e6).toFixed(1),
      runs: times.length,
      wall_s: +wall.toFixed(2),
      wall_all_s: times.map((t) => +t.toFixed(2)),
      rows_per_s: Math.round(n / wall),
      cpu_s: +median(cpu).toFixed(2),
      peak_rss_mib: +median(rss).toFixed(0),
      unique: summary.valid,
      duplicates: summary.duplicates,
      rejected: summary.rejected,
      invariant_holds: summary.rows === summary.valid + summary.duplicates + summary.rejected,
      rss_via: via,
    };
    results.push(result);
    console.log(
      `contacts ${String(n).padStart(9)} rows ${variant || '(comma)'}: ${result.wall_s} s (runs ${result.wall_all_s.join(', ')}), ${result.rows_per_s.toLocaleString('en-US')} rows/s, CPU ${result.cpu_s} s, peak RSS ${result.peak_rss_mib} MiB, ${result.unique} unique, invariant ${result.invariant_holds ? 'ok' : 'BROKEN'}`,
    );
  }
  if (verify) {
    const file = ensureFile(rows[0]);
    const r = spawnSync(process.execPath, ['bench/verify-agreement.mjs', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`agreement check failed:\n${r.stderr}`);
    const agreement = JSON.parse(r.stdout);
    results.push({ agreement });
    console.log(`fast path vs libphonenumber-js on ${file}: ${JSON.stringify(agreement)}`);
  }
  return results;
}
