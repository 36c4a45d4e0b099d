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
