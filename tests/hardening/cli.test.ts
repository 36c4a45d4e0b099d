import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { execute, type Io } from "../../src/cli/execute.js";
import { runCli, startCli } from "./spawnCli.js";

const GOOD = "The ministry said 2,289 sorties were flown since September 30, 2015.\n";

function io(cwd: string): Io & { out: string; err: string } {
  const sink = { out: "", err: "", cwd, stdout: (t: string) => void (sink.out += t), stderr: (t: string) => void (sink.err += t) };
  return sink;
}

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crosscheck-clierr-"));
  mkdirSync(path.join(dir, "in"));
  writeFileSync(path.join(dir, "in", "good.txt"), GOOD);
  return dir;
}

const noStack = (s: string) => expect(s).not.toMatch(/^\s+at /m);

describe("CLI error paths", () => {
  it("a file name holding a newline and a terminal escape gives one printable warning line", async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, "in", "evil\n\u001b[2J.txt"), "");
    const s = io(dir);
    expect(await execute(["report", "in", "--out", "out"], s)).toBe(0);
    expect(s.err).toBe("warning: in/evil\\u{000A}\\u{001B}[2J.txt: empty file; skipped\n");
  });

  it.each([
    ["extract of a folder", ["extract", "in"], /^crosscheck: extract reads one article file, not a folder: in\n$/],
    ["a folder with nothing readable", ["report", "empty"], /^crosscheck: no article files \(\.txt, \.md\) found in empty\n$/],
    ["an output folder under a file", ["report", "in", "--out", "in/good.txt/out"], /^crosscheck: cannot use output folder in\/good\.txt\/out \(not a folder, ENOTDIR\)\n$/],
    ["an output file that is a folder", ["report", "in", "--out", "blocked"], /^crosscheck: cannot write blocked\/report\.md: it is a folder\n$/],
  ])("%s: exit 2, one line naming the path, no stack", async (_name, argv, message) => {
    const dir = workspace();
    mkdirSync(path.join(dir, "empty"));
    writeFileSync(path.join(dir, "empty", "blank.txt"), "   \n");
    mkdirSync(path.join(dir, "blocked", "report.md"), { recursive: true });
    const s = io(dir);
    expect(await execute(argv, s)).toBe(2);
    // Warnings about the skipped files may come first; the error is the last line.
    expect(s.err.split("\n").filter((l) => !l.startsWith("warning: ")).join("\n")).toMatch(message);
    noStack(s.err);
  });

  it("an output folder that is also the sources folder: the second run does not read the first run's report", async () => {
    const dir = workspace();
    const first = io(dir);
    expect(await execute(["report", "in", "--out", "in"], first)).toBe(0);
    const report = readFileSync(path.join(dir, "in", "report.md"), "utf8");
    const second = io(dir);
    expect(await execute(["report", "in", "--out", "in"], second)).toBe(0);
    expect(readFileSync(path.join(dir, "in", "report.md"), "utf8")).toBe(report);
    expect(second.out).toBe(first.out);
    expect(second.err).toBe("");
  });

  it("--verbose adds the stack trace to a user error", async () => {
    const dir = workspace();
    const s = io(dir);
    expect(await execute(["report", "nowhere", "--verbose"], s)).toBe(2);
    expect(s.err.split("\n")[0]).toBe("crosscheck: no such file or folder: nowhere");
    expect(s.err).toMatch(/^\s+at /m);
  });

  it("a missing input path exits 2 from the real command, one line, no stack", async () => {
    const dir = workspace();
    const r = await runCli(["report", "nowhere/at all"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("crosscheck: no such file or folder: nowhere/at all\n");
  });

  it("an unreadable file is skipped with a warning naming it, and the run goes on (exit 0)", async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, "in", "locked.txt"), GOOD);
    chmodSync(path.join(dir, "in", "locked.txt"), 0o000);
    // Root reads anything: run as an unprivileged user then, in a workspace that user may use.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o777);
    const r = await runCli(["report", "in", "--out", "out"], { cwd: dir, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("warning: in/locked.txt: cannot read file (permission denied, EACCES); skipped\n");
    expect(r.stdout).toMatch(/^1 source, /);
  });

  it("an output folder that cannot be written exits 2 with one line naming it, and leaves nothing in it", async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, "locked"));
    chmodSync(path.join(dir, "locked"), 0o555);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o777);
    const r = await runCli(["report", "in", "--out", "locked"], { cwd: dir, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("crosscheck: cannot write to output folder locked (permission denied, EACCES)\n");
    expect(readdirSync(path.join(dir, "locked"))).toEqual([]);
  });

  it("a reader that closes the pipe early ends the run quietly", async () => {
    const dir = workspace();
    // Enough claims that the JSON overflows the pipe's buffer.
    const lines = Array.from({ length: 3000 }, (_, i) => `On September ${1 + (i % 28)}, ${1990 + (i % 30)} the ministry reported flights.`);
    writeFileSync(path.join(dir, "in", "long.txt"), lines.join("\n\n"));
    const { child, done } = startCli(["extract", "in/long.txt", "--format", "json"], { cwd: dir });
    child.stdout!.once("data", () => child.stdout!.destroy());
    const r = await done;
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });
});
