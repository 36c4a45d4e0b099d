import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// A figure an article repeats (its headline and its body give the same 67 passengers) is still the only figure
// of its unit there: set against another article's one figure of that unit the same day.
describe("a repeated figure is still the sole figure of its unit", () => {
  const HEAD = "التقديرات الأولية تشير إلى أن الطائرة كانت تقل 67 راكبا و5 من أفراد الطاقم";
  const BODY = "وأفاد البيان أن التقديرات الأولية تشير إلى أن الطائرة كانت تقل 67 راكبا و5 من أفراد الطاقم.";
  const OTHER = "وكانت الطائرة التي تحطمت قرب المدينة الساحلية تحمل 62 راكبا وطاقما من خمسة أفراد.";
  const SECOND = "وأفادت الشركة بأن 40 راكبا كانوا من مواطني البلد.";
  const DAY = { "ar-a": "2024-12-25", "ar-b": "2024-12-25" };
  it.each<[string, () => Claim[], string[]]>([
    [
      "a headline repeating the body's figure",
      () => [quantity("ar-a", HEAD, "67", 67, "passenger"), quantity("ar-a", BODY, "67", 67, "passenger"), quantity("ar-b", OTHER, "62", 62, "passenger")],
      ["discrepancy passenger: 67 67 62"],
    ],
    [
      "two different figures of the unit are still not one",
      () => [quantity("ar-a", BODY, "67", 67, "passenger"), quantity("ar-a", SECOND, "40", 40, "passenger"), quantity("ar-b", OTHER, "62", 62, "passenger")],
      [],
    ],
  ])("%s", (_, make, expected) => {
    const claims = make();
    expect(summary(run(claims, DAY), claims)).toEqual(expected);
  });
});
