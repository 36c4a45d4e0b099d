// Part of `npm run build`, after tsc: the compiled CLI and its extraction worker, each with every module it
// imports (ours and the dependencies'), in one file per entry under dist/bundle/. A start then reads and
// compiles two files instead of resolving and loading some 150 modules one by one: about a tenth of a second
// per run, a quarter of a small run's time (BENCHMARKS.md, round six). The worker's bundle sits beside the
// CLI's, where threads.ts looks for it.
import { buildSync } from "esbuild";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The two entries, as tsc wrote them to dist/, or as TypeScript sources (for the bundle's own test). */
const ENTRIES = {
  dist: { crosscheck: "dist/cli/bin.js", extractWorker: "dist/node/extractWorker.js" },
  src: { crosscheck: "src/cli/bin.ts", extractWorker: "src/node/extractWorker.ts" },
};

/** Writes crosscheck.js and extractWorker.js to `outdir` (absolute, or relative to the checkout). */
export function bundle({ from = "dist", outdir = "dist/bundle" } = {}) {
  const entries = ENTRIES[from];
  for (const file of Object.values(entries)) {
    if (!existsSync(path.join(root, file))) throw new Error(`bundle: ${file} is missing; run tsc first (npm run build does both)`);
  }
  buildSync({
    absWorkingDir: root,
    entryPoints: entries,
    outdir,
    outExtension: { ".js": ".js" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // CommonJS dependencies (iconv-lite, string-similarity) require Node's own modules: an ES module bundle
    // has no `require` of its own, so it gets one.
    banner: { js: 'import { createRequire as __crosscheckRequire } from "node:module";\nconst require = __crosscheckRequire(import.meta.url);' },
    // Names are kept (a stack trace of a real bug stays readable); only whitespace goes.
    minifyWhitespace: true,
    legalComments: "none",
    logLevel: "warning",
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // `--from src --outdir DIR`: the same bundles made from the TypeScript sources (tests/cli/bundle.test.ts).
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  try {
    bundle({ from: arg("from") ?? "dist", outdir: arg("outdir") ?? "dist/bundle" });
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
