import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './golden.js';

/**
 * bin/wa-cost.js runs the bundle from V8's code cache (docs/startup.md). The cache may only ever make
 * wa-cost faster: whatever state it is in, the output must be the same.
 */
const DIST = join(ROOT, 'dist');
const PLAN = join(ROOT, 'fixtures', 'plans', 'per-message-2026.yaml');
const DEBUG = { WA_COST_DEBUG_STARTUP: '1' };

describe('the bundle and its code cache', () => {
  it('line 1 of the bundle names the sha-256 of the rest, and the cache starts with that line', () => {
    const bundle = readFileSync(join(DIST, 'wa-cost.cjs'), 'utf8');
    const firstLine = bundle.slice(0, bundle.indexOf('\n'));
    const body = bundle.slice(firstLine.length + 1);
    expect(firstLine).toBe(`// wa-cost bundle sha256:${createHash('sha256').update(body).digest('hex')}`);
    const cache = readFileSync(join(DIST, 'wa-cost.code-cache'));
    expect(cache.subarray(0, firstLine.length + 1).toString()).toBe(`${firstLine}\n`);
  });

  it('is used after `npm run build`', async () => {
    const r = await runCli(['--version'], { env: DEBUG });
    expect(r.stderr).toBe('wa-cost: code cache used\n');
    expect(r.exitCode).toBe(0);
  });

  describe('in a copy of the package whose cache is damaged', () => {
    let pkg: string;
    let expected: string;
    beforeAll(async () => {
      pkg = mkdtempSync(join(tmpdir(), 'wa-cost-pkg-'));
      mkdirSync(join(pkg, 'bin'));
      for (const f of ['wa-cost.js', 'package.json']) copyFileSync(join(ROOT, 'bin', f), join(pkg, 'bin', f));
      copyFileSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
      cpSync(DIST, join(pkg, 'dist'), { recursive: true });
      cpSync(join(ROOT, 'rates'), join(pkg, 'rates'), { recursive: true });
      expected = (await runCli(['estimate', PLAN, '--format', 'json'])).stdout;
    });
    afterAll(() => rmSync(pkg, { recursive: true, force: true }));

    const run = (args: string[]) => runCli(args, { env: DEBUG, bin: join(pkg, 'bin', 'wa-cost.js') });
    const cacheFile = () => join(pkg, 'dist', 'wa-cost.code-cache');

    it('runs the same from the copy with the cache intact', async () => {
      const r = await run(['estimate', PLAN, '--format', 'json']);
      expect(r.stderr).toBe('wa-cost: code cache used\n');
      expect(r.stdout).toBe(expected);
    });

    it('compiles from source when the cache belongs to another build', async () => {
      const cache = readFileSync(cacheFile());
      writeFileSync(
        cacheFile(),
        Buffer.concat([
          Buffer.from(`// wa-cost bundle sha256:${'0'.repeat(64)}\n`),
          cache.subarray(cache.indexOf(10) + 1),
        ]),
      );
      const r = await run(['estimate', PLAN, '--format', 'json']);
      expect(r.stderr).toBe('wa-cost: code cache from another build\n');
      expect(r.stdout).toBe(expected);
    });

    it('compiles from source when V8 rejects the cache (here: garbage after a matching build line)', async () => {
      const id = readFileSync(join(pkg, 'dist', 'wa-cost.cjs'), 'utf8').split('\n')[0]!;
      writeFileSync(cacheFile(), Buffer.concat([Buffer.from(`${id}\n`), Buffer.alloc(4096, 7)]));
      const r = await run(['estimate', PLAN, '--format', 'json']);
      expect(r.stderr).toMatch(/^wa-cost: code cache rejected by V8/);
      expect(r.stdout).toBe(expected);
    });

    it('compiles from source when there is no cache', async () => {
      rmSync(cacheFile());
      const r = await run(['estimate', PLAN, '--format', 'json']);
      expect(r.stderr).toBe('wa-cost: code cache missing\n');
      expect(r.stdout).toBe(expected);
    });

    it('says how to build when the bundle is missing (exit 70, no stack)', async () => {
      rmSync(join(pkg, 'dist', 'wa-cost.cjs'));
      const r = await run(['--version']);
      expect(r.exitCode).toBe(70);
      expect(r.stderr).toMatch(
        /^wa-cost is not built: .*wa-cost\.cjs is missing\. Run `npm install` \(or `npm run build`\)\.\n$/,
      );
    });
  });
});
