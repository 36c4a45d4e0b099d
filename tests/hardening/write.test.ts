import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { tempName, writeAtomically } from "../../src/node/write.js";
import { UserError } from "../../src/node/errors.js";

const OLD = [
  { name: "report.md", content: "# old report\n" },
  { name: "claims.json", content: '{"old":true}\n' },
];
const NEW = [
  { name: "report.md", content: "# new report\n\nقال «نعم».\n" },
  { name: "claims.json", content: '{"new":true}\n' },
];

function outDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crosscheck-write-"));
  return path.join(dir, "out");
}

const read = (dir: string, name: string) => readFileSync(path.join(dir, name), "utf8");

describe("writing outputs atomically", () => {
  it("creates the folder, writes every file, and leaves no temporary file", async () => {
    const dir = outDir();
    await writeAtomically(dir, NEW, "out");
    expect(read(dir, "report.md")).toBe(NEW[0]!.content);
    expect(read(dir, "claims.json")).toBe(NEW[1]!.content);
    expect(readdirSync(dir).sort()).toEqual(["claims.json", "report.md"]);
  });

  it("replaces old outputs whole", async () => {
    const dir = outDir();
    await writeAtomically(dir, OLD, "out");
    await writeAtomically(dir, NEW, "out");
    expect(read(dir, "report.md")).toBe(NEW[0]!.content);
    expect(readdirSync(dir).sort()).toEqual(["claims.json", "report.md"]);
  });

  it("a failure partway leaves every old file as it was, names the file, and cleans up", async () => {
    const dir = outDir();
    await writeAtomically(dir, OLD.slice(0, 1), "out");
    // claims.json has become a folder: report.md's temporary file is already written when that is found.
    mkdirSync(path.join(dir, "claims.json"));
    const err = await writeAtomically(dir, NEW, "out").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe("cannot write out/claims.json: it is a folder");
    expect(read(dir, "report.md")).toBe(OLD[0]!.content);
    expect(readdirSync(dir).sort()).toEqual(["claims.json", "report.md"]);
  });

  it.each([
    ["a file", (base: string) => (writeFileSync(path.join(base, "f"), "x"), "f"), /^output path is not a folder: f$/],
    ["a path through a file", (base: string) => (writeFileSync(path.join(base, "f"), "x"), "f/out"), /^cannot use output folder f\/out \(not a folder, ENOTDIR\)$/],
  ])("an output path that is %s is a user error naming it", async (_name, make, message) => {
    const base = mkdtempSync(path.join(tmpdir(), "crosscheck-write-"));
    const label = make(base);
    await expect(writeAtomically(path.join(base, label), NEW, label)).rejects.toThrow(message);
  });

  it("removes temporary files left by killed runs, but not those of a run still going", async () => {
    const dir = outDir();
    mkdirSync(dir, { recursive: true });
    // No process has this id on Linux (pid_max is at most 2^22).
    const dead = tempName("report.md", 4_999_999);
    const alive = tempName("report.md", process.ppid);
    const foreign = ".notes.txt.1.tmp";
    for (const f of [dead, alive, foreign]) writeFileSync(path.join(dir, f), "partial");
    await writeAtomically(dir, NEW, "out");
    expect(readdirSync(dir).sort()).toEqual([foreign, alive, "claims.json", "report.md"].sort());
  });
});
