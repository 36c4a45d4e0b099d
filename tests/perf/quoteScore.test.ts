/**
 * Quote pairs are scored once per ordered pair of relation keys (align/quoteScore.ts QuoteScores). The score
 * kept must be the one quoteScore() gives the pair itself: checked on random quotes drawn from a few
 * statements (fragments, misquotes, words left out with and without "…" in the text, equal lengths) and on
 * every pair of the seed reports' quotes.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QuoteScores, quoteScore } from "../../src/core/align/quoteScore.js";
import { WordingSimilarity } from "../../src/core/align/wording.js";
import type { Claim } from "../../src/core/types.js";

const STATEMENTS = [
  "behind every number there is a family left waiting for news of a son",
  "a family left waiting for news",
  "behind every number there is a family waiting for news of a son",
  "we are ready for any changes",
  "we are ready for any change",
  "ready for any changes",
  "جاهز لاي تعديلات",
  "جاهز لاي تعديلات بحسب الحاجة",
  "abcd efgh",
  "efgh abcd",
];

const quote = fc
  .record({ value: fc.constantFrom(...STATEMENTS), marked: fc.constantFrom("", " …", "..."), source: fc.constantFrom("a", "b", "c") })
  .map(
    ({ value, marked, source }): Claim => ({
      id: "q",
      source,
      kind: "quote",
      value,
      text: value + marked,
      line: 1,
      column: 1,
      start: 0,
      end: 1,
      sentence: value,
      sentenceMark: [0, value.length],
    }),
  );

function expectSameAsDirect(claims: readonly Claim[]): Set<number> {
  const memo = new QuoteScores(claims);
  const direct = new WordingSimilarity();
  const seen = new Set<number>();
  // Every ordered pair, twice: the second time from the memo.
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < claims.length; i++) {
      for (let j = 0; j < claims.length; j++) {
        const s = memo.score(i, j);
        expect(s).toBe(quoteScore(claims[i]!, claims[j]!, direct));
        seen.add(s);
      }
    }
  }
  return seen;
}

describe("quote scores kept per pair of relation keys", () => {
  it("equal quoteScore() of the pair on random quotes", () => {
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(fc.array(quote, { minLength: 2, maxLength: 12 }), (claims) => {
        for (const s of expectSameAsDirect(claims)) outcomes.add(s === 1 ? "one" : s === 0 ? "zero" : "between");
      }),
      { numRuns: 300 },
    );
    expect([...outcomes].sort()).toEqual(["between", "one", "zero"]);
  });

  it("equal quoteScore() on every pair of the seed reports' quotes", () => {
    const claims = (JSON.parse(readFileSync(new URL("../../reports/claims.json", import.meta.url), "utf8")) as { claims: Claim[] }).claims.filter(
      (c) => c.kind === "quote",
    );
    expect(claims.length).toBeGreaterThan(20);
    expect(expectSameAsDirect(claims).has(1)).toBe(true);
  });
});
