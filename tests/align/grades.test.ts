import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

/** A price given for one grade of a product («بنزين 92»): the claim's noun names the grade. */
function graded(source: string, sentence: string, text: string, value: number, grade: string): Claim {
  return { ...quantity(source, sentence, text, value, "egp"), noun: grade };
}

// One grade's price is not another's: equal prices of two grades do not agree, and two prices of one grade differ.
describe("figures of one grade of a product", () => {
  it.each<[string, () => Claim[], string[]]>([
    [
      "equal prices of two grades are not one price",
      () => [
        graded("ar-a", "وقررت لجنة التسعير رفع سعر لتر بنزين 92 إلى 17.25 جنيه للتر.", "17.25", 17.25, "بنزين 92"),
        graded("ar-b", "وقررت لجنة التسعير رفع سعر لتر بنزين 80 إلى 17.25 جنيه للتر.", "17.25", 17.25, "بنزين 80"),
      ],
      [],
    ],
    [
      "two prices of one grade differ, beside another grade's equal price",
      () => [
        graded("ar-a", "وقررت لجنة التسعير رفع سعر لتر بنزين 92 إلى 17.25 جنيه.", "17.25", 17.25, "بنزين 92"),
        graded("ar-b", "وأعلنت الوزارة زيادة سعر لتر بنزين 80 إلى 17.25 جنيه.", "17.25", 17.25, "بنزين 80"),
        graded("ar-b", "ورفعت الوزارة سعر لتر بنزين 92 إلى 17.75 جنيه.", "17.75", 17.75, "بنزين 92"),
      ],
      ["discrepancy egp: 17.25 17.75"],
    ],
    [
      "one price of one grade agrees",
      () => [
        graded("ar-a", "وقررت لجنة التسعير رفع سعر لتر بنزين 92 إلى 17.25 جنيه.", "17.25", 17.25, "بنزين 92"),
        graded("ar-b", "وأعلنت الوزارة رفع سعر لتر بنزين 92 إلى 17.25 جنيه.", "17.25", 17.25, "بنزين 92"),
      ],
      ["agree egp: 17.25 17.25"],
    ],
    [
      "a price with no grade named may still meet a graded one",
      () => [
        graded("ar-a", "وقررت لجنة التسعير رفع سعر لتر بنزين 92 إلى 17.25 جنيه.", "17.25", 17.25, "بنزين 92"),
        quantity("ar-b", "وقررت لجنة التسعير رفع سعر لتر البنزين إلى 17.25 جنيه.", "17.25", 17.25, "egp"),
      ],
      ["agree egp: 17.25 17.25"],
    ],
  ])("%s", (_, make, expected) => {
    const claims = make();
    expect(summary(run(claims), claims)).toEqual(expected);
  });
});
