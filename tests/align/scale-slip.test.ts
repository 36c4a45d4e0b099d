/**
 * A slip of the scale word (round xl19: Khaberni's "a deficit of 165.4 trillion Riyals" against every other
 * outlet's 165.4 billion) is one figure misreported, shown as a discrepancy of its own, when the two figures share
 * their digits (three or more, exact), what they count, and sentences that make them one statement. A budget in
 * billions and a line of it in millions, round figures, approximations and figures each confirmed on its own scale
 * stay apart.
 */
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

const DAY = { en1: "2025-12-02", en2: "2025-12-02", en3: "2025-12-02", ar1: "2025-12-02", ar2: "2025-12-02" };

const KHABERNI =
  "Saudi Arabia's overall budget includes total public expenditures of 1.313 trillion Riyals and total revenues of 1.147 trillion Riyals with a deficit of 165.4 trillion Riyals.";
const ALBAYAN = "وأقر المجلس النفقات العامة بمبلغ 1.31 تريليون ريال، والإيرادات العامة بـ 1.147 تريليون ريال، فيما قدر العجز عند 165.4 مليار ريال.";
const ALJAZEERA = "وتتوقع المملكة عجزا بمقدار 165.4 مليار ريال بميزانيتها لعام 2026.";

const budget = (source: string, sentence: string, deficit: string, value: number): Claim[] => [
  quantity(source, sentence, "1.313 trillion", 1.313e12, "sar"),
  quantity(source, sentence, "1.147 trillion", 1.147e12, "sar"),
  quantity(source, sentence, deficit, value, "sar"),
];
const albayan = (): Claim[] => [
  quantity("ar1", ALBAYAN, "1.31 تريليون", 1.31e12, "sar"),
  quantity("ar1", ALBAYAN, "1.147 تريليون", 1.147e12, "sar"),
  quantity("ar1", ALBAYAN, "165.4 مليار", 165.4e9, "sar"),
];

const slips = (claims: Claim[]): string[] => summary(run(claims, DAY), claims).filter((s) => s.startsWith("discrepancy")).sort();

describe("a figure whose scale word slipped", () => {
  it.each<[string, () => Claim[], string[]]>([
    [
      "165.4 trillion against 165.4 billion, the sentences sharing the revenue's 1.147 trillion",
      () => [...budget("en1", KHABERNI, "165.4 trillion", 165.4e12), ...albayan(), quantity("ar2", ALJAZEERA, "165.4 مليار", 165.4e9, "sar")],
      ["discrepancy sar: 165400000000 165400000000 165400000000000"],
    ],
    [
      "in one language, two sentences of like words",
      () => [
        quantity("en1", "The kingdom expects a deficit of 165.4 trillion riyals in 2026, the finance ministry said.", "165.4 trillion", 165.4e12, "sar"),
        quantity("en2", "The kingdom expects a deficit of 165.4 billion riyals in 2026, the ministry of finance said.", "165.4 billion", 165.4e9, "sar"),
      ],
      ["discrepancy sar: 165400000000000 165400000000"],
    ],
    [
      "a counted noun: 1.23 million voters against 1.23 billion",
      () => [
        quantity("en1", "The commission said 1.23 billion voters cast their ballots in the runoff on Sunday.", "1.23 billion", 1.23e9, "voter"),
        quantity("en2", "The election commission said 1.23 million voters cast ballots in Sunday's runoff.", "1.23 million", 1.23e6, "voter"),
      ],
      ["discrepancy voter: 1230000000 1230000"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    const groups = run(claims, DAY);
    expect(slips(claims)).toEqual(expected);
    const slip = groups.find((g) => g.note?.includes("scale differs"));
    expect(slip?.verdict).toBe("discrepancy");
  });
});

describe("figures a thousand times apart that are two figures", () => {
  it.each<[string, () => Claim[]]>([
    [
      "a budget in billions and a line of it in millions, in two articles' different sentences",
      () => [
        quantity("en1", "The cabinet approved a budget of 165.4 billion riyals for 2026.", "165.4 billion", 165.4e9, "sar"),
        quantity("en2", "Spending on rural water projects will reach 165.4 million riyals next year, the minister of agriculture said.", "165.4 million", 165.4e6, "sar"),
      ],
    ],
    [
      "an article that gives both figures",
      () => [
        quantity("en1", "The 2026 budget is 165.4 billion riyals, the finance ministry said.", "165.4 billion", 165.4e9, "sar"),
        quantity("en2", "The 2026 budget is 165.4 billion riyals, the finance ministry said.", "165.4 billion", 165.4e9, "sar"),
        quantity("en2", "The 2026 budget of the health ministry is 165.4 million riyals, the finance ministry said.", "165.4 million", 165.4e6, "sar"),
      ],
    ],
    [
      "round figures: 2 billion and 2 million",
      () => [
        quantity("en1", "The kingdom expects a deficit of 2 billion riyals in 2026, the finance ministry said.", "2 billion", 2e9, "sar"),
        quantity("en2", "The kingdom expects a deficit of 2 million riyals in 2026, the finance ministry said.", "2 million", 2e6, "sar"),
      ],
    ],
    [
      "an approximation",
      () => [
        quantity("en1", "The kingdom expects a deficit of about 165.4 trillion riyals in 2026, the finance ministry said.", "about 165.4 trillion", 165.4e12, "sar", "approx"),
        quantity("en2", "The kingdom expects a deficit of 165.4 billion riyals in 2026, the finance ministry said.", "165.4 billion", 165.4e9, "sar"),
      ],
    ],
    [
      "each scale confirmed by another outlet",
      () => [
        quantity("en1", "The kingdom expects a deficit of 165.4 billion riyals in 2026, the finance ministry said.", "165.4 billion", 165.4e9, "sar"),
        quantity("en2", "The kingdom expects a deficit of 165.4 billion riyals in 2026, the ministry of finance said.", "165.4 billion", 165.4e9, "sar"),
        quantity("en3", "The kingdom expects a deficit of 165.4 million riyals in 2026, the finance ministry said.", "165.4 million", 165.4e6, "sar"),
        quantity("ar1", "وتتوقع المملكة عجزا بمقدار 165.4 مليون ريال في 2026.", "165.4 مليون", 165.4e6, "sar"),
        quantity("ar2", "وتتوقع المملكة عجزا بمقدار 165.4 مليون ريال لعام 2026.", "165.4 مليون", 165.4e6, "sar"),
      ],
    ],
    [
      "digits written out, no scale word",
      () => [
        quantity("en1", "The kingdom expects a deficit of 165,400 riyals in 2026, the finance ministry said.", "165,400", 165400, "sar"),
        quantity("en2", "The kingdom expects a deficit of 165.4 million riyals in 2026, the finance ministry said.", "165.4 million", 165.4e6, "sar"),
      ],
    ],
  ])("%s", (_name, make) => {
    const claims = make();
    const groups = run(claims, DAY);
    expect(groups.filter((g) => g.note?.includes("scale differs"))).toEqual([]);
  });
});
