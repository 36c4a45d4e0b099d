import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { en } from "../../src/core/lang/en/index.js";
import { countedShareOf } from "../../src/core/align/countedShare.js";
import { quantity, run, summary } from "./helpers.js";

/** One sentence's share counted and the two candidates' shares, as claims of `source`. */
function snapshot(source: string, sentence: string, counted: [string, number], first: [string, number], second: [string, number]): Claim[] {
  return [counted, first, second].map(([text, value]) => quantity(source, sentence, text, value, "percent"));
}

// Figures of a count still running, given at two stages of the count, are two snapshots, not a contradiction.
describe("snapshots of a running count meet only their own stage", () => {
  it("three stages of the count: no discrepancy", () => {
    const claims = [
      ...snapshot("a", "With 88.4 percent of the votes counted, electoral officials said Ruiz had 52.3 percent of the votes, compared to 47.7 percent for Vega.", ["88.4 percent", 88.4], ["52.3 percent", 52.3], ["47.7 percent", 47.7]),
      ...snapshot("b", "With 97% of the votes counted, electoral officials said Ruiz had 52.1%, compared to 47.9% for Vega.", ["97%", 97], ["52.1%", 52.1], ["47.9%", 47.9]),
      ...snapshot("c", "With 96% of the votes counted, electoral officials said Ruiz had 52.2% of the votes, compared to 47.8% for Vega.", ["96%", 96], ["52.2%", 52.2], ["47.8%", 47.8]),
    ];
    expect(summary(run(claims), claims)).toEqual([]);
  });

  it("the same stage of the count: still a discrepancy", () => {
    const claims = [
      ...snapshot("a", "With 88.4 percent of the votes counted, electoral officials said Ruiz had 52.3 percent of the votes, compared to 47.7 percent for Vega.", ["88.4 percent", 88.4], ["52.3 percent", 52.3], ["47.7 percent", 47.7]),
      ...snapshot("b", "With 97% of the votes counted, electoral officials said Ruiz had 52.1%, compared to 47.9% for Vega.", ["97%", 97], ["52.1%", 52.1], ["47.9%", 47.9]),
      ...snapshot("c", "With 97% of the votes counted, electoral officials said Ruiz had 52.4% of the votes, compared to 47.6% for Vega.", ["97%", 97], ["52.4%", 52.4], ["47.6%", 47.6]),
    ];
    expect(summary(run(claims), claims)).toEqual(["discrepancy percent: 47.9 47.6", "discrepancy percent: 52.1 52.4", "agree percent: 97 97"]);
  });

  it.each<[string, string, number | undefined]>([
    ["With 88.42 percent of the votes counted, Ruiz had 52.29 percent.", "52.29 percent", 88.42],
    ["Ruiz led with 52per cent, with nearly 90per cent of ballot boxes counted.", "52per cent", 90],
    ["Ruiz had 61% with 80% of precincts reporting.", "61%", 80],
    ["After around 91 percent of the votes were counted, Ruiz got a good 52 percent.", "52 percent", 91],
    // A share of the vote in a place is no share counted.
    ["Ruiz won 52% of the vote in the capital, officials said.", "52%", undefined],
  ])("reads the share counted: %s", (sentence, text, expected) => {
    expect(countedShareOf(quantity("x", sentence, text, 1, "percent"), en)).toBe(expected);
  });
});
