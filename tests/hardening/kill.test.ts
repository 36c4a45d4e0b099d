import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, startCli } from "./spawnCli.js";
import { buildReport } from "../../src/cli/report.js";

const HOOK = path.join(path.dirname(new URL(import.meta.url).pathname), "pauseHook.mjs");
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Enough articles that the outputs take a while to write (megabytes), all different from the first version. */
function bigSources(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let f = 0; f < 4; f++) {
    const paras: string[] = [];
    for (let i = 0; i < 300; i++) {
      paras.push(`On ${MONTHS[(i + f) % 12]} ${1 + ((i * 7 + f) % 28)}, ${2000 + (i % 20)} the ministry said that 1,${200 + i} sorties were flown and ${i + f} sites hit.`);
    }
    writeFileSync(path.join(dir, `article-${f}.txt`), paras.join("\n\n") + "\n");
  }
}

/** A small seeded generator: the same "random" kill moments on every run of the test. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const NAMES = ["report.md", "claims.json"] as const;

describe("a run killed at any moment leaves the previous report.md and claims.json whole", () => {
  let ws: string;
  const old: Record<string, string> = {};
  const fresh: Record<string, string> = {};
  let fullRunMs = 0;

  const out = () => path.join(ws, "out");
  const read = (name: string) => readFileSync(path.join(out(), name), "utf8");
  const temps = () => readdirSync(out()).filter((n) => n.endsWith(".tmp"));
  const restoreOld = () => {
    for (const n of NAMES) writeFileSync(path.join(out(), n), old[n]!);
  };

  beforeAll(async () => {
    ws = mkdtempSync(path.join(tmpdir(), "crosscheck-kill-"));
    // The previous outputs: any whole files will do.
    mkdirSync(path.join(ws, "out"));
    old["report.md"] = "# Crosscheck report\n\nThe previous run's report.\n";
    old["claims.json"] = '{\n  "schema": "crosscheck/claims@1",\n  "claims": []\n}\n';
    bigSources(path.join(ws, "in"));
    // What a whole run writes: the same function the command calls, so the same bytes.
    const started = Date.now();
    const { files } = await buildReport({ paths: ["in"], out: "out" }, ws);
    fullRunMs = Date.now() - started + 600;
    for (const f of files) fresh[f.name] = f.content;
    expect(fresh["claims.json"]!.length).toBeGreaterThan(100_000);
  }, 60_000);

  afterAll(() => {
    if (ws) rmSync(ws, { recursive: true, force: true });
  });

  it.each([
    ["halfway through writing report.md", "write:1", { "report.md": "old", "claims.json": "old" }],
    ["halfway through writing claims.json", "write:2", { "report.md": "old", "claims.json": "old" }],
    ["with both files written, before any rename", "rename:1", { "report.md": "old", "claims.json": "old" }],
    // Each file is whole, though the pair is one old and one new until the next run.
    ["between the two renames", "rename:2", { "report.md": "new", "claims.json": "old" }],
  ] as const)("killed %s", async (_name, at, expected) => {
    restoreOld();
    const signal = path.join(ws, `arrived-${at.replace(":", "-")}`);
    const { child, done } = startCli(["report", "in", "--out", "out"], {
      cwd: ws,
      preload: [HOOK],
      env: { CROSSCHECK_PAUSE_AT: at, CROSSCHECK_PAUSE_SIGNAL: signal },
    });
    while (!existsSync(signal)) {
      const exited = await Promise.race([done.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 10))]);
      if (exited) throw new Error(`the run ended without reaching ${at}: ${(await done).stderr}`);
    }
    // The hook stopped the run where it says: a temporary file is there, unrenamed.
    expect(temps().length).toBeGreaterThan(0);
    child.kill("SIGKILL");
    expect((await done).signal).toBe("SIGKILL");
    for (const n of NAMES) expect(read(n), n).toBe(expected[n] === "old" ? old[n] : fresh[n]);
  }, 30_000);

  it("killed at seeded random moments, each file is the old one or the new one, whole", async () => {
    const random = lcg(20151118);
    for (let k = 0; k < 2; k++) {
      restoreOld();
      const { child, done } = startCli(["report", "in", "--out", "out"], { cwd: ws });
      await new Promise((r) => setTimeout(r, random() * fullRunMs * 1.1));
      child.kill("SIGKILL");
      await done;
      for (const n of NAMES) expect([old[n], fresh[n]], `${n} after a kill at attempt ${k}`).toContain(read(n));
    }
  }, 60_000);

  it("the next run clears what killed runs left behind and writes whole outputs", async () => {
    const r = await runCli(["report", "in", "--out", "out"], { cwd: ws });
    expect(r.code, r.stderr).toBe(0);
    for (const n of NAMES) expect(read(n)).toBe(fresh[n]);
    expect(temps()).toEqual([]);
  }, 30_000);
});
