/**
 * Stem lists are kept per text and shared by texts that differ only in their digits (align/features.ts
 * StemLists): wire copy rewritten with other figures. Held to stemList() of each text on the seeds' sentences,
 * their copies with every digit changed (ASCII and Arabic-Indic, swapped for each other), copies whose figures
 * change length, and copies with one letter changed, before and after the lookup is given up for an input
 * where it finds little.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { digitBlindHash, sameButDigits, StemIds, StemLists, stemList } from "../../src/core/align/features.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import type { Claim } from "../../src/core/types.js";

const claims = (JSON.parse(readFileSync(new URL("../../reports/claims.json", import.meta.url), "utf8")) as { claims: Claim[] }).claims;
const sentences = [...new Set(claims.map((c) => c.sentence))].filter((s) => /[0-9\u0660-\u0669]/.test(s));

/** Every digit another of the same length: ASCII d to d + 3, Arabic-Indic to ASCII and back. */
const otherDigits = (s: string) =>
  s.replace(/[0-9\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    if (c <= 0x39) return String.fromCharCode(0x660 + ((c - 0x30 + 3) % 10));
    if (c <= 0x669) return String((c - 0x660 + 7) % 10);
    return String((c - 0x6f0) % 10);
  });

function expectSame(lists: StemLists, text: string, locale: typeof ar, table: StemIds) {
  const got = lists.of(text);
  const want = stemList(text, locale, table);
  expect(got.stems).toEqual(want.stems);
  expect(got.ids).toEqual(want.ids);
  expect(got.starts).toEqual(want.starts);
  return got;
}

describe("stem lists shared past digits", () => {
  it("equal stemList() of each text, and copies with other digits share their original's", () => {
    expect(sentences.length).toBeGreaterThan(20);
    for (const locale of [ar, en]) {
      const table = new StemIds();
      const lists = new StemLists(locale, table);
      let shared = 0;
      for (const s of sentences) {
        const original = expectSame(lists, s, locale, table);
        const copy = otherDigits(s);
        expect(copy).not.toBe(s);
        if (expectSame(lists, copy, locale, table) === original) shared++;
        // Figures written longer, and one letter changed: other texts, each with its own words.
        expectSame(lists, s.replace(/[0-9]+/g, (d) => d + "0"), locale, table);
        // The third letter of the first long word made another letter, then a digit: a word cut in two.
        const at = s.search(/\p{L}{6}/u) + 2;
        expect(at).toBeGreaterThan(1);
        const other = s[at] === "x" || s[at] === "\u0633" ? (locale === ar ? "\u0634" : "y") : locale === ar ? "\u0633" : "x";
        expectSame(lists, s.slice(0, at) + other + s.slice(at + 1), locale, table);
        expectSame(lists, s.slice(0, at) + "7" + s.slice(at + 1), locale, table);
      }
      expect(shared).toBe(sentences.length);
    }
  });

  it("equal stemList() of each text once the lookup is given up (an input where no text repeats past its digits)", () => {
    const table = new StemIds();
    const lists = new StemLists(en, table);
    // 300 texts that share nothing past their digits, then copies of the seeds' sentences with other digits.
    for (let k = 0; k < 300; k++) expectSame(lists, `word${"abcdefghij"[k % 10]}${"abcdefghij"[Math.floor(k / 10) % 10]}${"abc"[Math.floor(k / 100)]} rose by ${k} percent`, en, table);
    for (const s of sentences.slice(0, 20)) {
      expectSame(lists, s, en, table);
      expectSame(lists, otherDigits(s), en, table);
    }
  });

  it("read only digits alike: a digit for a letter, a letter for a letter or a length apart are other texts", () => {
    for (const s of sentences) {
      const copy = otherDigits(s);
      expect(sameButDigits(s, copy)).toBe(true);
      expect(digitBlindHash(s)).toBe(digitBlindHash(copy));
      const at = s.search(/\p{L}/u);
      const digit = s.search(/[0-9\u0660-\u0669]/);
      expect(sameButDigits(s, s.slice(0, at) + "7" + s.slice(at + 1))).toBe(false);
      expect(sameButDigits(s, s.slice(0, at) + (s[at] === "q" ? "z" : "q") + s.slice(at + 1))).toBe(false);
      expect(sameButDigits(s.slice(0, digit) + "q" + s.slice(digit + 1), s)).toBe(false);
      expect(sameButDigits(s, s + "1")).toBe(false);
    }
  });
});
