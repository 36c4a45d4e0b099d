import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// A large cumulative toll grows by a fraction of a percent a day: a larger figure in an article published a day
// or more later is the tally moving on, not a discrepancy. The same day, or a smaller figure later, or a figure
// that is not a cumulative tally of people, still disagrees.
describe("a cumulative tally of people a day later moved on, whatever the growth", () => {
  const EN1 = "The health ministry said 61,776 people have been killed in the war so far.";
  const EN2 = "The health ministry said 61,827 people have been killed in the war so far.";
  const AR1 = "وقالت وزارة الصحة إن حصيلة القتلى ارتفعت إلى 61776 منذ بدء الحرب.";
  const AR2 = "وقالت وزارة الصحة إن حصيلة القتلى ارتفعت إلى 61827 منذ بدء الحرب.";
  const EN_INJ1 = "The ministry said 152,600 people have been wounded since the war began.";
  const EN_INJ2 = "The ministry said 152,900 people have been wounded since the war began.";
  const AR_DISP1 = "وأفادت الأمم المتحدة بأن عدد النازحين بلغ 1,900,000 شخص منذ بدء القتال.";
  const AR_DISP2 = "وأفادت الأمم المتحدة بأن عدد النازحين بلغ 1,920,000 شخص منذ بدء القتال.";
  const EN_SORT1 = "The air force has flown 2,289 sorties since the campaign began, the general said.";
  const EN_SORT2 = "The air force has flown 2,299 sorties since the campaign began, the general said.";
  const DAY1 = "2025-08-14";
  const DAY2 = "2025-08-15";
  it.each<[string, () => Claim[], Record<string, string>, string[]]>([
    ["en: killed, a day later and higher", () => [quantity("a", EN1, "61,776", 61776, "killed"), quantity("b", EN2, "61,827", 61827, "killed")], { a: DAY1, b: DAY2 }, ["changed killed: 61776 61827"]],
    [
      "en: a later headline's approximation beside the later exact toll",
      () => [
        quantity("a", EN1, "61,776", 61776, "killed"),
        quantity("b", "The health ministry said nearly 62,000 people have been killed in the war so far.", "nearly 62,000", 62000, "killed", "nearly", 1000),
        quantity("c", EN2, "61,827", 61827, "killed"),
      ],
      { a: DAY1, b: DAY2, c: DAY2 },
      ["changed killed: 61776 62000 61827", "compatible killed: 62000 61827"],
    ],
    ["ar: killed, a day later and higher", () => [quantity("ar-a", AR1, "61776", 61776, "killed"), quantity("ar-b", AR2, "61827", 61827, "killed")], { "ar-a": DAY1, "ar-b": DAY2 }, ["changed killed: 61776 61827"]],
    ["en: injured, a day later and higher", () => [quantity("a", EN_INJ1, "152,600", 152600, "injured"), quantity("b", EN_INJ2, "152,900", 152900, "injured")], { a: DAY1, b: DAY2 }, ["changed injured: 152600 152900"]],
    ["ar: displaced, two days later and higher", () => [quantity("ar-a", AR_DISP1, "1,900,000", 1900000, "displaced"), quantity("ar-b", AR_DISP2, "1,920,000", 1920000, "displaced")], { "ar-a": DAY1, "ar-b": "2025-08-16" }, ["changed displaced: 1900000 1920000"]],
    [
      "en: arrests, a day later and higher",
      () => [quantity("a", "Police said 1,204 protesters had been arrested since the unrest began.", "1,204", 1204, "arrested"), quantity("b", "Police said 1,250 protesters had been arrested since the unrest began.", "1,250", 1250, "arrested")],
      { a: DAY1, b: DAY2 },
      ["changed arrested: 1204 1250"],
    ],
    [
      "ar: cases of an epidemic, a day later and higher",
      () => [quantity("ar-a", "وأعلنت وزارة الصحة تسجيل 11870 حالة إصابة بالكوليرا منذ بدء التفشي.", "11870", 11870, "case"), quantity("ar-b", "وأعلنت وزارة الصحة تسجيل 12104 حالة إصابة بالكوليرا منذ بدء التفشي.", "12104", 12104, "case")],
      { "ar-a": DAY1, "ar-b": DAY2 },
      ["changed case: 11870 12104"],
    ],
    [
      "en: detainees are not a cumulative tally (those held are released too)",
      () => [quantity("a", "The ministry said 1,204 detainees were held in the prison.", "1,204", 1204, "detainee"), quantity("b", "The ministry said 1,250 detainees were held in the prison.", "1,250", 1250, "detainee")],
      { a: DAY1, b: DAY2 },
      ["discrepancy detainee: 1204 1250"],
    ],
    ["en: the same day still disagrees", () => [quantity("a", EN1, "61,776", 61776, "killed"), quantity("b", EN2, "61,827", 61827, "killed")], { a: DAY1, b: DAY1 }, ["discrepancy killed: 61776 61827"]],
    ["ar: the same day still disagrees", () => [quantity("ar-a", AR1, "61776", 61776, "killed"), quantity("ar-b", AR2, "61827", 61827, "killed")], { "ar-a": DAY1, "ar-b": DAY1 }, ["discrepancy killed: 61776 61827"]],
    ["en: without publication dates they disagree", () => [quantity("a", EN1, "61,776", 61776, "killed"), quantity("b", EN2, "61,827", 61827, "killed")], {}, ["discrepancy killed: 61776 61827"]],
    ["en: a smaller figure a day later disagrees", () => [quantity("a", EN2, "61,827", 61827, "killed"), quantity("b", EN1, "61,776", 61776, "killed")], { a: DAY1, b: DAY2 }, ["discrepancy killed: 61827 61776"]],
    ["en: sorties are not a cumulative tally of people (10% growth needed)", () => [quantity("a", EN_SORT1, "2,289", 2289, "sortie"), quantity("b", EN_SORT2, "2,299", 2299, "sortie")], { a: DAY1, b: "2025-08-16" }, ["discrepancy sortie: 2289 2299"]],
    [
      "en: both sentences give the same other figure: one statement quoted twice",
      () => [
        quantity("a", "The ministry said 61,776 people had been killed and 145,870 injured.", "61,776", 61776, "killed"),
        quantity("a", "The ministry said 61,776 people had been killed and 145,870 injured.", "145,870", 145870, "injured"),
        quantity("b", "The ministry said 61,827 people had been killed and 145,870 injured.", "61,827", 61827, "killed"),
        quantity("b", "The ministry said 61,827 people had been killed and 145,870 injured.", "145,870", 145870, "injured"),
      ],
      { a: DAY1, b: DAY2 },
      ["discrepancy killed: 61776 61827", "agree injured: 145870 145870"],
    ],
  ])("%s", (_name, make, published, expected) => {
    const claims = make();
    expect(summary(run(claims, published), claims)).toEqual(expected);
  });
});
