import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { droppedZero } from "../../src/core/align/slips.js";
import { quantity, run, summary } from "./helpers.js";

// «تريليون و58 مليار درهم» turned into a decimal by a desk that drops the zero: 1.058 trillion becomes 1.58.
describe("one zero left out of a figure", () => {
  it.each<[number, number, boolean]>([
    [1_058e9, 1_580e9, true],
    [10.58, 10.058, true],
    [105.8, 10.058, false], // another order of magnitude
    [1_058, 1_580, true],
    [2_050, 2_500, false], // three significant digits: as likely two round counts
    [1_058, 1_085, false], // a swap, not a dropped zero (swappedDigits)
    [1_058, 1_058, false],
    [3_124, 3_142, false],
    [20_405, 24_050, true],
    [20_405, 24_500, false], // the zero is gone but another digit too
    [1_158e9, 1_580e9, false], // a digit other than a zero left out
    [12_045, 12_450, true],
  ])("%d and %d: %s", (x, y, expected) => {
    expect(droppedZero(x, y)).toBe(expected);
    expect(droppedZero(y, x)).toBe(expected);
  });
});

// Gulf News gave the half-year's non-oil trade as Dh1.058 trillion, Zawya as AED1.58 trillion; both had said it
// crossed the trillion first. The slip is one figure mistyped, in one language and across two.
describe("a dropped zero between outlets", () => {
  const DAY = { en1: "2022-08-22", en2: "2022-08-22", ar1: "2022-08-22" };
  const GN_BOUND = "For the first time in UAE’s history, the country’s non-oil foreign trade has crossed the Dh1 trillion mark in the first half of a year.";
  const GN = "The figure stood at Dh1.058 trillion for the six-month period, growing 17 per cent over the year-ago period.";
  const ZW = "The UAE's non-oil foreign trade for the first half (H1) of the year jumped by 17% to AED1.58 trillion ($430 billion).";
  const ZW_BOUND = "This is the first time the country's non-oil foreign trade has surpassed the AED1 trillion mark for the half-year period.";
  const AR = "وقال الشيخ محمد بن راشد: لأول مرة في تاريخ دولة الإمارات التجارة الخارجية غير النفطية تتجاوز حاجز التريليون درهم خلال نصف عام فقط لتصل لتريليون و58 مليار درهم، بنمو 17 في المائة.";
  it.each<[string, () => Claim[], string[]]>([
    [
      "1.058 against 1.58 trillion dirhams, in one language and across two",
      () => [
        quantity("en1", GN_BOUND, "Dh1 trillion", 1e12, "dirham", "over"),
        quantity("en1", GN, "Dh1.058 trillion", 1_058e9, "dirham"),
        quantity("en1", GN, "17 per cent", 17, "percent"),
        quantity("en2", ZW, "17%", 17, "percent"),
        quantity("en2", ZW, "AED1.58 trillion", 1_580e9, "dirham"),
        quantity("en2", ZW_BOUND, "AED1 trillion", 1e12, "dirham", "over"),
        quantity("ar1", AR, "التريليون", 1e12, "dirham", "over"),
        quantity("ar1", AR, "تريليون و58 مليار", 1_058e9, "dirham"),
        quantity("ar1", AR, "17 في المائة", 17, "percent"),
      ],
      ["discrepancy dirham: 1058000000000 1058000000000 1580000000000", "compatible dirham: 1000000000000 1000000000000 1000000000000", "agree percent: 17 17 17"],
    ],
    [
      "a figure as far off with its zero in place is another figure",
      () => [
        quantity("en1", GN_BOUND, "Dh1 trillion", 1e12, "dirham", "over"),
        quantity("en1", GN, "Dh1.058 trillion", 1_058e9, "dirham"),
        quantity("en1", GN, "17 per cent", 17, "percent"),
        quantity("en2", ZW.replace("1.58", "1.61"), "17%", 17, "percent"),
        quantity("en2", ZW.replace("1.58", "1.61"), "AED1.61 trillion", 1_610e9, "dirham"),
        quantity("en2", ZW_BOUND, "AED1 trillion", 1e12, "dirham", "over"),
      ],
      ["compatible dirham: 1000000000000 1000000000000"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, DAY), claims).sort()).toEqual(expected.sort());
  });
});

// "more than 1 trillion" is as true of 1.58 trillion as of 1.058: a lower bound under an exact specific figure
// spreads no group, so the bounds grouped with 1.058 trillion first keep no slip from joining it.
describe("a lower bound beside a dropped zero", () => {
  const DAY = { ar1: "2022-08-22", ar2: "2022-08-22", en1: "2022-08-22", en2: "2022-08-22" };
  const AR_BOUND = "أكد حاكم دبي الشيخ محمد بن راشد، أن تجارة الإمارات غير النفطية حققت قفزة نوعية في النصف الأول من 2022، حيث تجاوزت التريليون درهم، مسجلة نسبة نمو 17% عن نصف العام الماضي 2021.";
  const AR = "لتصل لتريليون و58 مليار درهم، بنمو 17 في المائة عن نصف العام السابق، ولتثبت دولة الإمارات للعالم عودة تعافي التجارة الدولية بعد الجائحة الأصعب التي مرت بالبشرية.";
  const GN_BOUND = "For the first time in UAE’s history, the country’s non-oil foreign trade has crossed the Dh1 trillion mark in the first half of a year.";
  const GN = "The figure stood at Dh1.058 trillion for the six-month period, growing 17 per cent over the year-ago period, Sheikh Mohammed tweeted.";
  const ZW = "The UAE's non-oil foreign trade for the first half (H1) of the year jumped by 17% to AED1.58 trillion ($430 billion), according to Sheikh Mohammed.";
  const ZW_BOUND = "This is the first time the country's non-oil foreign trade has surpassed the AED1 trillion mark for the half-year period, the vice president said.";
  const arabic = (source: string): Claim[] => [
    quantity(source, AR_BOUND, "تجاوزت التريليون", 1e12, "dirham", "over"),
    quantity(source, AR_BOUND, "17%", 17, "percent"),
    quantity(source, AR, "تريليون و58 مليار", 1_058e9, "dirham"),
    quantity(source, AR, "17 في المائة", 17, "percent"),
  ];
  it.each<[string, () => Claim[], string]>([
    [
      "the bounds, the figure and the slip in one group",
      () => [
        ...arabic("ar1"),
        ...arabic("ar2"),
        quantity("en1", GN_BOUND, "crossed the Dh1 trillion", 1e12, "dirham", "over"),
        quantity("en1", GN, "Dh1.058 trillion", 1_058e9, "dirham"),
        quantity("en1", GN, "17 per cent", 17, "percent"),
        quantity("en2", ZW, "17%", 17, "percent"),
        quantity("en2", ZW, "AED1.58 trillion", 1_580e9, "dirham"),
        quantity("en2", ZW_BOUND, "surpassed the AED1 trillion", 1e12, "dirham", "over"),
      ],
      "discrepancy dirham: 1058000000000 1000000000000 1058000000000 1000000000000 1058000000000 1000000000000 1000000000000 1580000000000",
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, DAY), claims).filter((g) => g.includes("dirham"))).toEqual([expected]);
  });
});
