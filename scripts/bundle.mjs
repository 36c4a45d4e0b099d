// Part of `npm run build`, after tsc: the compiled CLI with every module it imports (ours and the
// dependencies') in one file under dist/bundle/. A start then reads and compiles one file instead of resolving
// and loading some 150 modules one by one: about a tenth of a second per run, a quarter of a small run's time
// (BENCHMARKS.md, round six).
// The bundle is a CommonJS script, crosscheck.cjs, run by dist/bundle/crosscheck.js (scripts/bundleLoader.mjs)
// with V8's code cache, which this script makes from a run on the seed articles: V8 caches the bytecode of
// scripts, not of ES modules (Node 20 has no module compile cache). Extraction worker threads run the same
// loader and script, with the same cache (src/node/threads.ts): no bundle of their own.
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The entry, as tsc wrote it to dist/, or as TypeScript sources (for the bundle's own test). */
const ENTRIES = {
  dist: { crosscheck: "dist/cli/bin.js" },
  src: { crosscheck: "src/cli/bin.ts" },
};

/** Writes crosscheck.js (the loader), crosscheck.cjs and its code cache to `outdir` (absolute, or relative to the checkout). */
export async function bundle({ from = "dist", outdir = "dist/bundle" } = {}) {
  const entries = ENTRIES[from];
  for (const file of Object.values(entries)) {
    if (!existsSync(path.join(root, file))) throw new Error(`bundle: ${file} is missing; run tsc first (npm run build does both)`);
  }
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    target: "node20",
    // Names are kept (a stack trace of a real bug stays readable); only whitespace goes.
    minifyWhitespace: true,
    legalComments: "none",
    logLevel: "warning",
    plugins: [lazyStringWidth],
  };
  // An old build's worker bundle: workers run crosscheck.cjs now.
  rmSync(path.resolve(root, outdir, "extractWorker.js"), { force: true });
  const cli = path.resolve(root, outdir, "crosscheck.cjs");
  await build({
    ...common,
    entryPoints: [entries.crosscheck],
    outfile: cli,
    format: "cjs",
    // import.meta.url (threads.ts finds the loader beside this file, to start its workers) as a script knows it.
    define: { "import.meta.url": "__crosscheckUrl" },
    banner: { js: 'var __crosscheckUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  copyFileSync(path.join(root, "scripts/bundleLoader.mjs"), path.resolve(root, outdir, "crosscheck.js"));
  makeCodeCache(path.resolve(root, outdir));
}

/**
 * string-width, which yargs and its layout modules import to measure help text, builds at load a regular
 * expression of every emoji sequence (the `v` flag) and grapheme segmenters: 0.1-0.2 s of every start, for help
 * text that is plain ASCII and is measured only when printed (and once per run by yargs, to cache it). Each
 * import of it gets this stand-in instead: printable ASCII is one column per character (string-width's own
 * first answer), and anything else loads the real module, on first use, and asks it.
 */
export const lazyStringWidth = {
  name: "lazy-string-width",
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === "real") return undefined;
      const real = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "real" });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: "lazy-string-width" };
    });
    b.onLoad({ filter: /.*/, namespace: "lazy-string-width" }, (args) => ({
      contents:
        "let real;\n" +
        "export default function stringWidth(text, options) {\n" +
        "  if (typeof text === \"string\" && /^[\\x20-\\x7e]*$/.test(text)) return text.length;\n" +
        `  real ??= require(${JSON.stringify(args.path)}).default;\n` +
        "  return real(text, options);\n" +
        "}\n",
      resolveDir: path.dirname(args.path),
      loader: "js",
    }));
  },
};

/**
 * crosscheck.cjs.cache: the bundle run once on the seed articles, on this thread, into a temporary folder; the
 * loader writes V8's cache of what that run compiled. Without the seeds (an install without them) there is no
 * cache and the command compiles its bundle at each start, as before. NODE_OPTIONS is left out: V8 rejects a
 * cache made under other flags.
 */
function makeCodeCache(dir) {
  const cache = path.join(dir, "crosscheck.cjs.cache");
  rmSync(cache, { force: true });
  const seeds = path.join(root, "sources");
  if (!existsSync(seeds)) return;
  const work = mkdtempSync(path.join(tmpdir(), "crosscheck-code-cache-"));
  try {
    const env = { ...process.env, CROSSCHECK_WRITE_CODE_CACHE: cache, CROSSCHECK_THREADS: "0" };
    delete env.NODE_OPTIONS;
    delete env.CROSSCHECK_TIMINGS;
    const run = spawnSync(process.execPath, [path.join(dir, "crosscheck.js"), "report", seeds, "--out", path.join(work, "out")], { cwd: work, env, stdio: "pipe" });
    if (run.status !== 0) {
      // The command still works without it; the failure itself is the bundle's own test's business.
      rmSync(cache, { force: true });
      process.stderr.write(`bundle: no code cache (the run on the seed articles failed):\n${run.stderr}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // `--from src --outdir DIR`: the same bundles made from the TypeScript sources (tests/cli/bundle.test.ts).
  const arg = (name) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  try {
    await bundle({ from: arg("from") ?? "dist", outdir: arg("outdir") ?? "dist/bundle" });
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
}
