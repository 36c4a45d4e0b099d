/**
 * Scans that stand in for a pattern on hot paths must answer as the pattern does: the furniture rule's
 * "phrase, then a colon or bar" lead (/^([^:|•]{1,60})[:|•]/u) and the letter count of a quoted word (code
 * points matching \p{L}), on random strings of letters in several scripts, marks, digits, separators,
 * surrogate pairs and lone surrogates, around the 60-code-point limit.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { separatorAt } from "../../src/core/extract/furniture.js";
import { countLetters } from "../../src/core/extract/quotes/statements.js";

const PIECES = [
  "a", "Z", "é", "ق", "ال", "٣", "7", " ", "\u064E", "\u0640", ":", "|", "•", "：", "-", "«", "\uD835\uDC00", "\uD83D\uDE00", "\uD83D", "\uDE00",
  "\u200F", "\t", "Read also", "اقرأ أيضاً",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join(""));

describe("separatorAt", () => {
  const reference = (raw: string) => {
    const m = /^([^:|•]{1,60})[:|•]/u.exec(raw);
    return m ? m[1]!.length : -1;
  };

  it.each([
    ["Read also: the rest", 9],
    [": a colon first", -1],
    ["no separator", -1],
    ["x".repeat(60) + ":", 60],
    ["x".repeat(61) + ":", -1],
    ["\uD83D\uDE00".repeat(60) + "|", 120],
    ["\uD83D\uDE00".repeat(61) + "|", -1],
    ["Photo • AFP", 6],
  ])("%j", (raw, expected) => {
    expect(separatorAt(raw)).toBe(expected);
    expect(reference(raw)).toBe(expected);
  });

  it("answers as the pattern on random strings", () => {
    fc.assert(fc.property(text, (raw) => {
      expect(separatorAt(raw)).toBe(reference(raw));
    }), { numRuns: 3000 });
  });
});

describe("countLetters", () => {
  const reference = (s: string) => [...s].filter((ch) => /\p{L}/u.test(ch)).length;

  it.each([
    ["الحرب", 5],
    ["تو-160", 2],
    ["\uD835\uDC00b", 2],
    ["\uD83D\uDE00", 0],
    ["\uD83Da", 1],
    ["قَالَ", 3],
  ])("%j", (s, expected) => {
    expect(countLetters(s)).toBe(expected);
    expect(reference(s)).toBe(expected);
  });

  it("answers as the pattern on random strings", () => {
    fc.assert(fc.property(text, (s) => {
      expect(countLetters(s)).toBe(reference(s));
    }), { numRuns: 3000 });
  });
});
