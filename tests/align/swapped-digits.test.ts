import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { quantity, run, summary } from "./helpers.js";

// A figure retyped with two neighbouring digits swapped (674 and 647) is one figure mistyped, even where the two
// sentences share too few words to pair the figures and each article gives another figure of the unit.
describe("two specific figures whose digits differ by one swap of neighbours", () => {
  const DAY = { ar1: "2025-12-16", ar2: "2025-12-16" };
  const AR1A = "أصدر الرئيس عفوا يقضي بالإفراج عن 2014 سجينا.";
  const AR1B = "كما أسدى تعليماته بتمتيع 674 سجينا إضافيا بالسراح الشرطي طبقا للتراتيب.";
  const AR2A = "منح الرئيس عفوا لصالح 2014 سجينا اليوم.";
  const AR2B = "وأشار البيان إلى أنه أمر بمنح الإفراج المشروط لـ 647 سجينا آخرين.";
  it.each<[string, () => Claim[], string[]]>([
    [
      "674 against 647 detainees",
      () => [
        quantity("ar1", AR1A, "2014", 2014, "detainee"),
        quantity("ar1", AR1B, "674", 674, "detainee"),
        quantity("ar2", AR2A, "2014", 2014, "detainee"),
        quantity("ar2", AR2B, "647", 647, "detainee"),
      ],
      ["agree detainee: 2014 2014", "discrepancy detainee: 674 647"],
    ],
    [
      "digits moved further apart are another figure",
      () => [
        quantity("ar1", AR1A, "2014", 2014, "detainee"),
        quantity("ar1", AR1B, "674", 674, "detainee"),
        quantity("ar2", AR2A, "2014", 2014, "detainee"),
        quantity("ar2", AR2B.replace("647", "476"), "476", 476, "detainee"),
      ],
      ["agree detainee: 2014 2014"],
    ],
    [
      "where the other article gives the figure too, that is its counterpart",
      () => [
        quantity("ar1", AR1A, "2014", 2014, "detainee"),
        quantity("ar1", AR1B, "674", 674, "detainee"),
        quantity("ar2", AR2A.replace("2014", "674"), "674", 674, "detainee"),
        quantity("ar2", AR2B, "647", 647, "detainee"),
      ],
      ["agree detainee: 674 674"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, DAY), claims).sort()).toEqual(expected.sort());
  });
});

// A swap next to a zero moves a figure beyond the ratio any misreading reaches (190 and 109, 1.74×): in sentences
// that already make the two one statement (one ministry bulletin's deaths by province), it is still one figure.
describe("a swap next to a zero in one statement", () => {
  const DAY = { ar1: "2023-09-09", ar2: "2023-09-09" };
  const LIST = "أنه تم تسجيل 290 وفاة بإقليم الحوز، و190 وفاة بإقليم تارودانت، و89 وفاة بإقليم شيشاوة، و30 وفاة بإقليم ورزازات.";
  const list = (source: string, sentence: string, figures: number[]): Claim[] => figures.map((v) => quantity(source, sentence, String(v), v, "killed"));
  it.each<[string, () => Claim[], string[]]>([
    [
      "190 against 109 deaths in one province",
      () => [...list("ar1", LIST, [290, 190, 89, 30]), ...list("ar2", LIST.replace("190", "109"), [290, 109, 89, 30])],
      ["agree killed: 290 290", "agree killed: 89 89", "agree killed: 30 30", "discrepancy killed: 190 109"],
    ],
    [
      "a figure as far off but no swap is another figure",
      () => [...list("ar1", LIST, [290, 190, 89, 30]), ...list("ar2", LIST.replace("190", "110"), [290, 110, 89, 30])],
      ["agree killed: 290 290", "agree killed: 89 89", "agree killed: 30 30"],
    ],
    [
      "a swapped figure in a sentence of another event stays apart",
      () => [
        ...list("ar1", LIST, [290, 190, 89, 30]),
        ...list("ar2", "وفي حادث منفصل لقي 109 عمال مناجم حتفهم الشهر الماضي في انهيار منجم للفحم شرق البلاد.", [109]),
      ],
      [],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, DAY), claims).sort()).toEqual(expected.sort());
  });
});

// «49 – 50 درجة» and «(49- 50) درجة»: one range written by both articles agrees; it is no pair of approximations.
describe("one range given by two articles", () => {
  const range = (c: Claim, min: number, max: number): Claim => ({ ...c, qualifier: "range", min, max, value: (min + max) / 2 });
  it.each<[string, () => Claim[], string[]]>([
    [
      "the same range agrees",
      () => [
        range(quantity("ar1", "نبه المركز من موجة حارة تصل إلى 49 – 50 درجة مئوية على المدينة المنورة.", "49 – 50", 49.5, "celsius"), 49, 50),
        range(quantity("ar2", "تشمل ارتفاعا في درجات الحرارة من (49- 50) درجة مئوية على العيص وخيبر.", "49- 50", 49.5, "celsius"), 49, 50),
      ],
      ["agree celsius: 49.5 49.5"],
    ],
    [
      "overlapping ranges stay compatible",
      () => [
        range(quantity("ar1", "نبه المركز من موجة حارة تصل إلى 49 – 50 درجة مئوية على المدينة المنورة.", "49 – 50", 49.5, "celsius"), 49, 50),
        range(quantity("ar2", "تشمل ارتفاعا في درجات الحرارة من (48- 50) درجة مئوية على العيص وخيبر.", "48- 50", 49, "celsius"), 48, 50),
      ],
      ["compatible celsius: 49.5 49"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims, { ar1: "2024-06-17", ar2: "2024-06-17" }), claims)).toEqual(expected);
  });
});

// A count of a noun no unit list knows, read through the glossary in the other language («حركة» and "movements"):
// given to four significant digits or more, a swap of neighbouring digits is one figure mistyped there too.
describe("two exact counts of one glossed noun whose digits differ by one swap", () => {
  const AR = (n: string) => `وقد توزعت حركة الطائرات في المطار خلال الربع الثالث وفق التالي: ${n} حركة طائرات في شهر يوليو.`;
  const EN = "It had 22,598 aircraft movements in the month of July.";
  // Each article also gives the quarter's total, so that neither monthly count is the only one of its noun.
  const AR_TOTAL = "خلال هذه الفترة الزمنية، أبلغ المطار عن 67,285 حركة للطائرات، بزيادة قدرها 24.48% عن العام السابق.";
  const EN_TOTAL = "During the period the airport also reported 67,285 aircraft movements, which is a 24.48% increase compared to the previous year.";
  const pair = (arText: string, arValue: number, arNoun = "حركه"): Claim[] => [
    quantity("ar1", AR_TOTAL, "67,285", 67285, "~حركه"),
    quantity("ar1", AR(arText), arText, arValue, `~${arNoun}`),
    quantity("en1", EN_TOTAL, "67,285", 67285, "~movements"),
    quantity("en1", EN, "22,598", 22598, "~movements"),
  ];
  it.each<[string, () => Claim[], string[]]>([
    ["the same count in both languages", () => pair("22,598", 22598), ["agree : 67285 67285", "agree : 22598 22598"]],
    ["22,958 against 22,598 aircraft movements", () => pair("22,958", 22958), ["agree : 67285 67285", "discrepancy : 22958 22598"]],
    ["digits moved further apart are another figure", () => pair("22,859", 22859), ["agree : 67285 67285"]],
    ["a count of another noun is another figure", () => pair("22,958", 22958, "حقيبه"), ["agree : 67285 67285"]],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims), claims).sort()).toEqual(expected.sort());
  });

  it("a swap in a count of three significant digits is left to the context", () => {
    const claims = [
      quantity("ar1", "كما ارتفع عدد حركة الطائرات إلى 279.000 حركة، مسجلاً زيادة بنسبة 10 %.", "279.000", 279000, "~حركه"),
      quantity("en1", "Aircraft movements surged by 10% to 297,000 movements.", "297,000", 297000, "~movements"),
    ];
    expect(summary(run(claims), claims)).toEqual([]);
  });
});
