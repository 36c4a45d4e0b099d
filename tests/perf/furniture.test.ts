/**
 * The furniture check skips folding paragraphs too long for any rule that reads the folded line. These cases
 * sit on both sides of that limit and must get the answer the full check gives.
 */
import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { isFurniture } from "../../src/core/extract/furniture.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import type { Locale } from "../../src/core/lang/types.js";
import { collapseSpaces, fold } from "../../src/core/text/normalize.js";

/** The rules as first written, folding every paragraph: the reference the fast path must agree with. */
function reference(paragraph: string, locale: Locale): boolean {
  const clean = (s: string) => collapseSpaces(fold(s).replace(/[^\p{L}\p{N}]+/gu, " "));
  const wordCount = (s: string) => s.split(" ").filter(Boolean).length;
  const raw = collapseSpaces(paragraph);
  if (raw.length === 0 || /^[^\p{L}]*$/u.test(raw)) return true;
  const line = clean(raw);
  const phrases = new Set(locale.furniture.lines.map(clean));
  if (phrases.has(line)) return true;
  for (const p of phrases) if (line.startsWith(p + " ") && wordCount(line.slice(p.length)) <= 4 && !/[.!?؟]$/u.test(raw)) return true;
  if (raw.length <= 200) {
    const head = raw.split(/[.|:•·–—]/u)[0] ?? "";
    const h = clean(head);
    const rest = raw.slice(head.length);
    if (h.length > 0 && phrases.has(h) && rest.length <= 80 && !/\p{Nd}/u.test(rest)) return true;
  }
  if (/[.!?؟:;،,«»"“”]/u.test(raw)) return false;
  if (wordCount(line) <= 3) return true;
  const slug = !/\s/.test(raw) && (raw.match(/[-_]/g)?.length ?? 0) >= 2;
  const parts = raw.split(/\s[|•·]\s/u);
  const byline = parts.length >= 2 && raw.length <= 120 && parts.every((p) => wordCount(clean(p)) <= 3);
  const words = line.split(" ");
  const digits = words.filter((w) => /^\d+$/.test(w)).length;
  return slug || byline || (words.length <= 10 && digits >= 2 && digits * 2 >= words.length);
}

const words = (n: number, w: string) => Array.from({ length: n }, () => w).join(" ");

describe("furniture check on long paragraphs", () => {
  it.each<[string, Locale, string, boolean]>([
    ["a phrase and four label words", en, "Share this article Facebook Twitter Email WhatsApp", true],
    ["a phrase and five words", en, "Share this article Facebook Twitter Email WhatsApp Telegram", false],
    ["the longest English phrase and four words", en, "we noticed you're using an ad blocker " + words(4, "please"), true],
    ["the longest English phrase and five words", en, "we noticed you're using an ad blocker " + words(5, "please"), false],
    ["ten page numbers", en, "1 2 3 4 5 6 7 8 9 Next", true],
    ["eleven page numbers", en, "1 2 3 4 5 6 7 8 9 10 Next", false],
    ["an Arabic phrase and four words", ar, "شارك المقال فيسبوك تويتر واتساب تلغرام", true],
    ["an Arabic phrase and many words", ar, "شارك المقال " + words(12, "فيسبوك"), false],
    ["tatweel-only chunks between words", ar, "اقرأ المزيد " + words(12, "ـــ"), true],
    ["marks and tatweel inside words", ar, "أَضِفْ تعليقـــاً", true],
    ["a long sentence of prose", en, "The ministry said 2,289 sorties were flown " + words(20, "again") + ".", false],
    ["a long line of prose without punctuation", en, words(30, "sorties"), false],
    ["words in a script the count skips", en, "Читать далее " + words(12, "новости"), false],
    ["compatibility forms", en, "ＳＨＡＲＥ ＴＨＩＳ ＡＲＴＩＣＬＥ", true],
  ])("%s", (_name, locale, paragraph, expected) => {
    expect(isFurniture(paragraph, locale)).toBe(expected);
    expect(reference(paragraph, locale)).toBe(expected);
  });

  it("agrees with the full check on every paragraph of the seed articles, and on their prefixes", () => {
    const dir = path.resolve(__dirname, "../../sources");
    let checked = 0;
    for (const name of readdirSync(dir)) {
      for (const line of readFileSync(path.join(dir, name), "utf8").split("\n")) {
        const cut = line.split(" ");
        for (const n of [cut.length, 20, 14, 12, 10, 8, 5, 3]) {
          const p = cut.slice(0, n).join(" ");
          expect(isFurniture(p, ar), p).toBe(reference(p, ar));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
