import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// A figure that can be the other's (compatible, within 10%), each with no other figure of its unit near it in
// its article, is the same figure when one is a specific exact figure beside an approximation, when one is
// written in another unit, or when both sentences name the same year. The words around them need not meet.
describe("the only figures of a unit near each other in two articles are one figure", () => {
  const AR_HELD = "وأوضحت الوزارة أن ١٨٩٠ محتجزا لا يزالون لدى الطرفين.";
  const EN_HELD = "About 1,900 detainees remain held by both sides, according to the envoy's office.";
  const AR_FIRST = "وأفرج كل طرف عن ٣٣ محتجزا في المرحلة الأولى.";
  const EN_FIRST = "Each side released 33 detainees in the first stage.";
  const AR_RECORD = "وكانت حرائق عام 2021 قد التهمت نحو 60 ألف هكتار من الغابات.";
  const EN_RECORD = "The 2021 fires, the worst on record, burned nearly 60,000 hectares of forest.";
  const EN_NOW = "Firefighters have saved villages on the coast, with 12,000 hectares lost so far.";
  const AR_NOW = "وأتت النيران على 12 ألف هكتار حتى الآن.";
  it.each<[string, () => Claim[], string[]]>([
    [
      "١٨٩٠ beside about 1,900, across languages",
      () => [
        quantity("ar", AR_HELD, "١٨٩٠", 1890, "detainee"),
        quantity("ar", AR_FIRST, "٣٣", 33, "detainee"),
        quantity("en", EN_HELD, "About 1,900", 1900, "detainee", "approx", 100),
        quantity("en", EN_FIRST, "33", 33, "detainee"),
      ],
      ["compatible detainee: 1890 1900", "agree detainee: 33 33"],
    ],
    [
      "not when the article gives another figure of the unit close by",
      () => [
        quantity("ar", AR_HELD, "١٨٩٠", 1890, "detainee"),
        quantity("ar", "وتقدر منظمات حقوقية عدد المحتجزين بـ2100.", "2100", 2100, "detainee"),
        quantity("en", EN_HELD, "About 1,900", 1900, "detainee", "approx", 100),
      ],
      [],
    ],
    [
      "not two round approximations of no named year",
      () => [
        quantity("ar", "ولا يزال نحو 2000 محتجز لدى الطرفين.", "نحو 2000", 2000, "detainee", "approx", 1000),
        quantity("ar", AR_FIRST, "٣٣", 33, "detainee"),
        quantity("en", "Each side said about 1,900 detainees were being processed.", "about 1,900", 1900, "detainee", "approx", 100),
        quantity("en", EN_FIRST, "33", 33, "detainee"),
      ],
      ["agree detainee: 33 33"],
    ],
    [
      "نحو 60 ألف هكتار and nearly 60,000 hectares of the same named year",
      () => [
        quantity("ar", AR_RECORD, "نحو 60 ألف", 60000, "ha", "approx", 1000),
        quantity("ar", AR_NOW, "12 ألف", 12000, "ha"),
        quantity("en", EN_RECORD, "nearly 60,000", 60000, "ha", "nearly", 1000),
        quantity("en", EN_NOW, "12,000", 12000, "ha"),
      ],
      ["compatible ha: 60000 60000", "agree ha: 12000 12000"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, { ar: "2026-08-04", en: "2026-08-04" }), claims)).toEqual(expected);
  });
});
