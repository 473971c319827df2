#!/usr/bin/env node
/* global process, Buffer, __dirname */
// Runs the CLI bundle dist/wa-cost.cjs (built by `npm run build`, bin/build.mjs) from V8's code cache.
// Why: Node 20 has no compile cache for ES modules, and compiling the CLI's code was most of a small
// estimate's start-up. A code cache holds the bytecode of every function a typical estimate ran, so V8
// skips parsing and compiling them (docs/startup.md). The cache is only a speed-up: when it is missing,
// belongs to another build (the first line of the bundle names its hash) or V8 rejects it (another Node
// version or flags), the same bundle is compiled from source and runs the same.
// This file is CommonJS (bin/package.json says so) because an ES module entry makes Node set up its ESM
// loader first (~2 ms). Its name stays wa-cost.js: npx keeps links to a package's bin between versions.
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const file = join(dist, 'wa-cost.cjs');
const cacheFile = join(dist, 'wa-cost.code-cache');

let source = '';
try {
  source = readFileSync(file, 'utf8');
} catch {
  process.stderr.write(
    `wa-cost is not built: ${file} is missing. Run \`npm install\` (or \`npm run build\`).\n`,
  );
  process.exit(70);
}
// Line 1 of the bundle is "// wa-cost bundle sha256:<hex>"; the cache file starts with the same line.
const buildId = Buffer.from(source.slice(0, source.indexOf('\n') + 1));
let cachedData;
let cacheState = 'missing';
try {
  const cache = readFileSync(cacheFile);
  if (cache.subarray(0, buildId.length).equals(buildId)) cachedData = cache.subarray(buildId.length);
  else cacheState = 'from another build';
} catch {
  // No cache: compile from source.
}

// The CommonJS wrapper, on line 1 beside the build id comment, so stack traces keep the bundle's lines.
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: file,
  cachedData,
});
if (cachedData)
  cacheState = script.cachedDataRejected ? 'rejected by V8 (another Node version or flags?)' : 'used';
// WA_COST_DEBUG_STARTUP=1 says whether the cache was used: the first question when start-up is slow.
if (process.env['WA_COST_DEBUG_STARTUP'] === '1') process.stderr.write(`wa-cost: code cache ${cacheState}\n`);
// `npm run build` trains the cache: it runs an example estimate with this variable set and keeps the
// bytecode of everything that ran.
const trainTo = process.env['WA_COST_TRAIN_CODE_CACHE'];
if (trainTo)
  process.once('exit', () => writeFileSync(trainTo, Buffer.concat([buildId, script.createCachedData()])));

const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, dist);
