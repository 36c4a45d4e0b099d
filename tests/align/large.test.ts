import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze.js";
import { renderMarkdown } from "../../src/core/report/markdown.js";
import { renderClaimsTable } from "../../src/core/report/table.js";

describe("large inputs", () => {
  it("an article with 150,000 figures neither overflows the stack nor hangs", () => {
    const text = Array.from({ length: 150_000 }, (_, i) => `${i + 1} sorties.`).join(" ");
    const analysis = analyze([{ id: "big", path: "big.txt", text, bodyStart: 0, meta: { lang: "en" } }]);
    expect(analysis.claims.length).toBeGreaterThan(100_000);
    expect(renderClaimsTable(analysis.claims.slice(0, 10)).split("\n")[0]).toMatch(/^where/);
    expect(renderMarkdown(analysis, { sourceLink: () => "big.txt" })).toMatch(/\| \d+ more \|/);
  }, 60_000);
});
