import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// A figure in another currency written right after a figure (in brackets, after "or", «أي ما يعادل») is its
// conversion: two conversions meet only where the figures they convert do.
describe("conversions into one currency stand for the figures they convert", () => {
  const EN = "The budget set spending at 1.31 trillion riyals (about $348 billion), with revenues of 1.15 trillion riyals.";
  const AR = "وتشير البيانات إلى أن الإيرادات ستصل إلى نحو 1147 مليار ريال، أي ما يعادل 305.87 مليار دولار.";
  const AR_SPEND = "وأقر المجلس إنفاقا بقيمة 1.31 تريليون ريال (نحو 349.7 مليار دولار) للعام المقبل.";
  it.each<[string, () => Claim[], string[]]>([
    [
      "spending's dollars are not set against revenue's",
      () => [
        quantity("en", EN, "1.31 trillion", 1.31e12, "sar"),
        quantity("en", EN, "about $348 billion", 348e9, "usd", "approx", 1e9),
        quantity("en", EN, "1.15 trillion", 1.15e12, "sar"),
        quantity("ar", AR, "نحو 1147 مليار", 1147e9, "sar", "approx", 1e9),
        quantity("ar", AR, "305.87 مليار", 305.87e9, "usd"),
      ],
      [],
    ],
    [
      "the dollars of one figure converted by two outlets still meet",
      () => [
        quantity("en", EN, "1.31 trillion", 1.31e12, "sar"),
        quantity("en", EN, "about $348 billion", 348e9, "usd", "approx", 1e9),
        quantity("ar", AR_SPEND, "1.31 تريليون", 1.31e12, "sar"),
        quantity("ar", AR_SPEND, "نحو 349.7 مليار", 349.7e9, "usd", "approx", 0.1e9),
      ],
      ["agree sar: 1310000000000 1310000000000", "compatible usd: 349700000000 348000000000"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, { en: "2025-12-02", ar: "2025-12-02" }), claims).sort()).toEqual(expected.sort());
  });
});

// Two outlets' conversions of one figure are that figure converted twice: a conversion more than 10% off the other's
// is wrong, whatever else of the currency the sentences give (an analysts' estimate) or the article gives elsewhere
// (dividends near the wrong value). Nearer, rates and roundings differ and the context decides as before.
describe("two conversions of one figure are set against each other", () => {
  const EN = "Aramco reported net profit of 97.54 billion riyals ($26.01 billion), beating a median estimate of $25.36 billion.";
  const EN_DIVIDEND = "Aramco confirmed total dividends of $21.36 billion for the first quarter.";
  const AR = "وسجلت أرامكو صافي دخل بقيمة 97.5 مليار ريال (21 مليار دولار) في الربع الأول.";
  const AR_NEAR = "وسجلت أرامكو صافي دخل بقيمة 97.5 مليار ريال (26 مليار دولار) في الربع الأول.";
  const figures = (ar: string, usd: number) => [
    quantity("en", EN, "97.54 billion", 97.54e9, "sar"),
    quantity("en", EN, "$26.01 billion", 26.01e9, "usd"),
    quantity("en", EN, "$25.36 billion", 25.36e9, "usd"),
    quantity("en", EN_DIVIDEND, "$21.36 billion", 21.36e9, "usd"),
    quantity("ar", ar, "97.5 مليار", 97.5e9, "sar"),
    quantity("ar", ar, `${usd} مليار`, usd * 1e9, "usd"),
  ];
  it.each<[string, () => Claim[], string[]]>([
    ["a wrong conversion beside an estimate and near another figure", () => figures(AR, 21), ["compatible sar: 97500000000 97540000000", "discrepancy usd: 21000000000 26010000000"]],
    // Within 10%, a conversion rounded otherwise is never set against the other.
    ["a conversion rounded otherwise is no discrepancy", () => figures(AR_NEAR, 26), ["compatible sar: 97500000000 97540000000"]],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, { en: "2025-05-11", ar: "2025-05-11" }), claims).sort()).toEqual(expected.sort());
  });
});
