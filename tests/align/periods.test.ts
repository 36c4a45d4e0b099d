import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// Grealish's move to Manchester City (5 August 2021): one outlet gave his Premier League goals of two seasons,
// another his goals of eight seasons at Villa. Each article's only figure of goals, of one day, used to be set
// against the other's as one count misreported (14 vs 32 goals).
describe("tallies over different spans of time are not one figure", () => {
  const EURO = "In two seasons, the Englishman scored 14 goals and made 16 assists while playing in the highest tier of English football.";
  const SKY = "Pep Guardiola has been a long-time admirer of Grealish with the player leaving Villa having made 213 appearances over the course of eight seasons, scoring 32 goals.";
  const SKY_SAME = "The player leaving Villa scored 19 goals in two seasons in the top flight.";
  const SKY_NONE = "The player leaving Villa scored 32 goals in the top flight.";
  const DAY = { euro: "2021-08-05", sky: "2021-08-05" };
  it.each<[string, () => Claim[], string[]]>([
    [
      "two seasons against eight seasons",
      () => [
        quantity("euro", EURO, "two", 2, "season"),
        quantity("euro", EURO, "14", 14, "goal"),
        quantity("sky", SKY, "eight", 8, "season"),
        quantity("sky", SKY, "32", 32, "goal"),
      ],
      [],
    ],
    [
      "the same span of time leaves the two one count",
      () => [
        quantity("euro", EURO, "two", 2, "season"),
        quantity("euro", EURO, "14", 14, "goal"),
        quantity("sky", SKY_SAME, "two", 2, "season"),
        quantity("sky", SKY_SAME, "19", 19, "goal"),
      ],
      ["discrepancy goal: 14 19"],
    ],
    [
      "a sentence with no span of time leaves them compared as before",
      () => [
        quantity("euro", EURO, "two", 2, "season"),
        quantity("euro", EURO, "14", 14, "goal"),
        quantity("sky", SKY_NONE, "32", 32, "goal"),
      ],
      ["discrepancy goal: 14 32"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    const groups = run(claims, DAY).filter((g) => g.unit === "goal");
    expect(summary(groups, claims).sort()).toEqual(expected.sort());
  });
});
