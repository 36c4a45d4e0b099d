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

  it("writes content given in pieces in order, small and large pieces mixed, while later pieces are still being made", async () => {
    const dir = outDir();
    // Pieces of every size around the write batch (1 << 17 characters), Arabic among them (two UTF-8 bytes each).
    const sizes = [1, 70_000, 70_000, 200_000, 5, 131_072, 131_071, 2, 300_000, 1, ...Array.from({ length: 24 }, (_, k) => 150_000 + 40_000 * (k % 5))];
    const pieces = sizes.map((n, k) => (k % 3 === 0 ? "ب" : String.fromCharCode(97 + (k % 26))).repeat(n));
    function* content(): Generator<string> {
      yield* pieces;
    }
    await writeAtomically(dir, [{ name: "claims.json", content: content() }], "out");
    expect(read(dir, "claims.json")).toBe(pieces.join(""));
  });

  it("content that fails while it is written leaves the old file and no temporary file", async () => {
    const dir = outDir();
    await writeAtomically(dir, OLD, "out");
    function* failing(): Generator<string> {
      yield "x".repeat(1 << 18);
      yield "y".repeat(1 << 17);
      throw new Error("render failed");
    }
    await expect(writeAtomically(dir, [{ name: "claims.json", content: failing() }], "out")).rejects.toThrow("render failed");
    expect(read(dir, "claims.json")).toBe(OLD[1]!.content);
    expect(readdirSync(dir).sort()).toEqual(["claims.json", "report.md"]);
  });
});
