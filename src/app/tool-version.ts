import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packageRoot } from '../io/io.js';

let cached: string | undefined;

/** wa-cost's version from package.json (read once). */
export function toolVersion(): string {
  cached ??= (JSON.parse(readFileSync(resolve(packageRoot(), 'package.json'), 'utf8')) as { version: string })
    .version;
  return cached;
}
