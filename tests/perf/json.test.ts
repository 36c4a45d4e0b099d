/**
 * claims.json is written in pieces; joined, they must be exactly what one JSON.stringify of the whole file
 * gives (for finite data, where the replacer changes nothing).
 */
import { describe, expect, it } from "vitest";
import { renderJson, renderJsonChunks, toClaimsFile } from "../../src/core/report/json.js";
import type { Analysis } from "../../src/core/types.js";

const analysis: Analysis = {
  sources: [
    { id: "a", path: "sources/a.txt", title: 'Line "one"\nand two', published: "2015-11-18", lang: "ar" },
    { id: "b\u2028", path: "b.md", lang: "en", url: "https://example.com/?q=1&r=<2>" },
  ],
  claims: [
    {
      id: "a:n1", source: "a", kind: "quantity", text: "2,289", line: 3, column: 7, start: 40, end: 45, value: 2289, min: 2000, max: 2500,
      qualifier: "approx", unit: "sortie", speaker: "شويغو", sentence: "قال شويغو إن 2,289 طلعة\tنفذت", sentenceMark: [13, 18],
    },
    { id: "b\u2028:q1", source: "b\u2028", kind: "quote", text: "We will\\act", line: 1, column: 2, start: 1, end: 12, value: "we will act", sentence: "«We will act»", sentenceMark: [1, 12] },
  ],
  groups: [{ id: "g1", kind: "quantity", unit: "sortie", verdict: "discrepancy", claims: ["a:n1", "b\u2028:q1"], note: "x vs y", severity: 3.5 }],
  warnings: [],
};

describe("claims.json in pieces", () => {
  it.each<[string, Analysis]>([
    ["a full analysis with an empty list", analysis],
    ["an analysis with every list empty", { sources: [], claims: [], groups: [], warnings: [] }],
    ["warnings only", { sources: [], claims: [], groups: [], warnings: [{ path: "x.txt", message: "empty file; skipped" }, { path: "y", message: "z" }] }],
  ])("%s joins to the whole-file text", (_name, a) => {
    const whole = JSON.stringify(toClaimsFile(a), null, 2) + "\n";
    expect([...renderJsonChunks(a)].join("")).toBe(whole);
    expect(renderJson(a)).toBe(whole);
  });

  it("yields one piece per element, so no piece grows with the input", () => {
    const pieces = [...renderJsonChunks(analysis)];
    expect(pieces.length).toBeGreaterThanOrEqual(analysis.sources.length + analysis.claims.length + analysis.groups.length);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(600);
  });
});
