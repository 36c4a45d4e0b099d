import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { combinedCoMentions } from "../../src/core/align/mentions.js";
import { date, quantity, run, summary } from "./helpers.js";

describe("weak mentions shared by two sentences add up, once per unit", () => {
  it.each<[string, [string, number][], [string, number][], number]>([
    ["two weak mentions of different units", [["year=5", 0.25], ["~sides=2", 0.25]], [["year=5", 0.25], ["~sides=2", 0.25]], 1 - 0.75 * 0.75],
    ["a day's looser keys are one mention", [["date=2026-11-26", 0.25], ["date=2026-11", 0.25], ["date=--11-26", 0.25]], [["date=2026-11-26", 0.25], ["date=2026-11", 0.25], ["date=--11-26", 0.25]], 0.25],
    ["a hedged figure's two keys are one mention", [["usd=approx:72000000000", 0.7], ["usd=72000000000", 0.7]], [["usd=72000000000", 0.7]], 0.7],
    ["nothing shared", [["year=5", 0.25]], [["year=3", 0.25]], 0],
  ])("%s", (_name, a, b, expected) => {
    expect(combinedCoMentions(new Map(a), new Map(b))).toBeCloseTo(expected, 10);
  });

  // trade-summit: the same forecast in a British and an American paper, each with another percentage elsewhere.
  const UK = "The deal removes tariffs on 93% of goods traded between the two sides and is expected to lift bilateral trade, worth £57bn last year, by 12% within five years of taking effect.";
  const US =
    "The pact eliminates tariffs on 95 percent of goods and, according to British government estimates, will add about $2 billion a year to the British economy and raise trade between the two sides, now worth about $72 billion a year, by 12 percent over five years.";
  const sentence = (source: string, s: string, pct: string, five: string, value = 12) => [
    quantity(source, s, pct, value, "percent"),
    quantity(source, s, five, 5, "year"),
    quantity(source, s, "two sides", 2, "~sides"),
  ];
  it.each<[string, () => Claim[], string]>([
    [
      "12% and 12 percent over five years between the two sides agree",
      () => [
        ...sentence("en-uk", UK, "12%", "five years"),
        quantity("en-uk", "Unions warned that 40% of factory jobs in the Midlands were at risk.", "40%", 40, "percent"),
        ...sentence("en-us", US, "12 percent", "five years"),
        quantity("en-us", "Gulf sovereign funds already own 30 percent of London office space.", "30 percent", 30, "percent"),
      ],
      "agree percent: 12 12",
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, { "en-uk": "2026-11-26", "en-us": "2026-11-26" }), claims)).toContain(expected);
  });

  it("never sets two differing figures against each other on weak mentions alone", () => {
    const claims = [
      ...sentence("en-uk", UK, "12%", "five years"),
      quantity("en-uk", "Unions warned that 40% of factory jobs in the Midlands were at risk.", "40%", 40, "percent"),
      ...sentence("en-us", US.replace("12 percent", "15 percent"), "15 percent", "five years", 15),
      quantity("en-us", "Gulf sovereign funds already own 30 percent of London office space.", "30 percent", 30, "percent"),
    ];
    expect(summary(run(claims, { "en-uk": "2026-11-26", "en-us": "2026-11-26" }), claims).filter((g) => g.includes("percent"))).toEqual([]);
  });
});

// A month named with its year marks one event of the story; the month an article appeared in does not.
describe("a month written with its year agrees across articles", () => {
  const AR = "وأوضح أن الاتفاقية، التي انطلقت مفاوضاتها في يونيو 2022، ستسهم في توفير أكثر من 240 ألف وظيفة في المنطقة.";
  const UK = "Negotiations were launched in June 2022 and stalled twice over procurement and data rules.";
  const US = "The leaders signed the deal at Lancaster House, capping talks that began in June 2022.";
  it.each<[string, () => Claim[], string[]]>([
    [
      "June 2022 in three articles",
      () => [date("ar-gulf", AR, "يونيو 2022", "2022-06"), date("en-uk", UK, "June 2022", "2022-06"), date("en-us", US, "June 2022", "2022-06")],
      ["agree : 2022-06 2022-06 2022-06"],
    ],
    [
      "the month of publication, even with its year, is too common to align on",
      () => [
        date("en-uk", "Gulf exports rose in November 2026, officials said.", "November 2026", "2026-11"),
        date("en-us", "A new shipping lane opened in November 2026 near Jebel Ali.", "November 2026", "2026-11"),
      ],
      [],
    ],
    [
      "a month without its year is too loose",
      () => [date("en-uk", "Negotiations were launched in June and stalled twice over procurement.", "June", "2022-06"), date("en-us", "The leaders met at Lancaster House, capping talks that began in June.", "June", "2022-06")],
      [],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, { "ar-gulf": "2026-11-26", "en-uk": "2026-11-26", "en-us": "2026-11-26" }), claims)).toEqual(expected);
  });
});
