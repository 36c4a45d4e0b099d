/**
 * placeOf() reads the words after a figure through leadingWords(): the window's tokens up to the first that is
 * not a word, at most thirteen (align/place.ts). It must read every figure as it does from the whole window cut
 * by tokenize(): the seed quantities, the place table's sentences, and sentences whose place name ends on the
 * thirteenth token after the figure or stops at a figure or a mark. A bound one token shorter, or a window that
 * stops before its place, fails here. leadingWords() itself must give tokenize()'s first tokens.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import type { Locale } from "../../src/core/lang/types.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import { placeOf, type WindowReader } from "../../src/core/align/place.js";
import { leadingWords, tokenize } from "../../src/core/text/tokenize.js";
import { quantity } from "../align/helpers.js";

const seedFile = JSON.parse(readFileSync(new URL("../../reports/claims.json", import.meta.url), "utf8")) as { sources: { id: string; lang: string }[]; claims: Claim[] };
const langOf = new Map(seedFile.sources.map((s) => [s.id, s.lang]));
const localeOf = (lang: string | undefined): Locale => (lang === "ar" ? ar : en);
const seeds: [Claim, Locale][] = seedFile.claims.filter((c) => c.kind === "quantity").map((c) => [c, localeOf(langOf.get(c.source))]);

// [language, sentence, figure as written, the place read]
const rows: [string, string, string, string | undefined][] = [
  // The last name word is the thirteenth token after the figure: preposition fifth, place word ninth, link tenth.
  ["en", "Officials said 12 people were reportedly killed in the remote mountain province of San Juan Bautista.", "12", "bautista juan san"],
  ["en", "Officials said 12 people were reportedly killed in the remote mountain province of San Juan Bautista, 40 more elsewhere.", "12", "bautista juan san"],
  ["en", "At least 11 people were dead in the province of El Oro.", "At least 11", "el oro"],
  ["en", "Floods killed 31 people in Manabi province on Sunday.", "31", "manabi"],
  ["en", "At least 49 people were killed in the Philippine province of Bohol.", "At least 49", "bohol philippine"],
  // A mark or a figure before the place: nothing after it is read.
  ["en", "The storm killed 14 people, most of them in the province of El Oro.", "14", undefined],
  ["en", "The storm killed 14 people in 2 districts of the province of El Oro.", "14", undefined],
  ["en", "Officials said 12 people were killed in the province of San Juan (Bautista).", "12", "juan san"],
  ["ar", "وقتل 11 شخصا في محافظة الوادي.", "11", "وادي"],
  ["ar", "ولقي 8 أشخاص حتفهم بإقليم الحوز.", "8", "حوز"],
  ["ar", "وسجلت 14 حالة وفاة في المحافظة منذ الجمعة.", "14", undefined],
  ["ar", "بلغ إجمالي المصابين 94 مصابا، بينهم 55 تم نقلهم إلى مستشفى الضبعة المركزي.", "55", "ضبعه"],
  ["ar", "وجرى نقل 33 منهم إلى مستشفى الضبعة و21 إلى مستشفى رأس الحكمة.", "21", "راس"],
  ["ar", "ولقي 8 أشخاص حتفهم في 3 قرى بإقليم الحوز.", "8", undefined],
];
const handmade: [Claim, Locale][] = rows.map(([lang, sentence, text]) => [quantity(lang === "ar" ? "ar-x" : "x", sentence, text, 1, "killed"), localeOf(lang)]);

const wholeWindow: WindowReader = (text, from, to) => tokenize(text, from, to);
const read = (claims: [Claim, Locale][], window?: WindowReader) => claims.map(([c, locale]) => placeOf(c, locale, window)?.join(" "));

describe("placeOf reads the words after a figure as from the whole window", () => {
  it("the hand-made sentences read the places they name", () => {
    expect(read(handmade)).toEqual(rows.map((r) => r[3]));
  });

  it("equals the whole window on the seeds and the hand-made sentences", () => {
    const claims = [...seeds, ...handmade];
    expect(claims.length).toBeGreaterThan(50);
    expect(read(claims)).toEqual(read(claims, wholeWindow));
  });

  it("a window one token shorter, or cut at the first figure's place, would read otherwise", () => {
    const shorter: WindowReader = (text, from, to) => tokenize(text, from, to).slice(0, 12);
    expect(read(handmade, shorter)).not.toEqual(read(handmade, wholeWindow));
    const firstWordsOnly: WindowReader = (text, from, to) => tokenize(text, from, to).slice(0, 4);
    expect(read(handmade, firstWordsOnly)).not.toEqual(read(handmade, wholeWindow));
  });
});

describe("leadingWords", () => {
  const expected = (text: string, from: number, to: number, most: number) => {
    const all = tokenize(text, from, to);
    let k = 0;
    while (k < all.length && k < most && all[k]!.kind === "word") k++;
    return all.slice(0, k);
  };

  it("gives tokenize()'s words up to the first digit run or mark, at most `most`", () => {
    for (const [c] of [...seeds, ...handmade]) {
      const from = c.sentenceMark[1];
      const to = Math.min(c.sentence.length, from + 110);
      for (const most of [0, 1, 3, 13, Infinity]) expect(leadingWords(c.sentence, from, to, most)).toEqual(expected(c.sentence, from, to, most));
    }
  });

  it("on any text, span and bound", () => {
    const alphabet = fc.constantFrom(..."ab CD é ١٢ 12 ,.%\u200f\u0640قتل ال");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((xs) => xs.join("")), fc.nat(50), fc.nat(50), fc.nat(20), (text, x, y, most) => {
        const from = Math.min(x, text.length);
        const to = Math.max(from, Math.min(y, text.length));
        expect(leadingWords(text, from, to, most)).toEqual(expected(text, from, to, most));
      }),
    );
  });
});
