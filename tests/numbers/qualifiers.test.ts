import { describe, expect, it } from "vitest";
import { mention, numbers, phrase } from "./helpers.js";

describe("percent", () => {
  it.each([
    ["ar", "تم إغلاق 75 في المئة من الحدود", "75 في المئة", 75],
    ["ar", "تم إغلاق 75 في المائة من الحدود", "75 في المائة", 75],
    ["ar", "ارتفعت الأسعار 30 بالمئة", "30 بالمئة", 30],
    ["ar", "ارتفعت الأسعار 30 بالمائة", "30 بالمائة", 30],
    ["ar", "قامت فرنسا بنسبة 12٪ من الضربات", "12٪", 12],
    ["ar", "قامت فرنسا بنسبة 12% من الضربات", "12%", 12],
    ["ar", "احتمال وقوع حادث عشرين في المئة", "عشرين في المئة", 20],
    ["ar", "تحتاج فقط سالب خمسة بالمائة", "سالب خمسة بالمائة", -5],
    ["ar", "كان يطلب نسبة ٢١٠.", "٢١٠", 210],
    ["en", "Shares fell 12% on Monday", "12%", 12],
    ["en", "Shares fell 12 percent on Monday", "12 percent", 12],
    ["en", "Shares fell 12 per cent on Monday", "12 per cent", 12],
    // British and South Asian papers' "pc", glued or apart.
    ["en", "welcoming 52.7 million passengers, a 15pc increase compared to 2023", "15pc", 15],
    ["en", "Local passenger traffic grew by 16 pc, surpassing transfer traffic", "16 pc", 16],
    ["en", "twenty percent of voters", "twenty percent", 20],
    ["en", "just need minus five percent", "minus five percent", -5],
  ] as const)("%s: %s", (lang, text, written, value) => {
    const m = mention(lang, text, written);
    expect(m.value).toBe(value);
    expect(m.percent).toBe(true);
  });

  it.each([
    ["en", "Unemployment rose 0.3 percentage points", "0.3"],
    ["en", "It has 5 percentage points of lead", "5"],
  ] as const)("%s: percentage points are not percent: %s", (lang, text, written) => {
    expect(mention(lang, text, written).percent).toBe(false);
  });

  it("spans a range that shares the percent sign", () => {
    const m = mention("en", "Support fell to 20-30% in the polls", "20-30%");
    expect([m.value, m.upper, m.percent]).toEqual([20, 30, true]);
  });
});

describe("qualifiers", () => {
  it.each([
    ["ar", "نفذ أكثر من 127 طلعة", "127", "over", "أكثر من 127"],
    ["ar", "اوقع اكثر من 240 الف قتيل", "240 الف", "over", "اكثر من 240 الف"],
    ["ar", "ودمرت ما يربو عن 8 آلاف منشأة", "8 آلاف", "over", "ما يربو عن 8 آلاف"],
    ["ar", "بقيت في الجو لمدة تجاوزت 8 ساعات", "8", "over", "تجاوزت 8"],
    ["ar", "قتل ما يزيد على 300 شخص", "300", "over", "ما يزيد على 300"],
    ["ar", "أصيب ما لا يقل عن 50 شخصا", "50", "atLeast", "ما لا يقل عن 50"],
    ["ar", "أصيب 50 شخصا على الأقل", "50", "atLeast", "50 شخصا على الأقل"],
    ["ar", "يحق لمن بلغ 18 عاما فأكثر", "18", "atLeast", "18 عاما فأكثر"],
    ["ar", "أعمارهم أقل من 18 عاما", "18", "under", "أقل من 18"],
    ["ar", "يصل عدد العمال حتى 700 عامل", "700", "atMost", "حتى 700"],
    ["ar", "تخطط لخفض ما يصل إلى 700 عامل", "700", "atMost", "ما يصل إلى 700"],
    ["ar", "يسيطرون على قرابة 70 في المئة من الأراضي", "70 في المئة", "approx", "قرابة 70 في المئة"],
    ["ar", "يبلغ نحو 60 ألف شخص", "60 ألف", "approx", "نحو 60 ألف"],
    ["ar", "قامت بنحو 4 آلاف طلعة", "4 آلاف", "approx", "بنحو 4 آلاف"],
    ["ar", "قتل حوالي 30 شخصا", "30", "approx", "حوالي 30"],
    ["ar", "قتل زهاء 30 شخصا", "30", "approx", "زهاء 30"],
    ["ar", "قتل ما يقرب من 30 شخصا", "30", "approx", "ما يقرب من 30"],
    ["ar", "قتل 30 شخصا تقريبا", "30", "approx", "30 شخصا تقريبا"],
    ["en", "20 people or more were hurt", "20", "atLeast", "20 people or more"],
    ["ar", "وصل أقل بقليل من 30 شخصا", "30", "nearly", "أقل بقليل من 30"],
    ["ar", "قتل أزيد من 300 شخص", "300", "over", "أزيد من 300"],
    ["ar", "درجة الحرارة فوق 40 درجة", "40", "over", "فوق 40"],
    ["ar", "الأطفال دون 18 عاما", "18", "under", "دون 18"],
    ["ar", "ستستغرق العملية 6 أشهر على الأكثر", "6", "atMost", "6 أشهر على الأكثر"],
    ["ar", "قتل نحوا من 30 شخصا", "30", "approx", "نحوا من 30"],
    ["ar", "قتل حوالى 30 شخصا", "30", "approx", "حوالى 30"],
    ["ar", "شارك ما يقارب 300 جندي", "300", "approx", "ما يقارب 300"],
    ["en", "upwards of 5,000 troops", "5,000", "over", "upwards of 5,000"],
    ["en", "incomes exceeding 150 dollars", "150", "over", "exceeding 150"],
    ["en", "temperatures below 170 degrees", "170", "under", "below 170"],
    ["en", "approximately 300 troops", "300", "approx", "approximately 300"],
    ["en", "close to 300 troops", "300", "nearly", "close to 300"],
    ["en", "More than 240,000 people have died", "240,000", "over", "More than 240,000"],
    ["en", "in excess of 5,000 troops", "5,000", "over", "in excess of 5,000"],
    ["en", "At least 12 people died", "12", "atLeast", "At least 12"],
    ["en", "no fewer than 30 people", "30", "atLeast", "no fewer than 30"],
    ["en", "fewer than a thousand pandas", "a thousand", "under", "fewer than a thousand"],
    ["en", "cut up to 700 contract workers", "700", "atMost", "up to 700"],
    ["en", "as many as 700 workers", "700", "atMost", "as many as 700"],
    ["en", "Some 5,000 fighters joined", "5,000", "approx", "Some 5,000"],
    ["en", "an estimated 5,000 fighters", "5,000", "approx", "an estimated 5,000"],
    ["en", "roughly 5,000 fighters", "5,000", "approx", "roughly 5,000"],
    ["en", "nearly 2 million people", "2 million", "nearly", "nearly 2 million"],
    ["en", "just under 2 million people", "2 million", "nearly", "just under 2 million"],
    ["en", "five hundred or more products", "five hundred", "atLeast", "five hundred or more"],
    ["en", "about five hundred or less", "five hundred", "atMost", "about five hundred or less"],
    ["en", "more than 5000 or equal to it", "5000", "atLeast", "more than 5000 or equal to"],
    ["en", "x>10 holds", "10", "over", ">10"],
    ["en", "y < = 100 holds", "100", "atMost", "< = 100"],
    // A currency sign written with letters ("E£", "US$") stands between the qualifier and the figure like "$".
    ["en", "The pound trades at about E£51 to the dollar.", "51", "approx", "about E£51"],
    ["en", "Oil sold for nearly US$90 a barrel.", "90", "nearly", "nearly US$90"],
  ] as const)("%s: %s", (lang, text, written, qualifier, around) => {
    const m = mention(lang, text, written);
    expect(m.qualifier).toBe(qualifier);
    if (qualifier) expect(phrase(text, m)).toBe(around);
  });

  it("reads words after the number, right after it or after its noun, but not two words away", () => {
    expect(mention("ar", "أصيب 50 على الأقل", "50").qualifier).toBe("atLeast");
    expect(mention("ar", "قتل 30 تقريبا", "30").qualifier).toBe("approx");
    expect(mention("ar", "أصيب 50 شخصا في الهجوم على الأقل", "50").qualifier).toBeUndefined();
  });

  it("keeps a bound after a pronoun that stands for no figure", () => {
    expect(mention("ar", "قتل في الهجوم عدد كبير من الأشخاص، وهو أكثر من 100 شخص بحسب الشهود.", "100").qualifier).toBe("over");
    expect(mention("en", "The death toll, which is more than 100, is expected to rise.", "100").qualifier).toBe("over");
  });

  it.each([
    ["ar", "طائرات حلقت فوق سوريا لمدة 8 ساعات", "8"],
    ["en", "Jets flew over Syria for 8 hours", "8"],
    // A figure that moved: "up" belongs to the verb, not to a bound.
    ["en", "The jobless rate edged up to 5.1% in May", "5.1%"],
    ["en", "Prices shot up to 90 cents a litre", "90"],
    ["en", "Inflation crept up to 3.4 percent", "3.4 percent"],
    ["en", "US consumer inflation picks up to 2.7% as tariff scrutiny grows", "2.7%"],
    ["en", "Inflation picked up to 3.1 percent in January", "3.1 percent"],
    ["en", "Boeing ramped up to 38 jets a month", "38"],
    // A headline drops the verb after a tally: the toll has risen to 51.
    ["en", "India landslide toll up to 51", "51"],
    // "up to" followed by "from" and another figure, past an aside in brackets, is where the figure moved.
    ["en", "Net income was up to $8.72 billion ($1.67 per share) from $7.80 billion", "8.72 billion"],
    ["en", "Profit was up to $5 billion from $4 billion a year earlier", "5 billion"],
    ["en", "Some of the 12 victims were children", "12"],
    ["ar", "تتجاوز مساحتها 500 كيلومتر مربع", "500"],
    // A pronoun for the figure just before: the bound compares it with this one, which is exact.
    ["ar", "نفقات بقيمة 1.31 تريليون ريال (نحو 349.7 مليار دولار) وهو أقل من 1.33 تريليون ريال المقدر للعام 2025.", "1.33 تريليون"],
    ["ar", "وتتوقع المملكة عجزا بمقدار 165.4 مليار ريال بميزانيتها لعام 2026، وهو ما يقل عن 245 مليار ريال.", "245 مليار"],
    ["en", "Spending was set at $1.31 trillion, which is less than $1.33 trillion estimated for 2025.", "1.33 trillion"],
  ] as const)("%s: a qualifier word not right before the number does not count: %s", (lang, text, written) => {
    expect(mention(lang, text, written).qualifier).toBeUndefined();
  });

  it.each([
    ["en", "The number equals 20.", "20"],
    ["en", "exactly 20 people", "20"],
    ["ar", "الرقم يساوي 20.", "20"],
  ] as const)("%s: marks an insisted exact figure: %s", (lang, text, written) => {
    const m = mention(lang, text, written);
    expect(m.exact).toBe(true);
    expect(m.qualifier).toBeUndefined();
  });
});

describe("ranges", () => {
  it.each([
    ["ar", "يتراوح العدد بين 20 و 30 شخصا", 20, 30, "بين 20 و 30"],
    ["ar", "قتل بين 20 و30 شخصا", 20, 30, "بين 20 و30"],
    ["ar", "قتل ما بين عشرين وثلاثين شخصا", 20, 30, "ما بين عشرين وثلاثين"],
    ["ar", "قتل من 20 إلى 30 شخصا", 20, 30, "من 20 إلى 30"],
    ["ar", "قتل 20 - 30 شخصا", 20, 30, "20 - 30"],
    ["ar", "نطاق العدد هو 1000-5000", 1000, 5000, "1000-5000"],
    ["ar", "قتل بين 20 و30 ألف شخص", 20000, 30000, "بين 20 و30 ألف"],
    ["ar", "يرتب بين عشرة و خمسة عشر", 10, 15, "بين عشرة و خمسة عشر"],
    ["ar", "يسجل بين سالب عشرة و خمسة عشر", -10, 15, "بين سالب عشرة و خمسة عشر"],
    ["en", "between 20 and 30 strikes a day", 20, 30, "between 20 and 30"],
    ["en", "from 20 to 30 strikes a day", 20, 30, "from 20 to 30"],
    ["en", "20-30 strikes a day", 20, 30, "20-30"],
    ["en", "20 to 30 strikes a day", 20, 30, "20 to 30"],
    ["en", "20 through 100 items", 20, 100, "20 through 100"],
    ["en", "prices rose by 5 to 10 percent", 5, 10, "5 to 10 percent"],
    ["en", "prices rose by 5% to 10%", 5, 10, "5% to 10%"],
    // A word of change before "and" is another item's: "fall" here is free fall, not a change to 6.
    ["en", "60 seconds of free fall and 4 to 6 minutes of canopy flight", 4, 6, "4 to 6"],
    ["en", "prices rose and 5 to 10 shops closed", 5, 10, "5 to 10"],
    ["ar", "وارتفعت الأسعار بنسبة 5 إلى 10 في المئة", 5, 10, "5 إلى 10 في المئة"],
    ["en", "1000–5000 people", 1000, 5000, "1000–5000"],
    ["en", "between 2 and 3 million people", 2e6, 3e6, "between 2 and 3 million"],
    ["en", "The number range is 5k-20k", 5000, 20000, "5k-20k"],
    ["en", "from one thousand to one thousand and five hundred", 1000, 1500, "from one thousand to one thousand and five hundred"],
  ] as const)("%s: %s", (lang, text, lo, hi, around) => {
    const ms = numbers(lang, text).filter((m) => m.qualifier === "range");
    expect(ms).toHaveLength(1);
    const m = ms[0]!;
    expect([m.value, m.upper]).toEqual([lo, hi]);
    expect(phrase(text, m)).toBe(around);
    expect(m.lowerOpen).toBeUndefined();
  });

  it.each([
    ["en", "x is larger than 10 and smaller than 20", 10, 20, true, true],
    ["en", "y is no more than 50 and no less than 20", 20, 50, false, false],
    ["en", "greater than 30 and less than or equal to 40", 30, 40, true, false],
    ["ar", "الرقم أكبر من 100 وأصغر من 300", 100, 300, true, true],
  ] as const)("%s: two bounds make one range: %s", (lang, text, lo, hi, lowerOpen, upperOpen) => {
    const ms = numbers(lang, text);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ value: lo, upper: hi, qualifier: "range", lowerOpen, upperOpen });
  });

  it.each([
    ["en", "Prices rose from 20 to 30 dollars", [20, 30]],
    ["ar", "ارتفع عدد القتلى من 20 إلى 30", [20, 30]],
    ["en", "The vote was 9 to 6 in favour", [9, 6]],
    ["en", "Support rose 5% to 30% in a month", [5, 30]],
    // After "by", each end with its percent mark and the second many times the first: the change and the level.
    ["en", "The bank raised its deposit, lending and main operation rates by 2% to 18.25%", [2, 18.25]],
    ["ar", "قررت اللجنة رفع أسعار الفائدة على الإيداع والإقراض لليلة واحدة بنسبة 2% إلى 18.25%", [2, 18.25]],
    // A share and an amount of money are two figures, whatever joins them.
    ["en", "Wages increased by 0.4% to $31.20 an hour", [0.4, 31.2]],
    ["en", "Rents were up 3% to £950 a month", [3, 950]],
    // A percent mark on the first end only: the second is the level reached, in money written after it.
    ["en", "Revenue fell by 6% to 12,791 million dollars", [6, 12791000000]],
    ["en", "Sales climbed 4% to 120,000 units", [4, 120000]],
    // A scale word only the second end has: a change and a new level.
    ["en", "The count grew by 240,000 to 3.1 million", [240000, 3100000]],
    ["en", "More than 40 and less than 10 are two ranges", [40, 10, 2]],
  ] as const)("%s: not a range: %s", (lang, text, values) => {
    const ms = numbers(lang, text);
    expect(ms.map((m) => m.value)).toEqual(values);
    expect(ms.some((m) => m.qualifier === "range")).toBe(false);
  });
});
