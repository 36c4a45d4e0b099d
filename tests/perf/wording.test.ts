/**
 * align/wording.ts asks string-similarity's compareTwoStrings only for pairs whose lengths let it reach the floor:
 * wherever the library's answer reaches the floor, the same number; elsewhere the library's answer or 0. On
 * random strings (white space of every kind, surrogate pairs, one- and two-letter texts, repeated bigrams)
 * and on the quotes of the seed articles, paired every way.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import stringSimilarity from "string-similarity";
import { describe, expect, it } from "vitest";
import { WordingSimilarity } from "../../src/core/align/wording.js";
import { THRESHOLD } from "../../src/core/align/constants.js";
/** The part of claims.json read here. */
interface Claims {
  claims: { kind: string; value: unknown; text: string }[];
}

const PIECES = ["a", "b", "ab", "ba", "aa", "قال", "إن", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u2028", "\ufeff", "\u200b", "😀", "\ud83d", "x y", "«", "»", "1"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(""));

/** What the caller relies on: the library's number wherever it reaches the floor. */
function agrees(got: number, a: string, b: string, floor: number): boolean {
  const expected = stringSimilarity.compareTwoStrings(a, b);
  return expected >= floor ? got === expected : got === expected || got === 0;
}

describe("similarity of wordings", () => {
  it("is compareTwoStrings wherever that reaches the floor, on random strings", () => {
    fc.assert(
      fc.property(text, text, fc.string({ maxLength: 8 }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, c, floor) => {
        const w = new WordingSimilarity();
        for (const [x, y] of [[a, b], [b, a], [a, c], [c, b], [a, a]] as const) expect(agrees(w.similarity(x, y, floor), x, y, floor)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("rules out texts too different in length to reach the floor, without asking the library", () => {
    const w = new WordingSimilarity();
    const [short, long] = ["needs certainty", "the market needs certainty and we will not wait for damage"];
    expect(stringSimilarity.compareTwoStrings(short, long)).toBeGreaterThan(0);
    expect(w.similarity(short, long, 0.55)).toBe(0);
    expect(w.similarity("ab cd", "abcd", 0.55)).toBe(1);
  });

  it("is compareTwoStrings on every pair of the seed reports' quotes that reaches the wording threshold", () => {
    const file = JSON.parse(readFileSync(new URL("../../reports/claims.json", import.meta.url), "utf8")) as Claims;
    const quotes = [...new Set(file.claims.filter((c) => c.kind === "quote").flatMap((c) => [String(c.value), c.text]))];
    expect(quotes.length).toBeGreaterThan(10);
    const w = new WordingSimilarity();
    for (const a of quotes) for (const b of quotes) expect(agrees(w.similarity(a, b, THRESHOLD.wording), a, b, THRESHOLD.wording)).toBe(true);
  });
});
