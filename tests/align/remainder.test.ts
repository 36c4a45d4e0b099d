import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// The rest of a list of names ("Israel, the US and eight other countries") counts what the names leave out: how
// many depends on how many names each article lists, so two rests may agree but never contradict each other.
describe("the rest of a list of names only agrees with an equal rest", () => {
  const EN = "The United States voted against the resolution, along with Israel and eight other countries.";
  const AR = "وعارضته إسرائيل والولايات المتحدة وثماني دول أخرى فيما امتنعت 23 دولة عن التصويت.";
  const AR2 = 'وعارضته "إسرائيل" و9 دول أخرى، بينما امتنعت 23 دولة عن التصويت.';
  const DAY = { en: "2023-12-13", ar: "2023-12-13", ar2: "2023-12-13" };
  it.each<[string, () => Claim[], string[]]>([
    [
      "eight other countries in both languages agree",
      () => [quantity("en", EN, "eight", 8, "country-other"), quantity("ar", AR, "ثماني", 8, "country-other")],
      ["agree country-other: 8 8"],
    ],
    [
      "eight and nine other countries after two lists of names are no discrepancy",
      () => [quantity("ar", AR, "ثماني", 8, "country-other"), quantity("ar2", AR2, "9", 9, "country-other")],
      [],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, DAY), claims)).toEqual(expected);
  });
});
