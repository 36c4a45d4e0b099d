/**
 * The issue's "done when": a folder holding every kind of bad file beside a good seed article gives exit 0,
 * warnings naming the bad files, the good and legacy-encoded articles' claims, a report whose tables keep
 * their columns and hold no HTML from articles, and the same bytes on a second run.
 *
 * sources/ holds the files git can keep (legacy encodings, UTF-16, CRLF and CR, empty, binary, hostile
 * Markdown, names with spaces and Arabic letters); its golden report is checked by ../golden.test.ts. This
 * test copies it and adds what cannot be committed: pathological sizes, an unreadable file, symbolic link
 * loops, a named pipe, a file name holding a newline, and runs the real command twice.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliResult } from "../../hardening/spawnCli.js";
import { foreignHtml, schemeLinks, strayBlocks, tableProblems } from "../../hardening/markdownCheck.js";
import type { Claim } from "../../../src/core/types.js";
import { hasMkfifo } from "../../hardening/platform.js";

const HERE = path.dirname(new URL(import.meta.url).pathname);
const GOOD = "000_0d8cddbdda6761d7";
const asRoot = process.getuid?.() === 0;

/** The good article's body as one pasted line, repeated to 2 MB. */
function pastedLine(): string {
  const text = readFileSync(path.join(HERE, "sources", `${GOOD}.txt`), "utf8");
  const body = text.slice(text.indexOf("\n---\n") + 5).replace(/\s*\n\s*/g, " ");
  return body.repeat(Math.ceil(2_000_000 / Buffer.byteLength(body)));
}

describe("a folder of bad files beside a good article", () => {
  let ws: string;
  const runs: CliResult[] = [];
  const outputs: { report: string; claims: string }[] = [];
  let claims: Claim[] = [];
  const fifo = hasMkfifo();

  beforeAll(async () => {
    ws = mkdtempSync(path.join(tmpdir(), "crosscheck-bad-input-"));
    const src = path.join(ws, "sources");
    cpSync(path.join(HERE, "sources"), src, { recursive: true });
    writeFileSync(path.join(src, "pasted-2mb-line.txt"), pastedLine());
    writeFileSync(path.join(src, "million-digits.txt"), `وقالت الوزارة إن الطائرات نفذت ${"7".repeat(1_000_000)} طلعة قتالية.\n`);
    writeFileSync(path.join(src, "ones.txt"), "1,".repeat(300_000));
    writeFileSync(path.join(src, "guillemets.txt"), "قال «نعم ".repeat(200_000));
    writeFileSync(path.join(src, "locked.txt"), "The ministry said 2,289 sorties were flown.\n");
    chmodSync(path.join(src, "locked.txt"), 0o000);
    symlinkSync("loop-b.txt", path.join(src, "loop-a.txt"));
    symlinkSync("loop-a.txt", path.join(src, "loop-b.txt"));
    symlinkSync(".", path.join(src, "self"));
    if (fifo) execFileSync("mkfifo", [path.join(src, "pipe.txt")]);
    writeFileSync(path.join(src, "evil\n# <b>name.txt"), "");
    writeFileSync(path.join(src, "huge.txt"), "");
    truncateSync(path.join(src, "huge.txt"), 9 * 1024 * 1024);
    // Root reads any file: run as an unprivileged user then, so the unreadable file really is unreadable.
    if (asRoot) {
      chmodSync(ws, 0o777);
      chmodSync(src, 0o777);
    }
    for (let i = 0; i < 2; i++) {
      const r = await runCli(["report", "sources", "--out", "out"], { cwd: ws, env: { TZ: "UTC", LANG: "C.UTF-8" }, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
      runs.push(r);
      if (r.code !== 0) throw new Error(`run ${i + 1} exited ${r.code}: ${r.stderr}`);
      outputs.push({ report: readFileSync(path.join(ws, "out", "report.md"), "utf8"), claims: readFileSync(path.join(ws, "out", "claims.json"), "utf8") });
    }
    claims = JSON.parse(outputs[0]!.claims).claims;
  }, 120_000);

  afterAll(() => {
    if (!ws) return;
    try {
      chmodSync(path.join(ws, "sources", "locked.txt"), 0o644);
    } catch {
      // Already gone.
    }
    rmSync(ws, { recursive: true, force: true });
  });

  it("exits 0 and says what it read", () => {
    for (const r of runs) {
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^16 sources, \d+ claims, \d+ shared, \d+ discrepanc(y|ies): out\/report\.md\n$/);
    }
  });

  const WARNED: [string, RegExp][] = [
    ["sources/blank.txt", /file holds only whitespace; skipped/],
    ["sources/damaged-utf8.txt", /2 undecodable byte sequences replaced with U\+FFFD/],
    ["sources/empty.txt", /empty file; skipped/],
    ["sources/evil\\u{000A}# <b>name.txt", /^warning: .*: empty file; skipped$/],
    ["sources/huge.txt", /more than any article \(limit 8\.0 MB\); skipped/],
    ["sources/legacy-windows-1252.txt", /decoded as Windows-1252/],
    ["sources/legacy-windows-1256.txt", /decoded as Windows-1256 \(Arabic\)/],
    ["sources/locked.txt", /cannot read file \(permission denied, EACCES\); skipped/],
    ["sources/loop-a.txt", /symbolic link loop; skipped/],
    ["sources/loop-b.txt", /symbolic link loop; skipped/],
    ["sources/million-digits.txt", /a number too large to check at line 1; skipped/],
    ["sources/pasted-2mb-line.txt", /longer than any article; the first 500000 characters were read, the rest \(from line 1\) skipped/],
    ["sources/photo.png", /not an article file \(\.txt, \.md\); skipped/],
    ["sources/scan.txt", /binary file \(JPEG image\), not an article; skipped/],
    ["sources/self", /folder already read/],
    ["sources/word-export.txt", /binary file \(ZIP archive or Office document\)/],
  ];

  it.each(WARNED)("warns about %s on stderr and in the report", (shown, message) => {
    const lines = runs[0]!.stderr.split("\n").filter((l) => l.startsWith(`warning: ${shown}: `));
    expect(lines.some((l) => message.test(l)), runs[0]!.stderr).toBe(true);
    expect(outputs[0]!.report).toContain(`- \`${shown}\`: `);
  });

  it.runIf(fifo)("warns about the named pipe without opening it", () => {
    expect(runs[0]!.stderr).toContain("warning: sources/pipe.txt: not a regular file (pipe, socket or device); skipped\n");
  });

  it("puts nothing but one-line warnings on stderr", () => {
    for (const l of runs[0]!.stderr.trimEnd().split("\n")) expect(l).toMatch(/^warning: sources\/\S.*: .+$/);
  });

  const has = (source: string, kind: Claim["kind"], value: number | string, line?: number) =>
    claims.some((c) => c.source === source && c.kind === kind && c.value === value && (line === undefined || c.line === line));

  it.each([
    ["the good seed article", GOOD, "quantity", 2289, 30],
    ["the good seed article", GOOD, "quantity", 4111, 30],
    ["the good seed article", GOOD, "date", "2015-09-30", 30],
    ["a Windows-1256 page", "legacy-windows-1256", "quantity", 2289, 3],
    ["a Windows-1252 page", "legacy-windows-1252", "quantity", 2289, 3],
    ["UTF-16 LE with BOM", "utf16le-bom", "quantity", 2299, 3],
    ["UTF-16 BE with BOM", "utf16be-bom", "quantity", 4111, 3],
    ["UTF-8 with BOM and front matter", "utf8-bom", "quantity", 129, 6],
    ["damaged UTF-8", "damaged-utf8", "quantity", 350, 3],
    ["CRLF line endings", "crlf", "date", "--11-26", 3],
    ["CRLF line endings", "crlf", "date", "--11-24", 5],
    ["lone CR line endings", "lone-cr", "date", "--11-24", 5],
    ["a name with spaces", "name with spaces", "date", "--12-15", 3],
    ["a name in Arabic letters", "تقرير الوزارة", "quantity", 14, 3],
    ["hostile Markdown", "hostile", "quantity", 4111, 10],
    ["a 2 MB pasted line", "pasted-2mb-line", "quantity", 2289, 1],
  ] as const)("reads the claims of %s (%s: %s %s on line %s)", (_what, source, kind, value, line) => {
    expect(has(source, kind, value, line)).toBe(true);
  });

  it("keeps the same columns on CRLF and lone-CR lines", () => {
    const col = (source: string) => claims.filter((c) => c.source === source && c.kind === "date").map((c) => [c.line, c.column]);
    expect(col("crlf")).toEqual(col("lone-cr"));
    expect(col("crlf")).toEqual([
      [3, 61],
      [5, 29],
    ]);
  });

  it("holds only finite numbers", () => {
    expect(outputs[0]!.claims).not.toMatch(/\b(NaN|Infinity)\b/);
    expect(claims.filter((c) => c.source === "pasted-2mb-line").length).toBeLessThanOrEqual(5000);
  });

  it("writes a report whose tables keep their columns and that holds no HTML or links from articles", () => {
    const report = outputs[0]!.report;
    expect(report).toContain("| hostile |");
    expect(tableProblems(report)).toEqual([]);
    expect(foreignHtml(report)).toEqual([]);
    expect(schemeLinks(report)).toEqual([]);
    expect(strayBlocks(report)).toEqual([]);
  });

  it("writes identical bytes on the second run", () => {
    expect(outputs[1]!.report).toBe(outputs[0]!.report);
    expect(outputs[1]!.claims).toBe(outputs[0]!.claims);
    expect(runs[1]!.stderr).toBe(runs[0]!.stderr);
  });

  it("leaves no temporary file behind", () => {
    expect(readdirSync(path.join(ws, "out")).sort()).toEqual(["claims.json", "report.md"]);
    expect(statSync(path.join(ws, "out", "report.md")).size).toBeGreaterThan(0);
  });
});
