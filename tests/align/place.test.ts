import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { en } from "../../src/core/lang/en/index.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { placeOf } from "../../src/core/align/place.js";
import { quantity, run, summary } from "./helpers.js";

// A figure for one named place is a part of the story's total, not another report of it.
describe("a figure restricted to a place is not set against the total", () => {
  it.each<[string, () => Claim[], string[]]>([
    [
      "en: the province of El Oro against the whole toll",
      () => [
        quantity("a", "The government said the earthquake left 14 dead and hundreds of homes damaged.", "14", 14, "killed"),
        quantity("b", "The government said the earthquake left 11 people dead in the province of El Oro and damaged homes.", "11", 11, "killed"),
      ],
      [],
    ],
    [
      "en: in Manabi province",
      () => [
        quantity("a", "Officials said the floods killed 40 people and destroyed bridges and roads.", "40", 40, "killed"),
        quantity("b", "Officials said the floods killed 31 people in Manabi province and destroyed bridges.", "31", 31, "killed"),
      ],
      [],
    ],
    [
      "ar: في محافظة",
      () => [
        quantity("ar-a", "وقالت وزارة الصحة إن الزلزال أسفر عن مقتل 14 شخصا وإصابة العشرات.", "14", 14, "killed"),
        quantity("ar-b", "وقالت وزارة الصحة إن الزلزال أسفر عن مقتل 11 شخصا في محافظة الوادي وإصابة العشرات.", "11", 11, "killed"),
      ],
      [],
    ],
    [
      "ar: the injured of one hospital against the whole toll",
      () => [
        quantity("ar-a", "ووفقا للتقارير الأولية، بلغ إجمالي المصابين 54 مصابا، تم نقل 33 منهم إلى مستشفى الضبعة.", "54", 54, "injured"),
        quantity("ar-b", "ووفقا للتقارير الأولية، بلغ إجمالي المصابين 94 مصابا، بينهم 55 تم نقلهم إلى مستشفى الضبعة.", "55", 55, "injured"),
      ],
      [],
    ],
    [
      "ar: بإقليم",
      () => [
        quantity("ar-a", "وأفادت السلطات بأن الفيضانات أودت بحياة 40 شخصا وجرفت الطرق.", "40", 40, "killed"),
        quantity("ar-b", "وأفادت السلطات بأن الفيضانات أودت بحياة 31 شخصا بإقليم الحوز وجرفت الطرق.", "31", 31, "killed"),
      ],
      [],
    ],
    [
      "en: two figures for the same place still disagree",
      () => [
        quantity("a", "The government said the earthquake left 14 people dead in the province of El Oro.", "14", 14, "killed"),
        quantity("b", "The government said the earthquake left 11 people dead in the province of El Oro.", "11", 11, "killed"),
      ],
      ["discrepancy killed: 14 11"],
    ],
    [
      "ar: two figures for the same place still disagree",
      () => [
        quantity("ar-a", "وقالت وزارة الصحة إن الزلزال أسفر عن مقتل 14 شخصا في محافظة الوادي.", "14", 14, "killed"),
        quantity("ar-b", "وقالت وزارة الصحة إن الزلزال أسفر عن مقتل 11 شخصا في محافظة الوادي.", "11", 11, "killed"),
      ],
      ["discrepancy killed: 14 11"],
    ],
    [
      "en: one province named two ways is one place ('the Philippine province of Bohol', 'Bohol province')",
      () => [
        quantity("a", "At least 49 people have been killed in the Philippine province of Bohol, the governor said.", "49", 49, "killed", "atLeast"),
        quantity("b", "The governor said 45 people have been killed in Bohol province since Thursday.", "45", 45, "killed"),
      ],
      ["discrepancy killed: 49 45"],
    ],
    [
      "en: two provinces' figures are not set against each other",
      () => [
        quantity("a", "The governor said 49 people have been killed in Bohol province since Thursday.", "49", 49, "killed"),
        quantity("b", "The governor said 45 people have been killed in Leyte province since Thursday.", "45", 45, "killed"),
      ],
      [],
    ],
    [
      "en: the place's figure may still agree with an unplaced one",
      () => [
        quantity("a", "The government said the earthquake left 11 people dead in the province of El Oro.", "11", 11, "killed"),
        quantity("b", "The government said the earthquake left 11 people dead.", "11", 11, "killed"),
      ],
      ["agree killed: 11 11"],
    ],
    [
      "en: a county named first in its sentence against the fire's total",
      () => [
        quantity("a", "In Butte County, 310 structures have been destroyed and 127 have been destroyed in Tehama County.", "310", 310, "building"),
        quantity("b", "Over 400 Structures Destroyed in the Park Fire Near Chico", "Over 400", 400, "building", "over"),
      ],
      [],
    ],
    [
      "en: a place's word without its name is the story's own place ('across the province')",
      () => [
        quantity("a", "The government said the earthquake left 14 dead across the province.", "14", 14, "killed"),
        quantity("b", "The government said the earthquake left 11 dead across the province.", "11", 11, "killed"),
      ],
      ["discrepancy killed: 14 11"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims), claims)).toEqual(expected);
  });
});

describe("what reads as a figure restricted to a place", () => {
  it.each<[string, string, string, string | undefined]>([
    ["en", "At least 11 people were dead in the province of El Oro.", "At least 11", "el oro"],
    ["en", "Floods killed 31 people in Manabi province on Sunday.", "31", "manabi"],
    ["en", "Nearly 12,000 suspected cases in the western province of Hodeidah were recorded.", "Nearly 12,000", "hodeidah"],
    ["en", "The storm killed 14 people across the province.", "14", undefined],
    ["en", "At least 49 people were killed in the Philippine province of Bohol.", "At least 49", "bohol philippine"],
    ["en", "The storm killed 14 people, most of them in the province of El Oro.", "14", undefined],
    ["en", "The storm killed 14 people in two days in the province.", "14", undefined],
    // A sentence opening on a named place and a comma restricts the figure of its first words.
    ["en", "In Butte County, 310 structures have been destroyed and 127 have been destroyed in Tehama County.", "310", "butte"],
    ["en", "In the county of Butte, the fire destroyed 310 structures.", "310", "butte"],
    ["en", "In Qinghai province, the quake has left 182 people injured.", "182", "qinghai"],
    ["en", "In Qinghai, the quake has left 182 people injured.", "182", undefined],
    // A whole whose part the sentence places: the place is the part's.
    ["en", "Cal Fire said most of the 392-thousand acres burned is in neighboring Tehama County.", "392-thousand", undefined],
    ["en", "Cal Fire said 310 structures burned in Butte County.", "310", "butte"],

    ["en", "In the province, the quake has left 182 people injured.", "182", undefined],
    ["en", "In Butte County, officials said on Thursday that the fire, which started near Chico, destroyed 310 structures.", "310", undefined],
    ["ar", "وقتل 11 شخصا في محافظة الوادي.", "11", "وادي"],
    ["ar", "ولقي 8 أشخاص حتفهم بإقليم الحوز.", "8", "حوز"],
    ["ar", "وسجلت 14 حالة وفاة في المحافظة منذ الجمعة.", "14", undefined],
    ["ar", "وهطلت 170 ملم في ظرف يومين ببعض المناطق، حسب الأرصاد.", "170", undefined],
    // The injured taken to a named hospital; the hospital of the story, unnamed, restricts nothing.
    ["ar", "بلغ إجمالي المصابين 94 مصابا، بينهم 55 تم نقلهم إلى مستشفى الضبعة المركزي.", "55", "ضبعه"],
    ["ar", "وجرى نقل 33 منهم إلى مستشفى الضبعة و21 إلى مستشفى رأس الحكمة.", "21", "راس"],
    ["ar", "وتم نقل 40 مصابا إلى المستشفى لتلقي العلاج.", "40", undefined],
    ["ar", "وارتفع عدد القتلى من 12 إلى 18 في الحادث.", "12", undefined],
  ])("%s: %s", (lang, sentence, text, expected) => {
    const claim = quantity(lang === "ar" ? "ar-x" : "x", sentence, text, 1, "killed");
    expect(placeOf(claim, lang === "ar" ? ar : en)?.join(" ")).toBe(expected);
  });
});
