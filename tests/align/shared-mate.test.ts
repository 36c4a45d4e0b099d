import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// A figure is set against another only when it is the figure of its sentence nearest in value to it. A figure
// both sentences give ("up from 2.6%" in each) is its own counterpart: it no longer stands in the way of the
// figure that changed, so a revised forecast misreported ("2.8%" / "3.2%") is found.
describe("a figure both sentences share does not hide the one that differs", () => {
  const EN = "The World Bank now expects regional growth to average 2.8% in 2025, up from 2.6% in its April forecast.";
  const EN_OTHER = "The World Bank now expects regional growth to average 3.2% in 2025, up from 2.6% in April.";
  const AR = "ويتوقع البنك أن يبلغ متوسط نمو الناتج المحلي الإجمالي في المنطقة 3.2% في 2025، ارتفاعا من توقعاته في أبريل عند 2.6%.";
  const EN_RATE = "Annual urban inflation accelerated to 12.5% in February from 12.1% in January, the statistics agency said.";
  const AR_RATE = "وتسارع معدل التضخم السنوي في الحضر إلى 13.5% في فبراير من 12.1% في يناير، بحسب جهاز الإحصاء.";
  it.each<[string, () => Claim[], string[]]>([
    [
      "a revised forecast in one language",
      () => [
        quantity("en-a", EN, "2.8%", 2.8, "percent"),
        quantity("en-a", EN, "2.6%", 2.6, "percent"),
        quantity("en-b", EN_OTHER, "3.2%", 3.2, "percent"),
        quantity("en-b", EN_OTHER, "2.6%", 2.6, "percent"),
      ],
      ["agree percent: 2.6 2.6", "discrepancy percent: 2.8 3.2"],
    ],
    [
      "a revised forecast across languages",
      () => [
        quantity("en", EN, "2.8%", 2.8, "percent"),
        quantity("en", EN, "2.6%", 2.6, "percent"),
        quantity("ar", AR, "3.2%", 3.2, "percent"),
        quantity("ar", AR, "2.6%", 2.6, "percent"),
      ],
      ["agree percent: 2.6 2.6", "discrepancy percent: 3.2 2.8"],
    ],
    [
      "a rate risen from one level to two others",
      () => [
        quantity("en", EN_RATE, "12.5%", 12.5, "percent"),
        quantity("en", EN_RATE, "12.1%", 12.1, "percent"),
        quantity("ar", AR_RATE, "13.5%", 13.5, "percent"),
        quantity("ar", AR_RATE, "12.1%", 12.1, "percent"),
      ],
      ["agree percent: 12.1 12.1", "discrepancy percent: 13.5 12.5"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, { "en-a": "2025-10-07", "en-b": "2025-10-07", en: "2025-10-07", ar: "2025-10-07" }), claims).sort()).toEqual(expected.sort());
  });

  it("a figure with no equal in the other sentence still stands nearer", () => {
    // «2.6%» is the other sentence's previous forecast, and 2.7% is nearer to it than to 3.2%: not one figure.
    const A = "Growth is expected at 2.7% this year and 3.5% next year.";
    const B = "Growth is expected at 3.2% this year, up from 2.6%.";
    const claims = [
      quantity("en-a", A, "2.7%", 2.7, "percent"),
      quantity("en-a", A, "3.5%", 3.5, "percent"),
      quantity("en-b", B, "3.2%", 3.2, "percent"),
      quantity("en-b", B, "2.6%", 2.6, "percent"),
    ];
    expect(summary(run(claims, { "en-a": "2025-10-07", "en-b": "2025-10-07" }), claims).filter((g) => g.includes("2.7") && g.includes("3.2"))).toEqual([]);
  });
});

describe("a shared figure between the two does not make them one", () => {
  it("last year's revenue and next year's spending, beside next year's revenue in each, are not one figure", () => {
    const AR = "إيرادات متوقعة عند 1.147 تريليون ريال بزيادة طفيفة عن 1.09 تريليون ريال المقدر العام الحالي.";
    const EN = "The budget for 2026 would have total expenditures of 1.313 trillion riyals and total revenues of 1.147 trillion riyals.";
    const claims = [
      quantity("ar", AR, "1.147 تريليون", 1.147e12, "sar"),
      quantity("ar", AR, "1.09 تريليون", 1.09e12, "sar"),
      quantity("en", EN, "1.313 trillion", 1.313e12, "sar"),
      quantity("en", EN, "1.147 trillion", 1.147e12, "sar"),
    ];
    expect(summary(run(claims, { en: "2025-12-02", ar: "2025-12-02" }), claims).filter((g) => g.startsWith("discrepancy"))).toEqual([]);
  });
});
