/**
 * Scans that stand in for a pattern on hot paths must answer as the pattern does: the furniture rule's
 * "phrase, then a colon or bar" lead (/^([^:|•]{1,60})[:|•]/u), the letter count of a quoted word (code
 * points matching \p{L}) and the end of a sentence (marks, closers, whitespace after), on random strings of letters in several scripts, marks, digits, separators,
 * surrogate pairs and lone surrogates, around the 60-code-point limit.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { separatorAt } from "../../src/core/extract/furniture.js";
import { countLetters } from "../../src/core/extract/quotes/statements.js";
import { sentenceEndAt } from "../../src/core/text/segment.js";
import { foldArabic, foldArabicByPatterns } from "../../src/core/text/normalize.js";

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

describe("sentenceEndAt", () => {
  // The second branch: a lone full stop glued between Arabic words, two letters before it (segment.ts gluedStop).
  const PATTERN = /(?<![.!?؟…۔])(?=([.!?؟…۔]+))\1[»"”’')\]]*(?=\s)|(?<=[\u0621-\u063A\u0641-\u064A]{2})\.(?=[\u0621-\u063A\u0641-\u064A])/gu;
  const reference = (body: string) => {
    const out: [number, number, number][] = [];
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(body); m; m = PATTERN.exec(body)) out.push([m.index, m.index + (m[1] ?? ".").length, m.index + m[0].length]);
    return out;
  };
  const scan = (body: string) => {
    const out: [number, number, number][] = [];
    const end = new Int32Array(2);
    for (let i = sentenceEndAt(body, 0, end); i >= 0; i = sentenceEndAt(body, end[1]!, end)) out.push([i, end[0]!, end[1]!]);
    return out;
  };
  const ENDS = [".", "!", "?", "؟", "…", "۔", "»", '"', "”", "’", "'", ")", "]", "«", "“", "(", " ", "\n", "\t", "\u00A0", "\u2028", "\uFEFF", "\u200F", "a", "قال", "د", "3", "\uD83D\uDE00", "\uD83D"];
  const body = fc.array(fc.constantFrom(...ENDS), { maxLength: 40 }).map((p) => p.join(""));

  it.each([
    ["One. Two", [[3, 4, 4]]],
    ["Done.» Next", [[4, 5, 6]]],
    ["Wait... what?! Yes", [[4, 7, 7], [12, 14, 14]]],
    ["No space.»x. End", [[11, 12, 12]]],
    ["قال. ثم", [[3, 4, 4]]],
    ["قال.ثم", [[3, 4, 4]]],
    ["د.ثم", []],
  ] as [string, [number, number, number][]][])("%j", (text, expected) => {
    expect(scan(text)).toEqual(expected);
    expect(reference(text)).toEqual(expected);
  });

  it("finds what the pattern finds on random strings", () => {
    fc.assert(
      fc.property(body, (text) => {
        expect(scan(text)).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("foldArabic", () => {
  const unit = fc.oneof(
    fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom("a", " ", "3", "\u0640", "\u064E", "\u0670", "\u06ED", "\u0610", "\u06EE", "\u060F", "\uD83D\uDE00", "\uDE00"),
  );

  it.each([
    ["إِنَّ", "ان"],
    ["مدرسة", "مدرسه"],
    ["مؤتمر الأمم المتحدة", "موتمر الامم المتحده"],
    ["بـــــلاد", "بلاد"],
    ["plain", "plain"],
  ])("%j", (s, expected) => {
    expect(foldArabic(s)).toBe(expected);
    expect(foldArabicByPatterns(s)).toBe(expected);
  });

  it("folds as the two patterns do on random strings", () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((p) => p.join("")), (s) => {
        expect(foldArabic(s)).toBe(foldArabicByPatterns(s));
      }),
      { numRuns: 5000 },
    );
  });
});
