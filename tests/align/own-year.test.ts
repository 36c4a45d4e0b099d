import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { date, quantity, run, summary } from "./helpers.js";

// A figure whose own date, right after it, is of a past year («1.3% في أكتوبر 2024» in a 2025 article) is that
// year's figure: it meets only figures of sentences naming that year, not another article's figure of its own day
// (even when the two sentences share another figure).
describe("a figure dated to a past year by its own date", () => {
  const FOOD = "وأشار الجهاز إلى ارتفاع أسعار الطعام 1.5% على أساس سنوي و1.2% على أساس شهري.";
  const CORE = "وبلغ التغير الشهري 2.0% في أكتوبر 2025، مقارنة بـ 1.3% في أكتوبر 2024 و1.5% في سبتمبر 2025.";
  it.each<[string, () => Claim[], string[]]>([
    [
      "is not set against an undated figure beside a shared one",
      () => [
        quantity("ar1", FOOD, "1.5%", 1.5, "percent"),
        quantity("ar1", FOOD, "1.2%", 1.2, "percent"),
        quantity("ar2", CORE, "2.0%", 2, "percent"),
        date("ar2", CORE, "أكتوبر 2025", "2025-10"),
        quantity("ar2", CORE, "1.3%", 1.3, "percent"),
        date("ar2", CORE, "أكتوبر 2024", "2024-10"),
        quantity("ar2", CORE, "1.5%", 1.5, "percent"),
        date("ar2", CORE, "سبتمبر 2025", "2025-09"),
      ],
      [],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, { ar1: "2025-11-10", ar2: "2025-11-10" }), claims)).toEqual(expected);
  });
});
