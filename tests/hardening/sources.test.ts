import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { loadSources, MAX_FILE_BYTES } from "../../src/node/sources.js";
import { UserError } from "../../src/node/errors.js";
import { hasMkfifo } from "./platform.js";

const GOOD = "The ministry said 2,289 sorties were flown since September 30.\n";
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crosscheck-sources-"));
  mkdirSync(path.join(dir, "src"));
  return dir;
}

/** Each case: what to put in src/ beside a good article, the path a warning must name, what it must say. */
const CASES: [string, (dir: string) => void, string | string[], RegExp][] = [
  ["an empty file", (d) => writeFileSync(path.join(d, "empty.txt"), ""), "src/empty.txt", /^empty file; skipped$/],
  ["a file of blank lines", (d) => writeFileSync(path.join(d, "blank.md"), "\n \r\n\t\n"), "src/blank.md", /only whitespace; skipped/],
  ["an image saved as .txt", (d) => writeFileSync(path.join(d, "photo.txt"), PNG), "src/photo.txt", /binary file \(PNG image\)/],
  ["a stray image", (d) => writeFileSync(path.join(d, "photo.png"), PNG), "src/photo.png", /not an article file \(\.txt, \.md\); skipped/],
  [
    "a symbolic link loop",
    (d) => {
      symlinkSync("loop-b.txt", path.join(d, "loop-a.txt"));
      symlinkSync("loop-a.txt", path.join(d, "loop-b.txt"));
    },
    ["src/loop-a.txt", "src/loop-b.txt"],
    /symbolic link loop; skipped/,
  ],
  ["a folder linked into itself", (d) => symlinkSync(".", path.join(d, "self")), "src/self", /folder already read/],
  ["a broken link", (d) => symlinkSync("gone.txt", path.join(d, "dangling.txt")), "src/dangling.txt", /broken symbolic link; skipped/],
  ["a link to an article already read", (d) => symlinkSync("good.txt", path.join(d, "link.txt")), "src/link.txt", /same file as src\/good\.txt; skipped/],
  [
    "a file too large to be an article",
    (d) => {
      writeFileSync(path.join(d, "huge.txt"), "");
      truncateSync(path.join(d, "huge.txt"), MAX_FILE_BYTES + 1);
    },
    "src/huge.txt",
    /file is 8\.0 MB, more than any article \(limit 8\.0 MB\); skipped/,
  ],
  ["a legacy Arabic page", (d) => writeFileSync(path.join(d, "legacy.txt"), iconv.encode("نفذت الطائرات 2289 طلعة.", "windows-1256")), "src/legacy.txt", /Windows-1256/],
];

describe("reading a folder of whatever editors saved", () => {
  it.each(CASES)("%s: skipped or read with one warning naming the file; the good article is read", async (_name, make, shown, message) => {
    const dir = folder();
    writeFileSync(path.join(dir, "src", "good.txt"), GOOD);
    make(path.join(dir, "src"));
    const { inputs, warnings } = await loadSources(["src"], dir);
    expect(inputs.map((i) => i.path)).toContain("src/good.txt");
    const paths = typeof shown === "string" ? [shown] : shown;
    // One warning per bad file, and nothing else: the good article is clean.
    expect(warnings.map((w) => w.path)).toEqual(paths);
    for (const w of warnings) expect(w.message).toMatch(message);
  });

  it.runIf(hasMkfifo())("a named pipe is skipped without ever being opened (it would block)", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "src", "good.txt"), GOOD);
    execFileSync("mkfifo", [path.join(dir, "src", "pipe.txt")]);
    const { inputs, warnings } = await loadSources(["src"], dir);
    expect(inputs.map((i) => i.id)).toEqual(["good"]);
    expect(warnings).toEqual([{ path: "src/pipe.txt", message: "not a regular file (pipe, socket or device); skipped" }]);
  });

  it.each([
    ["spaces", "an article with spaces.txt"],
    ["Arabic letters", "مقال عن الغارات.txt"],
    ["both, and a Markdown extension", "تقرير 2015 (نسخة).MD"],
  ])("reads a file whose name has %s", async (_name, file) => {
    const dir = folder();
    writeFileSync(path.join(dir, "src", file), GOOD);
    const { inputs, warnings } = await loadSources(["src"], dir);
    expect(warnings).toEqual([]);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.path).toBe(`src/${file}`);
    expect(inputs[0]!.text).toBe(GOOD);
  });

  it("ignores hidden files (editor backups, crosscheck's own temporary files) without a word", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "src", "good.txt"), GOOD);
    writeFileSync(path.join(dir, "src", ".good.txt.swp"), PNG);
    writeFileSync(path.join(dir, "src", ".report.md.123.tmp"), "# half a report");
    const { inputs, warnings } = await loadSources(["src"], dir);
    expect(inputs.map((i) => i.id)).toEqual(["good"]);
    expect(warnings).toEqual([]);
  });

  it("does not read crosscheck's own outputs when they sit among the sources", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "src", "good.txt"), GOOD);
    writeFileSync(path.join(dir, "src", "report.md"), "# Crosscheck report\n\n2,299 sorties\n");
    const { inputs } = await loadSources(["src"], dir, { exclude: [path.join(dir, "src", "report.md")] });
    expect(inputs.map((i) => i.id)).toEqual(["good"]);
  });

  it("keeps CRLF and lone CR text as it is, so offsets match the file", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "src", "crlf.txt"), "one\r\ntwo\r\n");
    writeFileSync(path.join(dir, "src", "cr.txt"), "one\rtwo\r");
    const { inputs } = await loadSources(["src"], dir);
    expect(inputs.map((i) => [i.id, i.text])).toEqual([
      ["cr", "one\rtwo\r"],
      ["crlf", "one\r\ntwo\r\n"],
    ]);
  });

  it.each([
    ["a missing path", (_d: string) => "nowhere", /^no such file or folder: nowhere$/],
    ["a path through a file", (d: string) => (writeFileSync(path.join(d, "f.txt"), GOOD), "f.txt/inner.txt"), /^no such file or folder: f\.txt\/inner\.txt$/],
    [
      "a symbolic link loop named on the command line",
      (d: string) => (symlinkSync("l2.txt", path.join(d, "l1.txt")), symlinkSync("l1.txt", path.join(d, "l2.txt")), "l1.txt"),
      /^cannot read l1\.txt \(symbolic link loop, ELOOP\)$/,
    ],
  ])("%s given by the user is a user error naming it", async (_name, make, message) => {
    const dir = folder();
    const p = make(dir);
    const err = await loadSources([p], dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(message);
  });

  it.runIf(hasMkfifo())("a named pipe given by the user is a user error, not a hang", async () => {
    const dir = folder();
    execFileSync("mkfifo", [path.join(dir, "p.txt")]);
    await expect(loadSources(["p.txt"], dir)).rejects.toThrow(/^not a file or folder: p\.txt$/);
  });

  it("gives the same inputs and warnings whatever order the files were created in", async () => {
    const names = ["b.txt", "a.md", "c/a.txt", "empty.txt", "z.png", "م.txt"];
    const load = async (order: string[]) => {
      const dir = folder();
      mkdirSync(path.join(dir, "src", "c"));
      for (const n of order) writeFileSync(path.join(dir, "src", n), n.startsWith("empty") || n.endsWith(".png") ? "" : `${GOOD}${n}\n`);
      const r = await loadSources(["src"], dir);
      return JSON.stringify([r.inputs.map((i) => [i.id, i.path, i.text]), r.warnings]);
    };
    const first = await load(names);
    expect(await load([...names].reverse())).toBe(first);
    expect(await load([names[3]!, names[0]!, names[5]!, names[1]!, names[4]!, names[2]!])).toBe(first);
    expect(JSON.parse(first)[0].map((x: string[]) => x[0])).toEqual(["a", "b", "c/a", "م"]);
  });
});
