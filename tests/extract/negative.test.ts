/**
 * Things that must NOT be claims: model designations, article numbers, named groups, clock times, weekdays,
 * years inside dates, ordinals, page furniture, quoted names. Each line is real copy or written like it; the
 * expected list is every claim the line may give (often none).
 */
import { describe, expect, it } from "vitest";
import { brief, claimsOf } from "./helpers.js";

function claimsBrief(text: string, lang: "ar" | "en", published?: string): string[] {
  return claimsOf(text, lang, published).map(brief);
}

describe("not claims (Arabic)", () => {
  it.each([
    ["وبلغ معدل البطالة لدى الشباب المتراوحة أعمارهم ما بين 15 و24 سنة 23%.", ["23 percent"]],
    ["طائرات « تو- 160» و«تو- 95 إم إس» و«تو- 22 إم3» تابعة للطيران الروسي بعيد المدى.", []],
    ["وأوضح أن 12 قاذفة روسية استراتيجية من طراز «تو- 22 إم 3» شاركت فجر أمس.", ["12 bomber"]],
    ["بينها 8 طائرات «سوخوي 34» و4 «سوخوي 27».", ["8 aircraft", "4 ?"]],
    ["تحركات موسكو بعد تفجير الطائرة A321 سيكون وفقاً لحق الدول.", []],
    ["وكانت الطائرة من طراز بوينغ 737-800 وتقل 189 راكباً.", ["189 passenger"]],
    // Letters glued to digits make a designation, unless they spell a word that never opens one (below, in the positives).
    ["أسقطت المقاتلات من طراز أف16 الطائرة الروسية.", []],
    // A military unit numbered after its noun.
    ["أكد الجيش أن الفرقة 25 شاركت في العملية.", []],
    // A day that names an event or a place is neither a date nor a figure.
    ["وشارك في ثورة 25 يناير شباب من كل المحافظات.", []],
    ["فاجعة ملعب 17 أكتوبر 1961 ببوسعادة.", []],
    ["قتل 5 من عناصر اللواء 93 في الهجوم.", ["5 killed"]],
    ["الموثق في المادة 51 من ميثاق الأمم المتحدة.", []],
    // Places numbered after their noun, and a definite number that names a group.
    ["وقع الحادث قرب المخرج 12 على الطريق الدائري.", []],
    // A group named by its number stays a name; «ما مجموعه» before a figure is a total (quantities.ar.test.ts).
    ["واجتمع وزراء مالية مجموعة 20 في روما لبحث الديون.", []],
    ["وتحتفل الجامعة بالذكرى المئوية لتأسيسها.", []],
    ["وتجمع المسافرون عند البوابة 7 في الطابق 3.", []],
    // A minute of play is a point in the match, not a span.
    ["وسجل المهاجم هدف الفوز في الدقيقة 89 من اللقاء.", []],
    ["سدد من مسافة 40 مترا، ثم أحرز زميله هدفين في الدقيقتين 87 و100.", ["40 m", "2 target"]],
    ["وأحرز المهاجم هدفي فريقه في الدقيقتين 47 و68 من ضربة جزاء.", []],
    ["وفقا للمادتين 12 و13 من القانون.", []],
    // A score written with its noun and «مقابل» instead of a dash.
    ["وفاز المنتخب على منافسه بنتيجة 3 أهداف مقابل 2 في النهائي.", []],
    ["وتغلب الفريق على ضيفه 4 مقابل 1.", []],
    // A match's score counts nothing; a range of people beside no word of a result still counts them.
    ["وانتهى اللقاء بنتيجة 2-1 لصالح الفريق المضيف.", []],
    ["وفاز الأهلي على الزمالك 3-0 في القاهرة، وتعادل الفريقان 1-1 في مباراة الذهاب.", []],
    // The result's word with the team's pronoun glued on, and the score at the end of normal time or while trailing.
    ["بعد فوزه المثير على نظيره الأردني 3-2 على استاد لوسيل (الوقت الأصلي 2-2).", []],
    ["وكان المنتخب متأخرا 1-2 حتى الدقيقة 88 من اللقاء.", []],
    ["وأصيب 2-3 أشخاص بجروح طفيفة.", ["range 2.5 injured"]],
    // A score written with a spaced slash or dash, or with a side's zero in a word, after a word of the result.
    ["وتغلب المنتخب على ضيفه 2 / 1 إثر هدف في الوقت القاتل.", []],
    ["وكادت المباراة أن تنتهي بالتعادل 1 / 1 قبل هدف الفوز.", []],
    ["وفاز الفريق 3 - 1 على ضيفه في الجولة الأخيرة.", []],
    ["منذ هدف الانتصار 1-صفر على بلجيكا.", []],
    // A slash with a space on one side only, as copy typed between two directions of writing leaves it.
    ["حقق الأهلي فوزه الثاني بتغلبه على الفتح 1/ صفر اليوم على ملعب مدينة الأمير عبدالله بن جلوي.", []],
    ["بينما ظل الفتح في المركز الأخير بلا نقاط بعد خسارته في الجولة الأولى من النصر 1 /4.", []],
    // A place in a table, and «بدون» (without), which counts nothing.
    ["وفي المقابل يتذيل فريق الفتح ترتيب فرق الدوري بالمركز الـ14 والأخير بدون أي نقطة.", []],
    ["وتراجعت البلاد إلى المرتبة الـ120 عالميا في المؤشر.", []],
    ["وانتهت المباراة بفوز الفريق الضيف (3-1) في الجولة الأخيرة.", []],
    // Added time glued to a minute of play by a plus is the same point in the match.
    ["وسجل المهاجم هدف الفوز في الدقيقة 90+2 من ضربة جزاء.", []],
    ["وأحرز اللاعب هدفي فريقه في الدقيقتين 45+2 و90+3.", []],
    ["وبلغ عدد الضحايا 40+2 شخصا.", ["40 killed", "2 person"]],
    ["وأصيب 2 - 3 أشخاص في الحادث.", ["range 2.5 injured"]],
    // A tournament named with its year: the year, not a count of what follows.
    ["وانتهت مباراتهما في كأس العالم 2018 بروسيا بفوز مثير.", []],
    ["في ختام مشوار الفريقين ببطولة كأس العالم 2018 لكرة القدم.", []],
    ["وتأهل المنتخب إلى مونديال 2026 للمرة الثانية.", []],
    ["ويشارك في كأس العالم 48 منتخبا.", ["48 ~منتخب"]],
    // A fraction before an adjective of a period or of a round is one word with it: half-yearly, the semi-final.
    ["تراجع الفائدة سواء كانت سنوية أو نصف سنوية أو ربع سنوية.", []],
    ["وتأهل الفريق إلى الدور نصف النهائي بعد فوزه.", []],
    ["وخرج المنتخب من ربع نهائي البطولة.", []],
    ["أنفقت الوزارة نصف الميزانية.", ["0.5 ?"]],
    ["وتوقفت المباراة في الدقيقة ٦٧ بسبب الأمطار نحو 10 دقائق.", ["approx 10 minute"]],
    ["وستجتمع الدول السبع الكبرى في روما.", []],
    // A wire's date line: the number closing the bracketed outlet is in its name; a figure in brackets after a
    // noun, or later in the sentence, still counts.
    ["أربيل (كوردستان 24)- قتل 23 شخصا على الأقل في حريق بملهى ليلي.", ["atLeast 23 killed"]],
    ["باريس (فرانس 24): أصيب 12 شخصا في الحادث.", ["12 injured"]],
    ["وقتل في الهجوم (نحو 30) شخصا - بحسب الشرطة.", ["approx 30 killed"]],
    // A definite figure after a noun counted in order is its rank.
    ["واختتم الاجتماع الوزاري الـ36 أعماله في الذكرى الـ75 لتأسيس المنظمة.", []],
    // «الست» after a verb is the lady, «لست» is "I am not": neither is six.
    ["وقالت الست فاطمة إنها لست أدري ماذا حدث.", []],
    ["لقائه الأخير مع بوتين على هامش قمة العشرين في تركيا.", []],
    ["ولم يرشح اي شيء عن الاجتماع حتى الساعة 17,00 تغ.", []],
    // Minutes glued to the hour by an Arabic comma are the time's.
    ["وقع الحادث اليوم في تمام الساعة 3،15 من ظهر اليوم.", []],
    ["وانطلقت المسيرة عند الساعة 10،30 صباحا.", []],
    ["شن الطيران الروسي مساء الخميس غارات جديدة.", []],
    ["والثلاثاء امر بوتين قواته البحرية بالتعاون مع الفرنسيين.", []],
    // Weekdays are no figures; after a lead word ("ليل", "يوم", "on") the tense of the clause dates them.
    ["وكانت اولاها الاربعاء وثانيتها ليل الاربعاء الخميس.", ["date 2015-11-18"]],
    ["كان الامر يتعلق بمقاتلة سويسرية من نوع اف – 18.", []],
    ["وقال أحد المسؤولين إن الاجتماع يعقد يوم الاثنين.", ["date 2015-11-23"]],
    ["التي بدأت في آب عام 2014 الماضي.", ["date 2014-08"]],
    ["منذ ضمت موسكو شبه جزيرة القرم في اذار (مارس) 2014.", ["date 2014-03"]],
    ["قررت روسيا تكثيف ضرباتها في الشهر الثالث من الحملة.", []],
    ["ضد تنظيم «داعش» في سورية، بصفتهم “الحلفاء”.", []],
    // A fuel grade is a designation; the price after it counts.
    ["وتقرر تطبيق الآلية على بنزين أوكتين 95 اعتبارا من الشهر المقبل.", []],
    ["وارتفع سعر لتر بنزين 92 ليصل إلى 19.25 جنيه.", ["19.25 egp"]],
    // A number right before a grade word is the grade («البنزين 95 أوكتان»), and the number after that word a price.
    ["سعر لتر البنزين 95 أوكتان 19 جنيها، وسعر لتر البنزين 80 أوكتان 15.75 جنيه.", ["19 egp", "15.75 egp"]],
    // A model word that is no grade still makes a count before it: twelve Su-34s.
    ["وتسلمت القوات الجوية 12 سو 34 جديدة.", ["12 ~سو"]],
    // A stock index named by letters and a number («إيجي إكس 30», EGX 30) is a name, not a count.
    ["وزاد مؤشر السوق الرئيسي إيجي إكس 30 من مكاسبه مسجلا 4729 نقطة.", ["4729 ~نقطه"]],
    ["وصعد مؤشر «إيجى إكس 70» بنسبة 0.7% ليصل إلى 420 نقطة.", ["0.7 percent", "420 ~نقطه"]],
    // A year cue before a figure written like a year keeps it the year, whatever noun follows.
    ["ومنذ 2011 عائلة المفقود تنتظر عودته.", []],
    ["وفي عام 2000 حالة البلاد تغيرت.", []],
    // A figure written like a year before «سنة»/«عام» that a word describes is the year: after a copula or a
    // demonstrative, or opening the sentence with an adjective that agrees with «سنة».
    ["كانت 2024 سنة صعبة على الاقتصاد المصري.", []],
    ["2024 سنة صعبة على الجميع.", []],
    ["وستكون 2025 سنة التعافي بعد الأزمة.", []],
    ["وكان 2023 عاما استثنائيا للشركة.", []],
    ["هذه 2024 سنة حاسمة للمنطقة.", []],
    // A counted noun is indefinite: a word of time with the article right after a figure written like a year opens
    // another phrase (Zawya's copy of February 2026's inflation), and a span of time before it still counts.
    ["وكان البنك المركزي قد خفض أسعار الفائدة في أول اجتماع له في 2026 الشهر الماضي، بواقع 100 نقطة أساس.", ["100 basis-point"]],
    ["وانخفضت الصادرات خلال 2024 العام الماضي بنسبة 3%.", ["3 percent"]],
    ["وتراجعت المبيعات خلال 3 أشهر متتالية.", ["3 month"]],
    // A five-year plan is a plan, not five years.
    ["في إطار الخطة الخمسية العاشرة للتنمية.", []],
    // A volume is no length: «متر مكعب» gives no metres.
    ["يتسع الخزان لـ 500 متر مكعب من المياه.", ["500 m3-capacity"]],
  ])("%s", (sentence, expected) => {
    expect(claimsBrief(sentence, "ar", "2015-11-20")).toEqual(expected);
  });
});

describe("not claims (English)", () => {
  it.each([
    // An age range of people is no figure ("aged 15 to 24").
    ["Unemployment among young people aged 15 to 24 reached 23%.", ["23 percent"]],
    // A share before "of them" is no count of the whole's people.
    ["The landslide has claimed the lives of 82 people, half of them women, officials said.", ["82 killed", "0.5 ?"]],
    // A two- or three-capital code before a number names a flight; one unnamed thing after "a" is a name.
    ["The plane ET 302 bound for Nairobi lost contact 6 minutes after taking off.", ["6 minute"]],
    ["The pilot had flown more than 8,000 hours and had captained a 737 since November 2017.", ["over 8000 hour", "date 2017-11"]],
    ["Tu-160 and Tu-95MS bombers fired cruise missiles.", []],
    ["Shoigu said 12 Tu-22M3 bombers hit targets near Raqqa.", ["12 bomber"]],
    ["The Airbus A321 broke up over Sinai.", []],
    // A listed model word written with a capital makes the number before it a designation, with no number after it.
    ["Picketers stood outside the plant where the flagship 737 Max aircraft is built.", []],
    ["The strike halts work on the 737 MAX, and the crane lifts 60 tons max.", ["60 ton"]],
    ["The truck overturned near exit 12 of Interstate 95.", []],
    // An age bound after people is their age.
    ["Children under five and people over 65 are most at risk.", []],
    // A decade is a time.
    ["The worst quake of the 1990s struck in the 1980's shadow.", []],
    ["Patients in Ward 4 were moved to Junction 9 clinics.", []],
    // A train named by its number, as a bus or a tram.
    ["Train 157 ran a red signal near Tahta.", []],
    ["Fans fled the 17 October 1961 Stadium through the October 6 Bridge exit.", []],
    // A ballot list or an electoral district named by its number.
    ["The Dawn Alliance, which ran as List 104, won in District 5.", []],
    ["The list named 12 candidates in 3 districts.", ["12 ~candidates", "3 ~districts"]],
    // A match's score counts nothing: after a word of the result past the team's name, or before one.
    ["Najm El Hidhab beat Mouloudia du Sahel 2-1 with a late goal.", []],
    ["Ahly sealed a 3–0 win in Cairo.", []],
    ["The final ended 2-2 in regulation time, and Hamdallah struck a dramatic 2-2 equaliser.", []],
    ["They went through 4-3 on aggregate after a 3-2 aggregate defeat last year.", []],
    // A tally larger than any side's goals, and a range with no word of a result, still count.
    ["The Senate voted 51-49 to pass the bill, and 10-15 people were hurt.", ["51 ?", "49 ?", "range 12.5 injured"]],
    // A letter after the number of a flat, a room or a gate is part of its name, not degrees Celsius.
    ["Police found the body in Apartment 3C late on Monday.", ["date 2015-11-16"]],
    ["The family shared Flat 2F with two lodgers.", ["2 ~lodgers"]],
    ["Fire broke out in Cell 4C and Unit 12F of the prison.", []],
    ["Passengers waited at Gate 3C for a delayed flight.", []],
    // A letter in brackets glued to a number names a section of a code (a retirement plan, a charity's status),
    // and a number in brackets glued after it a subsection; a bracket after a space opens an aside.
    ["Workers with pensions and 401(k) plans will also see gains.", []],
    ["Teachers put $500 into 403(b) accounts, and the charity kept its 501(c)(3) status.", ["500 usd"]],
    ["The vote passed 7 (a majority) to 2.", ["7 ?", "2 ?"]],
    // A glued run opened by a designation stays one designation: no range 737–800, no 320 and 200.
    ["A Boeing 737-800 overshot the runway.", []],
    ["The Airbus A320-200 was leased in 2014.", []],
    ["The Boeing 777-300ER landed safely.", []],
    // A fraction glued by a hyphen after a word of order names a part of a match, not a share.
    ["Second-half goals decided it after Dortmund wasted several first-half chances.", []],
    // A word of the result may close the noun phrase a score opens.
    ["Carvajal and Vinicius sealed a 2-0 Champions League final victory.", []],
    // A figure spelled out after another starts its own phrase: the year of a name takes no unit past it.
    ["Stewards were meant to stop a repeat of the Euro 2020 final three years ago.", ["3 year"]],
    // A model family's number with its variant glued on is one designation with no maker's name before it.
    ["Inspecting the company's 737-9 fleet will take days, and a 747-400 was parked.", []],
    // A reference cue names the whole glued run after it; a law or bill only when written as a title.
    ["Victims will be paid under Article 7 of Law 110-14, which set up a fund.", []],
    ["The council passed Resolution 2254/2015 unanimously.", []],
    ["The ministry cited Article 51 of the U.N. Charter.", []],
    ["Patients lay in the corridors outside Ward 4, the isolation ward.", []],
    ["Leaders met at the G20 summit in Antalya.", []],
    ["No statement was expected before 17:00 GMT.", []],
    // A time of day written to the second by page furniture: a leading zero, or right after a date's digits.
    ["Last updated 08:00:10 - Source: Euronews", []],
    // A half marathon is a kind of race, not half of one.
    ["He ran mostly half marathons before moving up, and won the city's half marathon.", []],
    ["Published 2023-09-27 9:05:33 by the news desk", ["date 2023-09-27"]],
    ["Russian jets struck again on Thursday.", ["date 2015-11-19"]],
    ["Russian jets may strike again on Thursday.", []],
    // American copy drops the "on" after a reporting verb; the verb's tense still dates the weekday.
    ["The ministry said Thursday that jets struck again.", ["date 2015-11-19"]],
    ["OPEC and its allies agreed Thursday to cut output.", ["date 2015-11-19"]],
    ["The council voted Thursday's motion down.", []],
    ["Sunday Times reporters were present.", []],
    ["A Swiss F-18 was involved, not a French jet.", []],
    // A capitalised name glued by a hyphen to a figure, however long, is a designation.
    ["An Aeroflot Superjet-100 made an emergency landing after a Falcon-9 launch.", []],
    ["Flight MH17 was shot down over Ukraine; a B-52 flew over the region.", []],
    ["Crimea was annexed in March 2014.", ["date 2014-03"]],
    ["It was the third such strike this week.", []],
    ["The 2015 budget was approved in 2014.", []],
    // A year before a describing word and the singular time word names a year, not 2,025 years (Omani budget copy).
    ["The ministry unveiled the State's General Budget for the 2025 fiscal year.", []],
    ["Enrolment fell in the 2024 school year.", []],
    // "in" and "since" before a figure written like a year make it the year, even before a counted noun.
    ["In 2000 people moved to the city.", []],
    ["Since 2000 families have returned.", []],
    ["\"Defense News\" reported the carrier could stay.", []],
    // "that one" without a noun after it is a pronoun, not a count.
    ["Officials said that one was the worst of the leaks, and the governor preferred that one.", []],
    // "QR" and "RO" are riyals only right before an amount: a QR code and a country code stay letters.
    ["Scan the QR code at gate 5.", []],
    ["Romania (RO) had 12 entries.", ["12 ~entries"]],
    // A span of time as a label is no duration: part of a name, or the period a report covers.
    ["It was the first year of the 10th Five-Year Development Plan.", []],
    ["The company reported its strongest ever half year financial performance.", []],
    ["The bank posted half-year results and a six-month profit.", []],
    // A volume is no length: "cubic metres" gives no metres.
    ["The reservoir holds 500 cubic metres.", ["500 m3"]],
  ])("%s", (sentence, expected) => {
    expect(claimsBrief(sentence, "en", "2015-11-20")).toEqual(expected);
  });
});

describe("page furniture yields no claim", () => {
  it("skips furniture lines around an article", () => {
    const text = [
      "Share this article",
      "Comments (12)",
      "Russian aircraft flew 2,289 combat sorties, the ministry said.",
      "Back to top",
      "1 2 3 Next",
      "Advertisement",
    ].join("\n");
    expect(claimsBrief(text, "en")).toEqual(["2289 sortie"]);
  });

  it("skips Arabic furniture", () => {
    const text = ["اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "دمر الطيران 4111 هدفاً.", "زر الذهاب إلى الأعلى"].join("\n");
    expect(claimsBrief(text, "ar")).toEqual(["4111 target"]);
  });

  // Arabic pages on an English-language publishing system print their stamp in English.
  it.each([
    ["تاريخ النشر: 10th, September 2023 GMT"],
    ["تاريخ النشر: 1st, March 2024 GMT"],
    ["تاريخ النشر: 23rd, June 2025 GMT"],
  ])("skips the Arabic page stamp %s", (stamp) => {
    const text = [stamp, "وأعلنت الوزارة ارتفاع عدد الوفيات إلى 2122 حالة وفاة."].join("\n");
    expect(claimsBrief(text, "ar")).toEqual(["2122 killed"]);
  });
});

// Outlets spell a transliterated name each their own way; a short quotation after the noun it names is no statement.
describe("quoted names after their noun (Arabic)", () => {
  it.each<[string, number]>([
    ['اندلع الحريق قرب مطبخ مطعم ونادي "بيرتش باي روميو لين" في بلدة أربورا.', 0],
    ["وقالت الشرطة إن الحريق اندلع في ملهى “بيرش باي روميو لين” بعد منتصف الليل.", 0],
    ["وأطلق الجيش عملية «درع الشمال الجديد» فجر اليوم.", 0],
    // A body named in quotation marks after its noun or after the title of its head.
    ['وعاقبت المحكمة أسامة الشيخ رئيس "اتحاد الإذاعة والتلفزيون" السابق بالسجن.', 0],
    ["وانسحبت حركة «النهضة الوطنية الجديدة» من الائتلاف.", 0],
    ['وقال رئيس الاتحاد "لن نقبل بهذا القرار أبدا".', 1],
    // Longer than a name, or after no such noun: a statement.
    ['وقال مدير النادي "لم نتلق أي تحذير من الدفاع المدني قبل الحريق".', 1],
    ['وقال مدير الملهى "لن نفتح أبوابنا".', 1],
    ["وقال الوزير «لن نسمح بتكرار هذه المأساة».", 1],
  ])("%s", (text, quotes) => {
    expect(claimsOf(text, "ar").filter((c) => c.kind === "quote")).toHaveLength(quotes);
  });
});
