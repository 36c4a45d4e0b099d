/**
 * Reading and extracting on worker threads, one file at a time, must give the report that loading everything
 * and calling analyze() gives: same ids (including the ones that depend on which files were skipped), same
 * claims, same groups, same warnings.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze.js";
import { renderJson } from "../../src/core/report/json.js";
import { renderMarkdown } from "../../src/core/report/markdown.js";
import { analyzeFiles } from "../../src/node/analyzeFiles.js";
import { collectArticleFiles } from "../../src/node/sources.js";
import { loadAndExtract } from "../../src/node/extractFile.js";
import { extractOnThreads } from "../../src/node/threads.js";
import { loadSources } from "../../src/node/sources.js";
import type { Analysis } from "../../src/core/types.js";

const ROOT = path.resolve(__dirname, "../..");

/** Seeds and the English golden sources, in nested folders with clashing names, plus files to skip. */
function corpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crosscheck-threads-"));
  const seeds = path.join(ROOT, "sources");
  const english = path.join(ROOT, "tests/golden/english-wires/sources");
  for (let copy = 0; copy < 4; copy++) {
    const folder = path.join(dir, `outlet-${copy}`);
    mkdirSync(folder, { recursive: true });
    for (const f of readdirSync(seeds)) cpSync(path.join(seeds, f), path.join(folder, f));
    for (const f of readdirSync(english)) cpSync(path.join(english, f), path.join(folder, f));
  }
  // Skipped files change which name a later file with the same name gets.
  writeFileSync(path.join(dir, "000_0d8cddbdda6761d7.txt"), "");
  writeFileSync(path.join(dir, "outlet-0", "aaa.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 0, 9]));
  writeFileSync(path.join(dir, "outlet-1", "wire-a.md"), "   \n");
  return dir;
}

function render(a: Analysis): string {
  return renderMarkdown(a, { sourceLink: (s) => s.path }) + renderJson(a);
}

describe("extraction on worker threads", () => {
  it("gives the same report as loading every file and analysing them together", async () => {
    const dir = corpus();
    const loaded = await loadSources(["."], dir);
    const expected = render(analyze(loaded.inputs, loaded.warnings));
    const sequential = await analyzeFiles(["."], dir, { threads: 0 });
    const threaded = await analyzeFiles(["."], dir, { threads: 2 });
    const three = await analyzeFiles(["."], dir, { threads: 3 });
    expect(threaded.sources.length).toBe(4 * 7 - 1);
    expect(threaded.sources.map((s) => s.id)).toContain("outlet-2/000_0d8cddbdda6761d7");
    expect(threaded.warnings.length).toBeGreaterThanOrEqual(3);
    expect(render(sequential)).toBe(expected);
    expect(render(threaded)).toBe(expected);
    expect(render(three)).toBe(expected);
  });

  it.each([
    [0, false],
    [0, true],
    [1, false],
    [2, true],
  ])("gives each file's own result with %i workers beside this thread (copies: %s)", async (workers, copies) => {
    const dir = corpus();
    const files = await collectArticleFiles(["."], [], dir);
    const alone = files.map((f) => loadAndExtract(f, dir));
    const shared = await extractOnThreads(files, dir, workers, copies);
    const strip = (rs: typeof alone) => rs.map((r) => ({ result: r.result, warnings: r.warnings }));
    expect(shared.length).toBe(files.length);
    expect(strip(shared)).toEqual(strip(alone));
  });

  it.each([1, 2])("says once, before the results, that its %i workers have started (a run-time engine flag waits for it)", async (workers) => {
    const dir = corpus();
    const files = await collectArticleFiles(["."], [], dir);
    const heard: string[] = [];
    const shared = extractOnThreads(files, dir, workers, false, () => heard.push("ready"));
    await shared;
    heard.push("results");
    expect(heard).toEqual(["ready", "results"]);
  });

  it("reports a folder with nothing readable as empty", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "crosscheck-threads-"));
    writeFileSync(path.join(dir, "a.txt"), "");
    const a = await analyzeFiles([dir], dir, { threads: 2 });
    expect(a.sources).toEqual([]);
    expect(a.warnings.map((w) => w.message)).toEqual(["empty file; skipped"]);
  });
});
