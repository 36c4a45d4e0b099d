import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { inGroupUnits } from "../../src/core/align/conversions.js";
import { shownAsWritten } from "../../src/core/format.js";
import { quantity, run, summary } from "./helpers.js";

// Figures of one dimension written in two units are compared once converted, held to the rounding the
// converted figure shows; figures written in one unit are still compared as written.
describe("figures of convertible units are compared in one base unit", () => {
  const truce = (source: string, text: string) => `The truce will last ${text}, the mediators said on Thursday.`;
  const truceAr = (text: string) => `وقال الوسطاء إن الهدنة تستمر ${text} بحسب الاتفاق.`;
  const fire = (text: string) => `The fire has burned ${text} of pine forest since Sunday, the forestry ministry said.`;
  const quake = (text: string) => `The epicentre was ${text} east of the city, the geological survey said.`;
  const heat = (text: string) => `Temperatures reached ${text} in the city on Monday, the weather service said.`;
  const hike = (text: string) => `The central bank raised its main rate by ${text} on Thursday, the bank said.`;
  const eps = (text: string) => `Analysts had expected adjusted earnings of ${text} per share for the fourth quarter.`;
  it.each<[string, () => Claim[], string[]]>([
    [
      "six weeks and 42 days",
      () => [quantity("a", truce("a", "six weeks"), "six", 6, "week"), quantity("b", truce("b", "42 days"), "42", 42, "day")],
      ["compatible day: 6 42"],
    ],
    [
      "ستة أسابيع and ٤٢ يوما",
      () => [quantity("ar1", truceAr("ستة أسابيع"), "ستة", 6, "week"), quantity("ar2", truceAr("٤٢ يوما"), "٤٢", 42, "day")],
      ["compatible day: 6 42"],
    ],
    [
      "six weeks twice still agree as written",
      () => [quantity("a", truce("a", "six weeks"), "six", 6, "week"), quantity("b", truce("b", "six weeks"), "six", 6, "week")],
      ["agree week: 6 6"],
    ],
    [
      "30,000 acres and more than 12,000 hectares",
      () => [quantity("a", fire("30,000 acres"), "30,000", 30000, "acre"), quantity("b", fire("more than 12,000 hectares"), "more than 12,000", 12000, "ha", "over", 1000)],
      ["compatible ha: 30000 12000"],
    ],
    [
      "17 miles and 28 km",
      () => [quantity("a", quake("17 miles"), "17", 17, "mile"), quantity("b", quake("28 km"), "28", 28, "km")],
      ["compatible km: 17 28"],
    ],
    [
      "100 miles is no rounding of 120 km",
      () => [quantity("a", quake("100 miles"), "100", 100, "mile"), quantity("b", quake("120 km"), "120", 120, "km")],
      ["discrepancy km: 100 120"],
    ],
    [
      "120 mph and 193 km/h",
      () => [quantity("a", heat("120 mph").replace("Temperatures", "Winds"), "120", 120, "mph"), quantity("b", heat("193 km/h").replace("Temperatures", "Winds"), "193", 193, "kmh")],
      ["compatible kmh: 120 193"],
    ],
    [
      // A storm story gives winds at landfall and hours later, gusts here and there: speeds are generic, so the
      // only speeds of two articles are not set against each other on the unit alone.
      "two speeds a storm story gives at different times",
      () => [
        quantity("a", "Zeta had weakened into a tropical storm with maximum sustained winds of 60 mph.", "60", 60, "mph"),
        quantity("b", "Maximum sustained winds were recorded at 50 mph, which could still cause gusts in eastern North Carolina.", "50", 50, "mph"),
      ],
      [],
    ],
    [
      "109F and 43C",
      () => [quantity("a", heat("109F"), "109", 109, "fahrenheit"), quantity("b", heat("43C"), "43", 43, "celsius")],
      ["compatible celsius: 109 43"],
    ],
    [
      "100F against 43C",
      () => [quantity("a", heat("100F"), "100", 100, "fahrenheit"), quantity("b", heat("43C"), "43", 43, "celsius")],
      ["discrepancy celsius: 100 43"],
    ],
    [
      "25 basis points and 0.25 percentage point",
      () => [quantity("a", hike("25 basis points"), "25", 25, "basis-point"), quantity("b", hike("0.25 percentage point"), "0.25", 0.25, "percentage-point")],
      ["compatible percentage-point: 25 0.25"],
    ],
    [
      "50 basis points against 0.4 percentage point",
      () => [quantity("a", hike("50 basis points"), "50", 50, "basis-point"), quantity("b", hike("0.4 percentage point"), "0.4", 0.4, "percentage-point")],
      ["discrepancy percentage-point: 50 0.4"],
    ],
    // A currency's subunit is the currency to the last cent: an exact figure, not a writer's rounding.
    [
      "89 cents and $0.89 a share agree",
      () => [quantity("a", eps("89 cents"), "89", 89, "usd-cent"), quantity("b", eps("$0.89"), "$0.89", 0.89, "usd")],
      ["agree usd: 89 0.89"],
    ],
    [
      "84 cents against $0.85 a share",
      () => [quantity("a", eps("84 cents"), "84", 84, "usd-cent"), quantity("b", eps("$0.85"), "$0.85", 0.85, "usd")],
      ["discrepancy usd: 84 0.85"],
    ],
    [
      "50 pence and £0.50",
      () => [quantity("a", eps("50 pence").replace("Analysts", "Brokers"), "50", 50, "gbp-penny"), quantity("b", eps("£0.50").replace("Analysts", "Brokers"), "£0.50", 0.5, "gbp")],
      ["agree gbp: 50 0.5"],
    ],
    [
      "an article that gives both units: each figure meets its own unit's",
      () => [
        quantity("a", quake("about 28 km (17 miles)"), "about 28", 28, "km", "approx"),
        quantity("a", quake("about 28 km (17 miles)"), "17", 17, "mile"),
        quantity("b", quake("17 miles"), "17", 17, "mile"),
        quantity("c", quake("28 km"), "28", 28, "km"),
      ],
      ["agree mile: 17 17", "compatible km: 28 28"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims), claims).sort()).toEqual(expected);
  });
});

// A figure written with decimals and a scale word is rounded to its last written digit.
describe("a figure written with decimals and a scale word is held to its rounding", () => {
  const cost = (text: string) => `The ministry said the programme would cost ${text} over three years.`;
  const costAr = (text: string) => `وقالت الوزارة إن تكلفة البرنامج تبلغ ${text} على مدى ثلاث سنوات.`;
  it.each<[string, () => Claim[], string[]]>([
    [
      "2,634 million dollars and $2.63 billion",
      () => [quantity("a", cost("2,634 million dollars"), "2,634 million", 2634e6, "usd"), quantity("b", cost("$2.63 billion"), "$2.63 billion", 2.63e9, "usd")],
      ["compatible usd: 2634000000 2630000000"],
    ],
    [
      "«2٫63 مليار دولار» and 2,634 million dollars",
      () => [quantity("ar", costAr("2٫63 مليار دولار"), "2٫63 مليار", 2.63e9, "usd"), quantity("b", cost("2,634 million dollars"), "2,634 million", 2634e6, "usd")],
      ["compatible usd: 2630000000 2634000000"],
    ],
    [
      "$2.63 billion twice agree",
      () => [quantity("a", cost("$2.63 billion"), "$2.63 billion", 2.63e9, "usd"), quantity("b", cost("$2.63 billion"), "$2.63 billion", 2.63e9, "usd")],
      ["agree usd: 2630000000 2630000000"],
    ],
    [
      "1.2 billion and 1,200 million agree",
      () => [quantity("a", cost("$1.2 billion"), "$1.2 billion", 1.2e9, "usd"), quantity("b", cost("1,200 million dollars"), "1,200 million", 1.2e9, "usd")],
      ["agree usd: 1200000000 1200000000"],
    ],
    [
      "$2.63 billion against $2.64 billion",
      () => [quantity("a", cost("$2.63 billion"), "$2.63 billion", 2.63e9, "usd"), quantity("b", cost("$2.64 billion"), "$2.64 billion", 2.64e9, "usd")],
      ["discrepancy usd: 2630000000 2640000000"],
    ],
    // One written to a finer digit than the other is the same figure when it rounds to the other.
    [
      "«276.6 مليار ريال» and «276.61 مليار ريال»",
      () => [quantity("ar1", costAr("276.6 مليار ريال"), "276.6 مليار", 276.6e9, "sar"), quantity("ar2", costAr("276.61 مليار ريال"), "276.61 مليار", 276.61e9, "sar")],
      ["compatible sar: 276600000000 276610000000"],
    ],
    [
      "«1111.8 مليار ريال» and «1.11 تريليون ريال»",
      () => [quantity("ar1", costAr("1111.8 مليار ريال"), "1111.8 مليار", 1111.8e9, "sar"), quantity("ar2", costAr("1.11 تريليون ريال"), "1.11 تريليون", 1.11e12, "sar")],
      ["compatible sar: 1111800000000 1110000000000"],
    ],
    [
      "«276.6 مليار ريال» against «276.71 مليار ريال»",
      () => [quantity("ar1", costAr("276.6 مليار ريال"), "276.6 مليار", 276.6e9, "sar"), quantity("ar2", costAr("276.71 مليار ريال"), "276.71 مليار", 276.71e9, "sar")],
      ["discrepancy sar: 276600000000 276710000000"],
    ],
    [
      "2,645 million is beyond $2.63 billion's rounding",
      () => [quantity("a", cost("2,645 million dollars"), "2,645 million", 2645e6, "usd"), quantity("b", cost("$2.63 billion"), "$2.63 billion", 2.63e9, "usd")],
      ["discrepancy usd: 2645000000 2630000000"],
    ],
    // A whole number of at least ten before a scale word is held to the scale's unit.
    [
      "«125 مليون جنيه» and «125 مليون و79 ألف جنيه»",
      () => [quantity("ar1", costAr("125 مليون جنيه"), "125 مليون", 125e6, "egp"), quantity("ar2", costAr("125 مليون و79 ألف جنيه"), "125 مليون و79 ألف", 125079e3, "egp")],
      ["compatible egp: 125000000 125079000"],
    ],
    [
      "$150 million and 150,400,000 dollars",
      () => [quantity("a", cost("$150 million"), "$150 million", 150e6, "usd"), quantity("b", cost("150,400,000 dollars"), "150,400,000", 150.4e6, "usd")],
      ["compatible usd: 150000000 150400000"],
    ],
    // Below ten, a whole number before a scale word is held to a tenth of the scale.
    [
      "$8 billion and $8.05 billion",
      () => [quantity("a", cost("$8 billion"), "$8 billion", 8e9, "usd"), quantity("b", cost("$8.05 billion"), "$8.05 billion", 8.05e9, "usd")],
      ["compatible usd: 8000000000 8050000000"],
    ],
    [
      "«125 مليون جنيه» against «126 مليون جنيه»",
      () => [quantity("ar1", costAr("125 مليون جنيه"), "125 مليون", 125e6, "egp"), quantity("ar2", costAr("126 مليون جنيه"), "126 مليون", 126e6, "egp")],
      ["discrepancy egp: 125000000 126000000"],
    ],
    // A figure written out in parts down to a scale word is held to that scale's unit.
    [
      "«125 مليونا و779 ألف جنيه» and the court's «125 مليوناً و779 ألفاً و237 جنيهاً»",
      () => [
        quantity("ar1", costAr("125 مليونا و779 ألف جنيه"), "125 مليونا و779 ألف", 125779e3, "egp"),
        quantity("ar2", costAr("125 مليوناً و779 ألفاً و237 جنيهاً"), "125 مليوناً و779 ألفاً و237", 125779237, "egp"),
      ],
      ["compatible egp: 125779000 125779237"],
    ],
    [
      "«125 مليونا و797 ألف جنيه» against «125 مليوناً و779 ألفاً و237 جنيهاً»",
      () => [
        quantity("ar1", costAr("125 مليونا و797 ألف جنيه"), "125 مليونا و797 ألف", 125797e3, "egp"),
        quantity("ar2", costAr("125 مليوناً و779 ألفاً و237 جنيهاً"), "125 مليوناً و779 ألفاً و237", 125779237, "egp"),
      ],
      ["discrepancy egp: 125797000 125779237"],
    ],
    [
      "«125 مليون جنيه» against «125 مليونا و779 ألف جنيه», beyond its rounding",
      () => [quantity("ar1", costAr("125 مليون جنيه"), "125 مليون", 125e6, "egp"), quantity("ar2", costAr("125 مليونا و779 ألف جنيه"), "125 مليونا و779 ألف", 125779e3, "egp")],
      ["discrepancy egp: 125000000 125779000"],
    ],
    // Two figures each held to its rounding but written to different steps: the coarser is a rounding of the
    // finer when the finer lies within it (outlets round one budget figure each their own way).
    [
      "1.31 trillion riyals and 1.313 trillion riyals",
      () => [quantity("a", cost("1.31 trillion riyals"), "1.31 trillion", 1.31e12, "sar"), quantity("b", cost("1.313 trillion riyals"), "1.313 trillion", 1.313e12, "sar")],
      ["compatible sar: 1310000000000 1313000000000"],
    ],
    [
      "«1.15 تريليون ريال» and 1.147 trillion riyals",
      () => [quantity("ar", costAr("1.15 تريليون ريال"), "1.15 تريليون", 1.15e12, "sar"), quantity("b", cost("1.147 trillion riyals"), "1.147 trillion", 1.147e12, "sar")],
      ["compatible sar: 1150000000000 1147000000000"],
    ],
    [
      "«165 مليار ريال» and «165.4 مليار ريال»",
      () => [quantity("ar1", costAr("165 مليار ريال"), "165 مليار", 165e9, "sar"), quantity("ar2", costAr("165.4 مليار ريال"), "165.4 مليار", 165.4e9, "sar")],
      ["compatible sar: 165000000000 165400000000"],
    ],
    [
      "$150 million and $150.4 million",
      () => [quantity("a", cost("$150 million"), "$150 million", 150e6, "usd"), quantity("b", cost("$150.4 million"), "$150.4 million", 150.4e6, "usd")],
      ["compatible usd: 150000000 150400000"],
    ],
    [
      "1.317 trillion riyals is beyond 1.31 trillion's rounding",
      () => [quantity("a", cost("1.31 trillion riyals"), "1.31 trillion", 1.31e12, "sar"), quantity("b", cost("1.317 trillion riyals"), "1.317 trillion", 1.317e12, "sar")],
      ["discrepancy sar: 1310000000000 1317000000000"],
    ],
    [
      "«166 مليار ريال» against «165.4 مليار ريال»",
      () => [quantity("ar1", costAr("166 مليار ريال"), "166 مليار", 166e9, "sar"), quantity("ar2", costAr("165.4 مليار ريال"), "165.4 مليار", 165.4e9, "sar")],
      ["discrepancy sar: 166000000000 165400000000"],
    ],
    [
      "$2 million is no rounding of $2.4 million",
      () => [quantity("a", cost("$2 million"), "$2 million", 2e6, "usd"), quantity("b", cost("$2.4 million"), "$2.4 million", 2.4e6, "usd")],
      ["discrepancy usd: 2000000 2400000"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims), claims)).toEqual(expected);
  });
});

// A whole percentage of ten or more is held to its unit: "a premium of 48%" is 47.9% rounded (below ten, 2% is
// no rounding of 2.4%, as before).
describe("a whole percentage of ten or more is held to its rounding", () => {
  const premium = (text: string) => `The offer represents a premium of ${text} to the closing price, the company said.`;
  it.each<[string, () => Claim[], string[]]>([
    [
      "48% and 47.9%",
      () => [quantity("a", premium("48%"), "48%", 48, "percent"), quantity("b", premium("47.9%"), "47.9%", 47.9, "percent")],
      ["compatible percent: 48 47.9"],
    ],
    [
      "20 percent and 19.7 percent",
      () => [quantity("a", premium("20 percent"), "20 percent", 20, "percent"), quantity("b", premium("19.7 percent"), "19.7 percent", 19.7, "percent")],
      ["compatible percent: 20 19.7"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims), claims)).toEqual(expected);
  });
});

// claims.json gives the figures of a group written in two units in the group's unit, exactly converted, and
// keeps each one as written beside it; the report shows them as written.
describe("a group's figures written in two units are given in its unit", () => {
  const truce = (text: string) => `The truce will last ${text}, the mediators said on Thursday.`;
  const truceAr = (text: string) => `وقال الوسطاء إن الهدنة تستمر ${text} بحسب الاتفاق.`;
  const fire = (text: string) => `The fire has burned ${text} of pine forest since Sunday, the forestry ministry said.`;
  const heat = (text: string) => `Temperatures reached ${text} in the city on Monday, the weather service said.`;
  /** Each claim as "value unit", then "(written value unit)" when converted. */
  const shown = (c: Claim) => `${String(c.value)} ${c.unit}${c.written ? ` (${String(c.written.value)} ${c.written.unit})` : ""}`;
  it.each<[string, () => Claim[], string[]]>([
    [
      "six weeks beside 42 days is 42 days",
      () => [quantity("a", truce("six weeks"), "six", 6, "week"), quantity("b", truce("42 days"), "42", 42, "day")],
      ["42 day (6 week)", "42 day"],
    ],
    [
      "«ستة أسابيع» beside «٤٢ يوما» is 42 days",
      () => [quantity("ar1", truceAr("ستة أسابيع"), "ستة", 6, "week"), quantity("ar2", truceAr("٤٢ يوما"), "٤٢", 42, "day")],
      ["42 day (6 week)", "42 day"],
    ],
    [
      "30,000 acres beside more than 12,000 hectares is 12,140.57 hectares",
      () => [quantity("a", fire("30,000 acres"), "30,000", 30000, "acre"), quantity("b", fire("more than 12,000 hectares"), "more than 12,000", 12000, "ha", "over", 1000)],
      ["12140.5692672 ha (30000 acre)", "12000 ha"],
    ],
    [
      "109F beside 43C is in Celsius",
      () => [quantity("a", heat("109F"), "109", 109, "fahrenheit"), quantity("b", heat("43C"), "43", 43, "celsius")],
      ["42.7777777778 celsius (109 fahrenheit)", "43 celsius"],
    ],
    // Negatives: figures grouped in the unit they were written in, or in no group, stay as written.
    [
      "six weeks twice stay weeks",
      () => [quantity("a", truce("six weeks"), "six", 6, "week"), quantity("b", truce("six weeks"), "six", 6, "week")],
      ["6 week", "6 week"],
    ],
    ["30,000 acres alone stays acres", () => [quantity("a", fire("30,000 acres"), "30,000", 30000, "acre")], ["30000 acre"]],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    const out = inGroupUnits(claims, run(claims));
    expect(out.map(shown)).toEqual(expected);
    // Shown as written: the claim the article gave, bounds included.
    expect(out.map(shownAsWritten)).toEqual(claims);
  });
});
