import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// Dated articles show a toll that moved on from one day to the next; an undated article that gives exactly
// one day's figure is that day's snapshot, not a contradiction of the other day's. An undated figure that is
// neither day's (or with only one dated day) still disagrees.
describe("an undated article giving one dated day's toll joins that day's snapshot", () => {
  const AR1 = "أعلنت وزارة الداخلية ارتفاع عدد الوفيات جراء الزلزال إلى 2497 شخصا.";
  const AR2 = "أعلنت وزارة الداخلية أن عدد الوفيات جراء الزلزال بلغ 2901 شخصا.";
  const AR3 = "أعلنت وزارة الداخلية أن عدد الوفيات جراء الزلزال بلغ 2681 شخصا.";
  const EN1 = "The interior ministry said the earthquake had killed 2,497 people.";
  const EN2 = "The interior ministry said the earthquake had killed 2,901 people.";
  const DAY1 = "2023-09-11";
  const DAY2 = "2023-09-12";
  it.each<[string, () => Claim[], Record<string, string>, string[]]>([
    [
      "ar: undated articles give the earlier and the later toll",
      () => [quantity("a", AR1, "2497", 2497, "killed"), quantity("b", AR2, "2901", 2901, "killed"), quantity("c", AR2, "2901", 2901, "killed"), quantity("d", AR1, "2497", 2497, "killed")],
      { a: DAY1, b: DAY2 },
      ["changed killed: 2497 2901 2901 2497", "agree killed: 2497 2497", "agree killed: 2901 2901"],
    ],
    [
      "en: an undated article gives the earlier toll",
      () => [quantity("a", EN1, "2,497", 2497, "killed"), quantity("b", EN2, "2,901", 2901, "killed"), quantity("c", EN1, "2,497", 2497, "killed")],
      { a: DAY1, b: DAY2 },
      ["changed killed: 2497 2901 2497", "agree killed: 2497 2497"],
    ],
    [
      "ar: an undated figure that is neither day's still disagrees",
      () => [quantity("a", AR1, "2497", 2497, "killed"), quantity("b", AR2, "2901", 2901, "killed"), quantity("c", AR3, "2681", 2681, "killed")],
      { a: DAY1, b: DAY2 },
      ["discrepancy killed: 2497 2901 2681"],
    ],
    [
      "ar: one dated article and one undated still disagree",
      () => [quantity("a", AR1, "2497", 2497, "killed"), quantity("b", AR2, "2901", 2901, "killed")],
      { a: DAY1 },
      ["discrepancy killed: 2497 2901"],
    ],
    [
      "ar: two dated articles of one day and an undated one still disagree",
      () => [quantity("a", AR1, "2497", 2497, "killed"), quantity("b", AR2, "2901", 2901, "killed"), quantity("c", AR2, "2901", 2901, "killed")],
      { a: DAY1, b: DAY1 },
      ["discrepancy killed: 2497 2901 2901"],
    ],
  ])("%s", (_name, make, published, expected) => {
    const claims = make();
    expect(summary(run(claims, published), claims)).toEqual(expected);
  });
});
