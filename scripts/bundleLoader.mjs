// Copied by scripts/bundle.mjs to dist/bundle/crosscheck.js: the command's entry once built. It runs the CLI's
// bundle (crosscheck.cjs beside it, a CommonJS script) compiled with V8's code cache (crosscheck.cjs.cache,
// made by `npm run build` from a run on the seed articles), so a start neither parses 1.6 MB of JavaScript
// nor compiles again the functions a run needs: about a tenth of a second of CPU per run (BENCHMARKS.md,
// round thirteen). The cache holds bytecode of this very file only: it starts with a SHA-256 of the bundle's
// bytes and of the cache's own data, and is ignored when that differs. V8's own checks would not do: they
// compare the source's length, not its text, and take damaged data without a checksum (and crash on it). V8
// ignores a cache made by another Node, V8 or other flags. Without a usable cache the bundle is compiled as
// any script.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { Script } from "node:vm";
import { isMainThread } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import * as path from "node:path";

const dir = path.dirname(fileURLToPath(import.meta.url));
const file = path.join(dir, "crosscheck.cjs");
const cacheFile = `${file}.cache`;
const DIGEST = 32;

const bytes = readFileSync(file);
/** What the cache file starts with: a SHA-256 of the bundle's bytes and of V8's data after it. */
const digestOf = (data) => createHash("sha256").update(bytes).update(data).digest();
let cachedData;
try {
  const cache = readFileSync(cacheFile);
  const data = cache.subarray(DIGEST);
  if (cache.length > DIGEST && digestOf(data).equals(cache.subarray(0, DIGEST))) cachedData = data;
} catch {
  // No cache (not built by `npm run build`, or removed): compiled from the source.
}
// The wrapper Node gives a CommonJS module, so the bundle sees the same names as when run with `node`; a
// first line `#!…` is made a comment, as Node's own loader does.
const source = bytes.toString("utf8").replace(/^#!/, "//");
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: file,
  ...(cachedData ? { cachedData } : {}),
});
// The build's own run (scripts/bundle.mjs): the cache is written once the run is over, holding every
// function it compiled. Extraction workers run this file too (see src/node/threads.ts): they read the cache,
// and only the main thread writes it.
const writeTo = process.env.CROSSCHECK_WRITE_CODE_CACHE;
if (writeTo && isMainThread) {
  process.on("exit", () => {
    const data = script.createCachedData();
    writeFileSync(writeTo, Buffer.concat([digestOf(data), data]));
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dir);
