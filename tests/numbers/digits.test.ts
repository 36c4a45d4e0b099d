import { describe, expect, it } from "vitest";
import { mention, numbers } from "./helpers.js";

describe("numbers in digits", () => {
  it.each([
    ["نفذ سلاح الجو 2,289 طلعة قتالية", "2,289", 2289, 1],
    ["نفذ سلاح الجو ٢٬٢٨٩ طلعة قتالية", "٢٬٢٨٩", 2289, 1],
    ["دمر ۴۱۱۱ هدفا", "۴۱۱۱", 4111, 1],
    ["نما الاقتصاد بنسبة ٢٫٥ في المئة", "٢٫٥ في المئة", 2.5, 0.1],
    ["بلغ الدين ١٢٬٣٤٥٫٦٧ دولار", "١٢٬٣٤٥٫٦٧", 12345.67, 0.01],
    ["وزنه ٤,٨ طن", "٤,٨", 4.8, 0.1],
    ["وزنه ٠,٠٨ غرام", "٠,٠٨", 0.08, 0.01],
    ["بلغ عدد السكان ١،٢٣٤،٥٦٧ نسمة", "١،٢٣٤،٥٦٧", 1234567, 1],
    ["المبلغ 26،013\u202A,94 دولارا", "26،013\u202A,94", 26013.94, 0.01],
    ["قتل 25799\u202A,\u202A52 شخصا", "25799\u202A,\u202A52", 25799.52, 0.01],
    ["عدد سكان الصين 1 414 021 100 نسمة", "1 414 021 100", 1414021100, 100],
    ["قطعت الطائرة مسافة 4500 كيلومتر", "4500", 4500, 100],
    ["قتل اكثر من 240 الف شخص", "240 الف", 240000, 10000],
    ["تحرير 80 بلدة من أيدي الإرهابيين", "80", 80, 10],
    ["درجة الحرارة سالب ٥", "سالب ٥", -5, 1],
    ["درجة الحرارة -٥ ليلا", "-٥", -5, 1],
    // Algerian wire copy writes the fraction first: «1ر13» is 13.1.
    ["ارتفع مستوى البطالة إلى 1ر13 بالمئة", "1ر13 بالمئة", 13.1, 0.1],
    ["نما الناتج بنسبة 5ر2 بالمائة", "5ر2 بالمائة", 2.5, 0.1],
    // Eight digits that are not a year and the next (see the glued fiscal years in negative.test.ts).
    ["بلغ عدد الناخبين 20152017 ناخبا", "20152017", 20152017, 1],
  ])("ar: %s", (text, written, value, granularity) => {
    const m = mention("ar", text, written);
    expect(m.value).toBe(value);
    expect(m.granularity).toBe(granularity);
    expect(m.spelled).toBe(false);
  });

  it.each([
    ["Russian jets flew 2,289 combat sorties", "2,289", 2289, 1],
    ["The pledge rose to 2,300 tents", "2,300", 2300, 100],
    ["China's population is 1 414 021 100.", "1 414 021 100", 1414021100, 100],
    ["A narrow no-break space: 40\u202F000 refugees", "40\u202F000", 40000, 10000],
    ["The fund held 1,234,567.89 euros", "1,234,567.89", 1234567.89, 0.01],
    ["German copy writes 1.234.567,89 euros", "1.234.567,89", 1234567.89, 0.01],
    ["Indian copy writes 12,34,567 rupees", "12,34,567", 1234567, 1],
    ["The rate was 4.800 per cent", "4.800 per cent", 4.8, 0.001],
    ["A dose of .25 milligrams", ".25", 0.25, 0.01],
    ["Temperatures fell to -5 overnight", "-5", -5, 1],
    ["The answer is minus 5", "minus 5", -5, 1],
    ["The count is 123456789101231 exactly", "123456789101231", 123456789101231, 1],
    ["In some countries you write 5,00", "5,00", 5, 0.01],
    ["The number is 1,3.", "1,3", 1.3, 0.1],
    ["Exercise nr. 22,240,260,310 is long", "22,240,260,310", 22240260310, 10],
  ])("en: %s", (text, written, value, granularity) => {
    const m = mention("en", text, written);
    expect(m.value).toBe(value);
    expect(m.granularity).toBe(granularity);
  });

  // A paragraph that writes its decimals with a comma («4,6 مليارات») writes «10,075 مليار» for 10.075 billion;
  // a bare "d,ddd", a paragraph with a decimal point or comma-grouped thousands keep the thousands reading.
  it.each([
    ["ar", "بلغ العجز 4,6 مليارات دينار، والإيرادات النفطية 10,075 مليار دينار", "10,075 مليار", 10075000000],
    ["ar", "بلغت الإيرادات 13,63 مليار دينار والنفطية 10,075 مليار دينار", "10,075 مليار", 10075000000],
    ["en", "Revenue was 13,63 billion dinars and oil revenue 10,075 billion dinars", "10,075 billion", 10075000000],
    ["ar", "بلغ العجز 4.6 مليارات دينار، والإيرادات 10,075 مليار دينار", "10,075 مليار", 10075000000000],
    ["ar", "نما 4,6 بالمئة ونزح 1,250,000 شخص وخصص 2,500 مليون دولار", "2,500 مليون", 2500000000],
    ["ar", "نما 4,6 بالمئة وسكنه 2,500 شخص", "2,500", 2500],
    ["ar", "خصصت الحكومة 1,500 مليون دولار", "1,500 مليون", 1500000000],
  ] as const)("%s: the comma's meaning from the paragraph: %s", (lang, text, written, value) => {
    expect(mention(lang, text, written).value).toBe(value);
  });

  it.each([
    ["ar", "الأرقام ١ ، ٢٣٤ ، ٥٦٧ منفصلة", [1, 234, 567]],
    ["en", "The numbers 1, 234, 567 are separate", [1, 234, 567]],
    ["en", "Exercises 22,24,26,31 were set", [22, 24, 26, 31]],
    ["en", "423 0000 will be recognized as two numbers", [423, 0, 2]],
    ["en", "There were 12 out of 10 votes", [12, 10]],
  ] as const)("%s: lists and separate groups in %s", (lang, text, values) => {
    expect(numbers(lang, text).map((m) => m.value)).toEqual(values);
  });

  // Digits joined by slashes are dates and names ("9/11", "24/7"), never counts; small proper fractions aside.
  it.each([
    ["en", "Meet on 5/17/2018 at noon", "5/17/2018"],
    ["en", "The 9/11 attacks killed nearly 3,000 people.", "9/11"],
    ["en", "Open 24/7, the clinic treated 300 patients.", "24/7"],
    ["ar", "قتل نحو 3 آلاف شخص في هجمات 11/9.", "11/9"],
  ] as const)("%s: a slash run is one identifier in %s", (lang, text, written) => {
    const hits = numbers(lang, text).filter((m) => text.slice(m.start, m.end).includes("/"));
    expect(hits.map((m) => [text.slice(m.start, m.end), m.role])).toEqual([[written, "identifier"]]);
  });

  it.each([
    ["en", "It pledged 2.5 million dollars", "2.5 million", 2500000, 100000],
    ["en", "It pledged 3 billion dollars", "3 billion", 3e9, 1e9],
    ["en", "It pledged 1.5bn dollars", "1.5bn", 1.5e9, 1e8],
    ["en", "It pledged $3m to the fund", "3m", 3e6, 1e6],
    // British millions with no currency sign, before what no length measures; a race stays metres.
    ["en", "About 2.5m people live in the region", "2.5m", 2500000, 100000],
    ["en", "Some 1.2m children were vaccinated", "1.2m", 1200000, 100000],
    ["en", "She won the 400m race", "400", 400, 100],
    ["en", "He won the 100m men's final", "100", 100, 100],
    // British copy glues "m" for millions before people and votes, whom nobody measures in metres.
    ["en", "Tinubu defeated Atiku with over 1.8m votes", "1.8m", 1.8e6, 1e5],
    ["en", "Flooding has affected 2.5m people", "2.5m", 2.5e6, 1e5],
    ["en", "Runners ran 5k for charity", "5k", 5000, 1000],
    ["en", "I can give you 10M.", "10M", 1e7, 1e7],
    // A glued "B" is billions after a currency sign or before people counted in millions.
    ["en", "The startup raised $26B from investors", "26B", 2.6e10, 1e9],
    ["en", "The platform now has 2B users", "2B", 2e9, 1e9],
    ["en", "The fund holds 26b in assets", "26b", 2.6e10, 1e9],
    ["en", "That account revenue target is US$ 1MM", "1MM", 1e6, 1e6],
    ["en", "either 10 bln or so", "10 bln", 1e10, 1e10],
    ["en", "I can give you 13 lakh", "13 lakh", 1300000, 100000],
    ["en", "The total is 322 hundred", "322 hundred", 32200, 100],
    ["en", "He bought 3 dozens", "3 dozens", 36, 1],
    ["en", "The range 1,674,200.5 M is large", "1,674,200.5 M", 1674200500000, 100000],
    ["ar", "عدد الإرهابيين يبلغ نحو 60 ألف شخص", "60 ألف", 60000, 10000],
    ["ar", "قامت الطائرات بنحو 4 آلاف طلعة", "4 آلاف", 4000, 1000],
    ["ar", "بلغت الكلفة 2.5 مليون دولار", "2.5 مليون", 2500000, 100000],
    ["ar", "رصدت الحكومة 3 مليارات دولار", "3 مليارات", 3e9, 1e9],
    ["ar", "قتل 4 آلاف و500 شخص", "4 آلاف و500", 4500, 100],
    ["ar", "يمكنني أن أعطيك ٣ مئة و ٢١ يوان", "٣ مئة و ٢١", 321, 1],
    ["en", "I can give you 3 hundred and 21 yuan.", "3 hundred and 21", 321, 1],
    ["en", "4 thousand 3 hundred and 21 is valid", "4 thousand 3 hundred and 21", 4321, 1],
    // A count written out to the millions says its scale again after it: the scale word multiplies nothing.
    ["ar", "بلغ عدد سكان المملكة 32.175.224 مليون نسمة", "32.175.224 مليون", 32175224, 1],
    ["ar", "دفع العريس 3,286,165 مليون دينار", "3,286,165 مليون", 3286165, 1],
    ["ar", "بلغ عدد المقيمين 10800000 مليون نسمة", "10800000 مليون", 10800000, 100000],
    // So does a count written to its hundreds before "hundred"; counts of hundreds ("322 hundred") multiply.
    ["en", "Some 600 hundred people were evacuated", "600 hundred", 600, 100],
    ["en", "Some 1,200 hundred people fled", "1,200 hundred", 1200, 100],
    ["ar", "وتم إجلاء 600 مئة شخص", "600 مئة", 600, 100],
    // Short of the scale, it still multiplies.
    ["ar", "بلغت القروض 1500 مليون دولار", "1500 مليون", 1.5e9, 1e8],
    ["ar", "بلغت الودائع 2,500,000 مليار دولار", "2,500,000 مليار", 2.5e15, 1e14],
    // Thousands and a count below them, then a larger scale: the whole counts it (Egyptian and Gulf business copy).
    ["ar", "بلغت التكلفة 3 آلاف و200 مليون جنيه", "3 آلاف و200 مليون", 3.2e9, 1e8],
  ] as const)("%s: scales after digits: %s", (lang, text, written, value, granularity) => {
    const m = mention(lang, text, written);
    expect(m.value).toBe(value);
    expect(m.granularity).toBe(granularity);
    expect(m.spelled).toBe(false);
  });

  it.each([
    ["en", "3/4 of the vote", "3/4", 0.75],
    ["en", "A mixed 2 1/4 inches", "2 1/4", 2.25],
    ["en", "the result is ⅔", "⅔", 2 / 3],
    ["en", "-4/5 is negative", "-4/5", -0.8],
    ["ar", "٣/٤ الكأس", "٣/٤", 0.75],
  ] as const)("%s: fractions in digits: %s", (lang, text, written, value) => {
    const m = mention(lang, text, written);
    expect(m.value).toBeCloseTo(value, 12);
    expect(m.fraction).toBe(true);
  });

  it.each([
    ["en", "1e10", 1e10],
    ["en", "12.32e+14", 1.232e15],
    ["en", "-12e-1", -1.2],
    ["en", "1.1^23", 1.1 ** 23],
    ["en", "-2500^-1", -0.0004],
    ["en", "1.3x10^6", 1.3e6],
    ["ar", "١e١٠", 1e10],
  ] as const)("%s: scientific and power notation %s", (lang, text, value) => {
    const ms = numbers(lang, text);
    expect(ms).toHaveLength(1);
    expect(ms[0]?.value).toBeCloseTo(value, 6);
  });

  it("keeps bidi marks inside a number transparent and the offsets on the original text", () => {
    const text = "بلغ \u200F2,289\u200F طلعة";
    const m = mention("ar", text, "2,289");
    expect(text.slice(m.start, m.end)).toBe("2,289");
  });
});
