/* global process, URL */
// Shared timing helper for benchmarks: runs a command in a child process and reports its wall time and
// peak RSS (from GNU time when installed, else from process.resourceUsage() inside a node wrapper).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

/** Runs `node <args>` once; returns { wallSeconds, peakRssMiB, cpuSeconds (user+sys, GNU time only), stdout, status }. */
export function measureNode(args, { cwd, env } = {}) {
  const start = process.hrtime.bigint();
  if (existsSync(GNU_TIME)) {
    const r = spawnSync(GNU_TIME, ['-v', process.execPath, ...args], {
      cwd,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
    const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
    const cpuSeconds = user && sys ? Number(user[1]) + Number(sys[1]) : NaN;
    return {
      wallSeconds: wall,
      peakRssMiB: rss ? Number(rss[1]) / 1024 : NaN,
      cpuSeconds,
      stdout: r.stdout,
      stderr: r.stderr,
      status: r.status,
      via: 'GNU time -v',
    };
  }
  // Fallback: a wrapper reports the child's own peak RSS on exit.
  const wrapper = `process.on('exit',()=>process.stderr.write('\\nmaxRSS='+process.resourceUsage().maxRSS+'\\n'));process.argv.splice(1,1);await import(${JSON.stringify(new URL('../bin/wa-cost.js', import.meta.url).href)})`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper, 'x', ...args.slice(1)], {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /maxRSS=(\d+)/.exec(r.stderr);
  return {
    wallSeconds: wall,
    peakRssMiB: rss ? Number(rss[1]) / 1024 : NaN,
    stdout: r.stdout,
    stderr: r.stderr,
    status: r.status,
    via: 'process.resourceUsage()',
  };
}

/** Median of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
