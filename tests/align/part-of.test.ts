import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { en } from "../../src/core/lang/en/index.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { isPartOf } from "../../src/core/align/partOf.js";
import { quantity, run, summary } from "./helpers.js";

// A whole named against its part ("32 of the state's 35 districts") does not meet another article's part count
// ("33 districts"): the other figure meets the nearer of the two, and the part counts nothing known.
describe("a whole in a part-of construction does not meet another article's part count", () => {
  const EN = "Floods have now reached 32 of the state's 35 districts, the disaster agency said.";
  const AR = "وقالت هيئة الكوارث إن الفيضانات وصلت إلى 32 من أصل 35 مديرية في الولاية.";
  it.each<[string, () => Claim[], string[]]>([
    [
      "en: 32 of the state's 35 districts / 33 districts",
      () => [quantity("a", EN, "32", 32, ""), quantity("a", EN, "35", 35, "district"), quantity("b", "Floods have now reached 33 districts, the disaster agency said.", "33", 33, "district")],
      [],
    ],
    [
      "ar: 32 من أصل 35 مديرية / 33 مديرية",
      () => [quantity("ar-a", AR, "32", 32, ""), quantity("ar-a", AR, "35", 35, "district"), quantity("ar-b", "وقالت هيئة الكوارث إن الفيضانات وصلت إلى 33 مديرية في الولاية.", "33", 33, "district")],
      [],
    ],
    [
      "en: the whole still meets a figure nearer to it (two of the 14 dead / 12 dead)",
      () => {
        const s = "Two of the 14 dead were children, the health ministry said on Sunday.";
        return [quantity("a", s, "Two", 2, ""), quantity("a", s, "14", 14, "killed"), quantity("b", "The health ministry said on Sunday that 12 people were dead.", "12", 12, "killed")];
      },
      ["discrepancy killed: 14 12"],
    ],
    [
      "en: without a part, the same figures disagree",
      () => [
        quantity("a", "Floods have now reached the state's 35 districts, the disaster agency said.", "35", 35, "district"),
        quantity("b", "Floods have now reached 33 districts, the disaster agency said.", "33", 33, "district"),
      ],
      ["discrepancy district: 35 33"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims), claims)).toEqual(expected);
  });
});

describe("what reads as a part and its whole", () => {
  it.each<[string, string, string, string, boolean]>([
    ["en", "Floods reached 32 of the state's 35 districts.", "32", "35", true],
    ["en", "Floods reached 32 out of 35 districts.", "32", "35", true],
    ["en", "Rebels won 17 seats out of the 41 seats.", "17", "41", true],
    ["en", "Floods reached 36 of the state's 35 districts.", "36", "35", false],
    ["en", "Floods killed 10 soldiers and 15 of the civilians.", "10", "15", false],
    ["en", "Floods killed 10 people in 35 districts.", "10", "35", false],
    ["ar", "وفاز الحزب بـ17 مقعدا من أصل 41 مقعدا.", "17", "41", true],
    ["ar", "وقتل 10 من الجنود و15 من المدنيين.", "10", "15", false],
  ])("%s: %s", (lang, sentence, p, w, expected) => {
    const source = lang === "ar" ? "ar-x" : "x";
    expect(isPartOf(quantity(source, sentence, p, Number(p) || 0, ""), quantity(source, sentence, w, Number(w), ""), lang === "ar" ? ar : en)).toBe(expected);
  });
});
