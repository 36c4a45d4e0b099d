import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// Across languages the glossary's words alone never set two figures against each other: with one more figure the
// two sentences both give beside them, they make one statement, and two sums in it are a discrepancy.
describe("two sums across languages beside a figure both sentences give", () => {
  const DAY = { en1: "2022-08-22", ar1: "2022-08-23" };
  const EN = "In the first half of the year, the volume of non-oil exports was Dh190 billion, with a growth rate of 8 per cent in comparison to 2021.";
  const AR = "ونمت الصادرات غير النفطية بنسبة 8 في المئة إلى 180 مليار درهم، في حين زادت الواردات إلى 580 مليار درهم.";
  const english = (sentence: string, sum: string, value: number, growth: string, rate: number): Claim[] => [
    quantity("en1", sentence, sum, value, "dirham"),
    quantity("en1", sentence, growth, rate, "percent"),
  ];
  const arabic = (): Claim[] => [
    quantity("ar1", AR, "8 في المئة", 8, "percent"),
    quantity("ar1", AR, "180 مليار", 180e9, "dirham"),
    quantity("ar1", AR, "580 مليار", 580e9, "dirham"),
  ];
  it.each<[string, () => Claim[], string[]]>([
    ["190 against 180 billion dirhams of exports, both grown 8%", () => [...english(EN, "Dh190 billion", 190e9, "8 per cent", 8), ...arabic()], ["discrepancy dirham: 180000000000 190000000000", "agree percent: 8 8"]],
    // Nothing else given alike: the words they share are not enough.
    [
      "the same words with another growth rate",
      () => [...english(EN.replace("8 per cent", "9 per cent"), "Dh190 billion", 190e9, "9 per cent", 9), ...arabic()],
      [],
    ],
    // The figure both give, but a sentence on something else: imports are not exports.
    [
      "imports beside exports",
      () => [...english("Imports rose by 8 per cent to Dh190 billion, the ministry said.", "Dh190 billion", 190e9, "8 per cent", 8), ...arabic()],
      [],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, DAY), claims).sort()).toEqual(expected.sort());
  });
});
