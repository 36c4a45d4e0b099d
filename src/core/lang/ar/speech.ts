import type { SpeechTrigger, SpeechWords } from "../../extract/quotes/words.js";

const verb: SpeechTrigger = { kind: "verb" };
const say: SpeechTrigger = { kind: "verb", noObject: true };
// Verbs whose complement comes with a preposition or a complementiser: "أشار إلى"، "صرح بأن"، "شدد على".
const point: SpeechTrigger = { kind: "verb", noDirectObject: true };
const weakPoint: SpeechTrigger = { kind: "verb", noDirectObject: true, needsComplement: true };
// Verbs with a common non-reporting sense: أضاف (add), تابع (follow; تابع لـ "belonging to"), ذكر (mention),
// رأى (see), اعتبر (consider X as Y), لفت (attract), أفاد (benefit), أقر (pass a law).
const weakVerb: SpeechTrigger = { kind: "verb", needsComplement: true };
// "مشيراً إلى": never after a preposition, where the same letters are a verbal noun ("في متابعة الاقتراع").
const participle: SpeechTrigger = { kind: "participle", nounAfterPreposition: true };
const source: SpeechTrigger = { kind: "source" };
const relay: SpeechTrigger = { kind: "relay" };

const forms = (spec: SpeechTrigger, ...words: string[]) => words.map((w) => [w, spec] as const);

// Past forms (he, she, they), and present forms where the present reports speech; the conjunctions و ف are
// stripped by the engine. Present forms that mostly mean "indicate" (يشير، تشير) or "mention" (يذكر: "لا
// يذكر" = negligible) are left out.
const triggers = [
  ...forms(say, "قال", "قالت", "قالوا", "يقول", "تقول", "يقولون"),
  ...forms(verb, "أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد", "يؤكدون"),
  ...forms(verb, "أوضح", "أوضحت", "أوضحوا", "يوضح", "توضح"),
  ...forms(point, "أشار", "أشارت", "أشاروا"),
  ...forms(verb, "كشف", "كشفت", "كشفوا"),
  ...forms(point, "صرح", "صرحت", "صرحوا"),
  ...forms(verb, "أعلن", "أعلنت", "أعلنوا"),
  ...forms(verb, "حذر", "حذرت", "حذروا", "يحذر", "تحذر"),
  ...forms(point, "شدد", "شددت", "شددوا", "يشدد", "تشدد"),
  ...forms(verb, "نفى", "نفت", "نفوا"),
  ...forms(verb, "زعم", "زعمت", "ادعى", "ادعت"),
  // Accusing, demanding and calling for are statements too; their object follows the subject and is cut off
  // by the phrase rules ("اتهم وزير الخارجية الروسي سيرغي لافروف الولايات المتحدة …").
  ...forms(verb, "اتهم", "اتهمت", "طالب", "طالبت", "دعا", "دعت"),
  ...forms(weakVerb, "أضاف", "أضافت", "أضافوا", "يضيف", "تضيف"),
  ...forms(weakVerb, "تابع", "تابعت"),
  ...forms(weakVerb, "ذكر", "ذكرت", "ذكروا", "ذكره", "ذكرته"),
  ...forms(weakVerb, "رأى", "رأت", "يرى", "ترى"),
  // «وأظهرت المندوبية أن …», «أظهر تقرير أن …»: a body's figures show; also "showed" a thing, so a complement must follow.
  ...forms(weakVerb, "أظهر", "أظهرت"),
  // Present يعتبر/تعتبر is mostly the passive "is considered".
  ...forms(weakVerb, "اعتبر", "اعتبرت"),
  ...forms(weakPoint, "لفت", "لفتت"),
  ...forms(weakPoint, "أفاد", "أفادت", "أفادوا"),
  ...forms(weakVerb, "أقر", "أقرت", "اعترف", "اعترفت"),
  ...forms(
    participle,
    "قائلا", "قائلة", "مشيرا", "مشيرة", "مؤكدا", "مؤكدة", "مضيفا", "مضيفة", "موضحا", "موضحة", "كاشفا", "كاشفة",
    "مشددا", "مشددة", "معتبرا", "معتبرة", "لافتا", "لافتة", "محذرا", "محذرة", "معلنا", "معلنة", "مبينا", "مبينة",
    "منوها", "منوهة", "واصفا", "واصفة", "متابعا", "متابعة", "مستدركا",
    // Maghrebi copy: «مبرزة أن معدل البطالة …».
    "مبرزا", "مبرزة",
  ),
  ...forms(source, "بحسب", "حسب", "وفقا", "وفق", "طبقا", "جاء في", "على لسان"),
  ...forms(relay, "نقلا عن", "نقل عن", "نقلت عن"),
  // "نقلت وكالة … عن مصدر … قوله إن": the agency tells, the source speaks. Also "transport" ("نقل كميات"), so a
  // complement must follow.
  ...forms({ kind: "verb", needsComplement: true, relayPreposition: "عن" }, "نقل", "نقلت", "نقلوا"),
];

// Titles and roles of people, masculine and feminine, singular and plural; the article ال is stripped.
const personTitles = [
  "وزير", "وزيرة", "رئيس", "رئيسة", "نائب", "نائبة", "متحدث", "متحدثة", "ناطق", "ناطقة", "مندوب", "مندوبة",
  "سفير", "سفيرة", "قائد", "قائدة", "مستشار", "مستشارة", "مدير", "مديرة", "أمين", "ممثل", "ممثلة", "مبعوث",
  "مبعوثة", "زعيم", "زعيمة", "ملك", "أمير", "شيخ", "جنرال", "كولونيل", "عقيد", "لواء", "عميد",
  "مقدم", "رائد", "نقيب", "فريق", "أدميرال", "سناتور", "سيناتور", "عضو", "دبلوماسي",
  "مسؤول", "مسؤولة", "مسؤولون", "مسؤولين", "خبير", "خبراء", "محلل", "محللون", "ناشط", "ناشطون", "ناشطين",
  "شهود", "سكان", "مراسل", "مراسلة", "مرشد", "بابا", "مفوض",
  // «وكيل وزارة الصحة»: an undersecretary (also an agent, who speaks for his client).
  "وكيل", "وكيلة",
  // People quoted by what they do: "وقال مسعفون إن …", "وقال طبيب في المستشفى إن …".
  "طبيب", "طبيبة", "أطباء", "مسعف", "مسعفون", "مسعفين", "متطوع", "متطوعون", "متطوعين", "محقق", "محققون",
  "محققين", "مراقب", "مراقبون", "مراقبين", "محام", "محامي", "محامون", "عامل", "عمال", "موظف", "موظفون", "موظفين",
  "مزارع", "مزارعون", "مواطن", "مواطنون", "صياد", "صيادون",
  // Witnesses and survivors of an accident, and the people of a trial: «الناجي محمد …», «القاضي عبدالله …».
  "ناجي", "ناج", "ناجية", "ناجون", "ناجين", "شاهد", "شاهدة", "راكب", "ركاب", "قبطان", "ربان",
  "قاضي", "قاض", "قاضية", "قضاة", "مدعي", "محامية", "محامين",
  // Governors and local heads: «عامل الإقليم» and «الوالي» in the Maghreb, «محافظ» in the Mashreq.
  "والي", "محافظ", "عمدة", "قائم مقام", "حاكم",
  // Honorifics before a title or a name: "معالي وزير الدولة الأستاذ عادل المطيري".
  "معالي", "سعادة", "فخامة", "سمو", "أستاذ", "أستاذة", "دكتور", "دكتورة", "مهندس", "مهندسة", "سيد", "سيدة",
];

// Bodies, documents and sources that speak.
const bodies = [
  "وزارة", "الخارجية", "الدفاع", "الكرملين", "البنتاغون", "الإليزيه", "الرئاسة", "الحكومة",
  "حكومة", "الجيش", "جيش", "القوات", "قوات", "قيادة", "هيئة", "مجلس", "مكتب", "منظمة", "وكالة", "وكالات", "صحيفة",
  "صحف", "جريدة", "مجلة", "قناة", "تلفزيون", "التلفزيون", "إذاعة", "موقع", "بيان", "بيانات", "تقرير", "مصدر",
  "مصادر", "المرصد", "مرصد", "لجنة", "التحالف", "الشرطة", "السلطات", "مركز", "المركز", "تقديرات", "إحصاءات",
  "إحصائيات", "أرقام", "إدارة", "حزب", "جمعية", "اتحاد", "نقابة", "شركة", "بنك", "مصرف",
  // Media, statements (Maghrebi «بلاغ»), courts, relief bodies («الهلال الأحمر», «الوقاية المدنية», «الحماية المدنية»).
  "وسائل", "وسيلة", "إعلام", "الإعلام", "الصحافة", "شبكة", "محطة", "بلاغ", "البرلمان", "برلمان", "محكمة",
  "المحكمة", "النيابة", "الأمم", "محافظة", "بلدية", "جامعة", "مستشفى", "الهلال", "الصليب", "الوقاية", "الحماية",
  // Staffs, presidencies, missions: «رئاسة الأركان», «هيئة الأركان», «الداخلية» (the interior ministry).
  "رئاسة", "أركان", "الداخلية", "مفوضية", "بعثة", "سفارة", "الكونغرس",
  // Statistics offices: Morocco's «المندوبية السامية للتخطيط», Egypt's «الجهاز المركزي للتعبئة العامة والإحصاء».
  "مندوبية", "جهاز",
  // Directorates and departments of a ministry or province: «مديرية الصحة في نينوى», «دائرة صحة نينوى».
  "مديرية", "دائرة",
];

// Events and things, which are announced, never announce: «وأعلنت الهدنة» is the truce being declared.
const nonSpeakers = [
  "هدنة", "حرب", "معركة", "معارك", "اشتباكات", "مواجهات", "انتخابات", "اقتراع", "نتائج", "نتيجة", "عاصفة", "زلزال",
  "فيضانات", "سيول", "أمطار", "حريق", "حرائق", "انفجار", "انفجارات", "حصيلة", "أسعار", "فعاليات", "مباراة",
  "بطولة", "دورة", "أزمة", "كارثة", "مجزرة", "حادث", "حادثة", "جائحة", "وباء", "موجة", "عطلة", "حالة",
];

// Named places, firms and works: a short quotation right after one is its name, not a statement.
const quotedNameHeads = [
  "ملهى", "نادي", "مطعم", "فندق", "مقهى", "شركة", "مصنع", "متجر", "مجمع", "سفينة", "ناقلة", "عملية", "حملة",
  "برنامج", "تطبيق", "منصة", "مسلسل", "فيلم", "كتاب", "رواية", "صحيفة", "مجلة", "قناة", "مشروع", "مبادرة", "مهرجان",
  // Bodies, and the head of one named in quotation marks («رئيس "اتحاد الإذاعة والتلفزيون" السابق»): a bare noun
  // in construct with the quotation, which no statement follows.
  "اتحاد", "إتحاد", "هيئة", "جمعية", "حزب", "حركة", "منظمة", "مؤسسة", "جماعة", "تنظيم", "جبهة", "تحالف", "ائتلاف",
  "كتلة", "نقابة", "رئيس", "مدير", "زعيم", "قائد", "مؤسس", "عضو",
].flatMap((n) => [n, ...["و", "ب", "وب", "ف"].map((c) => c + n)]);

// Verbal nouns of what a report tells (deaths, injuries, a rise, a transfer), which follow their verb as its object
// when the verb's subject is left unsaid: «وأكد مقتل 41 عاملا», «وأعلنت وفاة 107», «كما أفادت بإرسال أربعة مصابين».
const objectNouns = [
  "مقتل", "مصرع", "وفاة", "وفيات", "إصابة", "استشهاد", "سقوط", "ارتفاع", "انخفاض", "تراجع", "تسجيل", "إرسال", "نقل",
  "وجود", "انتشال", "إنقاذ", "إجلاء", "اعتقال", "توقيف", "إطلاق", "تدمير", "إسقاط", "استهداف", "فقدان", "بلوغ",
  "تعرض", "إغلاق", "تعليق", "تأجيل", "رفع", "خفض", "زيادة", "إحالة", "تحويل", "القبض",
];

// Verbs of criticising, attacking, accusing and praising: a quoted name right after one is its object, whose
// subject the verb leaves unwritten («وانتقد «الإخوان»، وقال …»). Past and present forms.
const objectVerbs = [
  "انتقد", "ينتقد", "تنتقد", "هاجم", "يهاجم", "تهاجم", "اتهم", "يتهم", "تتهم", "أدان", "يدين", "تدين", "دان",
  "استنكر", "يستنكر", "تستنكر", "حمل", "حمّل", "يحمل", "تحمل", "وصف", "يصف", "تصف", "شكر", "يشكر", "تشكر",
  "هدد", "يهدد", "تهدد", "توعد", "يتوعد", "تتوعد", "طالب", "يطالب", "تطالب", "دعا", "يدعو", "تدعو", "حث", "يحث",
  "تحث", "هنأ", "يهنئ", "تهنئ", "حيا", "حيّا", "يحيي", "تحيي", "حذر", "يحذر", "تحذر", "رفض", "يرفض", "ترفض",
];

export const speech: SpeechWords = {
  nonSpeakers,
  quotedNameHeads,
  objectNouns,
  objectVerbs,
  rankWords: ["الرقم", "رقم"],
  triggers,
  conjunctionPrefixes: ["و", "ف"],
  subjectOrder: "verbFirst",
  nameMarking: "definiteness",
  definitePrefixes: ["ال", "وال", "فال"],
  // Relational adjectives (nisba), which name bodies carry: السوري، السورية، الدولية، الوطنيين.
  adjectiveEndings: ["ي", "ية", "يون", "يين", "يان", "يتان", "يتين"],
  personTitles,
  bodies,
  // The accusative ending (ـاً, folded to ا) of an indefinite subject after إن/أن: "غير أن دبلوماسياً غربياً … قال".
  titleClitics: { prefixes: ["ال"], suffixes: ["ا"], minStem: 2 },
  sourcePrefixes: [
    ["لل", "ال"],
    ["ل", ""],
  ],
  links: ["باسم", "لدى", "لشؤون", "للشؤون", "بالوكالة", "بن", "ابن", "أبو", "بنت"],
  namePrefixes: ["عبد", "أبو", "بن", "ابن", "بنت", "آل"],
  // Not «أبو» (أبوظبي) or «بن» (بنك): «عبد» opens no common word but a name.
  solidNamePrefixes: ["عبد"],
  // «علي» (Ali) folds like «على» (on).
  namesLikePrepositions: [["علي", "على"]],
  // "في" ends a speaker phrase even after a title: "وقالت الوزارة في بيانها".
  titleLinks: [],
  determiners: [],
  pronouns: ["هو", "هي", "هم", "هما", "هن", "نحن", "أنا"],
  complementisers: [
    "أن", "إن", "ان", "أنه", "إنه", "انه", "أنها", "إنها", "انها", "أنهم", "إنهم", "انهم", "أنهما", "إنهما", "انهما",
    "أننا", "إننا", "اننا", "أنني", "إنني", "بأن", "بان", "بأنه", "بانه", "بأنها", "بانها", "بأنهم", "بانهم", "لأن",
  ],
  prepositions: [
    "في", "من", "على", "إلى", "الى", "عن", "خلال", "منذ", "حول", "بشأن", "ضد", "عبر", "أمام", "عند", "بعد", "قبل",
    "مع", "دون", "نحو", "تجاه", "إزاء", "بين", "وسط", "داخل", "خارج", "فوق", "تحت", "عقب", "إثر", "أثناء", "حيال",
    "بخصوص", "لدى",
  ],
  breakers: [
    "حتى", "فيما", "بينما", "حين", "عندما", "إذ", "إذا", "كما", "ثم", "أو", "أم", "بل", "لكن", "لكنه",
    "كل", "بعض", "جميع", "أي", "هذا", "هذه", "ذلك", "تلك", "هناك", "الذي", "التي", "الذين", "اللذين", "ما", "قد",
    "لقد", "سوف", "أمس", "اليوم", "غدا", "الليلة", "صباح", "مساء", "ليل", "ليلة", "فجر", "ظهر", "الساعة", "يوم",
    "أيضا", "كذلك", "مجددا", "سابقا", "لاحقا", "مؤخرا", "بدوره", "بدورها", "بدورهم", "نفسه", "ذاته",
    "فقط", "حاليا", "رسميا", "صراحة", "مسبقا", "مقدما", "قوله", "قولها", "قولهم", "قولهما",
    // Anonymous sources: "مسؤول أميركي طلب عدم كشف اسمه", "مصدر رفض الكشف عن هويته".
    "طلب", "رفض", "فضل", "شريطة", "مشترطا",
    // A participle of issuing after a report ends it: «بيان الجهاز … الصادر يوم الأحد», «التقرير المنشور أمس».
    "الصادر", "الصادرة", "المنشور", "المنشورة",
    // A preposition with a pronoun glued on names nobody: «النتائج التي كانت أعلنت عنها الاثنين».
    "عنه", "عنها", "عنهم", "عنهما", "منه", "منها", "منهم", "إليه", "إليها", "إليهم", "عليه", "عليها", "عليهم",
    "فيه", "فيها", "فيهم", "به", "بها", "بهم", "له", "لها", "لهم",
  ],
  // Not كال ("like the"): it would take وكالة (agency) for و + كال.
  breakerPrefixes: ["بال", "لل", "وبال", "ولل", "فبال", "فلل"],
  genitivePrefixes: ["لل"],
  reportNouns: ["بيان", "بلاغ", "تقرير", "بيانات", "إحصاءات", "إحصائيات", "تقديرات"],
  // «مدير عام المستشفى», «مديرة عامة»: "general", not "year".
  titleAdjectives: ["عام", "عامة"],
  // Who is spoken to after «قال … لـ»: reporters, outlets and their kinds, and «للمرة» (for the first time).
  listeners: [
    "الصحفيين", "الصحافيين", "الصحفيون", "الصحافة", "الصحف", "الإعلام", "الإعلاميين", "المراسلين", "التلفزيون",
    "التلفزة", "الإذاعة", "القناة", "الوكالة", "الموقع", "الصحيفة", "المجلة", "الجزيرة", "العربية", "الحرة",
    "الأناضول", "الشرق", "المصري", "الحياة", "النهار", "الرأي", "المواطنين", "الشعب", "السكان", "الأهالي",
    "المرة", "الحاضرين", "الحضور", "المشاركين", "النواب", "البرلمان", "الأعضاء", "العالم",
  ],
  prepositionPrefixes: ["ل", "ب"],
  asMarkers: ["ما", "كما", "لما"],
  // عدم negates a verbal noun: "طلب عدم كشف اسمه", "فضل عدم ذكر اسمه".
  negations: ["لا", "لم", "لن", "ولم", "ولا", "ولن", "عدم"],
  adverbs: ["أمس", "اليوم", "أيضا", "كذلك", "بدوره", "بدورها", "بدورهم", "مجددا", "سابقا", "لاحقا", "مؤخرا"],
  clauseStarts: ["لكن", "ولكن", "بينما", "فيما", "حيث", "إذ", "لأن"],
  contrastLeads: ["غير", "إلا", "الا", "بيد", "سوى"],
  relatives: ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"],
};
