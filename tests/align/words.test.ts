/**
 * Word lists of the locales that decide what aligns: what a figure counts, read from real sentences in both
 * languages, end to end (extraction and alignment).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze.js";
import type { SourceInput } from "../../src/core/types.js";

function article(id: string, lang: "ar" | "en", text: string): SourceInput {
  return { id, path: `${id}.txt`, text, bodyStart: 0, meta: { lang } };
}

function groups(arText: string, enText: string): string[] {
  const { claims, groups } = analyze([article("ar", "ar", arText), article("en", "en", enText)]);
  const byId = new Map(claims.map((c) => [c.id, c]));
  return groups.map((g) => `${g.verdict} ${g.unit ?? ""}: ${g.claims.map((id) => String(byId.get(id)!.value)).join(" ")}`);
}

function units(lang: "ar" | "en", text: string): string[] {
  return analyze([article("a", lang, text)]).claims.filter((c) => c.kind === "quantity").map((c) => `${String(c.value)} ${c.unit ?? "~" + (c.noun ?? "")}`);
}

describe("what a figure counts, in both languages, so that the articles align", () => {
  it.each<[string, string, string, string[]]>([
    [
      "nationals among the passengers",
      "وكان بين ركاب الطائرة 21 إيطالياً وتسعة بريطانيين، بحسب الشركة.",
      "Among the passengers were 118 Egyptians, 21 Italians and nine Britons, the airline said.",
      ["agree briton: 9 9", "agree italian: 21 21"],
    ],
    [
      "humanitarian corridors",
      "وينص الاتفاق على فتح ثلاثة ممرات إنسانية إلى المدينة.",
      "The agreement opens three humanitarian corridors into the city.",
      ["agree corridor: 3 3"],
    ],
    [
      "spans of time repeated together: one statement",
      "وقالت الأركان إنه تم تحذير الطائرة 10 مرات خلال 5 دقائق قبل إسقاطها.",
      "The military said the jet was warned 10 times in five minutes before being shot down.",
      ["agree minute: 5 5", "agree times: 10 10"],
    ],
    [
      "a day given without its year is that day",
      "وقضت بيروت، في الرابع من غشت الماضي، ليلة دامية جراء الانفجار.",
      "A powerful explosion occurred on August 4, 2020 near the seaport of Beirut.",
      ["compatible : --08-04 2020-08-04"],
    ],
    [
      "a span of time alone beside a date says little",
      "وأعلنت الحكومة في 24 نوفمبر الحداد لمدة 3 أيام.",
      "The summit that opened on Nov. 24 will last 3 days.",
      ["agree : --11-24 --11-24"],
    ],
    [
      "people driven from their homes",
      "وشردت الحرب نحو 13 مليوناً منذ اندلاعها.",
      "The war has driven nearly 13 million from their homes.",
      ["compatible displaced: 13000000 13000000"],
    ],
  ])("%s", (_name, arText, enText, expected) => {
    expect(groups(arText, enText).sort()).toEqual(expected);
  });

  it.each<[string, "ar" | "en", string, string[]]>([
    // "مركز الحياة" is a monitoring centre's name, not a life lost.
    ["a name with «الحياة» is not a death", "ar", "وسجل مركز الحياة لمراقبة الانتخابات 312 مخالفة خلال يوم الاقتراع.", ["312 ~مخالفه"]],
    // "عبر" is "through" far more often than "crossed".
    ["«عبر» (through) is not a crossing", "ar", "بينهن 18 فزن عبر المقاعد المخصصة للنساء.", ["18 ~فزن"]],
    // "فقد" opening a clause is "for indeed", not "lost".
    ["«فقد» (for indeed) is not a loss", "ar", "فقد انهارت أكثر من عشر هدن سابقة.", ["10 ~هدن"]],
    // Women elected are counted as «نائبة» (a woman MP) as often as «سيدة».
    ["women MPs are women", "ar", "وارتفع عدد النساء الفائزات إلى 27 نائبة.", ["27 woman"]],
  ])("%s", (_name, lang, text, expected) => {
    expect(units(lang, text)).toEqual(expected);
  });
});

describe("the same specific number, once exact and once as a bound", () => {
  it("is one figure whatever else the sentences say", () => {
    const { claims, groups } = analyze([
      article("ar-a", "ar", "ارتفعت حصيلة ضحايا الفيضانات في الإقليم إلى 1498 قتيلا، حسب آخر بيان للسلطات المحلية."),
      article("ar-b", "ar", "وقالت خدمات الطوارئ إن 1498 شخصا على الأقل لقوا حتفهم، بالإضافة إلى 783 حالة وفاة مؤكدة أخرى في البلد المجاور، مما يرفع العدد إلى 2281."),
    ]);
    const byId = new Map(claims.map((c) => [c.id, c]));
    expect(groups.map((g) => `${g.verdict} ${g.unit}: ${g.claims.map((id) => byId.get(id)!.qualifier ?? "exact").join(" ")}`)).toEqual(["compatible killed: exact atLeast"]);
  });
});
