/**
 * claims.json is written in pieces; joined, they must be exactly what one JSON.stringify of the whole file
 * gives (for finite data, where the replacer changes nothing).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { renderJson, renderJsonChunks, toClaimsFile } from "../../src/core/report/json.js";
import type { Analysis, Claim, Group, SourceInfo } from "../../src/core/types.js";

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

  // The file's key order, written out as spreads (as it was before the order functions added keys one by one).
  const refSource = (s: SourceInfo) => ({
    id: s.id, path: s.path, ...(s.title !== undefined ? { title: s.title } : {}), ...(s.outlet !== undefined ? { outlet: s.outlet } : {}),
    ...(s.published !== undefined ? { published: s.published } : {}), ...(s.url !== undefined ? { url: s.url } : {}),
    ...(s.publishedFromPage ? { publishedFromPage: s.publishedFromPage } : {}), lang: s.lang,
  });
  const refClaim = (c: Claim) => ({
    id: c.id, source: c.source, kind: c.kind, text: c.text, line: c.line, column: c.column, start: c.start, end: c.end, value: c.value,
    ...(c.min !== undefined ? { min: c.min } : {}), ...(c.max !== undefined ? { max: c.max } : {}),
    ...(c.qualifier !== undefined ? { qualifier: c.qualifier } : {}), ...(c.unit !== undefined ? { unit: c.unit } : {}),
    ...(c.noun !== undefined ? { noun: c.noun } : {}), ...(c.relative ? { relative: c.relative } : {}),
    ...(c.speaker !== undefined ? { speaker: c.speaker } : {}), sentence: c.sentence, sentenceMark: c.sentenceMark,
  });
  const refGroup = (g: Group) => ({
    id: g.id, kind: g.kind, ...(g.unit !== undefined ? { unit: g.unit } : {}), verdict: g.verdict, claims: g.claims,
    ...(g.note !== undefined ? { note: g.note } : {}), severity: g.severity,
  });
  const guard = (key: string, value: unknown) =>
    typeof value !== "number" || Number.isFinite(value) ? value : key === "min" || key === "max" ? undefined : String(value);

  it("writes every key in the file's order, optional keys present or not, numbers finite or not", () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    // Rare enough that a piece often holds a single number that is not finite, in any one key.
    const num = fc.oneof({ weight: 30, arbitrary: fc.integer() }, { weight: 5, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) }, { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0) });
    const claim = fc.record({
      id: fc.string(), source: fc.string(), kind: fc.constantFrom("quantity", "date", "quote"), text: fc.string(), line: num, column: num,
      start: num, end: num, value: fc.oneof(num, fc.string()), min: maybe(num), max: maybe(num), qualifier: maybe(fc.constantFrom("approx", "over", "range")),
      unit: maybe(fc.string()), noun: maybe(fc.string()), relative: maybe(fc.constant(true as const)), speaker: maybe(fc.string()),
      sentence: fc.string(), sentenceMark: fc.tuple(num, num),
    }) as fc.Arbitrary<Claim>;
    const source = fc.record({
      id: fc.string(), path: fc.string(), title: maybe(fc.string()), outlet: maybe(fc.string()), published: maybe(fc.string()), url: maybe(fc.string()),
      publishedFromPage: maybe(fc.boolean()), lang: fc.constantFrom("ar", "en"),
    }) as fc.Arbitrary<SourceInfo>;
    const group = fc.record({
      id: fc.string(), kind: fc.constantFrom("quantity", "date", "quote"), unit: maybe(fc.string()), verdict: fc.constantFrom("agree", "discrepancy"),
      claims: fc.array(fc.string(), { maxLength: 3 }), note: maybe(fc.string()), severity: num,
    }) as fc.Arbitrary<Group>;
    const claims = fc.oneof({ weight: 5, arbitrary: fc.array(claim, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(claim, { maxLength: 230 }) });
    fc.assert(
      fc.property(fc.array(source, { maxLength: 3 }), claims, fc.array(group, { maxLength: 3 }), (sources, claims, groups) => {
        const a: Analysis = { sources, claims, groups, warnings: [] };
        const ref = { schema: "crosscheck/claims@1", sources: sources.map(refSource), claims: claims.map(refClaim), groups: groups.map(refGroup), warnings: [] };
        expect([...renderJsonChunks(a)].join("")).toBe(JSON.stringify(ref, guard, 2) + "\n");
      }),
      { numRuns: 400 },
    );
  });
});
