import { describe, expect, it } from "vitest";
import { mention } from "./helpers.js";

describe("numbers in words", () => {
  it.each([
    ["استهدفت الغارات خمسة مراكز للتنظيم", "خمسة", 5, 1],
    ["قتل واحد وعشرون شخصا", "واحد وعشرون", 21, 1],
    ["أصيب اثنان من الجنود", "اثنان", 2, 1],
    ["وصل طفلان اثنين فقط", "اثنين", 2, 1],
    ["اعتقلت الشرطة اثنتين من النساء", "اثنتين", 2, 1],
    ["ستضاعف القوة ثلاث مرات", "ثلاث", 3, 1],
    ["يوجد ستة عشر تفاحاً", "ستة عشر", 16, 1],
    ["فاز أحد عشر لاعبا", "أحد عشر", 11, 1],
    ["حضرت إحدى عشرة سيدة", "إحدى عشرة", 11, 1],
    ["اختير اثنا عشر قاضيا", "اثنا عشر", 12, 1],
    ["قتل عشرون شخصا", "عشرون", 20, 10],
    ["خلال تسعين يوما", "تسعين", 90, 10],
    ["وصل مئة وثلاثة وعشرون لاجئا", "مئة وثلاثة وعشرون", 123, 1],
    ["وصل مائة وستة عشر لاجئا", "مائة وستة عشر", 116, 1],
    ["نشرت ثلاثمائة جندي", "ثلاثمائة", 300, 100],
    ["نشرت ثلاث مئة جندي", "ثلاث مئة", 300, 100],
    ["خسر ثلاثة آلاف وظيفة", "ثلاثة آلاف", 3000, 1000],
    ["العدد أربعة ألف و ثلاثمائة و واحد و عشرون", "أربعة ألف و ثلاثمائة و واحد و عشرون", 4321, 1],
    ["اشترى فستانا بألفين ومائتين درهم", "ألفين ومائتين", 2200, 100],
    ["جمع ألفين من المتطوعين", "ألفين", 2000, 1000],
    // «ألفا» opening a number right before its noun is the dual in construct; elsewhere one thousand.
    ["شارك في العملية ألفا جندي", "ألفا", 2000, 1000],
    ["بلغ عدد القتلى ألفا", "ألفا", 1000, 1000],
    ["قتل ألفا من الجنود", "ألفا", 1000, 1000],
    ["بقيمة مليونا دولار", "مليونا", 2000000, 1000000],
    ["بلغ عدد اللاجئين مليونين ونصف", "مليونين ونصف", 2500000, 500000],
    ["أنفقت مليونان على المشروع", "مليونان", 2000000, 1000000],
    ["عاد مئتان من اللاجئين", "مئتان", 200, 100],
    ["عاد مائتين من اللاجئين", "مائتين", 200, 100],
    ["استغرق الأمر ساعة واحد ونصف", "واحد ونصف", 1.5, 0.5],
    ["قطعوا مسافة مئة وثلاثة ارباع الميل", "مئة وثلاثة ارباع", 100.75, 0.25],
    ["وصل مليون لاجئ", "مليون", 1e6, 1e6],
    ["أعلن عن ألف وظيفة", "ألف", 1000, 1000],
    ["خسر اثني عشر مليار ريال", "اثني عشر مليار", 1.2e10, 1e9],
    ["سكان المنطقة واحد وعشرون تريليون وثلاث مائة", "واحد وعشرون تريليون وثلاث مائة", 21000000000300, 100],
    ["شربت نصف العصير", "نصف", 0.5, 0.5],
    ["نصف السكان نزحوا", "نصف", 0.5, 0.5],
    ["ربع كيلو غرام من العدس", "ربع", 0.25, 0.25],
    ["ثلثي الأراضي", "ثلثي", 2 / 3, 1 / 3],
    ["أكلت خمس الفطيرة", "خمس", 0.2, 0.2],
    ["مرت خمس سنوات", "خمس", 5, 1],
    ["النتيجة هي خمسة أثمان", "خمسة أثمان", 0.625, 0.125],
    ["كتبت ثلاثة أرباع الصفحة", "ثلاثة أرباع", 0.75, 0.25],
    ["انتهيت من ثلاث وعشرون خمس العمل", "ثلاث وعشرون خمس", 4.6, 0.2],
    ["الجواب خمس فاصلة خمسة", "خمس فاصلة خمسة", 5.5, 0.1],
    ["درجة الحرارة سالب واحد", "سالب واحد", -1, 1],
    ["درجة الحرارة ناقص خمسة", "ناقص خمسة", -5, 1],
    ["صفر هو الجواب", "صفر", 0, 1],
    ["نصف دزينة من التفاح", "نصف دزينة", 6, 6],
    ["ثلاث مائة ودزينتين", "ثلاث مائة ودزينتين", 324, 1],
    ["الدول الخمس دائمة العضوية", "خمس", 5, 1],
    // A bare hundred joined to the scale before it, and thousands counting a larger scale, as the Saudi budget
    // statements spell their totals.
    ["وصل ألف ومائة جندي", "ألف ومائة", 1100, 100],
    ["نزح مليون ومئة ألف شخص", "مليون ومئة ألف", 1.1e6, 1e5],
    ["تعتمد النفقات بمبلغ ألف وثلاثمائة واثني عشر مليارًا وثمانمائة مليون ريال", "ألف وثلاثمائة واثني عشر مليارًا وثمانمائة مليون", 1.3128e12, 1e8],
    ["تقدر الإيرادات بمبلغ ألف ومائة وسبعة وأربعين مليارًا وأربعمائة مليون ريال", "ألف ومائة وسبعة وأربعين مليارًا وأربعمائة مليون", 1.1474e12, 1e8],
  ])("ar: %s", (text, written, value, granularity) => {
    const m = mention("ar", text, written);
    expect(m.value).toBeCloseTo(value, 9);
    expect(m.granularity).toBeCloseTo(granularity, 9);
    expect(m.spelled).toBe(true);
  });

  it.each([
    ["Twelve people were killed", "Twelve", 12, 1],
    ["Twenty-one soldiers died", "Twenty-one", 21, 1],
    ["It took fifty - two days", "fifty - two", 52, 1],
    ["One hundred and twenty families fled", "One hundred and twenty", 120, 10],
    ["Two thousand three hundred tents arrived", "Two thousand three hundred", 2300, 100],
    ["A hundred people gathered", "A hundred", 100, 100],
    ["A dozen drones were shot down", "A dozen", 12, 1],
    ["Half a dozen ministers resigned", "Half a dozen", 6, 6],
    ["three hundred and two dozens", "three hundred and two dozens", 324, 1],
    ["two hundred and two thousand", "two hundred and two thousand", 202000, 1000],
    ["twenty-one trillion and three hundred", "twenty-one trillion and three hundred", 21000000000300, 100],
    ["The total is three lakh crore", "three lakh crore", 3e12, 1e12],
    ["Two thirds of the refugees are children", "Two thirds", 2 / 3, 1 / 3],
    ["Two-thirds of the refugees are children", "Two-thirds", 2 / 3, 1 / 3],
    ["The budget was cut by a third.", "a third", 1 / 3, 1 / 3],
    ["A fifth of the vote went to him", "A fifth", 0.2, 0.2],
    ["one and a half million people", "one and a half million", 1.5e6, 5e5],
    ["five and a half million fishes", "five and a half million", 5.5e6, 5e5],
    ["The population is 3 million and a half", "3 million and a half", 3.5e6, 5e5],
    // Written with hyphens, as in "a two-and-a-half-hour meeting".
    ["He spent two-and-a-half years there", "two-and-a-half", 2.5, 0.5],
    ["a one-and-a-half-hour meeting", "one-and-a-half", 1.5, 0.5],
    ["Ten-and-a-half million people voted", "Ten-and-a-half million", 1.05e7, 5e5],
    ["half a million refugees", "half a million", 5e5, 5e5],
    ["a quarter million people", "a quarter million", 2.5e5, 2.5e5],
    ["quarter million people", "quarter million", 2.5e5, 2.5e5],
    ["two thirds of a million", "two thirds of a million", 2e6 / 3, 1e6 / 3],
    ["one hundred and three quarters", "one hundred and three quarters", 100.75, 0.25],
    // After a word of sequence, quarters are a year's: three of them, not three fourths.
    ["the GDP for the first three quarters in 2025 grew 4.1%", "three", 3, 1],
    ["profits fell in the last two quarters", "two", 2, 1],
    ["the remaining three quarters of the vote", "three quarters", 0.75, 0.25],
    ["twenty-three fifths", "twenty-three fifths", 4.6, 0.2],
    ["one hundred thirty fifths", "one hundred thirty fifths", 100 / 35, 1 / 35],
    ["The answer is minus five point five", "minus five point five", -5.5, 0.1],
    ["nine point nought four", "nine point nought four", 9.04, 0.01],
    ["two point five million doses", "two point five million", 2.5e6, 1e5],
    ["One in five children is hungry", "One in five", 0.2, 0.2],
    ["zero is the answer", "zero", 0, 1],
    ["one thousand three hundred and twelve billion riyals", "one thousand three hundred and twelve billion", 1.312e12, 1e9],
  ])("en: %s", (text, written, value, granularity) => {
    const m = mention("en", text, written);
    expect(m.value).toBeCloseTo(value, 9);
    expect(m.granularity).toBeCloseTo(granularity, 9);
    expect(m.spelled).toBe(true);
  });

  it("starts a clitic-prefixed number word at its stem", () => {
    const text = "اشترى بألفين ومائتين";
    const m = mention("ar", text, "ألفين ومائتين");
    expect(text.slice(m.start, m.end)).toBe("ألفين ومائتين");
  });
});
