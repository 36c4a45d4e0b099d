import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// Two articles of one day that each give one figure of a specific unit give it for the same thing, however far
// apart the figures: an editor sets them against each other. Not days apart (the count may have moved on), not
// where either article gives a second figure of the unit, not a span of time.
describe("the sole figures of a specific unit in two articles of one day are one count", () => {
  const EN = "Officials said 4,500 residents were evacuated from villages near the coast.";
  const AR = "وأفادت السلطات بإجلاء نحو 7 آلاف شخص من القرى المحيطة بالمنتجع.";
  const AR_OTHER = "وأجلت السلطات 900 شخص من فندقين في وقت سابق.";
  const EN2 = "Authorities moved 4,500 people out of the valley overnight, the governor said.";
  const EN3 = "Some 9,000 people have been evacuated so far, a spokesman said.";
  const DAY = { en: "2026-08-04", ar: "2026-08-04", en2: "2026-08-04", en3: "2026-08-04" };
  it.each<[string, () => Claim[], Record<string, string>, string[]]>([
    [
      "4,500 evacuated against about 7,000 the same day, across languages",
      () => [quantity("en", EN, "4,500", 4500, "evacuated"), quantity("ar", AR, "نحو 7 آلاف", 7000, "evacuated", "approx", 1000)],
      DAY,
      ["discrepancy evacuated: 7000 4500"],
    ],
    [
      "the same in one language",
      () => [quantity("en2", EN2, "4,500", 4500, "evacuated"), quantity("en3", EN3, "Some 9,000", 9000, "evacuated", "approx", 1000)],
      DAY,
      ["discrepancy evacuated: 4500 9000"],
    ],
    [
      "two days apart the count may have moved on",
      () => [quantity("en", EN, "4,500", 4500, "evacuated"), quantity("ar", AR, "نحو 7 آلاف", 7000, "evacuated", "approx", 1000)],
      { en: "2026-08-04", ar: "2026-08-06" },
      [],
    ],
    [
      "an article giving two figures of the unit has no sole one",
      () => [
        quantity("en", EN, "4,500", 4500, "evacuated"),
        quantity("ar", AR, "نحو 7 آلاف", 7000, "evacuated", "approx", 1000),
        quantity("ar", AR_OTHER, "900", 900, "evacuated"),
      ],
      DAY,
      [],
    ],
    [
      "without publication dates nothing says they are one day's",
      () => [quantity("en", EN, "4,500", 4500, "evacuated"), quantity("ar", AR, "نحو 7 آلاف", 7000, "evacuated", "approx", 1000)],
      {},
      [],
    ],
    [
      "spans of time are no specific unit",
      () => [
        quantity("en", "The truce will last 4 days, mediators said.", "4", 4, "day"),
        quantity("ar", "وقال الوسطاء إن الهدنة تستمر 7 أيام.", "7", 7, "day"),
      ],
      DAY,
      [],
    ],
  ])("%s", (_name, make, published, expected) => {
    const claims = make();
    expect(summary(run(claims, published), claims)).toEqual(expected);
  });
});
