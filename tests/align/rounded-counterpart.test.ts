import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// A figure never meets a differing one whose counterpart the other article also gives. A figure held to its
// rounding («2.3 مليار دولار» is 2.25 to 2.35 billion) is given by the other article when any figure of it lies
// within that rounding ("$2.273 billion"): that article's "$3 billion", in a sentence that shares another figure
// ($8 billion), is an earlier size of the programme, not another report of the 2.3 billion.
describe("a rounded figure's counterpart is any figure within its rounding", () => {
  const EN1 = "The board's approval clears $2.273 billion in financing for Egypt, the fund said.";
  const EN2 = "The fund raised the programme to $8 billion from $3 billion in March 2024.";
  const AR = "وتعني الموافقة حصول مصر على 2.3 مليار دولار ضمن برنامج قيمته 8 مليارات دولار.";
  const DAY = { ar: "2026-02-26", en: "2026-02-26" };
  it.each<[string, () => Claim[], string[]]>([
    [
      "the other article gives the rounded figure more finely: no discrepancy with its other figure",
      () => [
        quantity("en", EN1, "$2.273 billion", 2.273e9, "usd"),
        quantity("en", EN2, "$8 billion", 8e9, "usd"),
        quantity("en", EN2, "$3 billion", 3e9, "usd"),
        quantity("ar", AR, "2.3 مليار", 2.3e9, "usd"),
        quantity("ar", AR, "8 مليارات", 8e9, "usd"),
      ],
      ["agree usd: 8000000000 8000000000"],
    ],
    [
      "a figure outside the rounding is no counterpart: the discrepancy stays",
      () => [
        quantity("en", EN1.replace("2.273", "2.473"), "$2.473 billion", 2.473e9, "usd"),
        quantity("en", EN2, "$8 billion", 8e9, "usd"),
        quantity("en", EN2, "$3 billion", 3e9, "usd"),
        quantity("ar", AR, "2.3 مليار", 2.3e9, "usd"),
        quantity("ar", AR, "8 مليارات", 8e9, "usd"),
      ],
      ["agree usd: 8000000000 8000000000", "discrepancy usd: 2300000000 3000000000"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, DAY), claims).sort()).toEqual([...expected].sort());
  });
});
