import type { QuantityWords, UnitForms } from "../../extract/quantities/words.js";

// Forms are folded (أ/ا, ة/ه, ى/ي, marks) before use, and the clitics of ar/index.ts (و ف ب ل ك ال, the
// accusative ا) are stripped when looking up, so one spelling per form is enough. Numbers 3-10 govern the
// plural, 11-99 the accusative singular, 100+ the genitive singular: every unit lists singular and plurals.
const units: UnitForms[] = [
  // Air and military operations
  { id: "sortie", forms: ["طلعة", "طلعات", "طلعة جوية", "طلعات جوية", "طلعة قتالية", "طلعات قتالية", "مهمة جوية", "مهمات جوية"], duals: ["طلعتين", "طلعتان"] },
  { id: "strike", forms: ["غارة", "غارات", "ضربة", "ضربات", "ضربة جوية", "ضربات جوية", "غارة جوية", "غارات جوية", "قصف"], duals: ["غارتين", "غارتان", "ضربتين", "ضربتان"] },
  { id: "target", forms: ["هدف", "أهداف", "موقع", "مواقع", "مقر", "مقرات"], duals: ["هدفين", "هدفان", "موقعين", "موقعان"] },
  { id: "facility", forms: ["منشأة", "منشآت", "منشاة", "منشات", "بنية تحتية"], duals: ["منشأتين"] },
  { id: "command-post", forms: ["مركز قيادة", "مراكز قيادة", "مركز للقيادة", "مقر قيادة", "مقرات قيادة", "غرفة عمليات"] },
  { id: "training-camp", forms: ["قاعدة تدريب", "قواعد تدريب", "معسكر تدريب", "معسكرات تدريب", "معسكر", "معسكرات"] },
  { id: "base", forms: ["قاعدة", "قواعد", "قاعدة عسكرية", "قواعد عسكرية"], duals: ["قاعدتين", "قاعدتان"] },
  { id: "workshop", forms: ["ورشة", "ورش", "ورشات", "مصنع", "مصانع", "معمل", "معامل"] },
  { id: "depot", forms: ["مستودع", "مستودعات", "مخزن", "مخازن", "مستودع ذخيرة", "مخازن ذخيرة"] },
  { id: "aircraft", forms: ["طائرة", "طائرات", "طائرة حربية", "طائرات حربية", "مقاتلة", "مقاتلات", "طائرة مقاتلة", "طائرات مقاتلة"], duals: ["طائرتين", "طائرتان"] },
  { id: "bomber", forms: ["قاذفة", "قاذفات", "قاذفة قنابل", "قاذفات قنابل", "قاذفة استراتيجية", "قاذفات استراتيجية"], duals: ["قاذفتين", "قاذفتان"] },
  { id: "helicopter", forms: ["مروحية", "مروحيات", "طائرة مروحية", "طائرات مروحية", "هليكوبتر"], duals: ["مروحيتين", "مروحيتان"] },
  { id: "drone", forms: ["طائرة مسيرة", "طائرات مسيرة", "مسيرة", "مسيرات", "طائرة من دون طيار", "طائرات من دون طيار", "طائرة بدون طيار", "طائرات بدون طيار"] },
  { id: "missile", forms: ["صاروخ", "صواريخ", "صاروخ مجنح", "صواريخ مجنحة", "قذيفة", "قذائف"], duals: ["صاروخين", "صاروخان"] },
  { id: "bomb", forms: ["قنبلة", "قنابل", "برميل متفجر", "براميل متفجرة"] },
  { id: "ship", forms: ["سفينة", "سفن", "سفينة حربية", "سفن حربية", "بارجة", "بوارج", "فرقاطة", "فرقاطات", "زورق", "زوارق", "قارب", "قوارب", "مركب", "مراكب", "معدية", "معديات", "عبارة", "عبارات"], duals: ["سفينتين", "سفينتان", "قاربين", "قاربان", "مركبين", "مركبان"] },
  { id: "submarine", forms: ["غواصة", "غواصات"] },
  { id: "tank", forms: ["دبابة", "دبابات"] },
  { id: "vehicle", forms: ["آلية", "آليات", "مركبة", "مركبات", "عربة", "عربات", "سيارة", "سيارات", "شاحنة", "شاحنات"] },
  { id: "satellite", forms: ["قمر اصطناعي", "أقمار اصطناعية", "قمر صناعي", "أقمار صناعية", "أقمار استطلاع", "قمر", "أقمار"] },
  { id: "weapon", forms: ["قطعة سلاح", "قطع سلاح", "سلاح", "أسلحة"] },
  // People
  { id: "killed", forms: ["قتيل", "قتلى", "ضحية", "ضحايا", "شهيد", "شهداء", "وفاة", "وفيات", "ميت", "موتى", "حالة وفاة", "حالات وفاة", "حالة الوفاة", "حالات الوفاة"], duals: ["قتيلين", "قتيلان", "ضحيتين", "شهيدين", "وفاتين", "وفاتان"] },
  { id: "injured", forms: ["جريح", "جرحى", "مصاب", "مصابين", "مصابون", "إصابة", "إصابات"], duals: ["جريحين", "جريحان"] },
  { id: "person", forms: ["شخص", "أشخاص", "شخصاً", "نسمة", "فرد", "أفراد", "مواطن", "مواطنين", "مواطنون", "إنسان"], duals: ["شخصين", "شخصان"], person: true },
  { id: "civilian", forms: ["مدني", "مدنيين", "مدنيون"], person: true },
  { id: "child", forms: ["طفل", "أطفال", "طفلة"], duals: ["طفلين", "طفلان"], person: true },
  { id: "man", forms: ["رجل", "رجال", "رجلا"], duals: ["رجلين", "رجلان"], person: true },
  { id: "woman", forms: ["امرأة", "نساء", "سيدة", "سيدات", "نائبة", "نائبات"], duals: ["امرأتين", "امرأتان", "سيدتين"], person: true },
  // Rescue personnel, named as a body's members («عنصر من الوقاية المدنية») or as rescuers; before soldiers, whose
  // «عناصر» alone they would otherwise be.
  {
    id: "rescuer",
    forms: [
      "منقذ", "منقذين", "منقذون", "رجال الإنقاذ", "عناصر الإنقاذ", "عنصر إنقاذ", "عناصر البحث والإنقاذ",
      "عنصر من الوقاية المدنية", "عناصر الوقاية المدنية", "عنصر من الدفاع المدني", "عناصر الدفاع المدني",
      "عنصر من الحماية المدنية", "عناصر الحماية المدنية", "عنصرا من الوقاية المدنية", "عنصرا من الدفاع المدني",
      // Firefighters
      "إطفائي", "إطفائيين", "إطفائيون", "رجل إطفاء", "رجال إطفاء", "رجال الإطفاء", "عنصر إطفاء", "عناصر الإطفاء",
    ],
    person: true,
  },
  // «عون» / «أعوان» (Maghrebi: «3500 عون أمن») are security agents, the English "officers"; as help («تقديم العون»)
  // it stands before no figure.
  { id: "soldier", forms: ["جندي", "جنود", "عسكري", "عسكريين", "عسكريون", "عنصر", "عناصر", "ضابط", "ضباط", "عون", "أعوان",
    // Police and security men, the English "officers"
    "شرطي", "شرطيين", "شرطيون", "رجل أمن", "رجال أمن", "رجال الأمن", "رجل شرطة", "رجال شرطة", "رجال الشرطة", "عنصر أمن", "عناصر أمن", "عناصر الأمن", "عناصر الشرطة"], duals: ["جنديين", "جنديان", "ضابطين", "ضابطان"], person: true },
  { id: "fighter", forms: ["مقاتل", "مقاتلين", "مقاتلون", "مسلح", "مسلحين", "مسلحون", "متشدد", "متشددين", "جهادي", "جهاديين"], person: true },
  { id: "terrorist", forms: ["إرهابي", "إرهابيين", "إرهابيون"], person: true },
  // Bodies recovered are a running count of their own, short of the toll while people die in hospital or stay missing.
  { id: "body", forms: ["جثة", "جثث", "جثمان", "جثامين"], duals: ["جثتين", "جثتان"] },
  { id: "defendant", forms: ["متهم", "متهمين", "متهمون", "متهما"], duals: ["متهمان"], person: true },
  { id: "passenger", forms: ["راكب", "ركاب", "راكبا", "مسافر", "مسافرين", "مسافرون"] },
  // «106 شركة طيران» counts airlines, not companies: the construct names the kind («شركات تأمين» stays «شركة»).
  { id: "airline", forms: ["شركة طيران", "شركات طيران", "شركة الطيران", "شركات الطيران", "شركة خطوط جوية", "شركات خطوط جوية", "ناقلة جوية", "ناقلات جوية"], duals: ["شركتي طيران", "شركتا طيران"] },
  { id: "crew", forms: ["طاقم", "أفراد الطاقم", "أفراد طاقم", "أعضاء الطاقم", "بحار", "بحارة", "طيار", "طيارين"] },
  { id: "refugee", forms: ["لاجئ", "لاجئين", "لاجئون"], person: true },
  { id: "displaced", forms: ["نازح", "نازحين", "نازحون", "مهجر", "مهجرين"], person: true },
  // «معتقلين», «محتجزين» are plurals as often as duals: only the unambiguous duals are listed.
  { id: "detainee", forms: ["معتقل", "معتقلين", "معتقلون", "أسير", "أسرى", "محتجز", "محتجزين", "سجين", "سجناء", "مسجون", "مسجونين", "مسجونون"], duals: ["أسيرين", "أسيران", "سجينين", "سجينان", "معتقلان", "محتجزان"] },
  // Not detainees: in an exchange the hostages and the prisoners are the two sides.
  { id: "hostage", forms: ["رهينة", "رهائن"], duals: ["رهينتين", "رهينتان"] },
  { id: "member", forms: ["عضو", "أعضاء"] },
  // Hajj pilgrims (not «حاجة», which is also "need"; Umrah pilgrims, «معتمر», are another count).
  { id: "pilgrim", forms: ["حاج", "حجاج", "حاجا", "حجيج"], person: true },
  { id: "umrah-pilgrim", forms: ["معتمر", "معتمرين", "معتمرون", "معتمرا"], person: true },
  { id: "family", forms: ["أسرة", "أسر", "عائلة", "عائلات"], duals: ["أسرتين", "عائلتين"] },
  // Jobs: «منصب شغل» (Maghrebi), «وظيفة», «فرصة عمل».
  { id: "job", forms: ["وظيفة", "وظائف", "منصب شغل", "مناصب شغل", "منصب عمل", "مناصب عمل", "فرصة عمل", "فرص عمل", "منصب", "مناصب"] },
  { id: "building", forms: ["مبنى", "مباني", "مبان", "بناية", "بنايات"], duals: ["مبنيين", "مبنيان", "بنايتين"] },
  // Storeys of a building («مبنى مكون من 6 طوابق»): counted, so a casualty cue nearby is not theirs.
  { id: "floor", forms: ["طابق", "طوابق", "طابقا"], duals: ["طابقين", "طابقان"] },
  // Aftershocks named as such; a bare «هزة» may be the quake itself.
  { id: "aftershock", forms: ["هزة ارتدادية", "هزات ارتدادية", "هزة أرضية ارتدادية", "هزات أرضية ارتدادية", "هزة لاحقة", "هزات لاحقة"] },
  { id: "home", forms: ["منزل", "منازل", "منزلا", "بيت", "بيوت", "مسكن", "مساكن", "وحدة سكنية", "وحدات سكنية"], duals: ["منزلين"] },
  { id: "job", forms: ["وظيفة", "وظائف", "فرصة عمل", "فرص عمل"] },
  { id: "hospital", forms: ["مستشفى", "مستشفيات", "مستشفى ميداني", "مستشفيات ميدانية"], duals: ["مستشفيين", "مستشفيان"] },
  // Cases of a disease, or of anything a report tallies case by case.
  { id: "case", forms: ["حالة", "حالات", "حالة إصابة", "حالات إصابة"], duals: ["حالتين", "حالتان"], counter: true },
  // Recovered patients: a running count of their own beside the cases and the deaths.
  { id: "recovered", forms: ["متعاف", "متعافين", "متعافون", "حالة شفاء", "حالات شفاء", "حالة الشفاء", "حالات الشفاء", "حالة تعاف", "حالات تعاف", "حالات التعافي"] },
  { id: "dose", forms: ["جرعة", "جرعات", "جرعة لقاح", "جرعات لقاح"], duals: ["جرعتين", "جرعتان"] },
  { id: "migrant", forms: ["مهاجر", "مهاجرين", "مهاجرون"], person: true },
  { id: "corridor", forms: ["ممر", "ممرات", "ممر إنساني", "ممرات إنسانية", "ممرا"] },
  { id: "voter", forms: ["ناخب", "ناخبين", "ناخبون", "ناخبا"], person: true },
  // Students and pupils: exam results give several counts of them in one sentence (entered, sat, passed), and a
  // unit lets an outlet's slip among them show («منهم 85181 حضروا» beside «وحضر منهم 85081»).
  { id: "student", forms: ["طالب", "طلاب", "طالبة", "طالبات", "طلبة", "تلميذ", "تلاميذ", "تلميذة", "تلميذات"], person: true },
  // Those who cast a ballot («مقترع»), counted apart from the electors: turnout copy gives both in one sentence
  // («1,638,351 مقترعًا من أصل 5,080,858 ناخبًا»), and each is then the one figure of its kind in its article.
  { id: "voted", forms: ["مقترع", "مقترعين", "مقترعون", "مقترعا"], person: true },
  // Nationals: a count of people of one country ("21 Italians"), the same unit in every language
  { id: "egyptian", forms: ["مصري", "مصريين", "مصريون"], person: true },
  { id: "syrian", forms: ["سوري", "سوريين", "سوريون"], person: true },
  { id: "iraqi", forms: ["عراقي", "عراقيين", "عراقيون"], person: true },
  { id: "lebanese", forms: ["لبناني", "لبنانيين", "لبنانيون"], person: true },
  { id: "jordanian", forms: ["أردني", "أردنيين", "أردنيون"], person: true },
  { id: "palestinian", forms: ["فلسطيني", "فلسطينيين", "فلسطينيون"], person: true },
  { id: "israeli", forms: ["إسرائيلي", "إسرائيليين", "إسرائيليون"], person: true },
  { id: "saudi", forms: ["سعودي", "سعوديين", "سعوديون"], person: true },
  { id: "sudanese", forms: ["سوداني", "سودانيين", "سودانيون"], person: true },
  { id: "libyan", forms: ["ليبي", "ليبيين", "ليبيون"], person: true },
  { id: "tunisian", forms: ["تونسي", "تونسيين", "تونسيون"], person: true },
  { id: "moroccan", forms: ["مغربي", "مغاربة"], person: true },
  { id: "algerian", forms: ["جزائري", "جزائريين", "جزائريون"], person: true },
  { id: "yemeni", forms: ["يمني", "يمنيين", "يمنيون"], person: true },
  { id: "iranian", forms: ["إيراني", "إيرانيين", "إيرانيون"], person: true },
  { id: "turk", forms: ["تركي", "أتراك"], person: true },
  { id: "afghan", forms: ["أفغاني", "أفغان"], person: true },
  { id: "pakistani", forms: ["باكستاني", "باكستانيين", "باكستانيون"], person: true },
  { id: "indian", forms: ["هندي", "هنود"], person: true },
  { id: "chinese", forms: ["صيني", "صينيين", "صينيون"], person: true },
  { id: "russian", forms: ["روسي", "روس"], person: true },
  { id: "ukrainian", forms: ["أوكراني", "أوكرانيين", "أوكرانيون"], person: true },
  { id: "american", forms: ["أميركي", "أمريكي", "أميركيين", "أمريكيين", "أميركيون", "أمريكيون"], person: true },
  { id: "briton", forms: ["بريطاني", "بريطانيين", "بريطانيون"], person: true },
  { id: "german", forms: ["ألماني", "ألمان"], person: true },
  { id: "italian", forms: ["إيطالي", "إيطاليين", "إيطاليون"], person: true },
  { id: "spaniard", forms: ["إسباني", "إسبان"], person: true },
  { id: "greek", forms: ["يوناني", "يونانيين", "يونانيون"], person: true },
  // Places and bodies
  { id: "town", forms: ["بلدة", "بلدات", "قرية", "قرى", "بلدة وقرية", "منطقة سكنية", "مناطق سكنية"], duals: ["بلدتين", "قريتين"] },
  { id: "city", forms: ["مدينة", "مدن"], duals: ["مدينتين", "مدينتان"] },
  { id: "country", forms: ["دولة", "دول", "بلد", "بلدان", "بلاد"], duals: ["دولتين", "دولتان", "بلدين"] },
  { id: "nationality", forms: ["جنسية", "جنسيات"], duals: ["جنسيتين"] },
  { id: "province", forms: ["محافظة", "محافظات", "ولاية", "ولايات"] },
  { id: "organization", forms: ["منظمة", "منظمات", "جماعة", "جماعات", "مجموعة", "مجموعات", "فصيل", "فصائل"] },
  // Time
  { id: "hour", forms: ["ساعة", "ساعات"], duals: ["ساعتين", "ساعتان"] },
  { id: "minute", forms: ["دقيقة", "دقائق"], duals: ["دقيقتين"] },
  { id: "day", forms: ["يوم", "أيام", "يوما"], duals: ["يومين", "يومان"] },
  { id: "week", forms: ["أسبوع", "أسابيع"], duals: ["أسبوعين", "أسبوعان"] },
  { id: "month", forms: ["شهر", "أشهر", "شهور"], duals: ["شهرين", "شهران"] },
  { id: "year", forms: ["عام", "أعوام", "سنة", "سنوات", "سنين"], duals: ["عامين", "عامان", "سنتين"] },
  { id: "decade", forms: ["عقد", "عقود"] },
  { id: "century", forms: ["قرن", "قرون"] },
  // Measures
  { id: "km2", forms: ["كيلومتر مربع", "كيلومترات مربعة", "كلم مربع", "كم مربع", "كم2", "كلم2"] },
  // Speeds, as English reads them ("193 km/h", "120 miles per hour"): no distance.
  { id: "kmh", forms: ["كم/ساعة", "كم/س", "كلم/ساعة", "كم في الساعة", "كلم في الساعة", "كيلومتر في الساعة", "كيلومترا في الساعة", "كيلومترات في الساعة"] },
  { id: "mph", forms: ["ميل في الساعة", "ميلا في الساعة", "أميال في الساعة"] },
  { id: "km", forms: ["كيلومتر", "كيلومترات", "كيلو متر", "كلم", "كم"] },
  { id: "m2", forms: ["متر مربع", "أمتار مربعة", "مترا مربعا", "م2"] },
  // Volumes: «500 متر مكعب» of water is no length of 500 metres.
  { id: "m3", forms: ["متر مكعب", "أمتار مكعبة", "مترا مكعبا", "م3", "م³"] },
  { id: "ft3", forms: ["قدم مكعب", "أقدام مكعبة", "قدما مكعبا"] },
  { id: "m", forms: ["متر", "أمتار", "مترا"] },
  // A nautical mile («12 ميلا بحريا» off a coast) is not a statute mile.
  { id: "nautical-mile", forms: ["ميل بحري", "أميال بحرية", "ميلا بحريا", "ميل بحرى"] },
  { id: "mile", forms: ["ميل", "أميال", "ميلا"] },
  { id: "ha", forms: ["هكتار", "هكتارات"] },
  // Egyptian and Sudanese feddans, Levantine dunams: «فدان» must not lose its «ف» as a conjunction.
  { id: "feddan", forms: ["فدان", "أفدنة", "فدادين", "فدانا"] },
  { id: "dunam", forms: ["دونم", "دونمات", "دونما"] },
  { id: "mi2", forms: ["ميل مربع", "أميال مربعة", "ميلا مربعا"] },
  { id: "ton", forms: ["طن", "أطنان", "طنا"] },
  { id: "kg", forms: ["كيلوغرام", "كيلوغرامات", "كيلوجرام", "كغ", "كلغ", "كيلو"] },
  { id: "barrel", forms: ["برميل", "براميل"] },
  { id: "litre", forms: ["لتر", "لترات", "ليتر"] },
  { id: "mm", forms: ["ملم", "مم", "مليمتر", "مليمترات", "ملليمتر", "ملليمترات", "ميليمتر", "ميليمترات"] },
  { id: "cm", forms: ["سنتيمتر", "سنتيمترات", "سنتمتر", "سنتم", "سم"] },
  { id: "inch", forms: ["بوصة", "بوصات", "إنش", "إنشات"] },
  // Arabic copy gives temperatures in Celsius, «مئوية» or not: «51 درجة» is 51C. A magnitude names its scale. Gulf
  // copy drops the degree: «بلغت 48 مئوية», «الدمام 46 مئوية» (right after a figure the word is only Celsius).
  { id: "celsius", forms: ["درجة مئوية", "درجات مئوية", "درجة سيليزية", "درجة سلسيوس", "درجة", "درجات", "مئوية"], duals: ["درجتين", "درجتان"] },
  { id: "fahrenheit", forms: ["درجة فهرنهايت", "درجات فهرنهايت", "فهرنهايت"] },
  { id: "mw", forms: ["ميغاواط", "ميغاوات", "ميجاوات", "ميجاواط", "ميغا واط", "ميجا وات"] },
  { id: "gw", forms: ["غيغاواط", "غيغاوات", "جيجاوات", "جيجاواط"] },
  // Money
  { id: "usd", forms: ["دولار", "دولارات", "دولار أميركي", "دولار أمريكي", "دولارا"] },
  { id: "eur", forms: ["يورو"] },
  { id: "rub", forms: ["روبل", "روبلات"] },
  { id: "gbp", forms: ["جنيه إسترليني", "جنيهات إسترلينية"] },
  { id: "egp", forms: ["جنيه", "جنيهات", "جنيه مصري"] },
  { id: "syp", forms: ["ليرة سورية", "ليرات سورية"] },
  { id: "try", forms: ["ليرة تركية", "ليرات تركية"] },
  { id: "sar", forms: ["ريال", "ريالات", "ريال سعودي"] },
  { id: "dirham", forms: ["درهم", "دراهم", "درهما"] },
  { id: "dinar", forms: ["دينار", "دنانير", "دينارا"] },
  { id: "cny", forms: ["يوان"] },
  // Rates and scales
  { id: "basis-point", forms: ["نقطة أساس", "نقاط أساس", "نقطة أساسية", "نقاط أساسية"], duals: ["نقطتي أساس", "نقطتا أساس", "نقطتين أساسيتين", "نقطتان أساسيتان"] },
  { id: "percentage-point", forms: ["نقطة مئوية", "نقاط مئوية"], duals: ["نقطتين مئويتين", "نقطتان مئويتان"] },
  { id: "magnitude", forms: ["درجة على مقياس ريختر", "درجات على مقياس ريختر", "درجة بمقياس ريختر", "درجات بمقياس ريختر", "على مقياس ريختر", "بمقياس ريختر", "ريختر"] },
  { id: "survivor", forms: ["ناج", "ناجين", "ناجون", "ناجيا"] },
  { id: "missing", forms: ["مفقود", "مفقودين", "مفقودون", "مفقودا"] },
  { id: "arrival", forms: ["واصل", "واصلين", "وافد", "وافدين", "مهاجر واصل"] },
  // Counting words that are units in themselves
  { id: "times", forms: ["مرة", "مرات", "أضعاف", "ضعف"], duals: ["مرتين", "مرتان", "ضعفين"] },
  { id: "vote", forms: ["صوت", "أصوات"] },
  { id: "seat", forms: ["مقعد", "مقاعد"] },
];

export const quantities: QuantityWords = {
  units,
  roles: [
    { unit: "killed", cues: ["مقتل", "قتل", "قتلت", "قتلوا", "قتلى", "لقي حتفه", "لقوا حتفهم", "حتفهم", "حتفه", "مصرع", "مصرعهم", "مصرعه",
      // «قضوا» (they died), not «قضى»: «قضى الحكم بسجن 12 متهما» is a ruling.
      // the dual: two people killed
      "قتلا", "قتلتا", "لقيا حتفهما", "حتفهما", "مصرعهما", "توفيا", "قضوا", "قضى نحبه", "قضوا نحبهم", "أرواح", "بحياة", "وفاة", "توفي", "توفوا", "ماتوا", "غرقا", "حصيلة القتلى", "حصيلة الضحايا", "حصيلة",
        // The drowned of a sinking or a flood: «ارتفع غرقى المركب إلى 42 شخصا», «غرق 30 مهاجرا».
        "غرقى", "غرق", "غرقوا", "غريق",
        // Martyrdom, as Palestinian and other copy writes a death: «أسفرت عن استشهاد 24 مواطنا».
        "استشهاد", "استشهد", "استشهدت", "استشهدوا", "استشهدا",
        // Headlines tell a death in the present: «حريق يقتل 25 شخصاً» ("fire kills 25").
        "يقتل", "تقتل",
        // Lives lost: «3 أشخاص فقدوا حياتهم» (not the missing).
        "فقدوا حياتهم", "فقدوا أرواحهم", "فقدا حياتهما"],
      // Bare «قضى/قضت» (AFP: «قضى تسعة أشخاص») only right before its figure: with a subject between
      // («قضت المحكمة بسجن 12 متهما», «قضى الاتفاق بالإفراج عن 50») it rules or stipulates.
      // «سقوط» (a fall) counts the dead only right before them («سقوط 12 قتيلا»): «عاد مليون لاجئ منذ سقوط
      // الحكومة» is the government falling.
      cuesRightBefore: ["قضى", "قضت", "قضى فيه", "قضى فيها", "قضت فيه", "قضت فيها", "قضوا فيه", "قضوا فيها", "قضى خلاله", "قضى خلالها", "سقوط"],
      // Time spent: «قضى 200 شخص ليلتهم في العراء».
      // «… باتوا في عداد الموتى»: see the missing below.
      clauseEndCues: ["في عداد الموتى", "في عداد القتلى"],
      rightBeforeUnless: ["ليلة", "ليلتهم", "ليلتها", "ليلته", "ليالي", "لياليهم", "ساعات", "أياما", "أيامهم", "وقتا", "وقتهم", "عطلة", "عطلتهم", "فترة", "مدة", "سنوات", "أعواما", "عقوبة", "عقوبتهم", "محكوميتهم"] },
    // The dead and the injured told as one figure («قتل وأصيب أكثر من 450 شخصا», «بمصرع وإصابة 200», «بين قتيل
    // وجريح», «عدد الضحايا والمصابين»): a count of casualties, neither of its parts. Longer than either cue alone, so
    // it wins where it is written whole.
    { unit: "casualty", cues: [
      "قتل وأصيب", "قتلوا وأصيبوا", "قتل وجرح", "قتل أو أصيب", "مقتل وإصابة", "مصرع وإصابة", "وفاة وإصابة",
      "استشهاد وإصابة", "قتيل وجريح", "قتلى وجرحى", "قتلى ومصابين", "ضحايا ومصابين", "الضحايا والمصابين",
      "القتلى والجرحى", "القتلى والمصابين", "الوفيات والإصابات", "الوفيات والمصابين", "الشهداء والجرحى",
    ] },
    // The active «أصاب» ("the quake injured 5,530 others"), and «بجروح» (with wounds) after the figure.
    { unit: "injured", cues: ["إصابة", "أصيب", "أصيبوا", "أصيبا", "جرح", "جرحى", "إصابات", "الجرحى", "المصابين", "أصاب", "أصابت", "بجروح"] },
    { unit: "displaced", cues: ["شرد", "شردت", "شردوا", "تشريد", "نزوح", "نزح", "نزحوا", "النازحين", "المشردين", "هجر", "تهجير", "فروا", "فر"] },
    { unit: "survivor", cues: ["نجاة", "نجا", "نجوا", "ناجين", "الناجين", "ناجون"] },
    // Rescued are those pulled out by others: fewer than the survivors when some swam ashore or walked out.
    // Verbs, not the bare «إنقاذ», which names rescue teams («عناصر البحث والإنقاذ») as often as the people saved.
    { unit: "rescued", cues: ["أنقذ", "أنقذت", "أنقذوا", "تم إنقاذ", "من إنقاذ", "جرى إنقاذ", "انتشال أحياء"] },
    // Not «وصل» alone: «وصل عدد الأبنية المنهارة إلى 2818» is a count reaching a figure, not people arriving.
    // Right before its figure the verb is theirs («وصل (60251) حاجا عن طريق المنافذ البرية», "60,251 pilgrims
    // arrived"): a count reaching a figure has «عدد» or «إلى» between. «وصول» too, only right before its figure
    // («وصول 500 مهاجر»): «نطمح للوصول إلى 14 مليون سائح» is reaching a level.
    { unit: "arrival", keepsGroup: true, cues: ["وصلوا", "عبروا", "عبور"], cuesRightBefore: ["وصول", "وصل", "وصلت"] },
    // Not «الشفاء» alone: it names hospitals («مستشفى الشفاء»).
    { unit: "recovered", cues: ["شفي", "شفيت", "شفوا", "تعافى", "تعافت", "تعافوا", "تماثل للشفاء", "تماثلت للشفاء", "تماثلوا للشفاء", "المتعافين", "المتعافون", "حالات الشفاء"] },
    { unit: "missing", cues: ["مفقود", "مفقودين", "المفقودين", "فقدوا", "في عداد المفقودين"],
      // «في عداد» (counted among) ends the clause of a subject as long as a list: «لكن 181 مهاجرا وخمسة يمنيين من
      // أفراد الطاقم ما زالوا في عداد المفقودين».
      clauseEndCues: ["في عداد المفقودين"],
      // «مصرع 49 شخصا وفقدان نحو 100 آخرين», «وفُقد 3 آخرون»: the loss of people is their going missing, read only
      // right before the figure so that an earlier «مصرع» is not theirs, unless the sentence goes on with what they
      // lost: their lives («فقد 12 شخصا حياتهم») make them dead, anything else («فقدان 300 عامل وظائفهم», their jobs)
      // leaves the figure no role.
      cuesRightBefore: ["فقدان", "فقد", "فقدت"],
      rightBeforeInSentenceAs: { killed: ["حيات", "أرواح", "روحه"] },
      rightBeforeUnlessInSentence: [
        "وظائف", "وظيفته", "أعمالهم", "عملهم", "منازلهم", "منزله", "بيوتهم", "بيته",
        "مساكنهم", "مأواهم", "ذويهم", "أطراف", "بصرهم", "الاتصال", "الوعي", "وعيهم", "السيطرة",
      ] },
    { unit: "acquitted", cues: ["برأت", "برأ", "تبرئة", "بتبرئة", "ببراءة", "براءة"] },
    { unit: "arrested", cues: ["اعتقال", "اعتقل", "اعتقلت", "اعتقلوا", "توقيف", "أوقف", "أوقفت", "القبض على", "ألقي القبض"] },
    { unit: "evacuated", cues: ["إجلاء", "أجلي", "أجليت", "أجلت", "إخلاء"] },
  ],
  prefixUnits: [["$", "usd"], ["US$", "usd"], ["€", "eur"], ["£", "gbp"], ["E£", "egp"], ["ج.م", "egp"], ["بقوة", "magnitude"], ["قوته", "magnitude"], ["قوتها", "magnitude"]],
  // Passengers, crew and hostages keep their unit before a verb («قتل 3 ركاب»), but a verb or a state of their own
  // right after them is what befell them: «12 راكبا أصيبوا», «وخمسة من أفراد الطاقم ما زالوا في عداد المفقودين».
  ownVerbGroups: { units: ["passenger", "crew", "hostage"], between: [] },
  spanWords: ["خلال", "على مدى", "طوال"],
  conjunctions: ["أو", "او", "و", "إلى", "الى", "ولا"],
  // «وتم», «وقد» open a clause too, though what is left after the glued «و» is too short to be read as a word.
  clauseJoiners: ["و", "أو", "او", "بينما", "فيما", "لكن", "ولكن", "ثم", "وتم", "وقد"],
  fillers: ["من"],
  rateMarkers: ["لكل"],
  exchangeAfter: ["للدولار", "مقابل الدولار", "أمام الدولار", "لليورو", "مقابل اليورو", "أمام اليورو", "للدولار الواحد"],
  shareOf: {
    words: [],
    definitePrefixes: ["ال", "وال", "بال", "لل", "فال"],
    notNouns: ["إلى", "الى", "على", "عن", "في", "من", "مع", "بين", "حتى", "ثم", "أو", "او", "و", "منذ", "خلال", "لدى", "عند", "بعد", "قبل"],
  },
  // «على 3 آخرين»: "others" names no noun; the figure counts what the clause or a cue says.
  // «ومعارضة 53 آخرا»: the accusative singular after eleven to ninety-nine, as copy also writes it.
  modifiers: ["آخرين", "آخرون", "أخريات", "آخرا"],
  // Not «آخر», which is also "last" («أكثر من 6872 قتيلا وفق آخر إحصائية»).
  remainderWords: ["آخرين", "آخرون", "أخريات", "أخرى"],
  remainderConjunctions: ["و"],
  // Fuel grades («بنزين 92»; «أوكتين 95» names the same grade).
  gradeNouns: { بنزين: ["بنزين", "أوكتين", "أوكتان"] },
  ageHolders: ["أطفال", "الأطفال", "البالغين", "بالغين", "المسنين", "الأشخاص", "أشخاص", "الرضع", "المرضى", "أعمارهم", "أعمارهن", "أعمار"],
  // In an article about an epidemic, «إصابة» is an infection: a case, not an injury.
  senses: [
    {
      unit: "case",
      forms: ["إصابة", "إصابات", "اصابة", "اصابات"],
      cues: [
        "كوليرا", "الكوليرا", "كورونا", "كوفيد", "فيروس", "وباء", "الوباء", "أوبئة", "تفشي", "الحصبة", "إنفلونزا",
        "الإنفلونزا", "الملاريا", "جدري", "الجدري", "إيبولا", "عدوى", "العدوى", "الطاعون",
        // Dengue («حمى الضنك») and the word for a pandemic.
        "الضنك", "ضنك", "جائحة", "الجائحة",
      ],
      // Events that injure: in a sentence naming one, «إصابة» is an injury even in an article on an epidemic.
      unlessInSentence: [
        "حريق", "الحريق", "حرائق", "انفجار", "الانفجار", "تفجير", "التفجير", "حادث", "الحادث", "حادثة", "الحادثة",
        "تصادم", "التصادم", "اصطدام", "الاصطدام", "انهيار", "الانهيار", "قصف", "القصف", "غارة", "الغارة", "هجوم",
        "الهجوم", "زلزال", "الزلزال", "تدافع", "التدافع", "اشتباكات", "الاشتباكات", "انقلاب",
      ],
    },
    // «سجل 3 أهداف», «هدفين» in a match report are goals, not targets (the unit English "goals" has). Cues only a
    // match has: not «لاعب» (a regional "player"), «بطولة» (heroism) or «القدم» («منذ القدم»). A sentence of an
    // air or artillery campaign keeps its targets.
    {
      unit: "goal",
      forms: ["هدف", "أهداف", "هدفا", "هدفين", "هدفان"],
      cues: [
        "مباراة", "المباراة", "مباريات", "المباريات", "مرمى", "المرمى", "ركلة", "ركلات", "هداف", "الهداف", "هدافي",
        "الدوري", "منتخب", "المنتخب", "شوط", "الشوط", "الشوطين",
      ],
      unlessInSentence: [
        "غارة", "غارات", "الغارات", "طلعة", "طلعات", "الطلعات", "قصف", "القصف", "ضربة", "ضربات", "الضربات", "صاروخ",
        "صواريخ", "الصواريخ", "الطيران", "طائرات", "الطائرات", "القوات", "عسكري", "عسكرية", "العسكرية",
      ],
    },
  ],
  cuedReadings: [
    // «إبرام 10 عقود لشراء …», «توقيع 3 عقود», «وقعت الوزارة 10 عقود»: contracts, not decades, after a word of
    // concluding them. «وقع» is also "happened": a word of time right before the figure keeps the decades («الحادث
    // الذي وقع قبل 3 عقود», «على مدى 3 عقود»). Not «توقع» ("expected").
    {
      forms: ["عقد", "عقود"],
      cues: ["إبرام", "أبرم", "أبرمت", "يبرم", "تبرم", "توقيع", "ترسية", "وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "يوقع"],
      units: [[0, "contract"]],
      notRightAfter: ["قبل", "منذ", "خلال", "طوال", "طيلة", "مدى", "لمدة", "مدة", "عبر", "بعد"],
    },
    // «رفع الفائدة 200 نقطة», «خفض سعر الفائدة بمقدار 50 نقطة»: basis points without «أساس» after a word of the
    // rate; «نصف نقطة» is half a percentage point. «ارتفع المؤشر 200 نقطة» stays points.
    {
      forms: ["نقطة", "نقاط"],
      cues: ["الفائدة", "فائدة", "الفوائد", "فوائد", "الإقراض", "الإيداع"],
      units: [[0, "percentage-point"], [5, "basis-point"]],
      // «رفع الفائدة نقطتين»: two percentage points.
      duals: ["نقطتين", "نقطتان", "نقطتي"],
    },
    // «سجلت الهزات الارتدادية أقواها 6.6 درجة»: degrees after an earthquake are a magnitude, below ten.
    {
      forms: ["درجة", "درجات"],
      cues: ["زلزال", "الزلزال", "زلازل", "الزلازل", "هزة", "الهزة", "هزات", "الهزات", "الارتدادية", "ارتدادية"],
      units: [[0, "magnitude"], [10, ""]],
    },
  ],
  // «ومنذ 2011 عائلة المفقود تنتظر»: since the year, not 2011 families («عام 2011» is read as a date first).
  yearCues: ["منذ"],
  // «1891 هزة»: a feminine noun after a year-like figure is counted; «رؤية 2030 الطموحة» names a plan.
  countedNounEndings: { endings: ["ة"], notPrefixes: ["ال", "وال", "فال", "بال", "لل"] },
  // «كانت 2024 سنة صعبة», «هذه 2025 سنة التعافي», «2024 سنة صعبة»: the year described, not 2024 years.
  namedYears: {
    yearWords: ["سنة", "عام", "عاما"],
    before: [
      "كان", "كانت", "يكون", "تكون", "سيكون", "ستكون", "أصبحت", "أصبح", "باتت", "بات", "تعد", "يعد", "تعتبر", "يعتبر",
      "ستصبح", "سيصبح", "هذه", "هذا", "تلك", "ذلك",
    ],
    spanAdjectives: [
      "كاملة", "كامل", "كاملا", "متواصلة", "متواصل", "متواصلا", "متتالية", "متتاليا", "متتابعة", "ضوئية", "أخرى", "آخر",
      "إضافية", "إضافي", "كافية", "طويلة", "طويل", "ونيف", "تقريبا", "فقط", "مضت", "مضى", "خلت",
    ],
  },
  // A rise of a counted thing names it as a count noun does: «زيادة سيارات الإسعاف إلى 74».
  countNouns: ["عدد", "أعداد", "حصيلة", "إجمالي", "مجموع", "زيادة", "ارتفاع"],
  capacityCues: [
    "حمولتها القصوى", "حمولته القصوى", "الحمولة القصوى", "طاقتها الاستيعابية", "طاقته الاستيعابية",
    "الطاقة الاستيعابية", "سعتها", "سعته", "المرخص لها بنقل", "المرخص له بنقل", "مرخص لها بنقل", "مرخص له بنقل",
    "مرخصة لنقل", "المخصصة لنقل", "المخصص لنقل", "تتسع لـ", "يتسع لـ",
  ],
  capacityVerbs: ["يتسع", "تتسع", "يستوعب", "تستوعب"],
  loadVerbs: ["يقل", "تقل", "يحمل", "تحمل", "على متنه", "على متنها", "على متنهما"],
  breakdownCues: ["بينهم", "بينها", "منهم", "منها", "من بينهم", "من بينها", "بما في ذلك", "بما فيهم", "بما فيها", "منهم", "وبينهم", "ومنهم"],
  placePrepositions: ["في"],
  headFinal: false,
  nounPrefixes: ["و", "ف", "ال", "وال", "فال"],
  nounEndings: ["ا"],
  // Nouns that start with «و» or «ف» as written, not glued "and" (glossary and unit forms are added to these).
  cliticInitialNouns: [
    "وجبة", "وجبات", "وثيقة", "وثائق", "وفد", "وفود", "وسيلة", "وسائل", "وديعة", "ودائع", "ولادة", "ولادات", "وحدة", "وحدات",
    "وكالات", "واقعة", "وقائع", "وسيط", "وسطاء", "وصفة", "وصفات", "وادي", "وديان", "والي", "ولاة", "ورقة", "ورقات",
    "فريق", "فرق", "فندق", "فنادق", "فرع", "فروع", "فصل", "فصول", "فئة", "فئات", "فتاة", "فتيات", "فرصة", "فرص",
    "فقرة", "فقرات", "فيروس", "فيروسات", "فلاح", "فلاحين", "فنان", "فنانين", "فني", "فنيين", "فارس", "فرسان",
  ],
  // The past plural «حضروا», «نجحوا» after a figure is what the counted did (“85,081 attended”), not a noun; at five
  // letters or more, so the accusative «عضوا» (a member) stays a noun.
  verbEndings: ["وا"],
  // «وبلغ عدد المصابين 30 ويتوقع ارتفاعه»: the present «ي» after a glued «و» right after a figure is a new verb.
  verbPrefixes: ["ي"],
  maxGap: 0,
  postNominalMarkers: ["ال"],
  adjectivalNumbers: ["واحد", "واحدة", "واحدا", "اثنان", "اثنين", "اثنتان", "اثنتين"],
};
