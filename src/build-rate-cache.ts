// Build step (`npm run build`): compiles the shipped rates/ into dist/rate-book.json after validating
// every file, so a broken card fails the build, not a user's estimate (src/io/rate-book-cache.ts).
import { join } from 'node:path';
import { formatError, WaCostError } from './errors.js';
import { packageRoot } from './io/io.js';
import { writeRateBookCache } from './io/rate-book-cache.js';

try {
  const cards = await writeRateBookCache(join(packageRoot(), 'rates'));
  process.stdout.write(`rate book: ${cards} cards validated and compiled to dist/rate-book.json\n`);
} catch (err) {
  process.stderr.write(`${err instanceof WaCostError ? formatError(err) : String(err)}\n`);
  process.exitCode = 1;
}
