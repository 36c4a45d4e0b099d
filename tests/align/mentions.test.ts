import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { date, quantity, run, summary } from "./helpers.js";

// Sentences that share no words across languages: only the other figures and dates they mention bridge them.
const EN_DEPTH = "The quake hit at a depth of 10 km, about 28 km east of Antakya, the U.S. Geological Survey said.";
const AR_DEPTH = "وكان مركز الزلزال على عمق 10 كيلومترات وعلى بعد 28 كيلومتراً شرق مدينة أنطاكيا.";
const EN_PAST = "It was the strongest quake to hit the region since the February 2023 disaster, in which more than 59,000 people died.";
const AR_PAST = "يذكر أن زلزالين مدمرين ضربا المنطقة في 6 شباط 2023، وأوديا بحياة أكثر من 59 ألف شخص في البلدين.";
// Each article also gives today's toll, so neither past toll is the only one of its article.
const EN_TODAY = "Turkish officials said 1,498 people had died in Turkey.";
const AR_TODAY = "ارتفعت حصيلة ضحايا الزلزال إلى 2317 قتيلاً، بينهم 1498 في تركيا.";
const DAY = { en: "2025-02-04", ar: "2025-02-04" };
const tolls = () => [quantity("en", EN_TODAY, "1,498", 1498, "killed"), quantity("ar", AR_TODAY, "1498", 1498, "killed"), quantity("ar", AR_TODAY, "2317", 2317, "killed")];

describe("a figure or day mentioned with less detail still bridges two sentences", () => {
  it.each<[string, () => Claim[], string[]]>([
    [
      "about 28 km beside 10 km meets 28 km beside 10 km",
      () => [
        quantity("en", EN_DEPTH, "10", 10, "km"),
        quantity("en", EN_DEPTH, "about 28", 28, "km", "approx"),
        quantity("ar", AR_DEPTH, "10", 10, "km"),
        quantity("ar", AR_DEPTH, "28", 28, "km"),
      ],
      ["agree km: 10 10", "compatible km: 28 28"],
    ],
    [
      "February 2023 meets 6 February 2023",
      () => [
        date("en", EN_PAST, "February 2023", "2023-02"),
        quantity("en", EN_PAST, "more than 59,000", 59000, "killed", "over", 1000),
        date("ar", AR_PAST, "6 شباط 2023", "2023-02-06"),
        quantity("ar", AR_PAST, "أكثر من 59 ألف", 59000, "killed", "over", 1000),
        ...tolls(),
      ],
      ["compatible : 2023-02-06 2023-02", "compatible killed: 59000 59000", "agree killed: 1498 1498"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, DAY), claims).sort()).toEqual(expected.sort());
  });

  it("the month alone is too weak to set two different figures against each other", () => {
    const AR_OTHER = "يذكر أن زلزالين مدمرين ضربا المنطقة في 6 شباط 2023، وأوديا بحياة 53 ألف شخص في البلدين.";
    const claims = [
      date("en", EN_PAST, "February 2023", "2023-02"),
      quantity("en", EN_PAST, "more than 59,000", 59000, "killed", "over", 1000),
      date("ar", AR_OTHER, "6 شباط 2023", "2023-02-06"),
      quantity("ar", AR_OTHER, "53 ألف", 53000, "killed"),
      ...tolls(),
    ];
    expect(summary(run(claims, DAY), claims).filter((s) => s.includes("killed"))).toEqual(["agree killed: 1498 1498"]);
  });
});

describe("the only figure of a counted noun in each article", () => {
  const A = "وسجلت منظمات رقابية محلية أكثر من 300 مخالفة خلال يوم الاقتراع، لم تؤثر على سير العملية.";
  const B = "وسجل مركز لمراقبة الانتخابات 312 مخالفة، معظمها يتعلق بالدعاية قرب مراكز الاقتراع.";
  const C = "وسجل مركز لمراقبة الانتخابات 250 مخالفة، معظمها يتعلق بالدعاية قرب مراكز الاقتراع.";
  it.each<[string, () => Claim[], string[]]>([
    ["more than 300 and 312 violations agree", () => [quantity("ar1", A, "أكثر من 300", 300, "~مخالفه", "over", 100), quantity("ar2", B, "312", 312, "~مخالفه")], ["compatible : 300 312"]],
    // Nouns are read less surely than units: being the only ones never makes two figures a discrepancy.
    ["more than 300 and 250 violations stay apart", () => [quantity("ar1", A, "أكثر من 300", 300, "~مخالفه", "over", 100), quantity("ar2", C, "250", 250, "~مخالفه")], []],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims), claims)).toEqual(expected);
  });
});

describe("a bound or approximation in one sentence that contains the other's figure bridges them", () => {
  const GULF = "وبلغت نسبة المشاركة نحو 35 في المئة، إذ أدلى أكثر من 1.7 مليون ناخب بأصواتهم.";
  const DAILY = "وبلغت نسبة الاقتراع 34.7%، بعد أن أدلى 1,756,318 ناخباً بأصواتهم.";
  const TWO_MILLION = "وبلغت نسبة الاقتراع 34.7%، بعد أن أدلى أكثر من مليوني ناخب بأصواتهم.";
  // Each article gives another percentage, about something else, so neither turnout is the only one of its unit.
  const turnouts = () => [
    quantity("ar1", "وارتفعت أسعار الخبز 29 في المئة خلال الصيف.", "29", 29, "percent"),
    quantity("ar2", "وتراجعت صادرات القمح 24 في المئة.", "24", 24, "percent"),
  ];
  it.each<[string, () => Claim[], string[]]>([
    [
      "about 35% beside more than 1.7 million voters meets 34.7% beside 1,756,318 voters",
      () => [
        quantity("ar1", GULF, "نحو 35", 35, "percent", "approx"),
        quantity("ar1", GULF, "أكثر من 1.7 مليون", 1700000, "voter", "over", 100000),
        quantity("ar2", DAILY, "34.7%", 34.7, "percent"),
        quantity("ar2", DAILY, "1,756,318", 1756318, "voter"),
        ...turnouts(),
      ],
      ["compatible percent: 35 34.7", "compatible voter: 1700000 1756318"],
    ],
    [
      "more than 2 million voters does not contain 1.7 million: nothing bridges the turnouts",
      () => [
        quantity("ar1", GULF, "نحو 35", 35, "percent", "approx"),
        quantity("ar1", GULF, "أكثر من 1.7 مليون", 1700000, "voter", "over", 100000),
        quantity("ar2", TWO_MILLION, "34.7%", 34.7, "percent"),
        quantity("ar2", TWO_MILLION, "أكثر من مليوني", 2000000, "voter", "over", 1000000),
        ...turnouts(),
      ],
      ["compatible voter: 1700000 2000000"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims), claims).sort()).toEqual(expected.sort());
  });
});

describe("a round approximation that contains the other sentence's figure says little", () => {
  const RESULTS = "iPhone sales were $44.6 billion, ahead of analysts' expectations of around $40 billion.";
  const MARGIN = "Gross margin improved to $43.72 billion from $39.68 billion.";
  it("around $40 billion taking in $39.68 billion does not set $44.6 billion against $43.72 billion", () => {
    const claims = [
      quantity("a", RESULTS, "$44.6 billion", 44.6e9, "usd"),
      quantity("a", RESULTS, "around $40 billion", 40e9, "usd", "approx", 1e10),
      quantity("b", MARGIN, "$43.72 billion", 43.72e9, "usd"),
      quantity("b", MARGIN, "$39.68 billion", 39.68e9, "usd"),
    ];
    expect(summary(run(claims), claims).filter((g) => g.startsWith("discrepancy"))).toEqual([]);
  });
});

describe("a hedged figure of three digits meets only what its last digit allows", () => {
  // Two budget stories of one day: a health allocation and last year's deficit, each with its dollar conversion.
  const HEALTH = "It allocates SR260 billion ($69 billion) to health and social development and SR201 billion ($54 billion) to education.";
  const DEFICIT = "The expected deficit is 3.3% of GDP, which is less than the deficit estimated to be around 245 billion Riyals ($65.3 billion) in 2025.";
  const DEFICIT_EXACT = "The expected deficit is 3.3% of GDP, which is less than the deficit estimated to be around 260 billion Riyals ($65.3 billion) in 2025.";
  it.each<[string, string, string, number, string[]]>([
    ["around 245 billion riyals does not take in SR260 billion: $69 billion stays apart from $65.3 billion", DEFICIT, "around 245 billion", 245e9, []],
    ["around 260 billion riyals still meets SR260 billion", DEFICIT_EXACT, "around 260 billion", 260e9, ["discrepancy usd: 69000000000 65300000000"]],
  ])("%s", (_name, sentence, written, value, expected) => {
    const claims = [
      quantity("a", HEALTH, "SR260 billion", 260e9, "sar"),
      quantity("a", HEALTH, "$69 billion", 69e9, "usd"),
      quantity("a", HEALTH, "$54 billion", 54e9, "usd"),
      quantity("b", sentence, written, value, "sar", "approx", 1e9),
      quantity("b", sentence, "$65.3 billion", 65.3e9, "usd"),
    ];
    expect(summary(run(claims), claims).filter((g) => g.startsWith("discrepancy"))).toEqual(expected);
  });
});
