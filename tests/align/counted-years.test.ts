import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// A four-digit figure that counts something («١٨٩٠ محتجزا») is no year its sentence speaks of; a written year
// still is. «أكبرهم سنا» names an age as "80-year-old" does.
describe("counted figures are no years; ages meet across languages", () => {
  const AR = "وأوضحت الوزارة أن ١٨٩٠ محتجزا لا يزالون لدى الطرفين، وأن أكبر المفرج عنهم سنا يبلغ ٨٠ عاما.";
  const AR_2019 = "وكان أكبر المفرج عنهم سنا في صفقة عام 2019 يبلغ ٨٠ عاما.";
  const EN = "The oldest, an 80-year-old man held since 2017, was carried off the plane on a stretcher.";
  it.each<[string, () => Claim[], string[]]>([
    [
      "٨٠ عاما beside a count of 1890, and an 80-year-old",
      () => [quantity("ar", AR, "١٨٩٠", 1890, "detainee"), quantity("ar", AR, "٨٠", 80, "year"), quantity("en", EN, "80", 80, "year")],
      ["agree year: 80 80"],
    ],
    [
      "a year written in the sentence still sets the figures apart",
      () => [quantity("ar", AR_2019, "٨٠", 80, "year"), quantity("en", EN, "80", 80, "year")],
      [],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, { ar: "2026-10-19", en: "2026-10-17" }), claims)).toEqual(expected);
  });
});
