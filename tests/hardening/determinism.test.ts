import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./spawnCli.js";

/** Every real article the repository holds, plus files that only give warnings. */
function articles(): [string, Buffer][] {
  const out: [string, Buffer][] = [];
  const add = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) out.push([`${prefix}${name}`, readFileSync(path.join(dir, name))]);
  };
  add(path.join(ROOT, "sources"), "");
  for (const c of readdirSync(path.join(ROOT, "tests/golden"), { withFileTypes: true })) {
    if (c.isDirectory() && c.name !== "bad-input") add(path.join(ROOT, "tests/golden", c.name, "sources"), `${c.name}/`);
  }
  out.push(["legacy/مقال قديم.txt", iconv.encode("قالت الوزارة إن الطائرات نفذت 2289 طلعة منذ 30 أيلول 2015.\r\n", "windows-1256")]);
  out.push(["legacy/empty.txt", Buffer.alloc(0)]);
  out.push(["legacy/photo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])]);
  return out;
}

/** A workspace with the articles written in the given order (directory order on disk follows creation on many file systems). */
function workspace(order: "forward" | "reverse"): string {
  const dir = mkdtempSync(path.join(tmpdir(), `crosscheck-det-${order}-`));
  const files = articles();
  if (order === "reverse") files.reverse();
  for (const [name, bytes] of files) {
    mkdirSync(path.dirname(path.join(dir, "in", name)), { recursive: true });
    writeFileSync(path.join(dir, "in", name), bytes);
  }
  return dir;
}

const ENVIRONMENTS: Record<string, string>[] = [
  { TZ: "UTC", LANG: "C", LC_ALL: "C" },
  { TZ: "Asia/Tokyo", LANG: "ar_SA.UTF-8", LC_ALL: "ar_SA.UTF-8" },
  // Turkish folds I and i differently; Newfoundland is half an hour off UTC.
  { TZ: "America/St_Johns", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" },
];

describe("the same inputs give the same bytes", () => {
  it("whatever the order of files on disk, the locale or the time zone", async () => {
    const spaces = [workspace("forward"), workspace("reverse")];
    const outputs: string[][] = [];
    for (const [i, env] of ENVIRONMENTS.entries()) {
      const cwd = spaces[i % 2]!;
      // The folder, or its entries named one by one in reverse order (from both workspaces).
      const paths = i < 1 ? ["in"] : readdirSync(path.join(cwd, "in")).sort().reverse().map((n) => `in/${n}`);
      const r = await runCli(["report", ...paths, "--out", "out"], { cwd, env });
      expect(r.code, r.stderr).toBe(0);
      outputs.push([readFileSync(path.join(cwd, "out", "report.md"), "utf8"), readFileSync(path.join(cwd, "out", "claims.json"), "utf8"), r.stderr]);
    }
    expect(outputs[0]![0]).toContain("legacy/مقال قديم.txt");
    for (const o of outputs.slice(1)) {
      expect(o[0]).toBe(outputs[0]![0]);
      expect(o[1]).toBe(outputs[0]![1]);
      expect(o[2]).toBe(outputs[0]![2]);
    }
  }, 60_000);
});
