import { existsSync, mkdtempSync, cpSync, appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRateBook } from '../../src/io/load-rates.js';
import { loadKpiBenchmarks } from '../../src/io/load-kpi-benchmarks.js';
import {
  benchmarksFromJson,
  loadKpiBenchmarksFast,
  loadRateBookFast,
  rateBookCachePath,
  rateBookFromJson,
  rateBookToJson,
} from '../../src/io/rate-book-cache.js';
import { ROOT } from '../cli/golden.js';

const RATES = join(ROOT, 'rates');

describe('compiled rate book (start-up cache)', () => {
  it('round-trips exactly: every rate, tier and market of the YAML comes back the same', async () => {
    const book = await loadRateBook(RATES);
    const bench = await loadKpiBenchmarks(RATES);
    const json = JSON.parse(JSON.stringify(rateBookToJson(book, RATES, bench))) as ReturnType<typeof rateBookToJson>;
    const again = rateBookFromJson(json, RATES);
    const benchAgain = benchmarksFromJson(json.benchmarks, RATES);
    expect(rateBookToJson(again, RATES, benchAgain)).toEqual(rateBookToJson(book, RATES, bench));
    expect(benchAgain.file).toBe(bench.file);
    expect(benchAgain.ranges.map((r) => [r.id, r.low.toString(), r.high.toString()])).toEqual(
      bench.ranges.map((r) => [r.id, r.low.toString(), r.high.toString()]),
    );
    expect(again.cards.map((c) => c.file)).toEqual(book.cards.map((c) => c.file));
    const usd = again.cards.find((c) => c.id === 'meta-2026-10-01-USD')!;
    expect(usd.rates.get('India')?.marketing?.toString()).toBe('0.0118');
    expect(again.changes.length).toBeGreaterThan(0);
    expect(again.changes).toEqual(book.changes);
  });

  it('is what an estimate reads after `npm run build`, and equals the YAML', async () => {
    expect(existsSync(rateBookCachePath())).toBe(true);
    const fast = await loadRateBookFast(RATES);
    const slow = await loadRateBook(RATES);
    const fastBench = await loadKpiBenchmarksFast(RATES);
    const slowBench = await loadKpiBenchmarks(RATES);
    expect(rateBookToJson(fast, RATES, fastBench)).toEqual(rateBookToJson(slow, RATES, slowBench));
  });

  it('is ignored as soon as a card differs from what was compiled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wa-cost-rates-'));
    try {
      cpSync(RATES, dir, { recursive: true });
      const card = join(dir, 'meta', 'cards', 'meta-2026-10-01-USD.yaml');
      appendFileSync(card, '  Test Market: { marketing: 9.99 }\n');
      const book = await loadRateBookFast(dir);
      expect(book.cards.find((c) => c.id === 'meta-2026-10-01-USD')?.rates.get('Test Market')?.marketing?.toString()).toBe('9.99');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is ignored as soon as changes.yaml differs from what was compiled, or is removed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wa-cost-rates-'));
    try {
      cpSync(RATES, dir, { recursive: true });
      const file = join(dir, 'meta', 'changes.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('direction: lower', 'direction: changed'));
      const edited = await loadRateBookFast(dir);
      expect(edited.changes[0]?.direction).toBe('changed');
      rmSync(file);
      const dir2 = mkdtempSync(join(tmpdir(), 'wa-cost-rates-'));
      try {
        cpSync(dir, dir2, { recursive: true });
        expect((await loadRateBookFast(dir2)).changes).toEqual([]);
      } finally {
        rmSync(dir2, { recursive: true, force: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is ignored as soon as the KPI benchmarks differ from what was compiled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wa-cost-rates-'));
    try {
      cpSync(RATES, dir, { recursive: true });
      const file = join(dir, 'benchmarks', 'kpi-ranges.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/trust: .*/, 'trust: edited-after-build'));
      expect((await loadKpiBenchmarksFast(dir)).trust).toBe('edited-after-build');
      expect((await loadKpiBenchmarksFast(RATES)).trust).not.toBe('edited-after-build');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
