import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// Two articles of one day that each give one figure of a unit are set against each other however far apart
// (sole-same-day.test.ts), unless the other article gives this very figure as a count of something else:
// Arabic names both sides of an exchange «أسرى», so one outlet's «50 من الأسرى» are another's "50 women and
// children" to be freed, not the other side's 140 prisoners.
describe("a sole figure the other article gives under another name is no evidence of one count", () => {
  const AR1 = "ويشمل الاتفاق تبادل 50 من الأسرى من النساء والأطفال مقابل إطلاق سراح عدد من الفلسطينيين.";
  const AR2 = "وسيتم إطلاق سراح ما لا يقل عن 50 امرأة وطفلا خلال وقف إطلاق النار.";
  const AR2B = "في المقابل، ستطلق إسرائيل سراح ما لا يقل عن 140 سجينة وقاصرا من سجونها.";
  const EN = "Israel will free 150 Palestinian prisoners in the first stage, officials said.";
  const DAY = { ar1: "2023-11-22", ar2: "2023-11-22", en: "2023-11-22" };
  it.each<[string, () => Claim[], string[]]>([
    [
      "50 detainees against 140 prisoners, where the other article gives 50 women and children",
      () => [
        quantity("ar1", AR1, "50", 50, "detainee"),
        quantity("ar2", AR2, "ما لا يقل عن 50", 50, "woman", "atLeast"),
        quantity("ar2", AR2B, "ما لا يقل عن 140", 140, "detainee", "atLeast"),
      ],
      [],
    ],
    [
      "close figures are still one count where the other article gives the figure under another name",
      () => [
        quantity("ar1", "وأفادت الوزارة أن الطائرة كانت تحمل على متنها 67 شخصا.", "67", 67, "person"),
        quantity("ar2", "وأعلنت الوزارة نجاة 25 من أصل 72 شخصا كانوا على متن الطائرة.", "72", 72, "person"),
        quantity("ar2", "وكانت الطائرة تقل 67 راكبا من بلدان عدة.", "67", 67, "passenger"),
      ],
      ["discrepancy person: 67 72"],
    ],
    [
      "without a 50 in the other article the two sole figures are still one count",
      () => [quantity("ar1", AR1, "50", 50, "detainee"), quantity("en", EN, "150", 150, "detainee")],
      ["discrepancy detainee: 50 150"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, DAY), claims)).toEqual(expected);
  });
});
