import type { DateWords, TenseCue } from "../../extract/dates/words.js";
import { hijriMonths } from "./calendar.js";

// Ordinal day words 1-31: the units, then "الحادي عشر"… and "الحادي والعشرين"…; أ/ا and ة/ه fold.
const units = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
const teens = ["الحادي", ...units.slice(1)];
const spelledDays: [string, number][] = [
  ...units.map((w, i): [string, number] => [w, i + 1]),
  ["العاشر", 10],
  ...teens.map((w, i): [string, number] => [`${w} عشر`, i + 11]),
  ["العشرين", 20],
  ...teens.map((w, i): [string, number] => [`${w} والعشرين`, i + 21]),
  ["الثلاثين", 30],
  ["الحادي والثلاثين", 31],
];

const cues = (tense: TenseCue, ...words: string[]) => words.map((w) => [w, tense] as const);

// Verbs of news events and reports in the past (he, she, they). A masculine form that is also a noun ("قتل"
// killing, "تراجع" decline, "سجل" record, "حذر" caution) is left out: "من المقرر عقد اجتماع مساء الخميس" is
// future.
const pastVerbs = cues(
  "past",
  "قال", "قالت", "قالوا", "أعلن", "أعلنت", "أعلنوا", "أكد", "أكدت", "أكدوا", "أفاد", "أفادت", "أوضح", "أوضحت",
  "صرح", "صرحت", "كشفت", "وقع", "وقعت", "وقعوا", "وقعا", "شنت", "شنوا", "نفذ", "نفذت", "استهدف", "استهدفت",
  "قتلت", "قتلوا", "لقي", "لقيت", "لقوا", "أصيب", "أصيبت", "أصيبوا", "سقط", "سقطت", "تحطمت", "انفجر", "انفجرت",
  "جرت", "أجرى", "أجرت", "أجريت", "عقدت", "عقدوا", "التقى", "التقت", "التقوا", "اجتمع", "اجتمعت", "اجتمعوا",
  "بدأ", "بدأت", "بدأوا", "انطلق", "انطلقت", "وصل", "وصلت", "وصلوا", "زار", "زارت", "غادر", "غادرت", "أصدر",
  "أصدرت", "صدرت", "وافق", "وافقت", "أقرت", "رفضت", "اتفق", "اتفقت", "اتفقوا", "توصلت", "توصلوا", "تمكنت",
  "تمكنوا", "شهدت", "أطلق", "أطلقت", "أسفر", "أسفرت", "ارتفع", "ارتفعت", "تراجعت", "انخفض", "انخفضت", "سجلت",
  "خفضت", "قرر", "قررت", "نشرت", "دعا", "دعت", "طالبت", "اتهم", "اتهمت", "حذرت", "نفت", "أضاف", "أضافت",
  "أشار", "أشارت", "تعرضت", "اندلع", "اندلعت", "هاجم", "هاجمت", "قصفت", "اقتحم", "اقتحمت", "انسحب", "انسحبت",
  "سيطر", "سيطرت", "أسقط", "أسقطت", "أرسل", "أرسلت", "تلقت", "استقبل", "استقبلت", "ترأس", "ترأست", "افتتح",
  "افتتحت", "انتهى", "انتهت", "اختتم", "اختتمت", "أدلى", "أدلت", "تم", "كان", "كانت", "كانوا", "لقد", "لم",
  // Completing, releasing, including: «أتمت الأطراف يوم الجمعة المرحلة الثانية», «أفرجت السلطات يوم الخميس عن …».
  // Masculine «أتم» ("most complete") and «شمل» (a reunion) are left out.
  "أتمت", "أتموا", "أنجز", "أنجزت", "أنجزوا", "أفرج", "أفرجت", "أفرجوا", "شملت", "تسلمت", "سلمت", "أطلق سراح",
  // Trying: «حاول المشجعون مغادرة الملعب يوم السبت» was tried that day; the verbal noun after it carries no tense.
  "حاول", "حاولت", "حاولوا", "حاولا",
  "أمس", "البارحة", "منذ",
);

// Present forms of event verbs: with a weekday, news Arabic uses them for the coming days ("تبدأ الأحد");
// with the future prefix سـ too. Forms that are also verbal nouns or past verbs ("تدخل" intervention, "تصدر"
// topped, "توقع" expected, "تلقي" receiving) are left out.
const presentVerbs = [
  "يبدأ", "تبدأ", "ينطلق", "تنطلق", "يعقد", "تعقد", "يلتقي", "تلتقي", "يصل", "تصل", "يزور", "تزور", "يجتمع",
  "تجتمع", "يجري", "تجري", "يتوجه", "تتوجه", "يفتتح", "تفتتح", "يستأنف", "تستأنف", "ينتهي", "تنتهي", "يدخل",
  "يصوت", "تصوت", "يترأس", "تترأس", "يستقبل", "تستقبل", "يغادر", "تغادر", "يوقع", "يشارك", "تشارك", "يحتفل",
  "تحتفل", "يعلن", "تعلن", "يصدر", "يطلق", "تطلق", "ينظم", "تنظم", "يستضيف", "تستضيف", "يناقش", "تناقش",
  "يبحث", "تبحث", "يعود", "تعود", "يسافر", "تسافر", "يكون", "تكون", "يحاول", "تحاول", "يحاولون",
];
// Words of plans alone are nouns too ("المقرر الخاص" the special rapporteur, "أكثر من المتوقع" more than
// expected), so they count only in their phrases ("من المقرر", "من المتوقع أن").
const futureWords = cues(
  "future",
  ...presentVerbs,
  ...presentVerbs.map((v) => "س" + v),
  "سوف", "لن", "سيتم", "من المقرر", "من المقرر أن", "من المنتظر أن", "ومن المنتظر", "من المتوقع أن",
  "ومن المتوقع", "يتوقع", "يتوقع أن", "تتوقع", "تتوقع أن", "يرتقب", "يرتقب أن", "يفترض أن", "من المفترض أن",
  "المرتقب", "مرتقب", "مرتقبة", "المرتقبة", "يعتزم", "تعتزم", "يزمع", "تزمع", "ينوي", "تنوي", "غدا",
);

// Spellings are folded before use (أ/ا, ة/ه, tatweel), and the locale's clitics (و ف ب ل ال) may be glued
// to the first word, so "وفي" and "لعام" need no entries of their own.
export const dates: DateWords = {
  dayMonthOrders: ["dm"],
  // Arabic copy writes numeric dates day first, as British English does.
  numericOrder: "dm",
  wireDayMonth: true,
  capitalisedNames: false,
  // آب is also "father", مارس "he practised", نيسان the car maker, ماي a surname (تيريزا ماي), جوان a name.
  ambiguousMonths: ["آب", "مارس", "نيسان", "ماي", "جوان"],
  spelledDays,
  spelledDayCues: [
    "في", "يوم", "منذ", "حتى", "قبل", "بعد", "صباح", "مساء", "ليل", "ليلة", "فجر", "اعتبارا من", "ابتداء من",
    "بدءا من", "حتى يوم", "قبل يوم",
  ],
  // Maghrebi usage: «فاتح» is the first of the month named after it.
  monthDays: [["فاتح", 1]],
  ordinalSuffixes: [],
  dayMonthLinks: ["من", "من شهر", "شهر"],
  yearLinks: ["عام", "العام", "سنة", "السنة", "من عام", "من العام", "من سنة", "من السنة"],
  dayYearSeparators: [],
  yearCues: [
    "عام", "العام", "سنة", "السنة", "عامي", "العامين", "سنتي", "مطلع", "أواخر", "أوائل", "منتصف",
    "أواسط", "بداية", "نهاية", "ربيع", "صيف", "خريف", "شتاء",
  ],
  monthCues: [
    "في", "منذ", "خلال", "حتى", "قبل", "بعد", "شهر", "الشهر", "مطلع", "أواخر", "أوائل", "منتصف", "أواسط",
    "بداية", "نهاية", "مستهل", "بحلول", "طيلة", "طوال", "أثناء",
    // «بين يوليو وديسمبر»: the first month of a span, the next one joined to it (see grammar's joinedToMonth).
    "بين",
  ],
  monthParts: ["أواخر", "أوائل", "مطلع", "مستهل", "منتصف", "أواسط", "بداية", "نهاية", "آخر"],
  directionsAfter: [
    ["الماضي", "past"], ["الماضية", "past"], ["المنصرم", "past"], ["المنصرمة", "past"], ["الفائت", "past"],
    ["الفائته", "past"], ["السابق", "past"],
    ["المقبل", "future"], ["المقبلة", "future"], ["القادم", "future"], ["القادمة", "future"],
    ["الجاري", "current"], ["الحالي", "current"],
  ],
  // «منذ ديسمبر» (since December): a month already reached, the current one included («منذ بداية يناير» written
  // in January is this January).
  directionsBefore: [["منذ", "since"]],
  monthReferences: [
    // "في 26 الجاري": the 26th of this month.
    ["الجاري", 0], ["الحالي", 0],
    ["الشهر الحالي", 0], ["الشهر الجاري", 0], ["هذا الشهر", 0], ["الشهر نفسه", 0], ["نفس الشهر", 0],
    ["الشهر الماضي", -1], ["الشهر المنصرم", -1], ["الشهر الفائت", -1], ["الشهر السابق", -1],
    ["الشهر المقبل", 1], ["الشهر القادم", 1],
  ],
  yearReferences: [
    ["العام الماضي", -1], ["السنة الماضية", -1], ["العام المنصرم", -1], ["العام الفائت", -1], ["العام السابق", -1],
    ["من العام الماضي", -1], ["من السنة الماضية", -1], ["من العام المنصرم", -1], ["من العام السابق", -1],
    ["العام المقبل", 1], ["العام القادم", 1], ["السنة المقبلة", 1], ["السنة القادمة", 1],
    ["من العام المقبل", 1], ["من العام القادم", 1], ["من السنة المقبلة", 1],
    ["العام الجاري", 0], ["العام الحالي", 0], ["السنة الجارية", 0], ["السنة الحالية", 0], ["هذا العام", 0],
    ["من العام الجاري", 0], ["من العام الحالي", 0], ["من هذا العام", 0], ["من السنة الجارية", 0],
  ],
  // News Arabic uses "الخميس المقبل" for the coming Thursday and "الخميس الماضي" for the last one.
  weekdayRelativeAfter: [
    ["المقبل", "future"], ["المقبلة", "future"], ["القادم", "future"], ["القادمة", "future"],
    ["الماضي", "past"], ["الماضية", "past"], ["الفائت", "past"], ["المنصرم", "past"],
  ],
  weekdayRelativeBefore: [],
  listSeparators: ["و", "-", "–", "—", "إلى", "الى", "حتى", "أو", "،", ","],
  eraWords: ["م", "ميلادي", "ميلادية", "للميلاد"],
  otherEraWords: ["هـ", "ه", "هجري", "هجرية", "للهجرة", "ق م", "ق.م", "قبل الميلاد"],
  // "أمس الخميس", "مساء أمس الخميس", "صباح اليوم الأربعاء": checked against the weekday before use.
  dayOffsets: [
    ["أمس", -1], ["البارحة", -1], ["أول أمس", -2], ["أول من أمس", -2], ["أمس الأول", -2], ["اليوم", 0],
    ["غدا", 1], ["بعد غد", 2],
    // «يوم غد الثلاثاء», «ليوم غد الثلاثاء»: «غد» in construct is tomorrow too (alone it is also "the future").
    ["يوم غد", 1], ["غد", 1],
  ],
  // "ليلة الخميس" is left out: it is the eve of Thursday to many writers. "الاثنين" alone also means "the two",
  // so a weekday needs one of these before it.
  weekdayLeads: [
    "يوم", "صباح", "مساء", "ظهر", "ظهيرة", "عصر", "فجر", "ليل", "ضحى", "صبيحة", "نهار", "منتصف ليل",
    "صباح يوم", "مساء يوم", "ظهر يوم", "ظهيرة يوم", "عصر يوم", "فجر يوم", "ليل يوم", "صبيحة يوم", "نهار يوم",
  ],
  // «اندلع الأحد حريق»: a past verb right before a weekday is its lead; not «الاثنين» ("the two": «قتل الاثنين»).
  weekdayAfterPastVerb: true,
  weekdaysNeedingLead: ["الاثنين", "الإثنين", "اثنين"],
  // «وقالت وزارة الصحة الأحد إن», «وأعلن الجيش الإسرائيلي الخميس»: wire copy puts the day after the subject.
  // Before «إن»/«أن» the subject may be a title and a name («وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو الأحد
  // إن») or a bare name («قال نتنياهو الأحد إن»).
  weekdayAfterSubject: {
    maxWords: 3,
    maxWordsBeforeComplementiser: 5,
    notSubject: [
      "في", "على", "من", "إلى", "الى", "عن", "مع", "بعد", "قبل", "خلال", "منذ", "حتى", "عند", "لدى", "بين", "ضد",
      "نحو", "حول", "دون", "أمام", "وراء", "فوق", "تحت",
      // Nouns whose second word is a weekday: the Friday prayer, sermon and preacher, Sunday mass, a day's market.
      "صلاة", "صلوات", "خطبة", "خطب", "خطيب", "خطباء", "إمام", "أئمة", "قداس", "سوق",
    ],
  },
  // «قالت الوزارة الأحد إن»: a report's weekday between its definite subject and the complementiser.
  weekdayBeforeComplementisers: ["إن", "أن", "ان", "أنه", "إنه", "انه", "أنها", "إنها", "انها", "بأن"],
  // The article, alone or after «و», «ف», «ب» or «ل» («والطوارئ», «للإحصاء»).
  definitePrefixes: ["ال", "وال", "فال", "بال", "لل", "ولل"],
  // Leads are required, so names such as "صلاة الجمعة" never reach the weekday rule.
  weekdayNames: [],
  ordinalDayLeads: [],
  tenseCues: [
    ...pastVerbs,
    ...futureWords,
    // A plan seen from the past ("كان من المقرر": it may not have happened), a modal, a habit.
    ...cues(
      "other",
      "كان من المقرر", "كان من المقرر أن", "كان من المتوقع أن", "كان يفترض أن", "كان من المفترض أن", "يمكن",
      "ربما", "عادة", "كل", "أسبوعيا",
    ),
  ],
  pastEndings: [],
  notPastEndings: [],
  notVerbs: [],
  // "لم يصل" (did not arrive) is past, "لن يصل" future, "كان يزور" past, whatever the present form says; after
  // "أن" a present form takes the tense of what governs it ("من المقرر أن يصل", "كان من المقرر أن يصل").
  tenseAuxiliaries: ["لم", "لن", "سوف", "كان", "كانت", "كانوا", "أن"].map((w) => [w, "future"] as const),
  // An Arabic infinitive is "أن" and a verb: "أن" opens a clause.
  infinitiveMarkers: [],
  determiners: [],
  eventPrepositions: ["بعد", "عقب", "قبل", "إثر", "اثر"],
  // The verb comes first, its subject and «يوم» may stand before the weekday. Mourning is left out: «أعلن الرئيس
  // الخميس حداداً وطنياً» is most often the day of the announcement.
  namedDays: {
    verbs: ["أعلن", "أعلنت", "أعلنوا", "قرر", "قررت", "اعتبر", "اعتبرت", "جعل", "جعلت"],
    kinds: ["عطلة رسمية", "عطلة عامة", "إجازة رسمية", "إجازة عامة", "يوم عطلة", "يوم راحة"],
    subjectWords: 4,
  },
  clauseOpeners: [
    "إن", "أن", "أنه", "أنها", "بأن", "لأن", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي",
    "حيث", "عندما", "حين", "بينما", "إذا", "إذ", "لكن", "لكنه", "لكنها", "غير أن", "كي", "حتى",
  ],
  hijriMonths,
  // صفر is also "zero" ("3 - صفر"): a Hijri month only with a year.
  ambiguousHijriMonths: ["صفر"],
  hijriEraWords: ["هـ", "ه", "هجري", "هجرية", "للهجرة"],
  timeLinks: [
    "،", ",", "-", "–", "—", "|", "الساعة", "في الساعة", "عند الساعة", "في تمام الساعة", "تمام الساعة",
    "آخر تحديث", "تحديث",
  ],
  clockSuffixes: ["ص", "م", "صباحا", "مساء", "ظهرا", "عصرا", "ليلا", "فجرا"],
  timeZones: [
    "بتوقيت", "بتوقيت غرينتش", "بتوقيت جرينتش", "بتوقيت غرينيتش", "غرينتش", "جرينتش", "ت غ", "تغ",
    "بالتوقيت المحلي", "بتوقيت مكة", "بتوقيت مكة المكرمة", "ت م", "بتوقيت القدس", "بتوقيت القاهرة",
    "بتوقيت بيروت", "بتوقيت دمشق",
  ],
  // Arabic writes the day before the month, so a number after a month is never its day.
  monthOnlyCues: [],
  nameHeads: [
    "ثورة", "قوى", "تيار", "حركة", "تحالف", "ائتلاف", "فريق", "جماعة", "شارع", "جسر", "ميدان", "مدينة", "حي",
    "جامعة", "مدرسة", "ملعب", "نادي", "انتفاضة", "مجزرة", "اتفاق", "اتفاقية", "ذكرى",
  ],
  // «الأسبوع الوبائي 27 إلى 30 من شهر تموز»: epidemiological weeks, rounds of a league.
  numberedHeads: ["الأسبوع", "أسبوع", "الأسابيع", "أسابيع", "الجولة", "جولة", "الجولات"],
  // Places named after a day are names even with its year («ملعب 5 جويلية 1962», «جسر 6 أكتوبر»).
  placeHeads: [
    "ملعب", "استاد", "شارع", "جسر", "كوبري", "ميدان", "ساحة", "مطار", "محطة", "مدينة", "حي", "جامعة", "مدرسة",
    "مستشفى", "نادي", "قاعة", "مجمع", "طريق", "محور", "نفق", "مسجد",
  ],
};
