/** The named party a figure belongs to, and what it lets two articles' figures meet on. */
import { describe, expect, it } from "vitest";
import { anchorOf } from "../../src/core/align/anchors.js";
import { en } from "../../src/core/lang/en/index.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { quantity, run, summary } from "./helpers.js";

describe("the party of a figure", () => {
  it.each<[string, string, string | undefined]>([
    ["Iraq's target falls to 4.22 million bpd.", "4.22 million", "iraq"],
    ["Saudi Arabia, the group's de facto leader, will account for more than 1 million barrels a day.", "more than 1 million", "saudi arabia"],
    // Another figure between the name and this one: the name is that figure's.
    ["Saudi Arabia will shoulder 1.1 million bpd, lowering its target to 8.98 million bpd.", "8.98 million", undefined],
    // Weekdays and months are capitalised but no party; a capitalised function word is none either.
    ["On Monday the group agreed to cut 2 million bpd.", "2 million", undefined],
    ["The cut of 2 million bpd starts in January.", "2 million", undefined],
    // An appositive or a relative clause between commas after the name is passed, with its figures and names.
    ["The Dawn Alliance, which ran as List 104 and drew much of its support from young voters, won 29.", "29", "dawn alliance"],
    ["The Dawn Alliance, a new movement led by veterans of the 2019 protests, won 29 seats.", "29", "dawn alliance"],
    // A clause between commas that opens with no determiner or relative is no appositive.
    ["The Dawn Alliance, founded in 2019, won 29 seats.", "29", undefined],
  ])("%s", (sentence, text, expected) => {
    expect(anchorOf(quantity("en-wire", sentence, text, 1, "barrel"), en)).toBe(expected);
  });

  it("is not read in a script without capitals", () => {
    expect(anchorOf(quantity("ar-daily", "وينخفض الإنتاج المستهدف للعراق إلى 4.22 مليون برميل يوميا.", "4.22 مليون", 4220000, "barrel"), ar)).toBeUndefined();
  });
});

describe("figures of one party in two articles", () => {
  // Each article gives other figures in barrels too: neither figure is the only one of its unit.
  const wire = (iraq: string, value: number) => [
    quantity("en-wire", "Saudi Arabia will shoulder 1.1 million bpd of the reduction, lowering its target to 8.98 million bpd.", "1.1 million", 1100000, "barrel"),
    quantity("en-wire", `${iraq}'s target falls to 4.22 million bpd.`, "4.22 million", value, "barrel"),
  ];
  const us = [
    quantity("en-us", "The group agreed to cut output by 2 million barrels a day.", "2 million", 2000000, "barrel"),
    quantity("en-us", "Iraq's new ceiling is 4.32 million barrels a day, according to delegates.", "4.32 million", 4320000, "barrel"),
  ];
  it("set against each other when each article gives one for the party", () => {
    const claims = [...wire("Iraq", 4220000), ...us];
    expect(summary(run(claims), claims)).toContain("discrepancy barrel: 4320000 4220000");
  });
  it("not set against each other when far apart in value (two sets of one party)", () => {
    const claims = [
      quantity("en-a", "Israel will release 1,000 detainees from Gaza arrested after October 8.", "1,000", 1000, "detainee"),
      quantity("en-a", "Nine hostages will be freed in exchange for 110 prisoners sentenced to life.", "110", 110, "detainee"),
      quantity("en-b", "Israel's justice ministry said 737 Palestinian prisoners and detainees would be released.", "737", 737, "detainee"),
      quantity("en-b", "Hamas said 30 prisoners would be released for every hostage freed.", "30", 30, "detainee"),
    ];
    expect(summary(run(claims), claims).filter((g) => g.startsWith("discrepancy"))).toEqual([]);
  });
  it("kept apart for different parties", () => {
    const claims = [...wire("Kuwait", 4220000), ...us];
    expect(summary(run(claims), claims).filter((g) => g.includes("4320000"))).toEqual([]);
  });
});

describe("the largest figure of a unit in each article", () => {
  it("is a headline total for a toll, not for prisoners in an exchange", () => {
    const claims = [
      quantity("en-a", "Ninety Palestinian prisoners were released early on Monday, the prison service said.", "Ninety", 90, "detainee"),
      quantity("en-a", "Hamas has stated that for every hostage freed, 30 Palestinian prisoners will be released.", "30", 30, "detainee"),
      quantity("en-b", "Nine sick hostages will be freed in exchange for 110 Palestinian prisoners sentenced to life.", "110", 110, "detainee"),
      quantity("en-b", "The deal lists 12 prisoners by name.", "12", 12, "detainee"),
    ];
    expect(summary(run(claims, { "en-a": "2025-01-20", "en-b": "2025-01-20" }), claims).filter((g) => g.startsWith("discrepancy"))).toEqual([]);
  });
});
