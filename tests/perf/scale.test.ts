/**
 * Thousands of articles on one story: the report stays readable (a huge group lists a dozen values and
 * sources, then counts the rest) and rendering never spreads a huge array into a call (stack overflow).
 */
import { describe, expect, it } from "vitest";
import { align } from "../../src/core/align/index.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import { renderMarkdown } from "../../src/core/report/markdown.js";
import type { Analysis, Claim, SourceInfo } from "../../src/core/types.js";

function source(i: number, published: string, lang: "ar" | "en" = "en"): SourceInfo {
  return { id: `s${String(i).padStart(5, "0")}`, path: `s${i}.txt`, published, lang };
}

function sortieClaim(src: SourceInfo, value: number): Claim {
  const sentence = `The defence ministry said ${value} combat sorties had been flown since September 30.`;
  const at = sentence.indexOf(String(value));
  return {
    id: `${src.id}:n1`, source: src.id, kind: "quantity", text: String(value), line: 3, column: at + 1, start: 100 + at, end: 100 + at + String(value).length,
    value, unit: "sortie", sentence, sentenceMark: [at, at + String(value).length],
  };
}

describe("reports on many articles", () => {
  it("renders 30,000 sources with claims of their own", () => {
    const sources = Array.from({ length: 30_000 }, (_, i) => source(i, "2015-11-18"));
    const claims = sources.map((s, i) => ({ ...sortieClaim(s, 1000 + i), unit: `thing-${i}` }));
    const analysis: Analysis = { sources, claims, groups: [], warnings: [] };
    const md = renderMarkdown(analysis, { sourceLink: (s) => s.path });
    expect(md).toContain("30000 sources · 30000 claims");
    expect(md.match(/<details>/g)).toHaveLength(30_000);
  });

  it("a group of hundreds of articles lists twelve values and twelve sources per snapshot, and counts the rest", () => {
    const sources: SourceInfo[] = [];
    const claims: Claim[] = [];
    for (let i = 0; i < 300; i++) {
      const s = source(i, i % 2 ? "2015-11-18" : "2015-12-12");
      sources.push(s);
      claims.push(sortieClaim(s, i % 2 ? 2280 + (i % 40) : 3980 + (i % 40)));
    }
    const groups = align({ claims, sources, localeOf: () => en });
    const moved = groups.find((g) => g.verdict === "changed");
    expect(moved?.claims).toHaveLength(300);
    expect(moved?.note).toMatch(/^sorties: moved on from (\d,\d{3} \/ ){11}\d,\d{3} and 8 more \((s\d{5}, ){11}s\d{5} and 138 more\) to /);
    const inside = groups.filter((g) => g.verdict === "discrepancy");
    expect(inside.map((g) => g.note)).toEqual([
      expect.stringMatching(/^(\d,\d{3} vs ){11}\d,\d{3} and 8 more sorties: differ by 38 \([\d.]+%\)$/),
      expect.stringMatching(/^(\d,\d{3} vs ){11}\d,\d{3} and 8 more sorties: differ by 38 \([\d.]+%\)$/),
    ]);
    const md = renderMarkdown({ sources, claims, groups, warnings: [] }, { sourceLink: (s) => s.path });
    expect(md).toMatch(/### 1\. sorties: (\d,\d{3} vs ){11}\d,\d{3} and 8 more\n/);
    expect(md).toContain("| … | | 138 more claims in this group | | |");
  });

  it("lists every value of a small group", () => {
    const sources = [source(1, "2015-11-18", "ar"), source(2, "2015-11-18", "ar")];
    const claims = [sortieClaim(sources[0]!, 2289), sortieClaim(sources[1]!, 2299)];
    const [g] = align({ claims, sources, localeOf: () => ar });
    expect(g?.note).toBe("2,289 vs 2,299 sorties: differ by 10 (0.44%)");
  });
});
