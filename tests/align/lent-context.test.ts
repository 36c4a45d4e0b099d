import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// Two figures given alike lend their sentences' other figures of the unit the context to be set against each
// other (the 300 and 273 million below, on the strength of the two billions); those, close enough to be one
// figure misreported, lend it back, so the two billions are set beside each other too, though neither is its
// article's only figure in dollars.
describe("context lent by an agreeing figure comes back", () => {
  const AR = "وأوضحت كوزاك أن المدفوعات ستشمل نحو ملياري دولار من برنامج التسهيل الممدد، إضافة إلى 300 مليون دولار من برنامج منفصل مرتبط بنفس التسهيل.";
  const EN = "Kozack said the payments would include nearly $2 billion under the Extended Fund Facility and $273 million under the Resilience and Sustainability Facility.";
  const EN_FAR = "Kozack said the payments would include nearly $2 billion under the Extended Fund Facility and $120 million under the Resilience and Sustainability Facility.";
  const AR_TOTAL = "ما قد يفتح الباب أمام صرف دفعة مالية بقيمة إجمالية تبلغ 2.3 مليار دولار.";
  const EN_TOTAL = "The board meets on Feb. 25 to approve a combined $2.3 billion disbursement.";
  const totals = (): Claim[] => [quantity("ar", AR_TOTAL, "2.3 مليار دولار", 2.3e9, "usd"), quantity("en", EN_TOTAL, "$2.3 billion", 2.3e9, "usd")];
  it.each<[string, () => Claim[], string[]]>([
    [
      "the two billions meet beside 300 and 273 million",
      () => [
        ...totals(),
        quantity("ar", AR, "نحو ملياري دولار", 2e9, "usd", "approx"),
        quantity("ar", AR, "300 مليون دولار", 3e8, "usd"),
        quantity("en", EN, "nearly $2 billion", 2e9, "usd", "nearly"),
        quantity("en", EN, "$273 million", 2.73e8, "usd"),
      ],
      ["agree usd: 2300000000 2300000000", "compatible usd: 2000000000 2000000000", "discrepancy usd: 300000000 273000000"],
    ],
    [
      "not beside figures too far apart to be one (300 and 120 million)",
      () => [
        ...totals(),
        quantity("ar", AR, "نحو ملياري دولار", 2e9, "usd", "approx"),
        quantity("ar", AR, "300 مليون دولار", 3e8, "usd"),
        quantity("en", EN_FAR, "nearly $2 billion", 2e9, "usd", "nearly"),
        quantity("en", EN_FAR, "$120 million", 1.2e8, "usd"),
      ],
      ["agree usd: 2300000000 2300000000"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, { ar: "2026-02-19", en: "2026-02-19" }), claims).sort()).toEqual(expected.sort());
  });
});
