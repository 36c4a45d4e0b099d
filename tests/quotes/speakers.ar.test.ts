import { describe, expect, it } from "vitest";
import { analyse, sentenceSpeakers, speakerOf } from "./helpers.js";

describe("Arabic speakers, by verb family", () => {
  it.each([
    ["قال", "قالت وزارة الدفاع الأميركية أمس، إن التحالف لا ينسق عملياته مع روسيا.", "وزارة الدفاع الأميركية"],
    ["أضاف", "وأضاف متحدث باسم «البنتاغون» أن روسيا أبلغت التحالف عن ضرباتها.", "متحدث باسم البنتاغون"],
    ["كشف", "من ناحية أخرى، كشف وزير الخارجية الأميركي جون كيري أمس أن بلاده بدأت عملية مع تركيا.", "وزير الخارجية الأميركي جون كيري"],
    ["رأى", "ورأى الوزير الأميركي أن وقف إطلاق النار ممكن خلال أسابيع.", "الوزير الأميركي"],
    ["أوضح", "وأوضح رئيس هيئة الأركان الروسية فاليري غيراسيموف أن 12 قاذفة شاركت في الضربات.", "رئيس هيئة الأركان الروسية فاليري غيراسيموف"],
    ["أشار إلى", "وأشار الوزير الروسي إلى أن قوات التحالف تريد إضعاف الأسد.", "الوزير الروسي"],
    ["أكدت", "وأكدت المندوبة الأردنية أن تقدماً أحرز في العمل.", "المندوبة الأردنية"],
    ["ذكرت", "وذكرت الصحيفة أن السفينة قد تبقى في المتوسط.", "الصحيفة"],
    ["صرح", "وصرح غيراسيموف ان الهجمات الارهابية حلقات ضمن سلسلة.", "غيراسيموف"],
    ["تابع", "وتابع المتحدث أن الطيارين سيطبقون الإجراءات بحذافيرها.", "المتحدث"],
    ["أعلن", "من جانب آخر، أعلن الكرملين أن الرئيسين اتفقا على تنسيق أوثق.", "الكرملين"],
    ["اعتبر", "واعتبر الوزير أن إنجاح المهمة يتطلب التخلي عن اللعبة المزدوجة.", "الوزير"],
    ["لفت", "ولفت المتحدث باسم الجيش إلى أن الغارات لم تتوقف.", "المتحدث باسم الجيش"],
    ["شدد", "وشدد الرئيس الروسي في اجتماع على أن الأهداف لا ترتبط بمصالح جيوسياسية.", "الرئيس الروسي"],
    ["حذر", "وحذر لافروف بعض الأطراف من خطر الوقوع في الخطأ.", "لافروف"],
    ["حذّر with a title and a name", "حذّر الرئيس الروسي فلاديمير بوتين كل من سيحاول استفزاز قواته.", "الرئيس الروسي فلاديمير بوتين"],
    ["أفاد", "وافاد بيان للوزارة ان الرجلين ناقشا تنسيق العمليات.", "بيان"],
    ["اتهم: the object after the subject is cut off", "اتهم وزير الخارجية الروسي سيرغي لافروف الولايات المتحدة بأن ضرباتها لم تستهدف التنظيم.", "وزير الخارجية الروسي"],
    ["يقول", "ويقول الخبراء إن الضربات لم تحقق أهدافها.", "الخبراء"],
    ["تقول", "وتقول المعارضة إن الغارات استهدفت مواقعها.", "المعارضة"],
    ["يضيف", "ويضيف المسؤول أن الطيران يعمل ليلاً ونهاراً.", "المسؤول"],
    ["جاء في", "وجاء في البيان \"دمر الجيش مقرا عاما للتنظيم في ادلب\".", "البيان"],
    ["قائلاً after a named verb", "وقال بوتين خلال اجتماع إنه أعطى الأوامر قائلاً: «علينا أن نضع خطة للعمليات المشتركة».", "بوتين"],
    ["نقلاً عن relays the source", "وذكرت الصحيفة نقلا عن مسؤولين في قيادة الجيش أنه كان متوقعا إرسال السفينة.", "مسؤولين"],
    ["ذكرته … نقلا عن", "شن الطيران غارات جديدة وفقا لما ذكرته وكالات الانباء الروسية نقلا عن المتحدث باسم وزارة الدفاع.", "المتحدث باسم وزارة الدفاع"],
    ["وفقاً لـ", "وناقش رؤساء الأركان تنسيق العمليات، وفقاً لوزارة الدفاع الروسية.", "وزارة الدفاع الروسية"],
    ["وفقاً لـ with ل + ال", "وفقا للمتحدث باسم الجيش، قتل 20 مسلحا.", "المتحدث باسم الجيش"],
    ["وفقاً لـ written apart", "وفقاً لـ مصادر عسكرية، يعتمد الطيارون مركز المراقبة.", "مصادر عسكرية"],
    ["بحسب", "واستهدفت الغارات مقرات في ريف ادلب، بحسب مصدر أمني سوري.", "مصدر أمني سوري"],
    ["subject before the verb, across a comma", "لكن السناتور الاميركي جون ماكين، اكد ان الغارات استهدفت معارضين.", "السناتور الاميركي جون ماكين"],
    ["subject before the verb, with an adverb", "لكن الرئيس الأمريكي بدوره أكد انفتاح بلاده على التعاون.", "الرئيس الأمريكي"],
    ["subject before the verb, after أن", "وعلى الرغم من أن دميتري بيسكوف المتحدث باسم الرئيس الروسي قال إنه من السابق لأوانه الحديث عن ذلك.", "دميتري بيسكوف المتحدث باسم الرئيس الروسي"],
    ["coordinated verb after a titled subject", "ثم عاد المتحدث باسم الكرملين ديمتري بيسكوف وأكد أن روسيا تزود القوات بالأسلحة.", "المتحدث باسم الكرملين ديمتري بيسكوف"],
    ["name and appositive title, ending at في", "اكد الكولونيل ستيف وورن المتحدث باسم الجيش الاميركي في بغداد الخميس ان الغارات لم تؤثر.", "الكولونيل ستيف وورن المتحدث باسم الجيش الاميركي"],
    ["a weekday ends the phrase", "وقال وزير الخارجية الروسي سيرغي لافروف الخميس ان روسيا تضرب اهدافا.", "وزير الخارجية الروسي سيرغي لافروف"],
    ["a title phrase whose name ends it", "بدوره، قال قائد الطيران الروسي بعيد المدى أناتولي جيخاريف إن الطائرات بقيت في الجو 8 ساعات.", "قائد الطيران الروسي بعيد المدى أناتولي جيخاريف"],
    ["a quoted name inside a title", "وفي السياق نفسه، أفادت صحيفة “Defense News” الأمريكية بأن حاملة الطائرات قد تبقى.", "صحيفة Defense News الأمريكية"],
    ["a verbal-noun object is not part of the speaker", "كما اعلن الجيش الروسي قصف معسكر تدريب في ادلب.", "الجيش الروسي"],
    ["an object after a body", "الى ذلك، أعلن الكرملين تقارب مواقف مختلف الدول.", "الكرملين"],
    ["an object after a title", "وأكد الوزير الروسي استعداد موسكو لتوحيد الجهود مع الدول.", "الوزير الروسي"],
    ["coordinated names", "وأكدت واشنطن وموسكو أن الجانب الروسي أبلغ العسكريين مسبقا.", "واشنطن وموسكو"],
    ["a preposition written apart ends the phrase", "وأكد مصدر عسكري لـ«الحياة» أن الطيران الروسي نفذ 40 طلعة.", "مصدر عسكري"],
    ["a preposition glued to a body ends the phrase", "وقال المتحدث لوكالة فرانس برس إن الضربات مستمرة.", "المتحدث"],
    ["بحسب ما أفادت", "وقتل 20 مدنياً في الغارات، بحسب ما أفادت وكالة الأنباء السورية (سانا).", "وكالة الأنباء السورية"],
    ["وفق ما ذكرت", "وقتل 30 مسلحاً، وفق ما ذكرت مصادر ميدانية.", "مصادر ميدانية"],
    ["كما قال", "كما قال لافروف، فإن العملية ستستمر.", "لافروف"],
    ["a title, its body and a name", "وقال المتحدث باسم الخارجية الروسية ماريا زاخاروفا إن موسكو لن تتراجع.", "المتحدث باسم الخارجية الروسية ماريا زاخاروفا"],
    ["نقلت X عن Y: the source speaks", "ونقلت وكالة \"سبوتنيك\" عن مصدر عسكري قوله إن 12 مقاتلة إضافية وصلت.", "مصدر عسكري"],
    ["نقل meaning transport is no report", "وتمكن الجيش من نقل كميات كبيرة من الشحنات إلى سوريا.", undefined],
    ["بحسب تقديرات", "وبحسب تقديرات الأمم المتحدة، فقد نزح أكثر من 120 ألف شخص.", "تقديرات الأمم المتحدة"],
    ["a title, a rank and a name", "وقال المتحدث باسم الوزارة اللواء إيغور كوناشينكوف في مؤتمر صحفي: \"تم تدمير 49 هدفاً\".", "المتحدث باسم الوزارة اللواء إيغور كوناشينكوف"],
    ["صرّح بأن", "من جهته، صرّح وزير الخارجية الفرنسي لوران فابيوس بأن باريس \"لن تتعاون مع الأسد\".", "وزير الخارجية الفرنسي لوران فابيوس"],
    ["an anonymous official", "وقال مسؤول أميركي طلب عدم كشف اسمه إن 20 طائرة شاركت.", "مسؤول أميركي"],
    ["an anonymous source", "وأكد مصدر رفض الكشف عن هويته أن الضربات مستمرة.", "مصدر"],
    ["a relative clause between the speaker and the complement", "وأضاف المصدر، الذي فضل عدم ذكر اسمه، أن الطائرات عادت.", "المصدر"],
    ["several adjectives", "وقال مصدر عسكري روسي رفيع إن العملية ستستمر.", "مصدر عسكري روسي رفيع"],
    ["an indefinite source, before the one spoken to", "وقال مصدر مطلع لـ«الأفق» إن الهدنة هشة.", "مصدر مطلع"],
    ["an indefinite subject in the accusative, before the verb", "غير أن مسؤولاً أميركياً قال إن الضربات لم تحقق أهدافها.", "مسؤولاً أميركياً"],
    ["a directorate with a coordinated genitive", "وأعلنت إدارة الكوارث والطوارئ التركية (آفاد) انتهاء عمليات البحث، مشيرة إلى أن الهزات مستمرة.", "إدارة الكوارث والطوارئ التركية"],
    ["a coordinated genitive, then the object", "وأعلنت وزارة الصحة والسكان الدفع بـ٤٥ سيارة إسعاف إلى موقع الحادث.", "وزارة الصحة والسكان"],
    ["a coordinated genitive, then an adjective", "وقالت وزارة الخارجية والمغتربين السورية إن الضربات مستمرة.", "وزارة الخارجية والمغتربين السورية"],
    ["time words between the phrase and the complement", "وأعلنت وزارة الدفاع الروسية في بيان، اليوم الأحد، أن الطائرات دمرت 49 هدفاً.", "وزارة الدفاع الروسية"],
  ])("%s", (_name, text, expected) => {
    expect(speakerOf(text, "ar")).toBe(expected);
  });
});

describe("Arabic names with an al- family name", () => {
  it.each([
    ["a bare name before a colon", "وقال أحمد الشريف: «من المبكر الحديث عن أسباب الحادث».", "أحمد الشريف"],
    ["a bare name before a preposition, after قال", "وقال عمر الحلبي في مؤتمر صحافي إن الفرق تعمل على مدار الساعة.", "عمر الحلبي"],
    ["a title and a name, before a comma", "وقال وزير الطيران المدني أحمد الشريف، في تصريحات للصحفيين، إن التحقيق بدأ.", "وزير الطيران المدني أحمد الشريف"],
    ["a verb that takes an object, before a complementiser", "وأكد رئيس الهيئة زياد العدوان أن النتائج نهائية.", "رئيس الهيئة زياد العدوان"],
    ["a verb whose complement takes a preposition", "وأشار المتحدث باسم الوزارة سامر الخوالدة إلى أن الحزب سيشارك.", "المتحدث باسم الوزارة سامر الخوالدة"],
    ["a title chain with a genitive before the name", "وقال الأمين العام لحزب جبهة العمل الإسلامي سامر الخوالدة إن النتائج رسالة واضحة.", "الأمين العام لحزب جبهة العمل الإسلامي سامر الخوالدة"],
    ["in a source phrase", "وقتل 20 شخصاً، بحسب مدير المستشفى خالد العربي.", "مدير المستشفى خالد العربي"],
    ["a relayed source", "ونقلت الوكالة عن وزير الدولة للشؤون الخارجية عادل المطيري قوله إن المملكة لن تدخر جهداً.", "وزير الدولة للشؤون الخارجية عادل المطيري"],
    ["before the verb, with an appositive title", "وعلى الرغم من أن رنا الأحمد المتحدثة باسم المنظمة قالت إن الوضع صعب.", "رنا الأحمد المتحدثة باسم المنظمة"],
    ["an honorific before the title and the name", "وقال معالي وزير الدولة الأستاذ عادل المطيري: «لن ندخر جهداً».", "معالي وزير الدولة الأستاذ عادل المطيري"],
    ["a name with بن", "وأكد وزير الخارجية السعودي الأمير فيصل بن فرحان أن المملكة تدعم الحل السياسي.", "وزير الخارجية السعودي الأمير فيصل بن فرحان"],
    ["a name with أبو", "قال المتحدث باسم وزارة الخارجية المصرية أحمد أبو زيد إن القاهرة تتابع الموقف.", "المتحدث باسم وزارة الخارجية المصرية أحمد أبو زيد"],
    ["a bare name with عبد", "وقال عبد الله الأحمد إن الوضع صعب.", "عبد الله الأحمد"],
    ["a name prefix closing a title chain", "ودعا الأمين العام لجامعة الدول العربية أحمد أبو الغيط إلى وقف التصعيد.", "الأمين العام لجامعة الدول العربية أحمد أبو الغيط"],
    ["a whole name, then the object", "وأكد الرئيس عبد الفتاح السيسي استعداد مصر للوساطة.", "الرئيس عبد الفتاح السيسي"],
    // «عبد» written solid with the word it opens is a whole name too.
    ["a solid عبد name and its family name, before a preposition", "وأكد رئيس المحكمة القاضي عبدالله المرزوقي في حيثيات الحكم أن المتهمين خانوا الأمانة.", "رئيس المحكمة القاضي عبدالله المرزوقي"],
    ["a solid عبد name and its family name, then the object", "وأعلن الوزير عبدالرحمن الحمادي انتهاء التحقيقات في القضية.", "الوزير عبدالرحمن الحمادي"],
    // A link right after a titled name opens an adverbial, not more of the name.
    ["a name, then لدى and a verbal noun", "وقال وزير الخارجية سامح شكري لدى وصوله إلى الرياض إن الزيارة ناجحة.", "وزير الخارجية سامح شكري"],
    // A title, then the name between commas; a description or a time there is not a name.
    ["a name between commas after a title and its place", "وقال ممثل المنظمة في اليمن، جون سميث، إن الوباء ينتشر.", "ممثل المنظمة في اليمن، جون سميث"],
    ["a statement between commas after a title is no name", "وقال المتحدث باسم الجيش في بيان، الثلاثاء، إن الوباء ينتشر.", "المتحدث باسم الجيش"],
    ["a name between commas after a title", "من جهته، قال عامل إقليم طاطا، محمد الإدريسي، في تصريح للصحافة إن البحث سيتواصل.", "عامل إقليم طاطا، محمد الإدريسي"],
    ["a name with عبد between commas", "وقال وزير الداخلية، عبد الوافي لفتيت، إن البحث سيتواصل.", "وزير الداخلية، عبد الوافي لفتيت"],
    // An honorific or rank may open the name between the commas; a second title alone is no name.
    ["an honorific before the name between commas", "وقال المتحدث الرسمي لوزارة الخارجية، الدكتور ماجد بن محمد الأنصاري، إن الوساطة مستمرة.", "المتحدث الرسمي لوزارة الخارجية، الدكتور ماجد بن محمد الأنصاري"],
    ["a rank before the name between commas", "وقال قائد الشرطة، اللواء سامي العلي، إن البحث سيتواصل.", "قائد الشرطة، اللواء سامي العلي"],
    ["a title alone between commas", "وقال المتحدث باسم الحكومة، الوزير، إن البحث سيتواصل.", "المتحدث باسم الحكومة"],
    ["a relative clause between commas", "وقال وزير الداخلية، الذي زار المنطقة، إن البحث سيتواصل.", "وزير الداخلية"],
    ["a day between commas", "وقال وزير الداخلية، الإثنين، إن البحث سيتواصل.", "وزير الداخلية"],
    ["media relaying a local governor", "ونقلت وسائل إعلام مغربية عن عامل إقليم طاطا محمد الإدريسي قوله إن البحث سيتواصل.", "عامل إقليم طاطا محمد الإدريسي"],
    ["a relief body", "وقال الهلال الأحمر في بيان إن 12 شخصاً أصيبوا.", "الهلال الأحمر"],
    // A role named by its rank: the number after «الرقم» is part of it.
    ["a rank written as a number", "وقال الرجل الرقم 2 في الحزب إن الانتخابات ستجرى في موعدها.", "الرجل الرقم 2"],
    ["a rank written as a word", "وقال الرجل الثاني في التنظيم إن القتال سيستمر.", "الرجل الثاني"],
    // Where the verb may take an object, a verbal noun and its genitive read like a name: not taken.
    ["an object after a title is no family name", "وأكد الوزير استعداد البلاد للتعاون مع الجميع.", "الوزير"],
    ["an object after a title, before a comma", "وأعلن الرئيس انتهاء العمليات، وتعهد بإعادة الإعمار.", "الرئيس"],
    // A body named after an event's noun is a speaker.
    ["an election commission", "وأعلنت لجنة الانتخابات أن نسبة المشاركة بلغت 41 في المئة.", "لجنة الانتخابات"],
    // After a verb that takes an object, a determined subject and its object read like a name opened by the article.
    ["an object before a colon is no name", "وأعلن المدرب تشكيلته: حارس ومدافعان.", "المدرب"],
    ["an object before a comma and no person is no name", "وأعلن المدرب تشكيلته، ثم غادر الملعب.", "المدرب"],
  ])("%s", (_name, text, expected) => {
    expect(speakerOf(text, "ar")).toBe(expected);
  });

  it("gives the quote to the named person, not to the previous speaker", () => {
    const text = ["وقالت الشركة إن الطائرة خضعت لفحص شامل.", "وقال وزير الطيران المدني أحمد الشريف: «من المبكر الحديث عن أسباب الحادث»."].join("\n");
    expect(analyse(text, "ar").quotes.map((q) => q.speaker)).toEqual(["وزير الطيران المدني أحمد الشريف"]);
  });
});

describe("Arabic titles that reach the name past a preposition", () => {
  it.each([
    ["ل and في before a body", "وأكدت المديرة الإقليمية للطوارئ في منظمة الصحة العالمية ليلى منصور أن الوضع خطير.", "المديرة الإقليمية للطوارئ في منظمة الصحة العالمية ليلى منصور"],
    ["ل glued to the article", "قال الأمين العام للحزب سامر الخوالدة في تصريح إن النتائج جيدة.", "الأمين العام للحزب سامر الخوالدة"],
    ["ل glued to a word", "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع كارثي.", "الأمين العام للأمم المتحدة أنطونيو غوتيريش"],
    ["ل glued to a body", "وقال الأمين العام لحزب جبهة العمل الإسلامي سامر الخوالدة إن النتائج رسالة واضحة.", "الأمين العام لحزب جبهة العمل الإسلامي سامر الخوالدة"],
    // Not a title's name: the one spoken to, and a verbal-noun object after it.
    ["a body's own name after ل is whom he spoke to", "وقال المتحدث باسم الجيش لوكالة فرانس برس إن الضربات مستمرة.", "المتحدث باسم الجيش"],
    ["في before no body", "وقال الوزير للصحفيين في مؤتمر صحافي عقده أحمد الشريف إن الضربات مستمرة.", "الوزير"],
    ["an object after the one spoken to", "وأعلن الرئيس للصحفيين انتهاء العمليات.", "الرئيس"],
    ["an object at the end of the sentence", "وأعلن الرئيس انتهاء العمليات.", "الرئيس"],
  ])("%s", (_name, text, expected) => {
    expect(speakerOf(text, "ar")).toBe(expected);
  });
});

describe("Arabic subjects of an earlier clause", () => {
  it.each([
    [
      "an indefinite subject after أن, then وقال",
      ["قال وزير الدولة عادل المطيري إن المملكة لن تدخر جهداً.", "غير أن دبلوماسياً غربياً في بيروت بدا أقل تفاؤلاً، وقال لـ«الأفق»: «لا أحد هنا يراهن على صمودها»."],
      ["وزير الدولة عادل المطيري", "دبلوماسياً غربياً"],
    ],
    [
      "the subject after the clause's verb, then a participle",
      ["قال المرصد إن الغارات مستمرة.", "وأشاد الرئيس بأداء الجيش، مؤكداً أن المعركة انتهت."],
      ["المرصد", "الرئيس"],
    ],
    [
      "the subject after an auxiliary, with قد before the verb",
      ["قال المرصد إن الغارات مستمرة.", "وكان وزير الخارجية أحمد عطاف قد أكد أمس أن الجزائر ترفض التدخل."],
      ["المرصد", "وزير الخارجية أحمد عطاف"],
    ],
    [
      "a body after a preposition is no subject",
      ["قال المرصد إن الغارات مستمرة.", "وفي الوزارة، أكد أن الغارات مستمرة."],
      ["المرصد", "المرصد"],
    ],
    [
      "a participle after a reported clause speaks for the main subject, not the reported clause's",
      ["قال المرصد إن الغارات مستمرة.", "أعلنت رئاسة الأركان التركية، يوم الثلاثاء، أن قوات تركية أسقطت طائرة حربية، لافتةً إلى أن الطيارين هبطا بالمظلات."],
      ["المرصد", "رئاسة الأركان التركية"],
    ],
    [
      "a participle after a reported clause with a titled subject",
      ["قال المرصد إن الغارات مستمرة.", "وقال الوزير إن الجيش سيطر على المدينة، مضيفا أن المعارك انتهت."],
      ["المرصد", "الوزير"],
    ],
    [
      "a title after the object is no subject",
      ["قال المرصد إن الغارات مستمرة.", "وقصفت الطائرات مواقع الجيش، وقال إن الغارات مستمرة."],
      ["المرصد", "المرصد"],
    ],
  ])("%s", (_name, paragraphs, expected) => {
    expect(sentenceSpeakers(paragraphs.join("\n"), "ar")).toEqual(expected);
  });

  it("gives the quote to the indefinite subject", () => {
    const text = ["ونقلت الوكالة عن وزير الدولة عادل المطيري قوله: «لن ندخر جهداً لضمان صمود الهدنة».", "غير أن دبلوماسياً غربياً في بيروت بدا أقل تفاؤلاً، وقال: «لا أحد هنا يراهن على صمودها»."].join("\n");
    expect(analyse(text, "ar").quotes.map((q) => q.speaker)).toEqual(["وزير الدولة عادل المطيري", "دبلوماسياً غربياً"]);
  });
});

describe("Arabic sentences that name no speaker", () => {
  it.each([
    ["بحسب الحاجة is not a source", "التحالف جاهز لأي تعديلات بحسب الحاجة."],
    ["وفقاً لحق is not a source", "وسيكون التحرك وفقاً لحق الدول في الدفاع عن نفسها."],
    ["negated verb", "ولا يقول الجيش إن العملية انتهت."],
    ["verb inside a relative clause", "ويبدو ان فرنسا وروسيا المتضررتين من الهجمات التي اعلن التنظيم مسؤوليته عنها مستعدتان للتنسيق."],
    ["أضاف meaning add, with no complement", "وأضاف الجيش 37 طائرة إلى قواته في سوريا."],
    ["تابع meaning follow", "وتابع الجيش تقدمه نحو المدينة."],
    ["تابع meaning belonging to", "ودمرت الطائرات معسكراً تابع لتنظيم الدولة في ادلب."],
    ["قال followed by unmarked speech", "وقال التحالف حقق نجاحاً تكتيكياً في العراق."],
    ["a verbal noun is not a bare name", "وأعلن أمس زيارة مرتقبة لوزير الخارجية الى موسكو."],
    ["a passive is no report", "يقال في باريس «يجب على فرنسا ان لا تظهر جنباً إلى جنب مع جيش الاسد»."],
    ["a verb inside a quote is not an attribution", "وأضاف أن «الوزير قال إن الحرب انتهت»."],
    // Events are declared, they declare nothing: the unvowelled passive reads like the active.
    ["a truce declared", "وأعلنت الهدنة في الساعة السادسة صباحا بعد مفاوضات طويلة."],
    ["a state of emergency declared", "وأعلنت حالة الطوارئ في المدينة."],
    ["results announced", "وأعلنت نتائج الانتخابات مساء الأحد."],
  ])("%s", (_name, text) => {
    expect(speakerOf(text, "ar")).toBeUndefined();
  });
});

describe("Arabic carry-over", () => {
  it("carries a speaker to the next paragraph", () => {
    const text = "قال وزير الخارجية الروسي سيرغي لافروف إن روسيا مستعدة.\nوأضاف أن 50 طائرة شاركت في الضربات.";
    expect(sentenceSpeakers(text, "ar")).toEqual(["وزير الخارجية الروسي سيرغي لافروف", "وزير الخارجية الروسي سيرغي لافروف"]);
  });

  it("carries a speaker within a paragraph", () => {
    const text = "وكشف رئيس هيئة الأركان فاليري غيراسيموف أن الطيران نفذ 2289 طلعة. وتابع أن 4111 موقعاً دمر. ودمرت الطائرات 80 بلدة.";
    expect(sentenceSpeakers(text, "ar")).toEqual(["رئيس هيئة الأركان فاليري غيراسيموف", "رئيس هيئة الأركان فاليري غيراسيموف", undefined]);
  });

  it("takes the most recent speaker, never one from across a paragraph naming another", () => {
    const text = ["قال لافروف إن روسيا مستعدة.", "من جهة أخرى، قال وزير الخارجية الأميركي جون كيري إن المحادثات مفيدة.", "وأضاف أن الحل ممكن خلال أسابيع."].join("\n");
    expect(sentenceSpeakers(text, "ar")[2]).toBe("وزير الخارجية الأميركي جون كيري");
  });

  it("carries over a paragraph that names nobody, but not over two", () => {
    const one = ["قال بوتين إن روسيا ستطور تحالفها.", "وكلف بوتين وزارة الدفاع تنسيق التحركات.", "وأوضح أنه «من المهم تطوير التعاون مع جميع الدول»."].join("\n");
    const res = analyse(one, "ar");
    expect(res.speakers.flat()).toEqual(["بوتين", undefined, "بوتين"]);
    expect(res.quotes.map((q) => q.speaker)).toEqual(["بوتين"]);
    const two = ["قال بوتين إن روسيا ستطور تحالفها.", "وكلف بوتين وزارة الدفاع تنسيق التحركات.", "ووجه سلاح الجو ضربات مكثفة.", "وأوضح أن العمليات مستمرة."].join("\n");
    expect(sentenceSpeakers(two, "ar")[3]).toBeUndefined();
  });

  it("does not carry over a heading", () => {
    const text = ["قال بوتين إن روسيا ستطور تحالفها.", "راية حمراء", "وأضاف أن العمليات مستمرة."].join("\n");
    expect(sentenceSpeakers(text, "ar")).toEqual(["بوتين", undefined, undefined]);
  });

  it("gives a participle the speaker of its clause", () => {
    const text = [
      "حذّر الرئيس الروسي فلاديمير بوتين كل من سيحاول استفزاز قواته.",
      "وتوعد بوتين بتدمير كل من يهدد القوات الروسية، مؤكداً أن أي هدف يهدد القوات «يجب تدميره فوراً».",
    ].join("\n");
    const res = analyse(text, "ar");
    expect(res.speakers.flat()).toEqual(["الرئيس الروسي فلاديمير بوتين", "الرئيس الروسي فلاديمير بوتين"]);
    expect(res.quotes.map((q) => [q.text, q.speaker])).toEqual([["يجب تدميره فوراً", "الرئيس الروسي فلاديمير بوتين"]]);
  });

  it("gives a sentence that is a quote the speaker before it", () => {
    const text = "وأشار بيسكوف إلى أن هناك حواراً مع المعارضة. «القوى المعتدلة يمكن لها أن تكون شريكة في الحوار».";
    expect(sentenceSpeakers(text, "ar")).toEqual(["بيسكوف", "بيسكوف"]);
  });

  it("reads a participle after a preposition as a verbal noun, which carries no speaker", () => {
    const text = "قال رئيس الهيئة زياد العدوان إن النتائج نهائية.\nوشارك نحو 2800 مراقب في متابعة الاقتراع، بينهم بعثة تضم 96 مراقباً.";
    const res = analyse(text, "ar");
    expect(res.speakers.flat()).toEqual(["رئيس الهيئة زياد العدوان", undefined]);
    expect(res.attributions[1]).toEqual([]);
  });

  it("carries no speaker to a verb whose subject is in doubt", () => {
    const text = "قال بوتين إن روسيا ستطور تحالفها.\nوأعلن أمس زيارة مرتقبة لوزير الخارجية الى موسكو.";
    expect(sentenceSpeakers(text, "ar")).toEqual(["بوتين", undefined]);
  });

  it("reads a bare name before a preposition when the document named it before", () => {
    const text = "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة.\nوأكد لافروف في مؤتمر صحافي أن الحل ممكن.";
    expect(sentenceSpeakers(text, "ar")).toEqual(["وزير الخارجية الروسي سيرغي لافروف", "لافروف"]);
    expect(sentenceSpeakers("وأكد لافروف في مؤتمر صحافي أن الحل ممكن.", "ar")).toEqual([undefined]);
  });

  it("reads a bare name followed by more words only when the document named it before", () => {
    const text = "قال وزير الدفاع الروسي سيرغي شويغو إن الضربات مستمرة.\nكما أعلن شويغو بدء مشاركة قاذفات استراتيجية روسية.";
    expect(sentenceSpeakers(text, "ar")).toEqual(["وزير الدفاع الروسي سيرغي شويغو", "شويغو"]);
  });
});

describe("Arabic quote speakers", () => {
  it.each([
    ["named right after the quote", "«نحن مستعدون للعمل مع الجميع»، قال لافروف.", "لافروف"],
    ["named before the quote", "وقال المصدر: «الآن يتم تحليل تأثير الضربات الجوية».", "المصدر"],
    ["named before, in a title", "وقال وزير الدفاع الروسي سيرغي شويغو إن هذا ما «يتيح توجيه ضربات دقيقة قوية على إرهابيي «داعش» في عمق الأراضي».", "وزير الدفاع الروسي سيرغي شويغو"],
    ["a source between the verb and its complement relays the verb's subject", 'وأشارت الأركان التركية، في بيان لها، وفق وكالة (الأناضول)، إلى أن "القوات التركية حذرت الطائرة 10 مرات خلال 5 دقائق، إلا أنها واصلت انتهاكها".', "الأركان التركية"],
    // Survivors and judges are people quoted by what they are; a relay's «عن X قوله» gives X.
    ["a survivor relayed by the media", "ونقلت وسائل إعلام محلية عن الناجي محمد عثمان الطيب قوله: «كانت المعدية ممتلئة عن آخرها».", "الناجي محمد عثمان الطيب"],
    ["a survivor with his age and the paper", "وقال الناجي محمد عثمان الطيب (45 عاما) لـ«السوداني اليوم»: «انقلبت في أقل من دقيقة».", "الناجي محمد عثمان الطيب"],
    ["a witness", "وقالت الشاهدة فاطمة حسن لـ«الشروق»: «سمعنا صراخ الركاب».", "الشاهدة فاطمة حسن"],
    // A link right after a titled name opens an adverbial, not more of the name.
    ["a judge upon giving the verdict", "وقال رئيس المحكمة القاضي عبدالله محمد المرزوقي لدى النطق بالحكم: «إن المتهمين استغلوا مناصبهم».", "رئيس المحكمة القاضي عبدالله محمد المرزوقي"],
    ["a minister upon arriving", "وقال وزير الخارجية سامح شكري لدى وصوله إلى الرياض: «الزيارة كانت ناجحة واتفقنا على خطوات عملية للتعاون بين البلدين».", "وزير الخارجية سامح شكري"],
    // A personal name whose first word carries the article, when an appositive person or a colon says it is one.
    ["a name opened by the article, a resident between commas", "وقال الحسين أيت بها، أحد سكان القرية، للصحيفة: «غمرت المياه البيوت في دقائق».", "الحسين أيت بها"],
    ["a name opened by the article, 'he is a farmer'", "وقال المختار ولد أحمد، وهو مزارع، للموقع: «فقدنا كل شيء».", "المختار ولد أحمد"],
    ["a name opened by the article before a colon", "وقال الطاهر بن سالم: «لم يبق لنا شيء».", "الطاهر بن سالم"],
    // A name of one or two words in guillemets right after the verb of an earlier clause is its subject.
    ["a quoted name after a verb of meeting", "واجتمع «الكاظمي» مع قادة الأجهزة الأمنية، وقال في الاجتماع: «لن نسمح بتكرار هذه الكارثة».", "الكاظمي"],
    ["a quoted two-word name after a verb of visiting", "وزار «حسن دياب» موقع الانفجار، وقال للصحفيين: «سنحاسب كل المسؤولين عن هذه الجريمة».", "حسن دياب"],
    // A quoted operation's name after a noun is no subject; the clause's titled subject is.
    ["a quoted name after a noun", "وأطلق الجيش عملية «درع الشمال» فجر اليوم، وقال: «سندمر كل الأنفاق على الحدود».", "الجيش"],
  ])("%s", (_name, text, expected) => {
    expect(analyse(text, "ar").quotes.map((q) => q.speaker)).toEqual([expected]);
  });

  // A quoted name after a verb of criticising, attacking or praising is its object: the verb's subject is
  // unwritten, and the speaker is the one named before (here, the previous sentence's).
  it.each([
    ["criticised", "وقال رئيس الوزراء إن الحكومة ماضية في الإصلاح. وانتقد «الإخوان»، وقال: «لقد فشلوا في إدارة البلاد».", "رئيس الوزراء"],
    ["attacked, feminine", "وقالت الوزيرة إن الخطة جاهزة. وهاجمت «حماس»، وقالت: «لن نقبل بهذه الشروط أبدا».", "الوزيرة"],
    ["accused", "وقال المتحدث إن الهجوم فشل. واتهم «حزب الله» بالوقوف وراءه، وقال: «سنرد في الوقت المناسب».", "المتحدث"],
    ["a titled subject before the quoted object", "وانتقد الوزير «الإخوان» بشدة، وقال: «لقد فشلوا في إدارة البلاد».", "الوزير"],
    ["praised", "وقال الرئيس إن البلاد تجاوزت الأزمة. وشكر «الجيش الوطني»، وقال: «لقد قدموا الكثير من التضحيات».", "الرئيس"],
  ])("a quoted object: %s", (_name, text, expected) => {
    expect(analyse(text, "ar").quotes.map((q) => q.speaker)).toEqual([expected]);
  });

  // A short quotation between a verb of speech and «أن» is the verb's subject, not a statement.
  it.each([
    ["a three-word name after أكد", "وأكد «محمد شياع السوداني» أن الحكومة ماضية في الإصلاح.", "محمد شياع السوداني"],
    ["a four-word name after قال", "وقال «عبد الله بن زايد» إن الاتفاق صامد.", "عبد الله بن زايد"],
    ["a name after أوضح, بأن", "وأوضح «حسن نصر الله» بأن المقاومة جاهزة.", "حسن نصر الله"],
  ])("a quoted subject: %s", (_name, text, expected) => {
    const res = analyse(text, "ar");
    expect(res.quotes.map((q) => q.text)).toEqual([]);
    expect(res.speakers[0]).toEqual([expected]);
  });

  // A body's name in quotation marks (Asharq Al-Awsat marks every institution so): a body's word, then only
  // determined words, is a name, never a statement; the sentence's speaker is the statement or body it names.
  it.each([
    ["a statistics office after بيان", "وحسب بيان «الجهاز المركزي للتعبئة العامة والإحصاء» الصادر يوم الأحد، قفزت أسعار المستهلكين في مصر 35.7 في المائة خلال فبراير.", "بيان الجهاز المركزي للتعبئة العامة والإحصاء"],
    ["a ministry after وفق", "وارتفع عدد الوفيات إلى 20 حالة وفق «وزارة الصحة السعودية» صباح اليوم.", "وزارة الصحة السعودية"],
  ])("a quoted body's name: %s", (_name, text, expected) => {
    const res = analyse(text, "ar");
    expect(res.quotes.map((q) => q.text)).toEqual([]);
    expect(res.speakers[0]).toEqual([expected]);
  });

  // An undetermined report alone, then a body named in full with «ل» glued on, is that body's report: nobody
  // speaks to a report, as a source or a minister speaks to an agency (Taxi News's copy of Morocco's quake bulletin).
  it.each([
    ["a communiqué of a ministry", "افاد بلاغ لوزارة الداخلية انه تم تسجيل 632 وفاة.", "بلاغ لوزارة الداخلية"],
    ["a report of an organisation", "وذكر تقرير لمنظمة الصحة العالمية أن 12 شخصا توفوا.", "تقرير لمنظمة الصحة العالمية"],
    ["a source speaks to an agency", "وقال مصدر لوكالة الأنباء إن 5 أشخاص قتلوا.", "مصدر"],
    // A determined body after «لل» only refers back: left as before.
    ["a statement of the ministry named before", "وافاد بيان للوزارة ان الرجلين ناقشا تنسيق العمليات.", "بيان"],
  ])("a report and its issuer: %s", (_name, text, expected) => {
    expect(analyse(text, "ar").speakers[0]).toEqual([expected]);
  });

  // Guards: a statement opened by a body's word has a verb or an undetermined predicate; it stays one.
  it.each([
    ["an undetermined predicate", "وقال الوزير: «الحكومة مسؤولة عن الأزمة».", "الحكومة مسؤولة عن الأزمة"],
    ["a verb after the body", "وقال المتحدث: «الجيش سيواصل عملياته في المنطقة».", "الجيش سيواصل عملياته في المنطقة"],
  ])("still a statement after a body's word: %s", (_name, text, expected) => {
    expect(analyse(text, "ar").quotes.map((q) => q.text)).toEqual([expected]);
  });

  // Guards: a statement after its verb and a complementiser stays one; so does one after «إن».
  it.each([
    ["a statement before a colon", "وأكد الوزير: «الحكومة ماضية في الإصلاح»."],
    ["a statement after إن", "وقال الوزير إن «الحكومة ماضية في الإصلاح» وإن الخطة جاهزة."],
  ])("still a statement: %s", (_name, text) => {
    expect(analyse(text, "ar").quotes.map((q) => q.text)).toEqual(["الحكومة ماضية في الإصلاح"]);
  });

  it("gives every sentence of a quoted statement its speaker", () => {
    const text = "من ناحية أخرى، كشف وزير الخارجية الأميركي جون كيري أمس أن بلاده بدأت عملية مع تركيا، وقال: «تم إغلاق 75 في المئة من الحدود. ونحن نقوم بعملية لإغلاق آخر 98 كلم متبقية».";
    const res = analyse(text, "ar");
    expect(res.speakers[0]).toEqual(["وزير الخارجية الأميركي جون كيري", "وزير الخارجية الأميركي جون كيري"]);
    expect(res.quotes.map((q) => q.speaker)).toEqual(["وزير الخارجية الأميركي جون كيري"]);
  });
});

// «علي» (Ali) folds like the preposition «على» (on): read as a name after a title or before a name prefix, and
// anywhere in copy that spells the preposition «على» its own way; never in copy that writes «علي» for «على».
describe("Arabic given name «علي»", () => {
  it.each([
    ["after a title", "وقال الوزير علي الشامي إن الوضع صعب.", "الوزير علي الشامي"],
    ["before a name prefix", "وقال الشيخ علي بن ناصر إن الوضع صعب.", "الشيخ علي بن ناصر"],
    ["bare, where على is spelled apart", "وقال علي حسن إن الوضع صعب. واتفق الطرفان على الهدنة.", "علي حسن"],
    ["bare with a family name, where على is spelled apart", "وقال علي الأحمد إن الوضع صعب. واتفق الطرفان على الهدنة.", "علي الأحمد"],
    ["bare, where على is spelled apart with its marks", "وقال علي حسن إن الوضع صعب. واتفق الطرفان عَلَى الهدنة.", "علي حسن"],
    ["the preposition spelled «علي» throughout", "وشدد علي ضرورة الإسراع في التنفيذ.", undefined],
    ["the preposition before a complementiser", "وأكد علي أن الوضع صعب. واتفق الطرفان على الهدنة.", undefined],
    ["the preposition spelled apart", "وأكد على أهمية التعاون.", undefined],
  ])("%s", (_name, text, expected) => {
    expect(speakerOf(text, "ar")).toBe(expected);
  });
});

// An event after a determined word is the verb's object, not part of the speaker; after a bare head, a genitive.
describe("Arabic speakers and the events they announce", () => {
  it.each([
    ["the truce after the government", "وأعلنت الحكومة الهدنة بعد مفاوضات طويلة.", "الحكومة"],
    ["the results after an adjective", "وأعلن الجيش السوداني نتائج التحقيق أمس.", "الجيش السوداني"],
    ["elections after the commission", "وأعلنت المفوضية الانتخابات المبكرة في بيان.", "المفوضية"],
    ["a genitive after a bare head", "وأعلنت لجنة الانتخابات أن النتائج ستصدر غدا.", "لجنة الانتخابات"],
    ["a genitive of a body", "وقال رئيس هيئة الانتخابات إن الاقتراع انتهى.", "رئيس هيئة الانتخابات"],
  ])("%s", (_name, text, expected) => {
    expect(speakerOf(text, "ar")).toBe(expected);
  });
});

// A family name before a comma and a complementiser: no object stands there.
describe("Arabic speakers with a family name before «، أن»", () => {
  it.each([
    ["a rank and a name", "وأوضح الناطق الإعلامي المقدم سعيد المنتشري، أن الفرق سيطرت على الحريق.", "الناطق الإعلامي المقدم سعيد المنتشري"],
    ["a title and a name", "وأكد وزير الصحة خالد العبدالله، أن المستشفيات مستعدة.", "وزير الصحة خالد العبدالله"],
    ["a verbal noun and its genitive stay the object", "وأكد الوزير استعداد البلاد للتعاون.", "الوزير"],
  ])("%s", (_name, text, expected) => {
    expect(speakerOf(text, "ar")).toBe(expected);
  });
});

// A body's name goes on over a glued «لل» and its genitive, unless that word is who is spoken to.
describe("Arabic body names with a glued «لل»", () => {
  it.each([
    ["an election body", "وقالت الهيئة الوطنية للانتخابات إن المشاركة ارتفعت.", "الهيئة الوطنية للانتخابات"],
    ["a genitive and its adjective", "وقالت اللجنة الدولية للصليب الأحمر إن فرقها وصلت.", "اللجنة الدولية للصليب الأحمر"],
    ["under a person's title", "وقال رئيس الهيئة العامة للإحصاء إن العدد ارتفع.", "رئيس الهيئة العامة للإحصاء"],
    ["two adjectives", "وأعلنت الهيئة العامة السعودية للإحصاء أن العدد ارتفع.", "الهيئة العامة السعودية للإحصاء"],
    ["reporters spoken to", "وقالت الحكومة الليبية للصحفيين إن البحث مستمر.", "الحكومة الليبية"],
    ["television spoken to", "وقال المجلس العسكري للتلفزيون إن الوضع هادئ.", "المجلس العسكري"],
    ["for the first time", "وقالت الحكومة الليبية للمرة الأولى إن البحث مستمر.", "الحكومة الليبية"],
    ["a body alone before an outlet", "وقالت الوزارة للجزيرة إن البحث مستمر.", "الوزارة"],
    ["a person's title spoken to", "وقالت الحكومة الليبية للوزير إن البحث مستمر.", "الحكومة الليبية"],
  ])("%s", (_name, text, expected) => {
    expect(speakerOf(text, "ar")).toBe(expected);
  });
});
