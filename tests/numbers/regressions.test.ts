import { describe, expect, it } from "vitest";
import { mention, numbers, phrase, summary } from "./helpers.js";

/** Behaviour fixed after the Recognizers-Text conformance run (issue 6); each case failed before its fix. */
describe("regressions from the conformance run", () => {
  it.each([
    ["en", "2000 over 3", ["2000 over 3=666.666666666667"]],
    ["en", "I want to earn $2000 over 3 years", ["2000=2000", "3=3 over «over 3»"]],
    ["en", "The answer is negative one over 20", ["negative one over 20=-0.05"]],
    ["en", "How about 2 in 5 or more", ["2 in 5=0.4 atLeast «about 2 in 5 or more»"]],
    ["en", "The result is 8 in 5", ["8=8", "5=5"]],
    ["ar", "واحد على مائة تخطيطات تمت", ["واحد على مائة=0.01"]],
    ["ar", "الإجابة هي ناقص مائة على خمسة وثلاثون", ["ناقص مائة على خمسة وثلاثون=-2.85714285714286"]],
    ["ar", "فاز 3 على 1 في المباراة", ["3=3", "1=1"]],
    ["ar", "فاز 3 من أصل 10 مرشحين", ["3=3", "10=10"]],
    ["ar", "الجواب الصحيح ١ جزء من ثلاثة", ["١ جزء من ثلاثة=0.333333333333333"]],
    ["ar", "حذفت عشرين اجزاء من خمسة وعشرين الملف.", ["عشرين اجزاء من خمسة وعشرين=0.8"]],
    ["ar", "انسحب جزء من 5 آلاف جندي", ["5 آلاف=5000"]],
  ] as const)("%s: ratio words: %s", (lang, text, expected) => {
    expect(summary(text, numbers(lang, text))).toEqual(expected);
  });

  it.each([
    ["en", "3 hundred and 2 hundred are two valid numbers.", ["3 hundred=300", "2 hundred=200", "two=2"]],
    ["en", "4000 3 hundred and 21 are two valid numbers.", ["4000=4000", "3 hundred and 21=321", "two=2"]],
    ["en", "4 thousand 3 hundred and 0 are two valid numbers.", ["4 thousand 3 hundred=4300", "0=0", "two=2"]],
    ["ar", "ثلاثمائة و مائتين رقمان صالحان", ["ثلاثمائة=300", "مائتين=200"]],
    ["ar", "الرقم المطلوب هو من ألف الى ألف خمس مائة", ["ألف الى ألف خمس مائة=1000..1500 range «من ألف الى ألف خمس مائة»"]],
  ] as const)("%s: where one number ends and the next begins: %s", (lang, text, expected) => {
    expect(summary(text, numbers(lang, text))).toEqual(expected);
  });

  it.each([
    ["en", "a trillionth", 1e-12],
    ["en", "a hundred trillionths", 1e-10],
    ["en", "a hundred thousand trillionths", 1e-7],
    ["en", "one twenty-fifth", 0.04],
    ["en", "three twenty-firsts", 3 / 21],
    ["en", "twenty twenty fifths", 0.8],
    ["en", "one hundred and thirty fifths", 26],
    ["en", "one hundred and thirty and two fifths", 130.4],
  ] as const)("%s: fraction denominators: %s", (lang, text, value) => {
    const ms = numbers(lang, text);
    expect(ms).toHaveLength(1);
    expect(ms[0]?.value).toBeCloseTo(value, 12);
  });

  it("reads an ordinal -illionth after a count other than one as no fraction", () => {
    expect(summary(" two millionth", numbers("en", " two millionth"))).toEqual(["two=2"]);
  });

  it.each([
    ["en", "less than 10 and more than 40, and the same", ["10=10 under «less than 10»", "40=40 over «more than 40»"]],
    ["en", "His score is equal to 5000 or less", ["5000=5000 atMost «is equal to 5000 or less»"]],
    ["en", "His score is more than 5000 or equal to 6000", ["5000=5000 over «more than 5000»", "6000=6000 «equal to 6000»"]],
    ["ar", "نقاطه هي أكثر من 5000 أو ما يساوي 6000", ["5000=5000 over «أكثر من 5000»", "6000=6000 «ما يساوي 6000»"]],
    ["ar", "عدد النساء أكثر من ٤٠ وأقل من ١٠", ["٤٠=40 over «أكثر من ٤٠»", "١٠=10 under «أقل من ١٠»"]],
  ] as const)("%s: qualifier words belong to one number: %s", (lang, text, expected) => {
    expect(summary(text, numbers(lang, text))).toEqual(expected);
  });

  it.each([
    ["ar", "بالمائة 10", "10", "بالمائة 10"],
    ["en", "per cent of 210", "210", "per cent of 210"],
    ["ar", "ما هو نسبة ١٠ من العدد ؟", "١٠", "نسبة ١٠"],
    // The sign typed before the figure in logical order, glued to it (Jordanian wire copy).
    ["ar", "بانخفاض نسبته %3.4 عن مستواه", "3.4", "%3.4"],
    ["ar", "وبلغت النسبة ٪12.5 في المدن", "12.5", "٪12.5"],
  ] as const)("%s: percent words before the number: %s", (lang, text, written, around) => {
    const m = mention(lang, text, written);
    expect(m.percent).toBe(true);
    expect(phrase(text, m)).toBe(around);
  });

  it.each([
    // A sign right after one figure is that figure's, not the next one's.
    ["ar", "وارتفعت الأسعار بنسبة 5% 12 مرة خلال العام", "12"],
    ["ar", "وارتفعت الأسعار بنسبة 5 % 12 مرة خلال العام", "12"],
  ] as const)("%s: a percent sign apart from the number is not its own: %s", (lang, text, written) => {
    expect(mention(lang, text, written).percent).toBeFalsy();
  });

  it.each([
    ["لدي مئة وثلاثون وخُمسَين ريال", ["مئة وثلاثون وخُمسَين=130.4"]],
    ["مائة و ثلاثون و خمسين", ["مائة و ثلاثون و خمسين=130.4"]],
    ["مئة وخمسة وثلاثون وتسعين", ["مئة وخمسة وثلاثون وتسعين=135.222222222222"]],
    ["مئة وثلاثون وخمسان", ["مئة وثلاثون وخمسان=130.4"]],
    // Where the tens are free, or the number before is smaller, or a scale follows, "خمسين" is fifty.
    ["مئة وخمسين", ["مئة وخمسين=150"]],
    ["ثلاثة آلاف وخمسين", ["ثلاثة آلاف وخمسين=3050"]],
    ["مئتين وخمسين", ["مئتين وخمسين=250"]],
    ["ثلاثون وخمسين", ["ثلاثون=30", "خمسين=50"]],
    ["قتل بين ثلاثة وعشرين وخمسين شخصا", ["ثلاثة وعشرين وخمسين=23..50 range «بين ثلاثة وعشرين وخمسين»"]],
    ["مئة وعشرين وخمسين ألفا", ["مئة وعشرين=120", "خمسين ألفا=50000"]],
    ["خلال تسعين يوما", ["تسعين=90"]],
  ] as const)("ar: a dual fraction spelled like the tens after a compound whose tens are taken: %s", (text, expected) => {
    expect(summary(text, numbers("ar", text))).toEqual(expected);
  });

  it.each([
    ["فر أكثر من ربع المليون لاجئ", ["ربع المليون=250000 over «أكثر من ربع المليون»"]],
    ["خصصت نحو نصف المليار دولار", ["نصف المليار=500000000 approx «نحو نصف المليار»"]],
    ["ثلاثة أرباع المليون دولار", ["ثلاثة أرباع المليون=750000"]],
    ["نزح ثلاثة ملايين ونصف المليون شخص", ["ثلاثة ملايين ونصف المليون=3500000"]],
    // Only the article: "نصف بالمليون" is not a fraction of the scale; nor is a half that belongs to a noun.
    ["نصف بالمليون", ["نصف=0.5"]],
    ["عام ونصف المليون", []],
  ] as const)("ar: a fraction of a definite scale word: %s", (text, expected) => {
    expect(summary(text, numbers("ar", text))).toEqual(expected);
  });

  it.each([
    ["مجال الرقم ١٠٠٠ - ٥٠٠٠", ["١٠٠٠ - ٥٠٠٠=1000..5000 range"]],
    ["تخطى عدد اللاجئين الرقم 4000 هذا الشهر", ["4000=4000 over"]],
    ["وصل العدد للرقم 300 أمس", ["300=300"]],
    // Without the article "رقم" labels one item.
    ["القرار رقم 2249", ["2249=2249 reference"]],
    ["السيارة رقم 5 انفجرت", ["5=5 reference"]],
    // With the article but nothing reached or bounded, it labels a telephone or hotline number.
    ["دعت المواطنين إلى الاتصال على الرقم 112 عند الحاجة", ["112=112 reference"]],
    ["خصصت الشركة خطاً ساخناً على الرقم ١٦٧٧٠", ["١٦٧٧٠=16770 reference"]],
    // «تحت الرقم» is registered or issued under a number, not below it.
    ["إن المعدية المسجلة تحت الرقم 2231 انقلبت", ["2231=2231 reference"]],
    ["الظهير الصادر تحت الرقم 45 بتاريخ أمس", ["45=45 reference"]],
  ] as const)("ar: «الرقم» before a figure names the figure, «رقم» labels: %s", (text, expected) => {
    expect(summary(text, numbers("ar", text))).toEqual(expected);
  });

  it.each([
    // A scale of thousands glued by a hyphen joins the figure before a noun ("a $5-million deal").
    ["The firm signed a $5-million deal.", ["5-million=5000000"]],
    ["They set a 2.5-billion-dollar budget and a two-million-euro fine.", ["2.5-billion=2500000000", "two-million=2000000"]],
    // Not apart, not plural, not below a thousand, not a second figure of a range.
    ["Scores of 5 - million were odd, 5-millions too, a 12-hundred mark and 5-10 million.", ["5=5", "5=5", "12=12", "5-10 million=5000000..10000000 range"]],
  ] as const)("en: a hyphenated scale word: %s", (text, expected) => {
    expect(summary(text, numbers("en", text))).toEqual(expected);
  });

  it.each([
    // A short first end written against a round figure in thousands counts thousands ("70-100,000").
    ["Crowds of 70-100,000 and 5-10,000 gathered.", ["70000..100000", "5000..10000"]],
    // Not when that puts the ends more than ten times apart, nor joined by "to".
    ["On a 1-10,000 scale, and 70 to 100,000 people.", ["1..10000", "70..100000"]],
  ] as const)("en: a range sharing thousands: %s", (text, expected) => {
    expect(numbers("en", text).map((m) => `${m.value}..${m.upper}`)).toEqual(expected);
  });

  it("keeps the Arabic comma a thousands separator only between groups of three", () => {
    expect(mention("ar", "المبلغ 12،220,13 دولار", "12،220,13").value).toBe(12220.13);
    expect(numbers("ar", "الأرقام 22،24،26").map((m) => m.value)).toEqual([22, 24, 26]);
  });
});
