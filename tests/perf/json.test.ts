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

  it("cuts long lists into pieces of a hundred elements, which join to the whole text", () => {
    const claims = Array.from({ length: 250 }, (_, k) => ({ ...analysis.claims[0]!, id: `a:n${k + 1}`, line: k + 1 }));
    const big: Analysis = { ...analysis, claims };
    const pieces = [...renderJsonChunks(big)];
    expect(pieces.join("")).toBe(JSON.stringify(toClaimsFile(big), null, 2) + "\n");
    expect(pieces.filter((p) => p.includes('"id": "a:n')).map((p) => p.match(/"id": "a:n/g)!.length)).toEqual([100, 100, 50]);
  });

  it.each<[string, number]>([
    ["NaN", NaN],
    ["Infinity", Infinity],
    ["-Infinity", -Infinity],
  ])("a piece holding %s goes through the guard, the pieces around it as they are", (_name, bad) => {
    const claims = Array.from({ length: 250 }, (_, k) => ({ ...analysis.claims[0]!, id: `a:n${k + 1}`, line: k + 1 }));
    claims[150] = { ...claims[150]!, value: bad, min: bad };
    claims[160] = { ...claims[160]!, sentenceMark: [bad, 3] };
    const big: Analysis = { ...analysis, claims };
    // The guard: an unbounded end has no key; any other number that is not finite is written as text.
    const guard = (key: string, value: unknown) =>
      typeof value !== "number" || Number.isFinite(value) ? value : key === "min" || key === "max" ? undefined : String(value);
    const text = [...renderJsonChunks(big)].join("");
    expect(text).toBe(JSON.stringify(toClaimsFile(big), guard, 2) + "\n");
    const parsed = JSON.parse(text) as { claims: { value: unknown; min?: number; sentenceMark: unknown[] }[] };
    expect(parsed.claims[150]!.value).toBe(String(bad));
    expect(parsed.claims[150]).not.toHaveProperty("min");
    expect(parsed.claims[160]!.sentenceMark).toEqual([String(bad), 3]);
    expect(parsed.claims[149]!.min).toBe(2000);
  });
});
