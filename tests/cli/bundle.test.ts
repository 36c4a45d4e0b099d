import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

// The command runs one bundled file per entry (scripts/bundle.mjs, part of `npm run build`). A bundle can
// break where the modules one by one do not: a dependency's require() of a Node module, the worker's file
// looked up beside the CLI's. These runs use bundles made from the sources into a temporary folder, so they
// test the sources as they are, not the last build.
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let bundles = "";

beforeAll(() => {
  bundles = mkdtempSync(path.join(tmpdir(), "crosscheck-bundle-"));
  execFileSync(process.execPath, [path.join(repo, "scripts/bundle.mjs"), "--from", "src", "--outdir", bundles], { cwd: repo });
});

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
    ["with a worker thread (the worker's own bundle)", "2"],
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
