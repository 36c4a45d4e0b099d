import { describe, expect, it } from "vitest";
import { mention, numbers, phrase, summary } from "./helpers.js";

/** Precision on news copy: each case was misread before (story corpus review), in the way its title says. */
describe("a part and its whole are two figures", () => {
  it.each([
    ["ar", "وحصل الحزب على 17 من أصل 41 مقعداً مخصصة", ["17=17", "41=41"]],
    ["ar", "منها 17 مقعداً من أصل 41 مقعداً", ["17=17", "41=41"]],
    ["ar", "أدلى 1,756,318 ناخباً من أصل 5,061,430", ["1,756,318=1756318", "5,061,430=5061430"]],
    ["ar", "فاز بثلاثة من أصل عشرة مقاعد", ["ثلاثة=3", "عشرة=10"]],
    ["en", "The party won 17 out of 41 seats", ["17=17", "41=41"]],
    ["en", "Nine out of ten doctors agree", ["Nine=9", "ten=10"]],
    ["en", "1,756,318 voters out of 5,061,430 cast a ballot", ["1,756,318=1756318", "5,061,430=5061430"]],
  ] as const)("%s: %s", (lang, text, expected) => {
    const ms = numbers(lang, text);
    expect(summary(text, ms)).toEqual(expected);
    const [part, whole] = ms;
    expect(part?.partOf).toEqual({ start: whole?.start, end: whole?.end, value: whole?.value });
    expect(whole?.partOf).toBeUndefined();
  });

  it.each([
    ["en", "One in five children is hungry", ["One in five=0.2"]],
    ["en", "about 1 in 100 people", ["1 in 100=0.01 approx «about 1 in 100»"]],
    // Not a part of a smaller whole.
    ["en", "41 out of 17", ["41=41", "17=17"]],
  ] as const)("%s: a rate stays one fraction: %s", (lang, text, expected) => {
    const ms = numbers(lang, text);
    expect(summary(text, ms)).toEqual(expected);
    expect(ms.every((m) => m.partOf === undefined)).toBe(true);
  });
});

describe("clock times", () => {
  it.each([
    ["en", "The quake hit (0117 GMT) at a depth of 10 km", "0117", 1 + 17 / 60, "0117 GMT"],
    ["en", "Sat 5 Jul 2025 10.30 BST", "10.30", 10.5, "10.30 BST"],
    ["en", "The curfew starts at 0800 local time", "0800", 8, "0800 local time"],
    ["en", "talks resumed at 2130 UTC on Monday", "2130", 21.5, "2130 UTC"],
    ["en", "at 9.45 EST", "9.45", 9.75, "9.45 EST"],
    ["ar", "وقع الانفجار عند 0530 بتوقيت غرينتش", "0530", 5.5, "0530 بتوقيت"],
    ["ar", "هرع الأهالي عند الساعة الرابعة وسبع عشرة دقيقة فجراً", "الرابعة وسبع عشرة", 4 + 17 / 60, "الساعة الرابعة وسبع عشرة دقيقة فجراً"],
    ["ar", "بدأت الهدنة في الثامنة وعشر دقائق مساء", "الثامنة وعشر", 20 + 10 / 60, "الثامنة وعشر دقائق مساء"],
    ["ar", "انتهى الاجتماع في الحادية عشرة و20 دقيقة", "الحادية عشرة و20", 11 + 20 / 60, "الحادية عشرة و20 دقيقة"],
    ["ar", "وقع الزلزال الساعة 4 و17 دقيقة فجرا", "4 و17", 4 + 17 / 60, "الساعة 4 و17 دقيقة فجرا"],
  ] as const)("%s: %s", (lang, text, written, value, around) => {
    const ms = numbers(lang, text).filter((x) => x.role === "clock");
    expect(ms).toHaveLength(1);
    const m = ms[0];
    expect(m?.text).toBe(written);
    expect(m?.value).toBeCloseTo(value, 10);
    expect(m && phrase(text, m)).toBe(around);
  });

  it.each([
    // Minutes that count, and four digits with no time zone.
    ["ar", "استمر القصف سبع عشرة دقيقة", "سبع عشرة"],
    ["ar", "وصلت بعد الرابعة بعشرين دقيقة", "عشرين"],
    ["ar", "انتظر الثانية وعشرين ساعة", "عشرين"],
    ["en", "a 0800 number", "0800"],
    ["en", "5 West Bank villages", "5"],
    ["en", "5 local residents were hurt", "5"],
  ] as const)("%s: not a clock time: %s", (lang, text, written) => {
    expect(mention(lang, text, written).role).not.toBe("clock");
  });
});

describe("telephone numbers", () => {
  it.each([
    ["en", "had set up a helpline on 020 7946 0321.", "020 7946 0321"],
    ["en", "Call 0800-123-4567 for details", "0800-123-4567"],
    ["en", "Residents said AFAD's emergency line, 122, was overwhelmed", "122"],
    ["en", "ring the hotline 1455 for help", "1455"],
    ["en", "Tel: 01 23 45 67 89", "01 23 45 67 89"],
    ["ar", "للاستفسار يرجى الاتصال على الخط الساخن 1455", "1455"],
    ["ar", "رقم الهاتف: 02 2345 6789", "02 2345 6789"],
    ["ar", "هاتف ٠٢٢٣٤٥٦٧٨٩", "٠٢٢٣٤٥٦٧٨٩"],
  ] as const)("%s: %s", (lang, text, written) => {
    expect(mention(lang, text, written).role).toBe("identifier");
  });

  it.each([
    // Groups that do not start with a zero, a weak cue before a counted noun, a count after a strong cue's verb.
    ["en", "scores of 7 8 and 9 were given", ["7", "8", "9"]],
    ["en", "7 ".repeat(2000), Array(2000).fill("7")],
    ["en", "the front line, 122 soldiers died", ["122"]],
    ["en", "a line 20 km long", ["20"]],
    ["en", "the hotline received 5,000 calls", ["5,000"]],
    ["ar", "على الخط 20 كيلومترا", ["20"]],
  ] as const)("%s: figures, not a telephone number: %.40s", (lang, text, written) => {
    const ms = numbers(lang, text);
    expect(ms.map((m) => m.text)).toEqual(written);
    expect(ms.every((m) => m.role === undefined)).toBe(true);
  });
});

describe("designations that go on after their number", () => {
  it.each([
    ["en", "operates six A320s and five Boeing 737 MAX 8s", ["320", "737", "8"]],
    ["en", "the Boeing 737 MAX 8 was grounded", ["737", "8"]],
    ["en", "its 737 MAX 9 jets", ["737", "9"]],
    ["en", "an Airbus A350 XWB 1000", ["350", "1000"]],
    ["ar", "طائرات من طراز بوينغ 737 ماكس 8، وتسيّر رحلات", ["737", "8"]],
    ["ar", "طائرة 737 ماكس 8 جديدة", ["737", "8"]],
  ] as const)("%s: %s", (lang, text, written) => {
    const ms = numbers(lang, text);
    expect(ms.filter((m) => m.role === "designation").map((m) => m.text)).toEqual(written);
  });

  it.each([
    ["en", "six A320s and five Boeing 737s", "five"],
    ["en", "a Boeing 737 and 8 Airbus jets", "8"],
    ["ar", "أرسلت روسيا 12 سو 34", "12"],
    ["ar", "طائرات سوخوي 34 مقابل 5 مروحيات", "5"],
  ] as const)("%s: a count near a designation stays a count: %s", (lang, text, written) => {
    expect(mention(lang, text, written).role).toBeUndefined();
  });
});

describe("verbs of exceeding", () => {
  it.each([
    ["en", "Deaths topped 1,000 on Friday", "1,000", "over"],
    ["en", "Deaths passed 1,000 this year", "1,000", "over"],
    ["en", "the toll crossed 2 million", "2 million", "over"],
    // After a count noun as its subject the verb bounds any figure, round or not.
    ["en", "the death toll has crossed 126, while 200 were hurt", "126", "over"],
    ["en", "The tally passed 57 on Monday", "57", "over"],
    ["en", "arrivals surpassed 20,000", "20,000", "over"],
    ["en", "losses exceeded $3bn", "3bn", "over"],
    ["en", "more than $3bn in aid", "3bn", "over"],
    // The threshold's noun after the figure: the verb before its article bounds the figure.
    ["en", "non-oil foreign trade has crossed the Dh1 trillion mark in the first half", "1 trillion", "over"],
    ["en", "our non-oil foreign trade exceeds the one trillion dirhams barrier in just half a year", "one trillion", "over"],
    ["en", "trade has surpassed the AED1 trillion mark for the half-year period", "1 trillion", "over"],
    ["en", "the death toll passed the 1,000 mark on Monday", "1,000", "over"],
    // Not yet there: "approaching", "nearing"; the threshold's noun may be glued on by a hyphen.
    ["en", "Re-export operations are approaching the Dh300 billion-mark for the first time", "300 billion", "nearly"],
    ["en", "The toll was nearing 1,000 on Monday", "1,000", "nearly"],
    ["en", "over £20 million was raised", "20 million", "over"],
    ["ar", "فيما تجاوز عدد المصابين ١٢ ألفاً", "١٢ ألفاً", "over"],
    ["ar", "وتخطى عدد القتلى 500 شخص", "500", "over"],
    ["ar", "فاق عدد النازحين في البلدين 3 ملايين", "3 ملايين", "over"],
    ["ar", "مساعدات تتجاوز قيمتها 3 مليارات ريال", "3 مليارات", "over"],
    ["ar", "تجاوزت حصيلة القتلى 500", "500", "over"],
    ["ar", "ناهز عدد الضحايا 300", "300", "approx"],
    ["ar", "لم يتجاوز عدد القتلى 50 شخصا", "50", "atMost"],
    ["ar", "فاقت الخسائر 100 مليون دولار", "100 مليون", "over"],
  ] as const)("%s: %s", (lang, text, written, qualifier) => {
    expect(mention(lang, text, written).qualifier).toBe(qualifier);
  });

  it.each([
    // A milestone verb before a figure that is no milestone; a verb of change; a subject with no count noun;
    // a subject too long to be sure of.
    ["en", "Parliament passed 30 laws", "30"],
    ["en", "They crossed 3 borders", "3"],
    ["en", "The team crossed 126, then stopped", "126"],
    ["en", "The assembly passed 100 laws", "100"],
    // A level is a year's or another figure's, not a bound on this one; no verb of bounding, no bound.
    ["en", "Exports exceeded the 2019 level of 300 billion dirhams", "300 billion"],
    ["en", "Sales reached the 5,000 mark", "5,000"],
    ["ar", "ارتفع عدد القتلى إلى 500", "500"],
    ["ar", "تجاوز الجيش 3 حواجز", "3"],
    ["ar", "تجاوز عدد من الجنود 3 حواجز", "3"],
    ["ar", "تجاوز عدد القتلى في المدن الثلاث الكبرى منذ الأمس 500", "500"],
  ] as const)("%s: exact: %s", (lang, text, written) => {
    expect(mention(lang, text, written).qualifier).toBeUndefined();
  });
});

describe("a currency sign between the words and the figure", () => {
  it.each([
    ["en", "aid of between $2 and $5 million", "2 and $5 million", [2e6, 5e6], "between $2 and $5 million"],
    ["en", "prices of $2-$5 a day", "2-$5", [2, 5], "2-$5"],
    ["en", "from $10 to $20 million", "10 to $20 million", [10e6, 20e6], "from $10 to $20 million"],
  ] as const)("%s: a range: %s", (lang, text, written, [lo, hi], around) => {
    const m = mention(lang, text, written);
    expect([m.value, m.upper, m.qualifier]).toEqual([lo, hi, "range"]);
    expect(phrase(text, m)).toBe(around);
  });

  it("keeps a change of value two figures", () => {
    expect(numbers("en", "it rose from $2 to $3").map((m) => [m.value, m.qualifier])).toEqual([[2, undefined], [3, undefined]]);
  });

  it("leaves a qualifier before the next figure to it", () => {
    const text = "more than $3bn and over £20 million";
    expect(summary(text, numbers("en", text))).toEqual(["3bn=3000000000 over «more than $3bn»", "20 million=20000000 over «over £20 million»"]);
  });
});

describe("years with an era mark or a name", () => {
  it.each([
    ["ar", "الأربعاء 15 ذو الحجة 1446هـ الموافق 11 يونيو 2025م", "1446", "1446هـ"],
    ["ar", "في عام 1446 هـ", "1446", "1446 هـ"],
    ["ar", "توفي سنة 597 للهجرة", "597", "597 للهجرة"],
    ["ar", "افتتح في 2025م", "2025", "2025م"],
    ["en", "founded in 44 BC", "44", "44 BC"],
    ["en", "built around 622 CE", "622", "622 CE"],
    ["en", "in 1446 AH", "1446", "1446 AH"],
    ["en", "under the 1951 Refugee Convention", "1951", "1951"],
    ["en", "the 2015 Paris Agreement on climate", "2015", "2015"],
  ] as const)("%s: %s", (lang, text, written, around) => {
    const m = mention(lang, text, written);
    expect(m.role).toBe("year");
    expect(phrase(text, m)).toBe(around);
  });

  it.each([
    ["ar", "على ارتفاع 1200م", "1200"],
    ["en", "the 2000 Syrian refugees who arrived", "2000"],
    ["en", "2000 Olympic athletes", "2000"],
    ["en", "a 30 ad campaign", "30"],
  ] as const)("%s: not a year: %s", (lang, text, written) => {
    expect(mention(lang, text, written).role).toBeUndefined();
  });
});

describe("the teen tail of an Arabic ordinal", () => {
  it.each([
    ["ar", "في القرن الثالث عشر الميلادي", []],
    ["ar", "انطلقت الدورة الحادية عشرة للمهرجان", []],
    ["ar", "في الساعة الثانية عشرة ظهرا", []],
    ["ar", "قتل عشرة أشخاص وثلاثة عشر جنديا", ["عشرة", "ثلاثة عشر"]],
  ] as const)("%s: %s", (lang, text, written) => {
    expect(numbers(lang, text).map((m) => m.text)).toEqual(written);
  });
});

describe("«واحد» after its noun", () => {
  it.each([
    ["ar", "خفض سعر الإقراض لليلة واحدة بواقع 200 نقطة", ["200"]],
    ["ar", "تم ذلك لمرة واحدة فقط", []],
    ["ar", "قتل شخص واحد وأصيب خمسة", ["خمسة"]],
    ["ar", "خلال ساعة واحدة", []],
  ] as const)("%s: an adjective, no number: %s", (lang, text, written) => {
    expect(numbers(lang, text).map((m) => m.text)).toEqual(written);
  });

  it.each([
    ["ar", "الناتج واحد", "واحد"],
    ["ar", "قتل واحد وعشرون شخصا", "واحد وعشرون"],
    ["ar", "استغرق الأمر ساعة واحد ونصف", "واحد ونصف"],
    ["ar", "درجة الحرارة سالب واحد", "سالب واحد"],
    ["ar", "عدد المقاعد: واحد", "واحد"],
  ] as const)("%s: still a number: %s", (lang, text, written) => {
    expect(numbers(lang, text).map((m) => m.text)).toContain(written);
  });
});

describe("a figure that closes a quoted name", () => {
  it.each([
    ["ar", "أطلقت عملية «الفارس الشهم ٣» لإغاثة المتضررين", "٣"],
    ["en", "the \u201CShield 2\u201D exercise", "2"],
  ] as const)("%s: %s", (lang, text, written) => {
    expect(mention(lang, text, written).role).toBe("designation");
  });

  it.each([
    ["ar", "وقال: «قتل في الغارة أكثر من 30 شخصا وأصيب 12»", "12"],
    ["ar", "كتبت «الحصيلة: 12»", "12"],
    ["en", "he said \u201Cwe lost more than 12\u201D", "12"],
  ] as const)("%s: a quotation that ends with a figure: %s", (lang, text, written) => {
    expect(mention(lang, text, written).role).toBeUndefined();
  });
});
