/** A day inside a quote is compared as a day: outlets write it in words or digits, before or after its month. */
import { describe, expect, it } from "vitest";
import { quoteValue } from "./helpers.js";

describe("days inside quotes", () => {
  it.each<[string, "ar" | "en", string, string, boolean]>([
    ["ar: a day in words and in digits", "ar", "وقال الوزير: «وقع الهجوم في السابع والعشرين من يوليو».", "وقال الوزير: «وقع الهجوم في 27 تموز».", true],
    ["ar: a month and its gloss", "ar", "وقال الوزير: «وصلنا في 26 تشرين الثاني (نوفمبر) 2015».", "وقال الوزير: «وصلنا في 26 نوفمبر 2015».", true],
    ["en: the day before or after its month", "en", 'He said: "We met on November 26, 2015 in Moscow."', 'He said: "We met on 26 November 2015 in Moscow."', true],
    ["en: an ordinal day in words and digits", "en", 'He said: "It happened on the twenty-seventh of July."', 'He said: "It happened on July 27th."', true],
    // Two days are still two statements; a year written is part of the day.
    ["ar: different days differ", "ar", "وقال الوزير: «وقع الهجوم في السابع والعشرين من يوليو».", "وقال الوزير: «وقع الهجوم في 28 تموز».", false],
    ["en: a year written once differs", "en", 'He said: "We met on November 26, 2015."', 'He said: "We met on November 26."', false],
    // A weekday or a direction is a word one outlet quoted: the date keeps its words.
    ["en: a weekday stays", "en", 'He said: "It happened on Sunday, July 27."', 'He said: "It happened on July 27."', false],
    ["ar: a direction stays", "ar", "وقال الوزير: «وقع الهجوم في 27 يوليو الماضي».", "وقال الوزير: «وقع الهجوم في 27 يوليو».", false],
  ])("%s", (_, lang, a, b, same) => {
    expect(quoteValue(a, lang) === quoteValue(b, lang)).toBe(same);
  });

  it("a day is written as its number and the month's first name", () => {
    expect(quoteValue("وقال الوزير: «وقع الهجوم في السابع والعشرين من يوليو».", "ar")).toBe("وقع الهجوم في 27 تموز");
    expect(quoteValue('He said: "It happened on the twenty-seventh of July, 2025."', "en")).toBe("it happened on 27 july 2025");
  });
});
