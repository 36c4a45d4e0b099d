import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { beforeAll, describe, expect, it } from "vitest";
import { build } from "esbuild";
import { loadAndExtract, type FileResult } from "../../src/node/extractFile.js";
import type { FromWorker, ToWorker, WorkerData } from "../../src/node/threads.js";

// The command runs one bundled file per entry (scripts/bundle.mjs, part of `npm run build`). A bundle can
// break where the modules one by one do not: a dependency's require() of a Node module, the worker's file
// looked up beside the CLI's. These runs use bundles made from the sources into a temporary folder, so they
// test the sources as they are, not the last build.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let bundles = "";

beforeAll(() => {
  bundles = mkdtempSync(path.join(tmpdir(), "crosscheck-bundle-"));
  execFileSync(process.execPath, [path.join(repo, "scripts/bundle.mjs"), "--from", "src", "--outdir", bundles], { cwd: repo });
  // Bundling, then a report on the seed articles for the code cache: seconds on a loaded machine.
}, 120_000);

/** The seed articles and their review file copied into a fresh folder laid out as the checkout is. */
function seedsWorkspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crosscheck-bundle-run-"));
  cpSync(path.join(repo, "sources"), path.join(dir, "sources"), { recursive: true });
  cpSync(path.join(repo, "crosscheck.reviewed.yaml"), path.join(dir, "crosscheck.reviewed.yaml"));
  return dir;
}

describe("the bundled command", () => {
  it.each([
    ["on this thread", "0"],
    ["with a worker thread (the worker runs the CLI's own script)", "2"],
  ])("writes the committed reports for the seed articles %s", (_how, threads) => {
    const dir = seedsWorkspace();
    execFileSync(process.execPath, [path.join(bundles, "crosscheck.js"), "report"], {
      cwd: dir,
      env: { ...process.env, CROSSCHECK_THREADS: threads },
      stdio: "pipe",
    });
    for (const file of ["report.md", "claims.json"]) {
      expect(readFileSync(path.join(dir, "reports", file), "utf8"), file).toBe(readFileSync(path.join(repo, "reports", file), "utf8"));
    }
  });

  it("answers a user error with one line and exit code 2, no stack trace", () => {
    let status = 0;
    let stderr = "";
    try {
      execFileSync(process.execPath, [path.join(bundles, "crosscheck.js"), "report", "no-such-folder"], { cwd: seedsWorkspace(), stdio: "pipe" });
    } catch (e) {
      const failed = e as { status: number; stderr: Buffer };
      status = failed.status;
      stderr = failed.stderr.toString();
    }
    expect(status).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

/** The command's stderr and exit code, run from `bundleDir` with no arguments (yargs asks for a command). */
function noCommand(bundleDir: string): { status: number; stderr: string } {
  try {
    execFileSync(process.execPath, [path.join(bundleDir, "crosscheck.js")], { cwd: seedsWorkspace(), stdio: "pipe" });
    return { status: 0, stderr: "" };
  } catch (e) {
    const failed = e as { status: number; stderr: Buffer };
    return { status: failed.status, stderr: failed.stderr.toString() };
  }
}

/** The seed reports written by the bundles in `bundleDir`, compared with the committed ones. */
function expectSeedReports(bundleDir: string, threads = "0"): void {
  const dir = seedsWorkspace();
  execFileSync(process.execPath, [path.join(bundleDir, "crosscheck.js"), "report"], { cwd: dir, env: { ...process.env, CROSSCHECK_THREADS: threads }, stdio: "pipe" });
  for (const file of ["report.md", "claims.json"]) {
    expect(readFileSync(path.join(dir, "reports", file), "utf8"), file).toBe(readFileSync(path.join(repo, "reports", file), "utf8"));
  }
}

/** A copy of the built bundles to tamper with. */
function bundlesCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crosscheck-bundle-copy-"));
  cpSync(bundles, dir, { recursive: true });
  return dir;
}

describe("the code cache beside the bundle", () => {
  it("is made by the build, and the command's output is the same without it or with a damaged one", () => {
    expect(readFileSync(path.join(bundles, "crosscheck.cjs.cache")).length).toBeGreaterThan(100_000);
    const without = bundlesCopy();
    rmSync(path.join(without, "crosscheck.cjs.cache"));
    expectSeedReports(without);
    expectSeedReports(without, "2");
    const damaged = bundlesCopy();
    const cache = readFileSync(path.join(damaged, "crosscheck.cjs.cache"));
    // V8's data overwritten after its header: V8 would take it (and crash); the loader must refuse it.
    cache.fill(7, 32 + 64);
    writeFileSync(path.join(damaged, "crosscheck.cjs.cache"), cache);
    expectSeedReports(damaged);
    expectSeedReports(damaged, "2");
  }, 120_000);

  it("is ignored when it was made for another bundle of the same length (V8 compares only the length)", () => {
    const changed = bundlesCopy();
    const file = path.join(changed, "crosscheck.cjs");
    const before = readFileSync(file, "utf8");
    const after = before.replace("Name a command: report, extract or diff", "Name a command: REPORT, EXTRACT OR DIFF");
    expect(after.length).toBe(before.length);
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    expect(noCommand(bundles).stderr).toContain("Name a command: report, extract or diff");
    const run = noCommand(changed);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Name a command: REPORT, EXTRACT OR DIFF");
  }, 60_000);
});

describe("the bundled command's extraction workers", () => {
  it.each([
    ["with the code cache", false],
    ["without it", true],
  ])("run the CLI's own script and give each file's own claims (%s)", async (_how, withoutCache) => {
    const dir = withoutCache ? bundlesCopy() : bundles;
    if (withoutCache) rmSync(path.join(dir, "crosscheck.cjs.cache"));
    expect(existsSync(path.join(dir, "extractWorker.js"))).toBe(false);
    const seeds = path.join(repo, "sources");
    const files = readdirSync(seeds).sort().map((f) => path.join(seeds, f));
    const worker = new Worker(path.join(dir, "crosscheck.js"), { workerData: { role: "extract", cwd: repo, next: new SharedArrayBuffer(4) } satisfies WorkerData });
    const results = await new Promise<FileResult[]>((resolve, reject) => {
      const got: FileResult[] = [];
      worker.on("message", (m: FromWorker) => {
        if (m.type === "results") m.results.forEach((r, k) => (got[m.first + k] = r));
        else resolve(got);
      });
      worker.on("error", reject);
      worker.on("exit", () => reject(new Error("the worker ended before answering")));
      worker.postMessage({ type: "files", files } satisfies ToWorker);
    });
    await worker.terminate();
    const strip = (rs: FileResult[]) => rs.map((r) => ({ result: r.result, warnings: r.warnings }));
    expect(results).toHaveLength(files.length);
    expect(strip(results)).toEqual(strip(files.map((f) => loadAndExtract(f, repo))));
  }, 60_000);
});

describe("string-width in the bundle (a stand-in that loads the real module only for text other than printable ASCII)", () => {
  const samples = ["", "report", "  --out  Folder for report.md and claims.json  [string] [default: \"reports\"]", "~!@#$%^&*()_+`{}|[]\\:;'<>?,./", "0123456789 #*",
    "tab\there", "\u001b[31mred\u001b[39m", "café", "تقرير المصادر", "日本語", "👩‍👩‍👧", "1️⃣", "e\u0301", "\u200b", "\u007f"];

  it.each([
    ["yargs's own (string-width 8)", repo],
    ["cliui's and wrap-ansi's (string-width 7)", path.join(repo, "node_modules/cliui")],
  ])("answers as the real module for %s", async (_which, resolveDir) => {
    const { lazyStringWidth } = (await import(pathToFileURL(path.join(repo, "scripts/bundle.mjs")).href)) as { lazyStringWidth: import("esbuild").Plugin };
    const made = await build({
      stdin: { contents: 'import stringWidth from "string-width"; export const widths = (texts) => texts.map((t) => stringWidth(t));', resolveDir, loader: "js" },
      bundle: true,
      write: false,
      format: "cjs",
      platform: "node",
      plugins: [lazyStringWidth],
      logLevel: "silent",
    });
    const text = made.outputFiles[0]!.text;
    expect(text).toContain("lazy-string-width");
    const mod = { exports: {} as { widths: (t: string[]) => number[] } };
    new Function("module", "exports", "require", text)(mod, mod.exports, createRequire(path.join(resolveDir, "x.js")));
    const real = (await import(pathToFileURL(createRequire(path.join(resolveDir, "x.js")).resolve("string-width")).href)) as { default: (t: string) => number };
    expect(mod.exports.widths(samples)).toEqual(samples.map((t) => real.default(t)));
  });
});
