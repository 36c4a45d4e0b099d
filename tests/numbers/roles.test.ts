import { describe, expect, it } from "vitest";
import { mention, numbers } from "./helpers.js";

describe("roles", () => {
  it.each([
    ["ar", "طائرات « تو- 160» و«تو- 95 إم إس»", ["160", "95"]],
    ["ar", "فيما قطعت طائرات «تو-22 إم3» مسافة", ["22", "3"]],
    ["ar", "من طراز «تو- 22 إم 3» شاركت", ["22", "3"]],
    ["ar", "بينها 8 طائرات «سوخوي 34» و4 «سوخوي 27»", ["34", "27"]],
    ["ar", "مقاتلة سويسرية من نوع اف – 18", ["18"]],
    ["ar", "طائرات سو-34 وإف-16 وميغ 29", ["34", "16", "29"]],
    ["ar", "منظومة إس-400 للدفاع الجوي", ["400"]],
    ["ar", "تفجير الطائرة A321 فوق سيناء", ["321"]],
    ["ar", "طائرة ايرباص A321 وطائرة بوينغ 737", ["321", "737"]],
    ["ar", "وباء كوفيد-19 مستمر", ["19"]],
    ["en", "Tu-160 and Tu-95MS bombers", ["160", "95"]],
    ["en", "12 Tu-22M3 long-range bombers", ["22", "3"]],
    ["en", "Su-34 and F-18 and B-52 jets", ["34", "18", "52"]],
    ["en", "the S-400 system", ["400"]],
    ["en", "an Airbus A321 and a Boeing 737", ["321", "737"]],
    ["en", "flight MH17 and the G20 summit", ["17", "20"]],
    ["en", "COVID-19 cases and SCP-173", ["19", "173"]],
    ["en", "5G networks and 4G phones", ["5", "4"]],
    ["en", "an Antonov An-24 and two An-124 freighters", ["24", "124"]],
    ["en", "The S&P 500 fell 2.1% and the FTSE 100 lost 80 points; the Nikkei 225 rose.", ["500", "100", "225"]],
    // A train's number before its route and class.
    ["en", "when Patna-bound 19321 Indore- Patna express train derailed", ["19321"]],
    ["en", "the 12951 Mumbai Rajdhani Express and the 2000 passengers on board", ["12951"]],
    ["en", "the 13005 Howrah-Amritsar Mail was late", ["13005"]],
  ] as const)("%s: designations in %s", (lang, text, written) => {
    const designations = numbers(lang, text).filter((m) => m.role === "designation");
    expect(designations.map((m) => m.text)).toEqual(written);
  });

  it.each([
    ["ar", "فاز في قمة العشرين", "عشرين"],
    ["en", "leaders of the Group of Seven met", "Seven"],
  ] as const)("%s: a number word inside a name: %s", (lang, text, written) => {
    expect(mention(lang, text, written).role).toBe("designation");
  });

  it.each([
    ["ar", "ولم يرشح اي شيء عن الاجتماع حتى الساعة 17,00 تغ.", "17,00", 17, "الساعة 17,00 تغ"],
    ["ar", "بدأ الاجتماع الساعة 5 مساء", "5", 17, "الساعة 5 مساء"],
    ["ar", "انتهى الاجتماع الساعة 17:30", "17:30", 17.5, "الساعة 17:30"],
    ["en", "The meeting ended at 17:00 GMT.", "17:00", 17, "17:00 GMT"],
    ["en", "It crashed at 5:30 p.m. local time", "5:30", 17.5, "5:30 p.m."],
    ["en", "They met at 5 p.m. on Friday", "5", 17, "5 p.m."],
    ["en", "They met at 9am on Friday", "9", 9, "9am"],
  ] as const)("%s: clock times: %s", (lang, text, written, value, around) => {
    const m = mention(lang, text, written);
    expect(m.role).toBe("clock");
    expect(m.value).toBe(value);
    expect(text.slice(m.phraseStart, m.phraseEnd)).toBe(around);
  });

  it.each([
    ["The convoy left at 0300 hrs on Monday.", "0300", 3, "0300 hrs"],
    ["The blast was heard at 1430 hrs. on Sunday", "1430", 14.5, "1430 hrs."],
    ["The fire started at 2350 hrs IST near the depot.", "2350", 23 + 50 / 60, "2350 hrs"],
    ["The raid began at 0545 hours on Monday.", "0545", 5.75, "0545 hours"],
  ] as const)("en: military hhmm before hrs / a zero-led one before hours is a clock time: %s", (text, written, value, around) => {
    const m = mention("en", text, written);
    expect(m.role).toBe("clock");
    expect(m.value).toBeCloseTo(value, 6);
    expect(text.slice(m.phraseStart, m.phraseEnd)).toBe(around);
  });

  it.each([
    ["An 18-year-old and an 80-year-old were hurt.", "18"],
    ["An 18-year-old and an 80-year-old were hurt.", "80"],
    ["Police held an 18 men for questioning.", "18"],
  ] as const)("en: the article 'an' before a number makes no designation: %s", (text, written) => {
    expect(mention("en", text, written).role).not.toBe("designation");
  });

  it.each([
    ["Volunteers logged 1500 hours of work.", "1500", 1500],
    ["The flight lasted 2 hrs on Monday.", "2", 2],
    ["The flight lasted 12 hrs on Monday.", "12", 12],
    ["Crews worked 2.5 hrs before dawn.", "2.5", 2.5],
    ["Rescuers dug for 1875 hrs in all.", "1875", 1875],
  ] as const)("en: a span of hours stays a figure: %s", (text, written, value) => {
    const m = mention("en", text, written);
    expect(m.role).toBeUndefined();
    expect(m.value).toBe(value);
  });

  it.each([
    ["ar", "الموثق في المادة 51 من ميثاق الأمم المتحدة", "51"],
    ["ar", "بموجب القرار 2254 الصادر", "2254"],
    ["ar", "السيارة رقم 5 انفجرت", "5"],
    ["ar", "وفقا للبند 7 من الاتفاق", "7"],
    ["en", "under Article 51 of the UN Charter", "51"],
    ["en", "Security Council resolution 2249 passed", "2249"],
    ["en", "Exercises nrs. 22,24,26,31.", "22"],
    ["en", "see page 3 and No. 5", "3"],
    ["en", "see page 3 and No. 5", "5"],
    ["en", "the guests in room 12 left", "12"],
  ] as const)("%s: references: %s", (lang, text, written) => {
    expect(mention(lang, text, written).role).toBe("reference");
  });

  it("gives a whole reference list its role", () => {
    const ms = numbers("en", "Exercises nrs. 22,24,26,31.");
    expect(ms.map((m) => [m.value, m.role])).toEqual([
      [22, "reference"],
      [24, "reference"],
      [26, "reference"],
      [31, "reference"],
    ]);
  });

  it.each([
    ["ar", "التي بدأت في آب عام 2014 الماضي", "2014"],
    ["ar", "منذ ضمت موسكو القرم في اذار (مارس) 2014.", "2014"],
    ["ar", "خلال عامي 2014 و2015", "2015"],
    ["ar", "ميزانية سنة 2016 المقبلة", "2016"],
    ["ar", "الحرب التي بدأت منذ 2011، حصدت", "2011"],
    ["en", "The war began in 2011, and by 2015 it had spread.", "2011"],
    ["en", "The war began in 2011, and by 2015 it had spread.", "2015"],
    ["en", "in September 2015 the strikes began", "2015"],
    ["en", "since early 2014 and mid-2015", "2014"],
    ["en", "since early 2014 and mid-2015", "2015"],
    // A fiscal year of two Hijri years, the era mark written once after both.
    ["ar", "لإقرار الميزانية العامة للدولة للعام المالي القادم 1447 / 1448هـ (2026م).", "1447"],
    ["ar", "لإقرار الميزانية العامة للدولة للعام المالي القادم 1447 / 1448هـ (2026م).", "1448"],
  ] as const)("%s: years: %s", (lang, text, written) => {
    expect(mention(lang, text, written).role).toBe("year");
  });

  it.each([
    ["en", "The war lasted from 2011 to 2015, officials said.", 2011, 2015],
    ["en", "in 2014-15 the budget grew", 2014, 2015],
    ["ar", "خلال الفترة من 2011 إلى 2015، قتل", 2011, 2015],
  ] as const)("%s: spans of years: %s", (lang, text, lo, hi) => {
    const ms = numbers(lang, text);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ value: lo, upper: hi, role: "year", qualifier: "range" });
  });

  it("keeps a range of counts that look like years a range of counts", () => {
    const ms = numbers("en", "between 2000 and 2500 people were arrested");
    expect(ms[0]).toMatchObject({ value: 2000, upper: 2500, qualifier: "range" });
    expect(ms[0]?.role).toBeUndefined();
  });

  it.each([
    ["en", "the 2000 soldiers who arrived", "2000"],
    ["en", "in 2000 attacks last year", "2000"],
    ["en", "the 2015 budget was cut", "2015"],
    ["ar", "في 2000 غارة جوية", "2000"],
    // Two counts side by side are no fiscal year: they are not consecutive.
    ["ar", "وسجل 1446 / 1448 طالبا", "1446"],
  ] as const)("%s: a four-digit count is not a year without a cue: %s", (lang, text, written) => {
    expect(mention(lang, text, written).role).toBeUndefined();
  });

  it.each([
    ["en", "My phone number is +1-222-2222/2222", "+1-222-2222/2222"],
    ["en", "Call +44 20 7946 0958 now", "+44 20 7946 0958"],
    ["en", "ISBN 978-3-16-148410-0 is listed", "978-3-16-148410-0"],
    ["en", "The IP address 192.168.1.2 leaked", "192.168.1.2"],
    ["ar", "رقم الهاتف 0501234567 للطوارئ", "0501234567"],
    ["ar", "رقمي +١ ٢٢٢ ٢٢٢٢ ٢٢٢٢", "+١ ٢٢٢ ٢٢٢٢ ٢٢٢٢"],
  ] as const)("%s: identifiers: %s", (lang, text, written) => {
    expect(mention(lang, text, written).role).toBe("identifier");
  });

  it.each([
    ["en", "the May 4th meeting", "4th", 4],
    ["en", "the 21st century", "21st", 21],
    ["en", "his 3rd term", "3rd", 3],
  ] as const)("%s: ordinals in digits: %s", (lang, text, written, value) => {
    const m = mention(lang, text, written);
    expect([m.role, m.value]).toEqual(["ordinal", value]);
  });
});
