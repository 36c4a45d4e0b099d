/** A quoted statement's month names are compared as months: outlets write them in their own calendar's names. */
import { describe, expect, it } from "vitest";
import { quoteValue } from "./helpers.js";

describe("month names inside quotes", () => {
  it.each<[string, "ar" | "en", string, string, boolean]>([
    ["ar: Egyptian and Levantine July", "ar", 'وقال البيان: "سجلنا في يوليو 2025 نحو 436 حالة وفاة".', 'وقال البيان: "سجلنا في تموز 2025 نحو 436 حالة وفاة".', true],
    ["ar: Maghrebi and Egyptian June", "ar", 'وقال الوزير: "سنبدأ التوزيع في جوان المقبل".', 'وقال الوزير: "سنبدأ التوزيع في يونيو المقبل".', true],
    ["ar: a two-word Levantine name", "ar", 'وقال المتحدث: "انتهت المهلة في تشرين الأول الماضي".', 'وقال المتحدث: "انتهت المهلة في أكتوبر الماضي".', true],
    ["en: an abbreviated month", "en", 'The minister said: "We will finish by Sept. 30 at the latest."', 'The minister said: "We will finish by September 30 at the latest."', true],
    // Two months are still two statements.
    ["ar: July and June differ", "ar", 'وقال البيان: "سجلنا في يوليو 2025 نحو 436 حالة وفاة".', 'وقال البيان: "سجلنا في حزيران 2025 نحو 436 حالة وفاة".', false],
    ["en: May and March differ", "en", 'He said: "The talks ended in May without a deal."', 'He said: "The talks ended in March without a deal."', false],
  ])("%s", (_, lang, a, b, same) => {
    expect(quoteValue(a, lang) === quoteValue(b, lang)).toBe(same);
  });
});
