import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { execute, type Io } from "../../src/cli/execute.js";

function io(cwd: string): Io & { out: string; err: string } {
  const sink = {
    out: "",
    err: "",
    cwd,
    stdout: (t: string) => {
      sink.out += t;
    },
    stderr: (t: string) => {
      sink.err += t;
    },
  };
  return sink;
}

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crosscheck-cli-"));
  mkdirSync(path.join(dir, "sources"));
  writeFileSync(path.join(dir, "sources", "a.txt"), "The ministry said 2,289 sorties were flown since September 30.\n");
  writeFileSync(path.join(dir, "sources", "b.txt"), "The ministry said 2,299 sorties were flown since September 30.\n");
  return dir;
}

describe("crosscheck CLI", () => {
  it("--help shows the commands and examples and exits 0", async () => {
    const s = io(process.cwd());
    expect(await execute(["--help"], s)).toBe(0);
    expect(s.out).toContain("report [paths..]");
    expect(s.out).toContain("extract <file>");
    expect(s.out).toContain("Examples:");
  });

  it("report writes report.md and claims.json into --out", async () => {
    const dir = workspace();
    const s = io(dir);
    expect(await execute(["report", "sources", "--out", "out"], s)).toBe(0);
    expect(readFileSync(path.join(dir, "out", "report.md"), "utf8")).toMatch(/^# Crosscheck report/);
    expect(JSON.parse(readFileSync(path.join(dir, "out", "claims.json"), "utf8")).schema).toBe("crosscheck/claims@1");
  });

  it("report says what it found in one line, a count of one in the singular", async () => {
    const dir = workspace();
    const s = io(dir);
    expect(await execute(["report", "sources", "--out", "out"], s)).toBe(0);
    expect(s.out).toBe(`2 sources, 4 claims, 2 shared, 1 discrepancy: ${path.join("out", "report.md")}\n`);
    writeFileSync(path.join(dir, "one.txt"), "The army said 12 soldiers died.\n");
    const one = io(dir);
    expect(await execute(["report", "one.txt", "--out", "one"], one)).toBe(0);
    expect(one.out).toBe(`1 source, 1 claim, 0 shared, 0 discrepancies: ${path.join("one", "report.md")}\n`);
  });

  it.each([
    ["a missing input path", ["report", "nowhere"], /no such file or folder: nowhere/],
    ["an output path that is a file", ["report", "sources", "--out", "sources/a.txt"], /output path is not a folder: sources\/a.txt/],
    ["an unknown command", ["frobnicate"], /Unknown argument|unknown command/i],
    ["an unknown option", ["report", "--bogus"], /Unknown argument/i],
    ["extract of a missing file", ["extract", "nope.txt"], /no such file or folder: nope.txt/],
  ])("%s exits 2 with one line naming the problem", async (_name, argv, message) => {
    const dir = workspace();
    const s = io(dir);
    expect(await execute(argv, s)).toBe(2);
    expect(s.err).toMatch(message);
    expect(s.err.trim().split("\n")).toHaveLength(1);
    expect(s.err).not.toMatch(/\n\s+at /);
  });

  it("extract prints a table or JSON", async () => {
    const dir = workspace();
    const table = io(dir);
    expect(await execute(["extract", "sources/a.txt"], table)).toBe(0);
    expect(table.out.split("\n")[0]).toMatch(/^where\s+kind\s+text/);
    const json = io(dir);
    expect(await execute(["extract", "sources/a.txt", "--format", "json"], json)).toBe(0);
    expect(JSON.parse(json.out).source.id).toBe("a");
  });
});
