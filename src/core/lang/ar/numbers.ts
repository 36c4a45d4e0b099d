import type { FractionWord, NumberWords, PhoneCue, QualifierWord, ScaleWord } from "../../extract/numbers/words.js";

/*
 * Decisions, per family (forms are folded when compiled: أ/إ/آ/ا, ة/ه, ى/ي and tanween need no separate entry,
 * but the accusative alef of "ألفاً" does, since folding keeps it):
 * - Cardinals: masculine and feminine, nominative and oblique (اثنان/اثنين، ثلاث/ثلاثة، عشرون/عشرين …), the
 *   hundreds as one word (ثلاثمئة، ثلاثمائة، ثلثمائة) and as two (ثلاث مئة), common misspellings through folding.
 * - "أحد"/"إحدى" are numbers only in teen compounds (أحد عشر): alone they mean "one of" (أحد المسؤولين).
 *   "اثنين" is two; with ال it is Monday (the weekday list of the calendar wins), as "الأحد" is Sunday.
 * - A definite cardinal (الخمس، الثلاثة) counts after a definite noun (الدول الخمس) or a qualifier; the tens with
 *   ال are ordinals as often as counts (القرن العشرين، الذكرى الثلاثين) and count only after a qualifier
 *   (فوق الثلاثين). After قمة/مجموعة a number is a name (قمة العشرين is the G20).
 * - Scales: ألف/آلاف/ألوف, مليون/ملايين, مليار/مليارات, بليون, تريليون, their duals (ألفين، مليونان: 2000, 2,000,000),
 *   مئة/مائة as a multiplier (ثلاث مائة) and alone (مئة = 100). Plurals alone (آلاف، ملايين) are vague and are not
 *   numbers; "عشرات" and "مئات" likewise.
 * - Fractions: نصف، ربع، ثلث، سدس and the duals ثلثان/ثلثي; خمس، سبع، تسع، عشر are spelled like cardinals and are read
 *   as fractions only before a definite word (خمس الميزانية), otherwise as five, seven… (خمس سنوات). "ثمن" is left
 *   out: in news it is "price" far more often than an eighth; its plural أثمان counts after a number (خمسة أثمان).
 *   "واحد ونصف" = 1.5 and "مليونين ونصف" = 2,500,000; "عام ونصف" gives no number (the half belongs to a noun).
 *   A fraction of a scale word with the article is that share of it: "ربع المليون" = 250,000, as "ربع مليون".
 *   The duals خمسين، سبعين، تسعين، عشرين are spelled like the tens and are read as two fifths… only where fifty
 *   cannot be: after a compound whose tens are taken and which is larger ("مئة وثلاثون وخمسين" = 130.4).
 * - "X من أصل Y" (out of, X < Y) is a part and its whole: two figures («17 من أصل 41 مقعداً» is 17 seats and 41
 *   seats; the part names the whole, `partOf`), also with the part's noun between («17 مقعداً من أصل 41 مقعداً»).
 *   "X على Y" (over) is a fraction when X < Y, and also at the end of a clause
 *   ("٢٠٠٠ على ٣."): a score written "3 على 1" at the end of a sentence would be misread, "3 على 1 في" would not.
 *   "X جزء من Y" / "X أجزاء من Y" (X parts of Y) is, with its count written; "جزء من Y" alone is "part of Y".
 *   "X من Y" is not: "واحد من ثلاثة مشتبه بهم" is one of three suspects, and the three is the claim.
 * - "رقم" before a figure labels it ("القرار رقم 2249", "السيارة رقم 5"); "الرقم" with the article names the
 *   figure itself ("تخطى الرقم 4000", "مجال الرقم ١٠٠٠ - ٥٠٠٠"), so the number is a quantity. A rank written
 *   "الرجل الرقم 2" is read as the figure 2 too: rarer in news than the milestone, and it counts nothing.
 * - "ما يقرب من" is read as approx (about), not nearly: in Arabic news it is used on both sides of the figure, as
 *   "ما يقارب" is. "أقل بقليل من" (a little less than) is nearly.
 * - Verbs of exceeding come before their subject: «تجاوز عدد المصابين ١٢ ألفاً» is over 12,000. The verb reaches
 *   the figure only through a count noun (عدد، حصيلة، قيمة …) and at most four more words; «تجاوز الجيش 3 حواجز» is
 *   three checkpoints, and «ارتفع عدد القتلى إلى 500» is exactly 500.
 * - Clock times: the hour as an ordinal with minutes and «دقيقة» («الرابعة وسبع عشرة دقيقة فجراً» is 04:17), and a
 *   time zone after four bare digits («0530 بتوقيت غرينتش»). The teen ordinals («الحادية عشرة», «الثالث عشر»)
 *   are not the number ten.
 * - Years: an era mark after the figure («1446هـ», «597 للهجرة», «2025م»); «م» only for 1700-2100, since it also
 *   abbreviates metres («1200م»).
 * - «واحد/واحدة» right after an indefinite noun is an adjective («لليلة واحدة», for a single night; «شخص واحد»):
 *   not reported, as "a single night" gives no number in English. The Arabic singular already says one; the
 *   word only stresses it. After a definite noun it is a predicate and counts («الناتج واحد»).
 * - A definite number before an indefinite counted noun counts it: the tens' accusative noun («الستين يوما»,
 *   «الأربع والعشرين ساعة») or a plural («الخمس سنوات الماضية»); after a definite noun the same number is an
 *   ordinal or an adjective, read as above («القرن العشرين»).
 * - A bare figure closing a short quoted name is part of the name (عملية «الفارس الشهم ٣»).
 */

const cardinals: [string, number][] = [
  ["صفر", 0],
  ["واحد", 1], ["واحدة", 1], ["واحدا", 1],
  ["اثنان", 2], ["اثنين", 2], ["اثنتان", 2], ["اثنتين", 2], ["ثنتان", 2], ["ثنتين", 2],
  ["ثلاث", 3], ["ثلاثة", 3],
  ["أربع", 4], ["أربعة", 4],
  ["خمس", 5], ["خمسة", 5],
  ["ست", 6], ["ستة", 6],
  ["سبع", 7], ["سبعة", 7],
  ["ثمان", 8], ["ثماني", 8], ["ثمانية", 8],
  ["تسع", 9], ["تسعة", 9],
  ["عشر", 10], ["عشرة", 10],
  ["عشرون", 20], ["عشرين", 20], ["ثلاثون", 30], ["ثلاثين", 30], ["أربعون", 40], ["أربعين", 40],
  ["خمسون", 50], ["خمسين", 50], ["ستون", 60], ["ستين", 60], ["سبعون", 70], ["سبعين", 70],
  ["ثمانون", 80], ["ثمانين", 80], ["تسعون", 90], ["تسعين", 90],
  ["ثلاثمئة", 300], ["ثلاثمائة", 300], ["ثلثمائة", 300], ["ثلثمئة", 300],
  ["أربعمئة", 400], ["أربعمائة", 400], ["خمسمئة", 500], ["خمسمائة", 500], ["ستمئة", 600], ["ستمائة", 600],
  ["سبعمئة", 700], ["سبعمائة", 700], ["ثمانمئة", 800], ["ثمانمائة", 800], ["ثمانيمئة", 800], ["ثمانيمائة", 800],
  ["تسعمئة", 900], ["تسعمائة", 900],
];

const teenHeads: [string, number][] = [
  ["أحد", 1], ["إحدى", 1], ["اثنا", 2], ["اثني", 2], ["اثنتا", 2], ["اثنتي", 2],
];

const teenTails: [string, number][] = [["عشر", 10], ["عشرة", 10]];

// Ordinals 1-9 that "عشر/عشرة" turns into 11th-19th (read with or without the article).
const ordinalTeenHeads = [
  "حادي", "حادية", "ثاني", "ثانية", "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة", "سادس", "سادسة", "سابع",
  "سابعة", "ثامن", "ثامنة", "تاسع", "تاسعة",
];

const scales: [string, ScaleWord][] = [
  ["مئة", { value: 100 }], ["مائة", { value: 100 }], ["مئات", { value: 100, plural: true }],
  ["مئتان", { value: 100, dual: true }], ["مئتين", { value: 100, dual: true }], ["مائتان", { value: 100, dual: true }],
  ["مائتين", { value: 100, dual: true }], ["مئتا", { value: 100, dual: true }], ["مائتا", { value: 100, dual: true }],
  ["مئتي", { value: 100, dual: true }], ["مائتي", { value: 100, dual: true }],
  ["ألف", { value: 1e3 }], ["ألفا", { value: 1e3, constructDual: true }], ["آلاف", { value: 1e3, plural: true }],
  ["ألوف", { value: 1e3, plural: true }], ["ألفان", { value: 1e3, dual: true }], ["ألفين", { value: 1e3, dual: true }],
  ["ألفي", { value: 1e3, dual: true }],
  ["مليون", { value: 1e6 }], ["مليونا", { value: 1e6, constructDual: true }], ["ملايين", { value: 1e6, plural: true }],
  ["مليونان", { value: 1e6, dual: true }], ["مليونين", { value: 1e6, dual: true }], ["مليوني", { value: 1e6, dual: true }],
  ["مليار", { value: 1e9 }], ["مليارا", { value: 1e9, constructDual: true }], ["مليارات", { value: 1e9, plural: true }],
  ["ملياران", { value: 1e9, dual: true }], ["مليارين", { value: 1e9, dual: true }], ["ملياري", { value: 1e9, dual: true }],
  ["بليون", { value: 1e9 }], ["بليونا", { value: 1e9, constructDual: true }], ["بلايين", { value: 1e9, plural: true }],
  ["بليونين", { value: 1e9, dual: true }],
  ["تريليون", { value: 1e12 }], ["ترليون", { value: 1e12 }], ["تريليونا", { value: 1e12, constructDual: true }],
  ["تريليونات", { value: 1e12, plural: true }], ["ترليونات", { value: 1e12, plural: true }],
  ["تريليونين", { value: 1e12, dual: true }],
  ["دزينة", { value: 12 }], ["دزينات", { value: 12, plural: true }], ["دزينتين", { value: 12, dual: true }],
  ["دستة", { value: 12 }], ["دستات", { value: 12, plural: true }],
];

const twin = (denominator: number): FractionWord => ({ denominator, cardinalTwin: true });
const plural = (denominator: number): FractionWord => ({ denominator, plural: true });

const fractions: [string, FractionWord][] = [
  ["نصف", { denominator: 2, bare: true }], ["ربع", { denominator: 4, bare: true }], ["ثلث", { denominator: 3, bare: true }],
  ["سدس", { denominator: 6, bare: true }],
  // Egyptian «نص» ("half"), read only glued to «و» after a count («16 ونص مليون», «مليون ونص»): alone it is a text.
  ["ونص", { denominator: 2, joinedOnly: true }],
  ["خمس", twin(5)], ["سبع", twin(7)], ["تسع", twin(9)], ["عشر", twin(10)],
  ["ثلثان", { denominator: 3, dual: true, bare: true }], ["ثلثين", { denominator: 3, dual: true, bare: true }],
  ["ثلثا", { denominator: 3, dual: true, bare: true }], ["ثلثي", { denominator: 3, dual: true, bare: true }],
  // The duals of the twins in the oblique are spelled like the tens (خمسين: fifty, two fifths); see tensTwin.
  ["خمسين", { denominator: 5, dual: true, tensTwin: true }], ["سبعين", { denominator: 7, dual: true, tensTwin: true }],
  ["تسعين", { denominator: 9, dual: true, tensTwin: true }], ["عشرين", { denominator: 10, dual: true, tensTwin: true }],
  ["خمسان", { denominator: 5, dual: true }], ["سبعان", { denominator: 7, dual: true }],
  ["تسعان", { denominator: 9, dual: true }], ["عشران", { denominator: 10, dual: true }],
  ["أثلاث", plural(3)], ["أرباع", plural(4)], ["أخماس", plural(5)], ["أسداس", plural(6)], ["أسباع", plural(7)],
  ["أثمان", plural(8)], ["أتساع", plural(9)], ["أعشار", plural(10)],
  // With a pronoun ending, the whole is named before: «المصروفات … تستحوذ الفوائد على نحو نصفها» (half of it).
  // Number words are looked up without suffixes, so these forms are listed.
  ...(["نصف", "ربع", "ثلث", "سدس"] as const).flatMap((w, i) =>
    ["ه", "ها", "هم", "هما"].map((s): [string, FractionWord] => [w + s, { denominator: [2, 4, 3, 6][i]!, bare: true }]),
  ),
  ...["ثلثيه", "ثلثيها", "ثلثيهم"].map((w): [string, FractionWord] => [w, { denominator: 3, dual: true, bare: true }]),
];

const q = (qualifier: QualifierWord, phrases: string[]): [string, QualifierWord][] =>
  phrases.map((p): [string, QualifierWord] => [p, qualifier]);

const qualifiersBefore: [string, QualifierWord][] = [
  ...q("over", [
    "أكثر من", "ما يزيد على", "ما يزيد عن", "يزيد على", "يزيد عن", "تزيد على", "تزيد عن", "ما يربو على",
    "ما يربو عن", "يربو على", "يربو عن", "تربو على", "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "ما يتجاوز", "يتخطى",
    "تتخطى", "تخطى", "تخطت", "أزيد من", "فوق", "ما فوق", "أكبر من", "أعلى من", "يفوق", "تفوق", "ما يفوق", "فاق",
    "فاقت", "تعدى", "تعدت", "يتعدى", "تتعدى", ">",
  ]),
  ...q("atLeast", [
    "ما لا يقل عن", "لا يقل عن", "لا تقل عن", "ما لا تقل عن", "على الأقل", "لا أقل من", "ليس أقل من", "بحد أدنى",
    "أكثر من أو يساوي", "أكبر من أو يساوي", "أعلى من أو يساوي", "أكثر من أو تساوي", "أكبر من أو تساوي",
    "يساوي أو أكثر من", "يساوي أو أكبر من", "تساوي أو أكثر من", "على الأقل أو يساوي", ">=", "≥",
  ]),
  ...q("under", ["أقل من", "دون", "ما دون", "تحت", "أصغر من", "أدنى من", "أدنى", "أخفض من", "ما يقل عن", "يقل عن", "<"]),
  ...q("atMost", [
    "حتى", "ما يصل إلى", "يصل إلى", "تصل إلى", "قد يصل إلى", "لا يتجاوز", "لا تتجاوز", "ما لا يتجاوز", "لا يزيد على",
    // A verb of exceeding under «لم» or «لن» bounds from above like «لا»: «لم يتجاوز 38 ألف تذكرة».
    "لم يتجاوز", "لم تتجاوز", "لن يتجاوز", "لن تتجاوز", "لم يزد على", "لم يزد عن", "لم تزد على", "لم تزد عن",
    "لم يتعد", "لم تتعد", "لم يتخط", "لم تتخط", "لا يتخطى", "لا تتخطى",
    "لا يزيد عن", "لا تزيد على", "لا تزيد عن", "ما لا يزيد على", "ما لا يزيد عن", "لا أكثر من", "على الأكثر",
    "بحد أقصى", "كحد أقصى", "أقل من أو يساوي", "أقل من أو تساوي", "أصغر من أو يساوي", "أصغر من أو تساوي",
    "أخفض أو يساوي", "أخفض من أو يساوي", "يساوي أو أقل من", "تساوي أو أقل من", "<=", "≤",
  ]),
  ...q("approx", [
    "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "تقريبا", "ما يقارب", "يقارب", "تقارب", "نحوا من", "ما يقرب من",
    "يقرب من", "في حدود", "بحدود", "ما يناهز", "يناهز", "تناهز", "ناهز", "ناهزت", "ما يقارب من", "~",
  ]),
  // The level a change arrives at, not a ceiling: «ارتفع عدد القتلى ليصل إلى 50», «خفضت المخصصات لتصل إلى 129.6
  // مليار» are 50 and 129.6 (without the لـ, «تصل إلى 10 ساعات» is up to 10).
  ...q("exact", ["ليصل إلى", "لتصل إلى", "ليصل الى", "لتصل الى", "ليبلغ", "لتبلغ"]),
  ...q("nearly", ["أقل بقليل من", "ما يقل قليلا عن", "يقل قليلا عن", "تقل قليلا عن"]),
  ...q("exact", ["يساوي", "تساوي", "ما يساوي", "بالضبط", "=" ]),
];

const qualifiersAfter: [string, QualifierWord][] = [
  ...q("atLeast", [
    "على الأقل", "أو أكثر", "وأكثر", "فأكثر", "فما فوق", "وما فوق", "أو أكبر", "أو أكبر من", "أو أكثر من",
    "كحد أدنى", "على أقل تقدير",
  ]),
  ...q("atMost", ["على الأكثر", "أو أقل", "فأقل", "فما دون", "وما دون", "كحد أقصى", "أو أقل من", "على أكثر تقدير"]),
  ...q("approx", ["تقريبا", "أو نحو ذلك", "أو ما يقارب ذلك"]),
  ...q("orEqual", ["أو يساوي", "أو ما يساوي", "أو تساوي"]),
  ...q("exact", ["بالضبط", "بالتمام"]),
];

export const numbers: NumberWords = {
  cardinals,
  teenHeads,
  teenTails,
  ordinalTeenHeads,
  scales,
  fractions,
  // Algerian wire copy: «1ر13» is 13.1.
  reversedDecimalMarks: ["ر"],
  bareScales: true,
  unitsBeforeTens: true,
  hyphenJoins: false,
  conjunctions: ["و"],
  conjunctionPrefixes: ["و"],
  definitePrefixes: ["ال", "لل"],
  countedNounEndings: [["ا", 11, 99], ["ة", 11, 99], ["ات", 3, 10]],
  decimalPoints: ["فاصلة", "فاصل"],
  negatives: ["سالب", "ناقص"],
  ratios: [
    ["من أصل", { proper: true, parts: true, distant: true }],
    ["من بين", { proper: true, parts: true }],
    ["على", { proper: true, clauseEnd: true }],
    ["جزء من", { always: true }],
    ["أجزاء من", { always: true }],
  ],
  pronouns: {
    words: ["واحد", "واحدة"],
    precededBy: ["أي", "كل"],
    followedBy: ["من", "منهم", "منها", "منهما", "منكم", "منا", "منهن"],
  },
  idioms: [
    "آن واحد", "وقت واحد", "صوت واحد", "يد واحدة", "يدا واحدة", "رجل واحد", "جسد واحد",
    // A fraction before an adjective of a period or a round makes one word: «نصف سنوية» (half-yearly), «ربع سنوي»
    // (quarterly), «الدور نصف النهائي» (the semi-final), «ربع النهائي»; «نصف قطر» is a radius, «نصف الكرة» a hemisphere.
    ...["نصف", "ربع"].flatMap((f) =>
      ["سنوي", "سنوية", "سنويا", "شهري", "شهرية", "شهريا", "النهائي", "نهائي", "النهائية", "نهائية"].map((a) => `${f} ${a}`),
    ),
    "نصف قطر", "نصف قطرها", "نصف الكرة",
    // «كمية» (an amount: «أعلى كمية أمطار») is one word, not «ك» (like) before «مية» (folded «مئة», a hundred).
    "كمية",
  ],
  percentAfter: [
    ["%", true], ["٪", true], ["في المئة", true], ["في المائة", true], ["في المية", true], ["بالمئة", true],
    ["بالمائة", true], ["بالمية", true],
  ],
  // The sign typed before the figure in logical order: «بانخفاض نسبته %3.4» (Jordanian wire copy); a sign right
  // after another figure stays that figure's («5% 12 مرة»).
  percentBefore: ["بالمئة", "بالمائة", "في المئة", "في المائة", "%", "٪"],
  percentCues: ["نسبة"],
  qualifiersBefore,
  qualifiersAfter,
  rangeBetween: ["بين", "ما بين", "يتراوح بين", "تتراوح بين", "تراوح بين", "تراوحت بين"],
  rangeAnd: ["و"],
  rangeFrom: ["من", "يتراوح من", "تتراوح من"],
  rangeTo: ["إلى", "حتى", "لغاية", "وحتى"],
  changeWords: [
    "ارتفع", "ارتفعت", "يرتفع", "ترتفع", "ارتفاع", "انخفض", "انخفضت", "ينخفض", "تنخفض", "انخفاض", "زاد", "زادت",
    "يزيد", "تزيد", "زيادة", "ازداد", "ازدادت", "تراجع", "تراجعت", "يتراجع", "تتراجع", "هبط", "هبطت", "هبوط", "صعد",
    "صعدت", "قفز", "قفزت", "تقلص", "تقلصت", "رفع", "رفعت", "خفض", "خفضت", "عدل", "عدلت", "تغير", "تحول",
  ],
  rangeBy: ["بنسبة", "بمقدار"],
  comparisonSubjects: ["وهو", "وهي", "هو", "هي"],
  boundJoiners: ["و", "لكن", "ولكن", "،", ",", "أو"],
  yearCues: [
    "عام", "العام", "سنة", "السنة", "عامي", "سنتي", "مطلع", "أوائل", "أواخر", "منتصف", "نهاية", "بداية", "صيف",
    "ربيع", "خريف", "شتاء", "موازنة", "ميزانية",
    // A tournament or a fair named with its year: «كأس العالم 2018 بروسيا» is the 2018 edition, not 2,018
    // Russians; «مونديال 2022», «أولمبياد باريس 2024» with a city between are not read (the city is any word).
    "كأس العالم", "مونديال", "أولمبياد", "الألعاب الأولمبية", "يورو", "كأس آسيا", "كأس العرب", "أمم أفريقيا",
    "أمم إفريقيا", "الأمم الأفريقية", "الأمم الإفريقية", "الأمم الأوروبية", "الأمم الآسيوية", "كوبا أمريكا",
    "إكسبو", "اكسبو",
  ],
  weakYearCues: ["في", "منذ", "حتى", "قبل", "بعد", "خلال"],
  referenceCues: [
    "المادة", "مادة", "البند", "بند", "القرار", "قرار", "رقم", "الفقرة", "فقرة", "الصفحة", "صفحة", "الغرفة",
    "غرفة", "الرحلة", "رحلة", "المرسوم", "مرسوم", "القانون", "الفصل", "الملحق", "الحلقة", "الدائرة", "الطريق السريع",
    "الجدول", "الشكل", "#",
    // Military units numbered after their noun: «الفرقة 25», «اللواء 93» (a brigade; the general's rank
    // takes no number after it).
    "الفرقة", "فرقة", "اللواء", "الكتيبة", "كتيبة", "الفيلق", "فيلق",
    // Places numbered after their noun: an exit, a gate, a floor, a hospital ward. Not rooms, buildings or roads:
    // «في المبنى 30 شخصاً» counts the people in it.
    "المخرج", "مخرج", "البوابة", "بوابة", "الطابق", "العنبر",
    // A minute of play is a point in the match: «في الدقيقة 89» is not a span of 89 minutes.
    "الدقيقة",
  ],
  // Two minutes of play («سجل هدفيه في الدقيقتين 48 و68»), two articles or clauses named together.
  referencePairCues: ["الدقيقتين", "المادتين", "البندين", "الفقرتين", "للمادتين"],
  // «أكبرهم في الثمانين», «رجل في الستين من عمره»; not «في العشرين من الشهر» (a day), which has no age tail.
  ageLeads: ["في"],
  ageTails: ["من عمره", "من عمرها", "من عمرهم", "من عمرهما", "من العمر"],
  figureNouns: ["الرقم", "للرقم"],
  figureLeads: [
    "تخطى", "تخطت", "يتخطى", "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "بلغ", "بلغت", "يبلغ", "فاق", "فاقت", "يفوق",
    "تعدى", "تعدت", "وصل", "وصلت", "يصل", "حاجز", "عتبة", "مجال", "نطاق", "فوق", "دون", "ليبلغ", "ليتجاوز",
    // Not «تحت»: «المسجلة تحت الرقم 2231», «صدر تحت الرقم 12.19» is registered or issued under a number.
  ],
  modelWords: [
    "سوخوي", "ميغ", "ميج", "توبوليف", "تو", "سو", "إليوشن", "إيليوشن", "إيل", "أنتونوف", "ياك", "كاموف", "مي",
    "بوينغ", "بوينج", "إيرباص", "إيرباس", "ميراج", "رافال", "تورنادو", "يوروفايتر", "توماهوك", "كاليبر", "إسكندر",
    "باتريوت", "بانتسير", "سكود", "إف", "إس", "بي", "إم", "إكس", "طراز", "الطراز", "موديل", "ويندوز", "آيفون", "كوفيد",
    "سارس", "أباتشي", "كلاشنيكوف",
  ],
  // Fuel grades: «بنزين 95», «أوكتين 95»; with the article a price may follow («البنزين 10 جنيهات»).
  indefiniteModelWords: ["بنزين", "أوكتين", "أوكتان"],
  notCodePrefixes: ["في", "من", "عن", "على", "إلى", "مع", "و", "أو", "ما", "لا", "قد", "عام", "سن", "بين", "نحو", "حتى"],
  nameHeads: ["قمة", "مجموعة", "القمة", "المجموعة"],
  // «ما مجموعه 6467788 مسافرا», «بما مجموعه»: the total idiom, its pronoun ه folding like the ة of «مجموعة».
  nameHeadBlockers: ["ما"],
  scoreCues: [
    "نتيجة", "بنتيجة", "النتيجة", "فاز", "فوز", "يفوز", "تفوز", "فازت", "تغلب", "هزم", "خسر", "خسارة", "تعادل",
    "تقدم", "هزيمة", "انتصار", "انتصر", "انتصرت",
    // With the pronoun of the team glued on («بعد فوزه على نظيره الأردني 3-2»), and the score at the end of normal
    // time or while a side trailed («الوقت الأصلي 2-2», «متأخرين 1-2»).
    "فوزه", "فوزها", "فوزهم", "تغلبه", "تغلبها", "خسارته", "خسارتها", "هزيمته", "هزيمتها", "تعادله", "تعادلها",
    "انتصاره", "انتصارها", "الوقت الأصلي", "متأخرا", "متأخرين", "متقدما", "متقدمين",
  ],
  // «بنتيجة 3 أهداف مقابل 2», «فاز 2 مقابل 1».
  scoreJoiners: ["أهداف مقابل", "هدف مقابل", "مقابل"],
  // «فاز بثلاثة أهداف مقابل هدف», «مقابل هدفين»: the other side's goals told by the noun alone.
  scoreSides: ["هدف", "هدفا", "هدفين", "هدفان", "هدف وحيد", "لا شيء"],
  ordinalHeads: [
    "اجتماع", "دورة", "قمة", "ذكرى", "مؤتمر", "جولة", "نسخة", "طبعة", "موسم", "عيد", "ميلاد", "مرحلة", "حلقة", "جلسة",
    "منتدى", "مهرجان", "بطولة", "يوم", "أسبوع", "شهر", "مرة", "عملية",
    // A place in a table or a ranking: «يتذيل الترتيب بالمركز الـ14», «في المرتبة الـ3».
    "مركز", "مرتبة",
  ],
  nameTails: ["الكبرى", "الكبار", "العظمى", "الصناعية الكبرى"],
  clockCues: ["الساعة"],
  clockMarks: [
    ["تغ", "zone"], ["ت غ", "zone"], ["ت . غ", "zone"], ["بتوقيت", "zone"], ["غرينتش", "zone"], ["جرينتش", "zone"],
    ["بالتوقيت", "zone"], ["توقيت", "zone"], ["ت.غ", "zone"],
    ["صباحا", "am"], ["صباح", "am"], ["فجرا", "am"], ["فجر", "am"], ["ظهرا", "noon"], ["ظهر", "noon"],
    ["بعد الظهر", "pm"], ["عصرا", "pm"], ["عصر", "pm"], ["مساء", "pm"], ["مساءا", "pm"], ["ليلا", "night"],
    ["ليل", "night"],
  ],
  // The hour as a feminine ordinal, as Arabic says clock times («الساعة الرابعة»).
  clockHours: [
    ["الواحدة", 1], ["الثانية", 2], ["الثالثة", 3], ["الرابعة", 4], ["الخامسة", 5], ["السادسة", 6], ["السابعة", 7],
    ["الثامنة", 8], ["التاسعة", 9], ["العاشرة", 10], ["الحادية عشرة", 11], ["الحادية عشر", 11],
    ["الثانية عشرة", 12], ["الثانية عشر", 12],
  ],
  minuteWords: ["دقيقة", "دقائق"],
  phoneCues: [
    ...["هاتف", "الهاتف", "رقم الهاتف", "هاتفي", "الخط الساخن", "خط ساخن", "الخط المجاني", "الرقم المجاني",
      "خط المساعدة", "فاكس", "الفاكس", "واتساب", "الواتساب", "الخط الهاتفي"].map((c): [string, PhoneCue] => [c, "strong"]),
    ["الخط", "weak"],
  ],
  yearMarks: [
    ["هـ", [1, 1600]], ["هجري", [1, 1600]], ["هجرية", [1, 1600]], ["للهجرة", [1, 1600]],
    ["م", [1700, 2100]], ["ميلادي", [1, 2100]], ["ميلادية", [1, 2100]], ["للميلاد", [1, 2100]],
    ["ق م", [1, 10000]], ["ق . م", [1, 10000]], ["قبل الميلاد", [1, 10000]],
  ],
  designationWords: ["ماكس", "نيو"],
  subjectQualifiers: [
    ...q("over", [
      "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "تخطى", "تخطت", "يتخطى", "تتخطى", "فاق", "فاقت", "يفوق", "تفوق", "تعدى",
      "تعدت", "يتعدى", "تتعدى",
      // Breaking through a threshold, and the participles of exceeding: «اخترقت حاجز 5200», «متجاوزة مستوى 5300».
      "اخترق", "اخترقت", "يخترق", "تخترق", "كسر", "كسرت", "يكسر", "تكسر", "متجاوزا", "متجاوزة", "متخطيا", "متخطية",
      "مخترقا", "مخترقة", "اجتاز", "اجتازت", "يجتاز", "تجتاز", "اجتزنا",
    ]),
    ...q("approx", ["ناهز", "ناهزت", "يناهز", "تناهز", "قارب", "قاربت", "يقارب", "تقارب"]),
    ...q("atMost", [
      "لم يتجاوز", "لم تتجاوز", "لا يتجاوز", "لا تتجاوز", "لن يتجاوز", "لن تتجاوز", "لم يتخط", "لم تتخط", "لا يتخطى",
      "لا تتخطى", "لم يتعد", "لم تتعد",
    ]),
  ],
  // With the construct spelling before a pronoun ending (قيمتها → قيمت + ها).
  countNouns: [
    "عدد", "أعداد", "حصيلة", "حصيلت", "قيمة", "قيمت", "نسبة", "نسبت", "إجمالي", "مجموع", "حجم", "عتبة", "حاجز",
    "سقف", "كلفة", "كلفت", "تكلفة", "تكلفت", "خسائر", "ديون",
    // Measures, not agents: «تجاوز الطلب 40 ألف ميغاواط», «تخطت درجات الحرارة 50 درجة» are over the figure.
    "حرارة", "درجة", "درجات", "طلب", "حاجة", "استهلاك", "إنتاج", "أحمال", "سعر", "أسعار",
  ],
  adjectiveOnes: ["واحد", "واحدة", "واحدا"],
  // The level a price or a count breaks through, right before its figure: «تجاوز الذهب يوم الأربعاء مستوى 5200
  // دولار» is over 5,200; «عند مستوى 5200» or «إلى مستوى 5200» with no verb of exceeding stays 5,200.
  thresholdNouns: ["مستوى", "حاجز", "عتبة", "سقف"],
};
