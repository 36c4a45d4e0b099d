import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze.js";
import { renderMarkdown } from "../../src/core/report/markdown.js";
import { renderClaimsTable } from "../../src/core/report/table.js";
import { MAX_CLAIMS } from "../../src/core/extract/limits.js";

describe("large inputs", () => {
  it("an article with 150,000 figures neither overflows the stack nor hangs", () => {
    const text = Array.from({ length: 150_000 }, (_, i) => `${i + 1} sorties.`).join(" ");
    const analysis = analyze([{ id: "big", path: "big.txt", text, bodyStart: 0, meta: { lang: "en" } }]);
    // One source keeps at most MAX_CLAIMS claims (and reads at most MAX_SOURCE_CHARS), with a warning.
    expect(analysis.claims.length).toBe(MAX_CLAIMS);
    expect(analysis.warnings.map((w) => w.path)).toContain("big.txt");
    expect(renderClaimsTable(analysis.claims.slice(0, 10)).split("\n")[0]).toMatch(/^where/);
    expect(renderMarkdown(analysis, { sourceLink: () => "big.txt" })).toMatch(/\| \d+ more \|/);
  }, 60_000);
});
