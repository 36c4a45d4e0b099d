/** A quoted statement's figures are compared as numbers: outlets write the speaker's figures their own way. */
import { describe, expect, it } from "vitest";
import { quoteValue } from "./helpers.js";
import { analyze } from "../../src/core/analyze.js";

describe("figures inside quotes", () => {
  it.each<[string, "ar" | "en", string, string, boolean]>([
    ["en: a number word and digits", "en", 'The minister said: "We hit three targets in twelve days."', 'The minister said: "We hit 3 targets in 12 days."', true],
    ["en: grouped and plain digits", "en", 'He said: "Our pilots flew 2,289 sorties."', 'He said: "Our pilots flew 2289 sorties."', true],
    ["en: a scale word", "en", 'She said: "About 4 thousand people left."', 'She said: "About 4,000 people left."', true],
    ["en: a percent word and sign", "en", 'He said: "Prices rose 12 percent this year."', 'He said: "Prices rose 12% this year."', true],
    ["ar: Arabic-Indic and ASCII digits", "ar", "وقال الوزير: «نفذنا ٢٢٨٩ طلعة».", "وقال الوزير: «نفذنا 2289 طلعة».", true],
    ["ar: a number word with a scale word", "ar", "وقال الوزير: «نفذنا ثلاثة آلاف طلعة».", "وقال الوزير: «نفذنا 3 آلاف طلعة».", true],
    ["ar: per cent in words and as a sign", "ar", "وقال كيري: «تم إغلاق 75 في المئة من الحدود».", "وقال كيري: «تم إغلاق 75% من الحدود».", true],
    // Two figures are still two statements.
    ["en: different figures differ", "en", 'He said: "Our pilots flew 2,289 sorties."', 'He said: "Our pilots flew 2,299 sorties."', false],
    ["ar: different figures differ", "ar", "وقال الوزير: «نفذنا ثلاثة آلاف طلعة».", "وقال الوزير: «نفذنا 4 آلاف طلعة».", false],
  ])("%s", (_, lang, a, b, same) => {
    expect(quoteValue(a, lang) === quoteValue(b, lang)).toBe(same);
  });

  it("a range keeps the words between its ends", () => {
    expect(quoteValue("وقال البيان: «سجلنا في الأسابيع من 27 إلى 30 نحو 436 حالة وفاة».", "ar")).toBe("سجلنا في الاسابيع من 27 الي 30 نحو 436 حاله وفاه");
  });

  it("two wordings of one figure in one statement agree instead of being called reworded", () => {
    const analysis = analyze([
      { id: "a", path: "a.txt", bodyStart: 0, meta: {}, text: 'The general said: "Our pilots flew two thousand sorties in twelve days."\n' },
      { id: "b", path: "b.txt", bodyStart: 0, meta: {}, text: 'The general said: "Our pilots flew 2,000 sorties in 12 days."\n' },
    ]);
    const quotes = analysis.groups.filter((g) => g.kind === "quote");
    expect(quotes.map((g) => g.verdict)).toEqual(["agree"]);
  });
});
