/**
 * align/dice.ts against string-similarity's compareTwoStrings, which it replaces: the same number, bit for
 * bit, on random strings (white space of every kind, surrogate pairs, one- and two-letter texts, repeated
 * bigrams) and on the quotes of the seed articles, paired every way, with the cache warm and cold.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import stringSimilarity from "string-similarity";
import { describe, expect, it } from "vitest";
import { WordingSimilarity } from "../../src/core/align/dice.js";
/** The part of claims.json read here. */
interface Claims {
  claims: { kind: string; value: unknown; text: string }[];
}

const PIECES = ["a", "b", "ab", "ba", "aa", "قال", "إن", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u2028", "\ufeff", "\u200b", "😀", "\ud83d", "x y", "«", "»", "1"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(""));

describe("Dice similarity of wordings", () => {
  it("equals compareTwoStrings on random strings", () => {
    fc.assert(
      fc.property(text, text, fc.string({ maxLength: 8 }), (a, b, c) => {
        const cold = new WordingSimilarity();
        for (const [x, y] of [[a, b], [b, a], [a, c], [c, b], [a, a]] as const) {
          const expected = stringSimilarity.compareTwoStrings(x, y);
          expect(cold.similarity(x, y)).toBe(expected);
          expect(cold.similarity(x, y)).toBe(expected);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each<[string, string, string, number]>([
    ["empty and empty", "", "", 1],
    ["white space only against empty", " \t", "", 1],
    ["one letter against another", "a", "b", 0],
    ["one letter against itself with spaces", "a ", " a", 1],
    ["repeated bigrams count once per repeat", "aaaa", "aa", 0.5],
    ["spaces are removed before pairing", "ab cd", "abcd", 1],
  ])("%s", (_name, a, b, expected) => {
    expect(new WordingSimilarity().similarity(a, b)).toBe(expected);
    expect(stringSimilarity.compareTwoStrings(a, b)).toBe(expected);
  });

  it("equals compareTwoStrings on every pair of the seed reports' quotes", () => {
    const file = JSON.parse(readFileSync(new URL("../../reports/claims.json", import.meta.url), "utf8")) as Claims;
    const quotes = [...new Set(file.claims.filter((c) => c.kind === "quote").flatMap((c) => [String(c.value), c.text]))];
    expect(quotes.length).toBeGreaterThan(10);
    const warm = new WordingSimilarity();
    for (const a of quotes) for (const b of quotes) expect(warm.similarity(a, b)).toBe(stringSimilarity.compareTwoStrings(a, b));
  });
});
