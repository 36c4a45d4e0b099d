import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import { conceptOf } from "../../src/core/align/glossary.js";
import { quantity, run, summary } from "./helpers.js";

describe("glossary: words of both languages under one concept", () => {
  it.each<[string, "ar" | "en", string | undefined]>([
    ["هدنه", "ar", "truce"],
    // The dead as some outlets name them: martyrs.
    ["شهداء", "ar", "killed"],
    // A vote's districts, polling centres and stations.
    ["دواير", "ar", "constituency"],
    ["districts", "en", "constituency"],
    ["محطات", "ar", "station"],
    ["stations", "en", "station"],
    ["مراكز", "ar", "epicentre"],
    ["centers", "en", "epicentre"],
    ["martyrs", "en", "killed"],
    ["هدن", "ar", "truce"],
    // Clitics and endings the forms need not spell out: "and the talks", "its age".
    ["مفاوضات", "ar", "talks"],
    ["عمرها", "ar", "age"],
    ["تضخم", "ar", "inflation"],
    ["talks", "en", "talks"],
    ["truces", "en", "truce"],
    ["negotiated", "en", "talks"],
    ["inflation", "en", "inflation"],
    // An epidemic's and an oil market's words.
    ["حالات", "ar", "disease-case"],
    ["cases", "en", "disease-case"],
    ["اشتباه", "ar", "suspected"],
    ["suspected", "en", "suspected"],
    ["جرعه", "ar", "dose"],
    ["doses", "en", "dose"],
    ["لقاح", "ar", "vaccine"],
    ["vaccination", "en", "vaccine"],
    ["انتاج", "ar", "production"],
    ["output", "en", "production"],
    // Trade figures: «الصادرات غير النفطية» are non-oil exports, «نمت» grew, «النصف الأول» the first half.
    ["النفطيه", "ar", "oil"],
    ["التجاره", "ar", "trade"],
    ["trade", "en", "trade"],
    ["نمت", "ar", "growth"],
    ["النصف", "ar", "half"],
    ["half", "en", "half"],
    ["reduce", "en", "cut"],
    ["quota", "en", "target"],
    ["حصه", "ar", "target"],
    ["عالمي", "ar", "world"],
    ["global", "en", "world"],
    // A heatwave's and a budget's words.
    ["الحراره", "ar", "temperature"],
    ["temperatures", "en", "temperature"],
    ["الصيف", "ar", "summer"],
    ["summer", "en", "summer"],
    ["الموجه", "ar", "wave"],
    ["waves", "en", "wave"],
    ["تشكيل", "ar", "formation"],
    ["form", "en", "formation"],
    ["عجزا", "ar", "deficit"],
    ["deficit", "en", "deficit"],
    ["فايض", "ar", "surplus"],
    ["الناتج", "ar", "gdp"],
    ["gdp", "en", "gdp"],
    ["المصروفات", "ar", "spending"],
    ["expenditure", "en", "spending"],
    ["subsidies", "en", "subsidy"],
    // A trial's and a river accident's words.
    ["سجن", "ar", "prison"],
    ["jailed", "en", "prison"],
    ["غرامه", "ar", "fine"],
    ["fined", "en", "fine"],
    ["الطعن", "ar", "appeal"],
    ["appeal", "en", "appeal"],
    ["متهمين", "ar", "defendant"],
    ["defendants", "en", "defendant"],
    ["اختلاس", "ar", "embezzlement"],
    ["embezzling", "en", "embezzlement"],
    ["معديه", "ar", "ferry"],
    ["ferry", "en", "ferry"],
    ["جثث", "ar", "body"],
    ["bodies", "en", "body"],
    // An airport's year: its travellers, aircraft movements and bags.
    ["مسافرين", "ar", "passenger"],
    ["travellers", "en", "passenger"],
    ["حركه", "ar", "traffic"],
    ["movements", "en", "traffic"],
    ["حقايب", "ar", "baggage"],
    ["luggage", "en", "baggage"],
    // Words with no single news sense are left out.
    ["house", "en", undefined],
    ["ان", "ar", undefined],
  ])("%s (%s) → %s", (stem, lang, concept) => {
    expect(conceptOf(stem, lang === "ar" ? ar : en)).toBe(concept);
  });

  it("every concept is listed in both languages", () => {
    const ids = (l: typeof ar) => new Set(l.align!.concepts.map(([id]) => id));
    const a = ids(ar);
    const e = ids(en);
    expect([...a].filter((id) => !e.has(id))).toEqual([]);
    // "united-nations" has only multi-word Arabic forms ("الأمم المتحدة"), which word-by-word context cannot use.
    expect([...e].filter((id) => !a.has(id))).toEqual(["united-nations"]);
  });
});

// Each article also gives another figure of the unit elsewhere, about something else, so that neither figure
// is the only one of its unit in its article (which would align on its own).
const EN_OTHER = "Exports rose 30% and the festival lasted 4 days.";
const AR_OTHER = "وتراجعت الواردات 25% واستمر المهرجان 3 أيام.";

describe("an Arabic and an English article giving one figure the same way agree through their words", () => {
  const EN_INFLATION = "Annual urban inflation slowed to 12% in March, the statistics agency said.";
  const AR_INFLATION = "وتراجع معدل التضخم السنوي في الحضر إلى 12% في مارس، بحسب جهاز الإحصاء.";
  const EN_TRUCE = "Mediators said the army and the rebels had agreed to a 10-day humanitarian truce after talks in Jeddah.";
  const AR_TRUCE = "وقال الوسطاء إن الجيش والمتمردين اتفقوا بعد مفاوضات في جدة على هدنة إنسانية مدتها عشرة أيام.";

  it.each<[string, () => Claim[], string[]]>([
    [
      "a percentage of inflation",
      () => [quantity("en", EN_INFLATION, "12%", 12, "percent"), quantity("en", EN_OTHER, "30%", 30, "percent"), quantity("ar", AR_INFLATION, "12%", 12, "percent"), quantity("ar", AR_OTHER, "25%", 25, "percent")],
      ["agree percent: 12 12"],
    ],
    [
      "the length of a truce",
      () => [quantity("en", EN_TRUCE, "10", 10, "day"), quantity("en", EN_OTHER, "4", 4, "day"), quantity("ar", AR_TRUCE, "عشرة", 10, "day"), quantity("ar", AR_OTHER, "3", 3, "day")],
      ["agree day: 10 10"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims), claims)).toEqual(expected);
  });

  it("words alone never set two different figures against each other across languages", () => {
    // The seven days are the talks', the ten the truce's: the sentences share words, not what the figures measure.
    const AR_SEVEN = "وقال الوسطاء إن الجيش والمتمردين اتفقوا بعد مفاوضات استمرت سبعة أيام في جدة على هدنة إنسانية.";
    const claims = [quantity("en", EN_TRUCE, "10", 10, "day"), quantity("ar", AR_SEVEN, "سبعة", 7, "day")];
    expect(run(claims)).toEqual([]);
  });

  it("the only turnout in each article is one figure, whatever else the sentences say", () => {
    const claims = [
      quantity("en-a", "Sisi won a second, four-year term with more than 97% of the vote in last week's election, with turnout of 41.5%.", "41.5%", 41.5, "percent"),
      quantity("en-b", "The head of the authority said at a press conference that turnout was 41.05 percent of the almost 60 million registered voters.", "41.05 percent", 41.05, "percent"),
    ];
    expect(summary(run(claims), claims)).toEqual(["discrepancy percent: 41.5 41.05"]);
  });

  it("the only length of a truce in each article is one figure, in any language", () => {
    const AR_SEVEN = "وقال الوسطاء إن الجيش والمتمردين اتفقوا بعد مفاوضات في جدة على هدنة إنسانية مدتها سبعة أيام.";
    const claims = [quantity("en", EN_TRUCE, "10", 10, "day"), quantity("ar", AR_SEVEN, "سبعة", 7, "day")];
    expect(summary(run(claims), claims)).toEqual(["discrepancy day: 7 10"]);
  });

  it("a wave alone is the heatwave: the only length of each article's is one figure, in any language", () => {
    const EN_HEAT = "The heatwave is expected to last three more days, the meteorological authority said.";
    const arHeat = (n: string) => `فيما توقعت هيئة الأنواء الجوية استمرار الموجة ${n} أيام أخرى مع رياح جنوبية شرقية رطبة.`;
    const same = [quantity("en", EN_HEAT, "three", 3, "day"), quantity("ar", arHeat("ثلاثة"), "ثلاثة", 3, "day")];
    expect(summary(run(same), same)).toEqual(["agree day: 3 3"]);
    const other = [quantity("en", EN_HEAT, "three", 3, "day"), quantity("ar", arHeat("أربعة"), "أربعة", 4, "day")];
    expect(summary(run(other), other)).toEqual(["discrepancy day: 4 3"]);
  });

  it("the time to form a government: the only one in each article is one figure, in any language", () => {
    const EN_FORM = "Under Article 76 of the Constitution, the largest bloc nominates the prime minister, who then has 30 days to form a cabinet.";
    const arForm = (n: string) => `وبموجب المادة ٧٦ من الدستور، تكلف الكتلة النيابية الأكثر عددا بتشكيل الحكومة خلال ${n} يوما من تاريخ التكليف.`;
    const same = [quantity("en", EN_FORM, "30", 30, "day"), quantity("ar", arForm("٣٠"), "٣٠", 30, "day")];
    expect(summary(run(same), same)).toEqual(["agree day: 30 30"]);
    const other = [quantity("en", EN_FORM, "30", 30, "day"), quantity("ar", arForm("٤٠"), "٤٠", 40, "day")];
    expect(summary(run(other), other)).toEqual(["discrepancy day: 40 30"]);
  });

  it("the word for what is counted does not count as shared context", () => {
    const claims = [
      quantity("en", "Only 14 passengers.", "14", 14, "passenger"),
      quantity("en", "Another 30 passengers waited.", "30", 30, "passenger"),
      quantity("ar", "14 راكباً فقط.", "14", 14, "passenger"),
      quantity("ar", "وانتظر 25 راكباً آخرون.", "25", 25, "passenger"),
    ];
    expect(run(claims)).toEqual([]);
  });
});

describe("in one language the glossary joins synonyms, for one figure given the same way", () => {
  const A = "The central bank cut its overnight deposit rate to 19 per cent, surprising analysts.";
  const B = "Egypt's central bank lowered the overnight deposit rate to 19%, a bigger move than economists had forecast.";
  const OTHER_A = "Exports rose 30% and the festival lasted 4 days.";
  const OTHER_B = "Imports fell 25% over the summer.";
  it.each<[string, () => Claim[], string[]]>([
    [
      "cut and lowered, analysts and economists",
      () => [quantity("a", A, "19", 19, "percent"), quantity("a", OTHER_A, "30%", 30, "percent"), quantity("b", B, "19%", 19, "percent"), quantity("b", OTHER_B, "25%", 25, "percent")],
      ["agree percent: 19 19"],
    ],
    [
      "but not two different rates",
      () => [quantity("a", A, "19", 19, "percent"), quantity("a", OTHER_A, "30%", 30, "percent"), quantity("b", B.replace("19%", "17%"), "17%", 17, "percent"), quantity("b", OTHER_B, "25%", 25, "percent")],
      [],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims), claims)).toEqual(expected);
  });
});

describe("a court gives each defendant his own term: the role named before a term tells the terms apart", () => {
  // Each article gives two terms, so neither is the only prison term of its article.
  const EN_HEAD = "The court sentenced the former director of the ports authority to 12 years in prison on Monday.";
  const EN_DEPUTY = "His deputy, Khaled Nasser, was sentenced to six years.";
  const AR_HEAD = "وقضت المحكمة بسجن المدير السابق لهيئة الموانئ 12 عاما.";
  const AR_DEPUTY = (n: string) => `وبسجن نائبه خالد ناصر ${n} سنوات.`;
  const EN_HEAD_DEPUTY = "The court sentenced the former director of the ports authority to 12 years and his deputy to six years.";
  it.each<[string, () => Claim[], string[]]>([
    [
      "the same terms, English and Arabic",
      () => [
        quantity("en", EN_HEAD, "12", 12, "year"),
        quantity("en", EN_DEPUTY, "six", 6, "year"),
        quantity("ar", AR_HEAD, "12", 12, "year"),
        quantity("ar", AR_DEPUTY("ست"), "ست", 6, "year"),
      ],
      ["agree year: 12 12", "agree year: 6 6"],
    ],
    [
      "the deputy's term differs, the head's agrees",
      () => [
        quantity("en", EN_HEAD, "12", 12, "year"),
        quantity("en", EN_DEPUTY, "six", 6, "year"),
        quantity("ar", AR_HEAD, "12", 12, "year"),
        quantity("ar", AR_DEPUTY("ثماني"), "ثماني", 8, "year"),
      ],
      ["agree year: 12 12", "discrepancy year: 8 6"],
    ],
    [
      "two roles in one English sentence, each term read with the nearest",
      () => [
        quantity("en", EN_HEAD_DEPUTY, "12", 12, "year"),
        quantity("en", EN_HEAD_DEPUTY, "six", 6, "year"),
        quantity("ar", AR_HEAD, "12", 12, "year"),
        quantity("ar", AR_DEPUTY("ست"), "ست", 6, "year"),
      ],
      ["agree year: 12 12", "agree year: 6 6"],
    ],
    [
      "no role named: terms are not set against each other",
      () => [
        quantity("en", "The court sentenced one defendant to 12 years in prison on Monday.", "12", 12, "year"),
        quantity("en", "Another was sentenced to six years.", "six", 6, "year"),
        quantity("ar", "وقضت المحكمة بسجن أحد المتهمين 12 عاما.", "12", 12, "year"),
        quantity("ar", "وبسجن متهم آخر ثماني سنوات.", "ثماني", 8, "year"),
      ],
      ["agree year: 12 12"],
    ],
    [
      "one role named before two terms tells neither apart",
      () => [
        quantity("en", "The court sentenced the former director to 12 years in prison, and his deputy was fined.", "12", 12, "year"),
        quantity("en", "The former director was also sentenced to six years for fraud.", "six", 6, "year"),
        quantity("ar", "وقضت المحكمة بسجن المدير السابق 12 عاما.", "12", 12, "year"),
        quantity("ar", "وقضت بسجن المدير أيضا ثماني سنوات.", "ثماني", 8, "year"),
      ],
      ["agree year: 12 12"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims), claims).sort()).toEqual([...expected].sort());
  });
});

describe("a term prosecutors or lawyers asked for is not the term handed down", () => {
  const A_TERM = "The judge sentenced the founder to 25 years in prison.";
  const A_SOUGHT = "Prosecutors had sought a sentence of as much as 50 years.";
  const B_ASKED = "His lawyers had asked for just six years in prison.";
  it.each<[string, () => Claim[], string[]]>([
    [
      "the terms handed down differ, beside the terms asked for",
      () => [
        quantity("a", A_TERM, "25", 25, "year"),
        quantity("a", A_SOUGHT, "50", 50, "year"),
        quantity("b", "He was jailed for 24 years on Thursday.", "24", 24, "year"),
        quantity("b", B_ASKED, "six", 6, "year"),
      ],
      ["discrepancy year: 25 24"],
    ],
    [
      "a term asked for is never set against the other article's term handed down",
      () => [
        quantity("a", "Prosecutors had sought a sentence of 30 years.", "30", 30, "year"),
        quantity("a", A_TERM, "25", 25, "year"),
        quantity("b", "He was jailed for 25 years on Thursday.", "25", 25, "year"),
      ],
      ["agree year: 25 25"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims), claims).sort()).toEqual([...expected].sort());
  });
});

describe("a counted noun the glossary knows meets its counterpart in the other language", () => {
  const EN = "The WHO has set up 120 oral rehydration points across the province.";
  it.each<[string, string, string, string, string[]]>([
    ["points / نقطة (singular after a figure)", "ورفعت المنظمة عدد نقاط الإماهة الفموية في المحافظة إلى 120 نقطة.", "120", "~نقطه", ["agree : 120 120"]],
    ["points / نقاط (plural)", "وأقامت المنظمة 120 من نقاط الإماهة الفموية في المحافظة.", "120", "~نقاط", ["agree : 120 120"]],
    ["but not a noun of another concept", "وأقامت المنظمة 120 خيمة في المحافظة.", "120", "~خيمه", []],
  ])("%s", (_name, ar, text, noun, expected) => {
    const claims = [quantity("en", EN, "120", 120, "~points"), quantity("ar", ar, text, 120, noun)];
    expect(summary(run(claims), claims)).toEqual(expected);
  });
});

describe("one figure given the same way in a long Arabic and a short English sentence: only words that can meet are compared", () => {
  // Each article gives another share elsewhere, so that neither figure is the only one of its unit.
  const EN_OTHER2 = "Exports rose 30% over the summer.";
  const AR_OTHER2 = "وتراجعت الواردات 25% خلال الصيف.";
  it.each<[string, string, string, string, string, number, string[]]>([
    [
      "a deficit expected this year",
      "The deficit is expected at 8.3% of GDP this year, the finance ministry said.",
      "8.3%",
      "وتستهدف الحكومة عجزا كليا بنسبة 5.9 بالمئة من الناتج المحلي الإجمالي، مقارنة مع 8.3 بالمئة متوقعة للعام المالي الحالي.",
      "8.3 بالمئة",
      8.3,
      ["agree percent: 8.3 8.3"],
    ],
    [
      "but sentences that share no concept do not agree",
      "Women won 31 percent of the seats in parliament.",
      "31 percent",
      "وقال الجيش إن 31% من الطلاب نجحوا هذا الأسبوع في الامتحان.",
      "31%",
      31,
      [],
    ],
    [
      "nor does one shared concept on a side, too thin to agree on",
      "The army said it lasted 31 percent longer.",
      "31 percent",
      "وقال الجيش إن 31% من الطلاب نجحوا هذا الأسبوع في الامتحان.",
      "31%",
      31,
      [],
    ],
  ])("%s", (_name, en, enText, ar, arText, value, expected) => {
    const claims = [
      quantity("en", en, enText, value, "percent"),
      quantity("en", EN_OTHER2, "30%", 30, "percent"),
      quantity("ar", ar, arText, value, "percent"),
      quantity("ar", AR_OTHER2, "25%", 25, "percent"),
    ];
    expect(summary(run(claims), claims)).toEqual(expected);
  });
});

// A company's results and a waterway's traffic: a percentage (generic, so it needs its words to meet) given the
// same way in an Arabic and an English article meets through profit, dividends, the canal, transits, tonnage.
describe("words of company results and canal traffic meet across languages", () => {
  const OTHER_EN = "Separately, the index closed 30% higher on the year.";
  const OTHER_AR = "وفي سياق منفصل، أغلق المؤشر مرتفعا 25% على أساس سنوي.";
  it.each<[string, string, string, number]>([
    ["canal revenues", "The Suez Canal's revenues declined by around 40% in the first 11 days of 2024, the authority's chairman said.", "وقال ربيع إن هناك 40% تراجعًا في عائدات قناة السويس منذ 2024.", 40],
    ["transits and tonnage", "Transits through the canal fell 30% and tonnage dropped 41%.", "وتراجع عبور السفن في القناة 30% والحمولات 41%.", 41],
    ["a company's net profit", "Aramco's net profit fell about 4.6%.", "وتراجع صافي ربح أرامكو 4.6%.", 4.6],
    ["dividends", "Aramco cut the dividends it pays out of profits by roughly 98%.", "وخفضت أرامكو توزيعات الأرباح 98%.", 98],
    ["a contraction", "Iran's economy is projected to shrink by about 1.7% this year.", "ومن المتوقع أن يسجل اقتصاد إيران انكماشا بنسبة 1.7% هذا العام.", 1.7],
  ])("%s", (_name, enSentence, arSentence, value) => {
    const enText = enSentence.match(/(about |around |roughly )?[\d.]+%/)![0];
    const arText = arSentence.includes(`${value}%`) ? `${value}%` : String(value);
    const claims = [
      quantity("en", enSentence, enText, value, "percent", enText.includes(" ") ? "approx" : undefined, 1),
      quantity("en", OTHER_EN, "30%", 30, "percent"),
      quantity("ar", arSentence, arText, value, "percent"),
      quantity("ar", OTHER_AR, "25%", 25, "percent"),
    ];
    const groups = summary(run(claims), claims);
    expect(groups.filter((g) => g.includes(` ${value} `) || g.endsWith(` ${value}`)).length).toBe(1);
  });
});

// Storms and floods, aircraft orders (round eighteen): a count given the same way in an Arabic and an English
// article meets through the flood, the storm, the dams, the maker and the order, not only through the unit.
describe("words of floods and aircraft orders meet across languages", () => {
  it.each<[string, "ar" | "en", string | undefined]>([
    ["فيضانات", "ar", "flood"],
    ["سيول", "ar", "flood"],
    ["flooding", "en", "flood"],
    ["عاصفه", "ar", "storm"],
    ["storm", "en", "storm"],
    ["امطار", "ar", "rain"],
    ["rainfall", "en", "rain"],
    ["سدين", "ar", "dam"],
    ["dams", "en", "dam"],
    ["اخري", "ar", "other"],
    ["elsewhere", "en", "other"],
    ["بوينج", "ar", "boeing"],
    ["بوينغ", "ar", "boeing"],
    ["boeing", "en", "boeing"],
    ["طلبيه", "ar", "order"],
    ["orders", "en", "order"],
    ["شراء", "ar", "purchase"],
    ["دبي", "ar", "dubai"],
    // «سد» alone is also a verb (to block, to settle a debt): no dam.
    ["سد", "ar", undefined],
  ])("%s (%s) → %s", (stem, lang, concept) => {
    expect(conceptOf(stem, lang === "ar" ? ar : en)).toBe(concept);
  });

  const EN_OTHER3 = "Separately, the company said 12 of its ships were idle.";
  const AR_OTHER3 = "وفي سياق منفصل، قالت الشركة إن 14 من سفنها متوقفة.";
  it.each<[string, string, string, string, string, number, string]>([
    [
      "a sister airline's jet order",
      "Sister airline flyDubai placed an order for 30 Boeing Dreamliners.",
      "30",
      "وأعلنت شركة فلاي دبي طلبية لشراء 30 طائرة بوينغ دريملاينر.",
      "30",
      30,
      "aircraft",
    ],
  ])("%s", (_name, enSentence, enText, arSentence, arText, value, unit) => {
    const claims = [
      quantity("en", enSentence, enText, value, unit),
      quantity("en", EN_OTHER3, "12", 12, unit),
      quantity("ar", arSentence, arText, value, unit, arText.includes(" ") ? "approx" : undefined),
      quantity("ar", AR_OTHER3, "14", 14, unit),
    ];
    const groups = summary(run(claims), claims);
    expect(groups.filter((g) => g.includes(` ${value} `) || g.endsWith(` ${value}`)).length).toBe(1);
  });
});
