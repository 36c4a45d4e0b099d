/**
 * The furniture check folds only the first words of a paragraph too long for the rules that read the whole
 * folded line. On every paragraph of the seeds and golden sources, on their prefixes, and on lines built
 * around the limits, it must answer as the full reading does.
 */
import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isFurniture } from "../../src/core/extract/furniture.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import type { Locale } from "../../src/core/lang/types.js";

const ROOT = path.resolve(__dirname, "../..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name)) : /\.(txt|md)$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

const words = (n: number, w: string) => Array.from({ length: n }, () => w).join(" ");

describe("furniture check on long paragraphs", () => {
  it.each<[string, Locale, string, boolean]>([
    ["a specific phrase then a long sentence", en, "A version of this article appears in print " + words(20, "today") + ".", true],
    ["a specific phrase past 600 characters", en, "A version of this article appears in print " + words(120, "today") + ".", false],
    ["a two-word phrase and four label words", en, "Share this Facebook Twitter Email WhatsApp", true],
    ["a two-word phrase and many words", en, "Share this " + words(14, "story"), false],
    ["a long date line", en, "Saturday 5 July 2025 10 30 BST updated Saturday 5 July 2025 11 45 BST", true],
    ["a long line of prose", en, "The ministry said 2,289 sorties were flown " + words(20, "again") + ".", false],
    ["an Arabic notice that runs on", ar, "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", true],
    ["Arabic prose", ar, "وأوضح أن 12 قاذفة روسية استراتيجية شاركت فجر أمس في توجيه الضربات إلى معاقل داعش في الرقة ومن ثمة قامت طائرات أخرى بإطلاق صواريخ.", false],
    ["a specific phrase in compatibility forms", en, "Ａ ｖｅｒｓｉｏｎ ｏｆ ｔｈｉｓ ａｒｔｉｃｌｅ appears in print " + words(20, "today") + ".", true],
    // A compatibility form further on makes fold() normalise the whole line, the phrase at its start included.
    ["a specific phrase, a ligature further on", en, "A version of this article appears in print " + words(20, "today") + " ﬁnal.", true],
    // ſ has a compatibility decomposition outside the ranges fold() looks for: normalised only with the whole.
    ["a phrase with a long s, a ligature further on", en, "A verſion of this article appears in print " + words(20, "today") + " ﬁnal.", true],
    ["a decomposed phrase, a ligature further on", ar, "لن يتم نشر عنوان بريدك الإلكترونى " + words(20, "اليوم") + " «ﻻ».", true],
    ["a phrase with a composing mark, quotes further on", ar, "ا\u0653خر تحديث: " + words(20, "اليوم") + " «قال».", true],
    ["Arabic prose quoting with «»", ar, "وقال الوزير: «تم إغلاق الآن 75 في المئة من كامل الحدود الشمالية لسورية ونحن نقوم بعملية مع الأتراك»", false],
    ["an Arabic notice that runs on, with «»", ar, "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية «مشار» إليها بـ *", true],
  ])("%s", (_name, locale, paragraph, expected) => {
    expect(isFurniture(paragraph, locale, true)).toBe(expected);
    expect(isFurniture(paragraph, locale)).toBe(expected);
  });

  it("answers as the full reading on every paragraph of the seeds and golden sources, and on their prefixes", () => {
    const files = [...filesUnder(path.join(ROOT, "sources")), ...filesUnder(path.join(ROOT, "tests/golden"))];
    let checked = 0;
    for (const file of files) {
      for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
        const cut = line.split(" ");
        for (const n of [cut.length, 40, 20, 16, 14, 12, 11, 10, 8, 5, 3]) {
          const p = cut.slice(0, n).join(" ");
          for (const locale of [ar, en]) {
            expect(isFurniture(p, locale), p).toBe(isFurniture(p, locale, true));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  // The phrase loop looks only at the phrases of the line's first word: every phrase of two words or more
  // must still open a short line of label words, and a one-word phrase must not.
  it.each([["ar", ar], ["en", en]] as const)("%s: every phrase opens a line of label words", (_code, locale) => {
    for (const phrase of locale.furniture.lines) {
      const several = phrase.trim().split(/\s+/).length >= 2;
      for (const line of [`${phrase} alpha beta`, `${phrase} ${words(3, "x")}`]) {
        if (several) expect(isFurniture(line, locale), line).toBe(true);
        expect(isFurniture(line, locale), line).toBe(isFurniture(line, locale, true));
      }
    }
  });

  // Words that test the cut: furniture phrases and date words, compatibility forms (ligatures, full-width,
  // presentation forms, «»), marks that compose under normalisation, a final sigma, separators.
  const pieces = [
    "A", "version", "verſion", "of", "this", "article", "appears", "in", "print", "Share", "this", "Read", "also:", "Updated",
    "Feb.", "5", "2025", "10:30", "BST", "ﬁnal", "Ｖｅｒｓｉｏｎ", "ΟΔΟΣ", "Σ", "«قال»", "»", "«", "لن", "يتم", "نشر",
    "عنوان", "بريدك", "الإلكتروني.", "اترك", "تعليقاً", "ﻻ", "ﷺ", "ا\u0653خر", "تحديث:", "١٢", "سبتمبر", "|", "-",
    "e\u0301", "\u00BD", "x²", "…", "؟", "word",
  ];

  it("answers as the full reading on lines made of furniture words, compatibility forms and composing marks", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }), (list) => {
        const p = list.join(" ");
        for (const locale of [ar, en]) expect(isFurniture(p, locale), p).toBe(isFurniture(p, locale, true));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });
});
