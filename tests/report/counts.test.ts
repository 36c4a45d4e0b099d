/**
 * report.md's first line counts sources, claims by kind, groups and verdicts: a count of one in the singular
 * ("1 source · 1 claim (1 figure, 0 dates, 0 quotes)"), as the CLI's summary line does.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/core/report/markdown.js";
import type { Analysis } from "../../src/core/types.js";

const seed = JSON.parse(readFileSync(new URL("../../reports/claims.json", import.meta.url), "utf8")) as Analysis;

function firstCounts(analysis: Analysis): string {
  const md = renderMarkdown(analysis, { sourceLink: (s) => s.path });
  return md.split("\n").find((l) => l.includes(" · "))!;
}

describe("the report's counts", () => {
  it("read one source, one claim and one figure in the singular", () => {
    const figure = seed.claims.find((c) => c.kind === "quantity")!;
    const source = seed.sources.find((s) => s.id === figure.source)!;
    const one: Analysis = { ...seed, sources: [source], claims: [figure], groups: [], warnings: [] };
    expect(firstCounts(one)).toBe(
      "1 source · 1 claim (1 figure, 0 dates, 0 quotes) · 0 groups of claims made by several sources: **0 discrepancies**, 0 moved on, 0 compatible, 0 in agreement.",
    );
  });

  it("read the seeds' counts in the plural", () => {
    expect(firstCounts({ ...seed, warnings: [] })).toMatch(/^5 sources · \d+ claims \(\d+ figures, \d+ dates, \d+ quotes\) · \d+ groups of claims made by several sources: \*\*\d+ discrepanc(y|ies)\*\*/);
  });
});
