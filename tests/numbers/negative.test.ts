import { describe, expect, it } from "vitest";
import { numbers } from "./helpers.js";

/** Text that holds no quantity: every mention found must carry a role, or there must be none. */
describe("negative cases", () => {
  it.each([
    // Weekdays spelled like numbers (الأحد "one", الاثنين "two", الخميس is not five).
    ["ar", "شن الطيران الروسي مساء الخميس غارات جديدة"],
    ["ar", "والثلاثاء امر بوتين قواته البحرية"],
    ["ar", "كيري سيسافر من باريس إلى موسكو الاثنين"],
    ["ar", "عقد الاجتماع يوم الإثنين الماضي"],
    ["ar", "وصل الوفد يوم الأحد وغادر بالاثنين"],
    ["ar", "وكانت اولاها الاربعاء وثانيتها ليل الاربعاء الخميس"],
    ["ar", "تصل الى تلك المنطقة الجمعة أو السبت"],
    // "أحد" is "one of"; ordinals are not cardinals.
    ["ar", "قال أحد المسؤولين إن الغارة هي الثالثة من نوعها"],
    ["ar", "في اول عملية مشتركة منذ الحرب العالمية الثانية"],
    ["ar", "إعداد قائمتين إحداهما للمنظمات الإرهابية والثانية للمعارضة"],
    ["ar", "أشاد للمرة الأولى بالدور الروسي"],
    // Vague plurals and "one of".
    ["ar", "قتل عشرات المدنيين وأصيب المئات وفر آلاف"],
    ["ar", "واحد من أبرز القادة"],
    ["ar", "أي واحد تفضل؟"],
    ["ar", "في آن واحد وبصوت واحد"],
    // «كمية» is an amount, not «ك» + «مية» (a hundred).
    ["ar", "وسجلت أعلى كمية أمطار في منطقة خطم الشكلة"],
    ["ar", "تراجعت كميه النفط المصدرة وكمية الغاز"],
    // A fraction that belongs to a noun.
    ["ar", "بعد عام ونصف من تجميد العلاقات"],
    // Definite tens are ordinals as often as counts; the quarter is a noun here.
    ["ar", "في القرن العشرين"],
    ["ar", "الربع هو رقم كسر."],
    // "ثمن" is a price, not an eighth; "لست" is not "ست".
    ["ar", "دفع ثمن النفط"],
    ["ar", "لست متأكدا من ذلك"],
    // Numbers in URLs.
    ["ar", "يمكنك الذهاب إلى https://www.test.com/search?q=30%25%2020%"],
    ["en", "You can go to http://proquest.umi.com/pqdweb?RQT=305&SQ=issn%280024%2D9114%29"],
    ["en", "Write to press2015@example.org today"],
    ["en", "One of the attackers was French, and one of them was never identified."],
    ["en", "The one you mentioned is invalid"],
    ["en", "Which one do you prefer? That one is really good."],
    ["en", "They helped one another, one by one."],
    ["en", "He credited the achievement to collaboration, one that reflects Dubai's unique spirit."],
    ["en", "It was a hard choice, but one which the board accepted, and one who knew him agreed."],
    ["en", "a third round of talks and a second attempt"],
    ["en", "the first half of the year and the third quarter"],
    ["en", "a year and a half ago"],
    ["en", "Dozens were hurt and hundreds fled; thousands more are missing."],
    ["en", "Book a first class seat to Seattle"],
    ["en", "a half-brother and a one-off"],
    ["en", "an apple a day"],
    // Seat, shirt and house numbers (Alaska Airlines Flight 1282; Grealish's move to Manchester City).
    ["en", "Several seats were empty, including seats 26A and 26B."],
    ["en", "Grealish will wear the No 10 shirt for the reigning Premier League champions."],
    ["en", "Downing Street said No 10 would respond."],
    // Age groups and decades: two digits with a decade's "s" glued on (Daily Mail copy of the UK's 2022 heat deaths).
    ["en", "Almost all deaths occurred among the over-65s, while the under-18s were spared."],
    ["en", "Most victims were in their 70s and 80s, as in the 90s."],
    // A fiscal year whose slash the copy lost: two consecutive years glued into eight digits.
    ["ar", "أعلنت الكويت تسجيل عجز في ميزانيتها للسنة المالية 20152016"],
    ["ar", "والعجز هو الأول منذ السنة المالية 19981999."],
    ["en", "the deficit for fiscal year 20152016"],
    // Two consecutive years before the words of a fiscal year are that year, however joined.
    ["en", "profit before tax for the first half of the 2025 to 2026 financial year"],
    ["en", "for the first half of the 2025-2026 fiscal year which begins in April"],
  ] as const)("%s: %s", (lang, text) => {
    const plain = numbers(lang, text).filter((m) => !m.role);
    expect(plain.map((m) => m.text)).toEqual([]);
  });

  it.each([
    // Clitics glued to digits are not designations.
    ["ar", "سلاح الجو قام بـ 2289 طلعة", "2289"],
    ["ar", "تعزيز القوات بــ37 طائرة أخرى", "37"],
    ["ar", "ركابها الـ217 وطاقمها", "217"],
    ["ar", "الأسابيع الـ3 أو الـ4 المقبلة", "3"],
    ["ar", "بينها 8 طائرات و4 مروحيات", "4"],
    ["ar", "تجده في الصفحة ال١٩٢", "١٩٢"],
    ["ar", "في الساعات الـ 24الاخيرة", "24"],
    // A short word before a dash is not a code when it is a common word.
    ["en", "by mid-2015 prices", "2015"],
    ["en", "The 5k-20k range", "5k-20k"],
    // A count before a name is no train number: the name needs a hyphen or a capitalised service word.
    ["en", "some 15000 Rohingya fled to Bangladesh", "15000"],
    ["en", "2000 Delhi police were deployed", "2000"],
    ["en", "4000 Indo-Pakistani troops crossed", "4000"],
    ["en", "3500 Daily express readers wrote in", "3500"],
  ] as const)("%s: no false role in %s", (lang, text, written) => {
    const m = numbers(lang, text).find((x) => x.text === written);
    expect(m).toBeDefined();
    expect(m?.role === undefined || m?.role === "year").toBe(true);
    expect(m?.role).not.toBe("designation");
  });

  it.each([
    ["en", "<>30 and =>30 and =<30 are not valid"],
    ["ar", "النتيجة هو <>٣٠ و =>٣٠"],
    ["en", "<a0> 29 /01"],
  ] as const)("%s: signs glued to other signs are not qualifiers: %s", (lang, text) => {
    expect(numbers(lang, text).map((m) => m.qualifier ?? null).filter(Boolean)).toEqual([]);
  });

  it.each([
    ["ar", "الساعات الـ24 الأخيرة", "24"],
    ["ar", "لمدة 24 ساعة", "24"],
    ["en", "over the past 24 hours", "24"],
  ] as const)("%s: hours are not a clock time: %s", (lang, text, written) => {
    const m = numbers(lang, text).find((x) => x.text === written);
    expect(m?.role).toBeUndefined();
  });

  it("gives a huge digit run no mention and no Infinity", () => {
    const text = `الرقم ${"9".repeat(1_000_000)} كبير و 12 صغير`;
    const ms = numbers("ar", text);
    expect(ms.map((m) => m.value)).toEqual([12]);
  });

  it("reads 300,000 repetitions of '1,' as one identifier, not 300,000 claims", () => {
    const text = "1,".repeat(300_000);
    const ms = numbers("en", text);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ role: "identifier", start: 0, end: text.length - 1 });
  });

  it("reads 300,000 separate figures, one mention each", () => {
    const ms = numbers("en", "7 ".repeat(300_000));
    expect(ms).toHaveLength(300_000);
    expect(ms.every((m) => m.value === 7 && !m.role)).toBe(true);
  });

  it("reads a 2 MB line of prose", () => {
    const unit = "قتل أكثر من 240 الف شخص في الحرب، ونزح ملايين. ";
    const text = unit.repeat(Math.ceil(2_000_000 / unit.length));
    const ms = numbers("ar", text);
    expect(ms.length).toBe(Math.ceil(2_000_000 / unit.length));
    expect(ms.every((m) => m.value === 240000 && m.qualifier === "over")).toBe(true);
  });

  it("keeps values finite and within bounds for long chains of number words", () => {
    const text = `${"trillion ".repeat(2000)}and a million`;
    for (const m of numbers("en", text)) expect(Number.isFinite(m.value)).toBe(true);
    const text2 = `one ${"thousand ".repeat(50)}`;
    for (const m of numbers("en", text2)) expect(Math.abs(m.value)).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER * 1e6);
  });
});
