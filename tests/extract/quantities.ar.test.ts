/** What Arabic figures count and the intervals they assert, on sentences as news copy writes them. */
import { describe, expect, it } from "vitest";
import { claimsOf, quantities } from "./helpers.js";

describe("Arabic quantities", () => {
  it.each([
    ["كشف أن سلاح الجو الروسي قام بـ 2289 طلعة قتالية، ودمر 4111 موقعاً للإرهابيين.", ["2289 sortie", "4111 target"]],
    ["ضرب الطيران خلال 48 يوماً 4111 هدفاً خلال 2299 طلعة جوية.", ["48 day", "4111 target", "2299 sortie"]],
    ["نفذ أكثر من 127 طلعة جوية دمر خلالها 206 أهداف للإرهابيين.", ["over 127 sortie", "206 target"]],
    ["بما في ذلك 562 مركز قيادة و64 قاعدة تدريب و54 ورشة لإنتاج الأسلحة.", ["562 command-post", "64 training-camp", "54 workshop"]],
    ["قامت الطائرات بنحو 4 آلاف طلعة قتالية، ودمرت ما يربو عن 8 آلاف منشأة.", ["approx 4000 sortie", "over 8000 facility"]],
    ["أسفرت الاعتداءات في باريس عن (129 قتيلاً و 350 جريحاً).", ["129 killed", "350 injured"]],
    // Aftershocks are a unit, so a count written like a year (no thousands mark in Arabic copy) is kept and
    // meets the English "1,891 aftershocks"; a bare «هزة» may be the quake itself and stays a noun.
    ["وسجلت الهيئة 1891 هزة ارتدادية منذ الاثنين.", ["1891 aftershock"]],
    ["وأعقبت الزلزال 285 هزة أرضية ارتدادية.", ["285 aftershock"]],
    // «بقوة» ("with a force of") before people counted is no magnitude; before degrees it is.
    ["وتحركت نحو المدينة بقوة 500 جندي.", ["500 soldier"]],
    ["ضرب زلزال بقوة 7.7 درجات جنوب البلاد.", ["7.7 magnitude"]],
    ["هجمات باريس الدموية التي حصدت أرواح 129 شخصا.", ["129 killed"]],
    ["النزاع الذي اوقع اكثر من 240 الف قتيل.", ["over 240000 killed"]],
    ["تم إغلاق الآن 75 في المئة من كامل الحدود الشمالية.", ["75 percent"]],
    ["قامت فرنسا بنسبة 12٪ من الضربات.", ["12 percent"]],
    ["يسيطرون اليوم على قرابة 70 في المئة من أراضي سورية.", ["approx 70 percent"]],
    ["مقتل ركابها الـ217 وطاقمها.", ["217 passenger"]],
    ["نفذ التحالف عدة طلعات في الساعات الـ 24الاخيرة.", ["24 hour"]],
    ["وقف إطلاق النار ممكن خلال الأسابيع الـ3 أو الـ4 المقبلة.", ["3 week", "4 week"]],
    ["قطعت الطائرات مسافة تجاوزت 4500 كيلومتر.", ["over 4500 km"]],
    ["استعادة السيطرة على أراض تتجاوز مساحتها 500 كيلومتر مربع.", ["500 km2"]],
    ["بلغ وزنها الإجمالي 214 طناً.", ["214 ton"]],
    // A volume is its own unit, not a length.
    ["وضخت المحطة 500 متر مكعب من المياه و300 مترا مكعبا من الوقود.", ["500 m3", "300 m3"]],
    // A qualifier after the counted noun and one adjective of it.
    ["وأصيب 30 شخصا آخرين على الأقل في الهجوم.", ["atLeast 30 injured"]],
    ["قتل 12 جنديا إسرائيليا على الأقل في الكمين.", ["atLeast 12 killed"]],
    ["وقضت المحكمة بتغريمهم نحو 125 مليون جنيه مصري (16 مليون دولار أمريكي تقريبا).", ["approx 125000000 egp", "approx 16000000 usd"]],
    // «بدون» (without) counts nothing: the figure keeps no noun.
    ["واحتل الفريق المركز 14 بدون أي نقطة.", ["14 ?"]],
    ["سيتم تعزيز القوات بــ37 طائرة أخرى.", ["37 aircraft"]],
    ["دمر الطيران ٢٬٢٨٩ هدفاً.", ["2289 target"]],
    ["أصيب ثلاثة آلاف شخص.", ["3000 injured"]],
    ["نزح مئة وثلاثة وعشرون ألف مدني.", ["123000 displaced"]],
    ["طرد التنظيم من مدينتين في العراق.", ["2 city"]],
    ["وتفرج الحركة عن 33 رهينة مقابل 737 أسيرا فلسطينيا.", ["33 hostage", "737 detainee"]],
    // Billions of nothing named are an amount, not people.
    ["مضيفا أن واشنطن ساهمت بـ4 مليارات ونصف لمساعدة اللاجئين والنازحين السوريين.", ["4500000000 ~لمساعده"]],
    // «الواحد» after a noun is "the single one" of it: no count.
    ["وتراجع الجنيه إلى 42 جنيها للدولار الواحد.", ["42 egp"]],
    // A price of a currency in another counts the currency named before it, not the dollar it is paid for.
    ["وسجل سعر صرف الجنيه 50.85 للدولار في البنوك المحلية.", ["50.85 egp"]],
    // People are counted in whole numbers: a dot before three digits groups thousands.
    ["ومخاوف من وصول ذلك العدد إلى 10.000 قتيل جراء الزلزال.", ["10000 killed"]],
    ["وصل عدد القتلى إلى 12.500 شخص.", ["12500 killed"]],
    ["ارتفع المؤشر إلى 2.289 نقطة.", ["2.289 ~نقطه"]],
    // A dot before three zeros groups thousands whatever is counted; jobs are a unit, and a loss of them no missing.
    ["يعود التراجع إلى فقدان 15.000 منصب بقطاع الفلاحة، و14.000 بقطاع الصناعة.", ["15000 job", "14000 job"]],
    ["وأرجعت المندوبية الارتفاع إلى فقدان الاقتصاد الوطني لأزيد من 13 ألف منصب شغل.", ["over 13000 job"]],
    // Rescue personnel, named as members of a body.
    ["ويشارك في عمليات الإغاثة أكثر من ثلاثة آلاف عنصر من الوقاية المدنية والدرك الملكي.", ["over 3000 rescuer"]],
    ["مشيرا إلى أن 9 آلاف من عناصر البحث والإنقاذ يواصلون العمل.", ["9000 rescuer"]],
    ["قتل 5 من عناصر التنظيم في الهجوم.", ["5 killed"]],
    // «وصل» before a figure is a count reaching it, not people arriving.
    ["وأوضح أن عدد الأشخاص الذين تم إنقاذهم بلغ 2470، فيما وصل عدد الأبنية المنهارة إلى 2818 مبنى.", ["2470 ?", "2818 building"]],
    // A cue in an earlier clause («مقتل … ودمر») is not what a figure with its own noun counts.
    ["أسفر القصف عن مقتل 41 شخصا ودمر 300 مدرسة في المدينة.", ["41 killed", "300 ~مدرسه"]],
    ["أسفر القصف عن مقتل 41 شخصا وتدمير 12 مبنى.", ["41 killed", "12 building"]],
    ["أسفر القصف عن مقتل 41 شخصا و12 طفلا.", ["41 killed", "12 killed"]],
    // A word glued to the digits by a missing space is the word before the number, not a designation.
    ["اتفقت أوبك على خفض الإنتاج نحو1.2 مليون برميل يوميا.", ["approx 1200000 barrel"]],
    ["وأصيب أكثر من300 شخص بجروح.", ["over 300 injured"]],
    // A number word after its noun agrees with it as an adjective, and is one figure with it.
    ["وقال الجيش إن جنديين اثنين قتلا في الهجوم، وأصيب ثلاثة جنود آخرون.", ["2 killed", "3 injured"]],
    ["لافتة إلى أن طيارين اثنين هبطا بالمظلات.", ["2 crew"]],
    ["وأضاف أن خمسة أطفال أصيبوا، بينهم طفلان اثنان في حالة حرجة.", ["5 injured", "2 injured"]],
    // A count noun («عدد الشهداء») names what the figure of its clause counts, whatever cue follows the figure.
    ["وارتفع عدد الشهداء إلى ما لا يقل عن 31 ألفا، فيما أصيب زهاء 73 ألفا آخرين.", ["atLeast 31000 killed", "approx 73000 injured"]],
    ["وارتفع عدد القتلى إلى 150 وأصيب 300 آخرون.", ["150 killed", "300 injured"]],
    // A count noun before a named group of people («عدد اللاجئين») names what the figure counts, with no noun after it.
    ["وبلغ عدد اللاجئين 40 ألفا، ووصل عدد المعتمرين إلى 13 مليونا.", ["40000 refugee", "13000000 umrah-pilgrim"]],
    ["وكشف أن عدد الإرهابيين يبلغ نحو 60 ألف شخص.", ["approx 60000 terrorist"]],
    // «إصابة» is an infection in an article about an epidemic, an injury elsewhere.
    ["تفشت الكوليرا في المحافظة.\n\nويسجل القطاع الصحي نحو ثلاثمئة إصابة جديدة يومياً.", ["approx 300 case"]],
    ["وقع انفجار في السوق.\n\nوسجل المستشفى نحو ثلاثمئة إصابة.", ["approx 300 injured"]],
    // A sentence that names an event that injures (a fire in a hospital of the epidemic) keeps «إصابة» an injury.
    ["تفشى فيروس كورونا في البلاد.\n\nوأسفر حريق المستشفى عن 82 وفاة و110 إصابة.", ["82 killed", "110 injured"]],
    ["وبلغ عدد ضحايا حادث حريق مستشفى علاج مرضى كورونا 82 وفاة و110 إصابة.", ["82 killed", "110 injured"]],
    ["تفشى فيروس كورونا في البلاد.\n\nوسجلت الوزارة 12 وفاة و110 إصابة جديدة.", ["12 killed", "110 case"]],
    ["وتم إجلاء نحو 500 شخص، واعتقال 12 آخرين.", ["approx 500 evacuated", "12 arrested"]],
    // Cases are counted as cases, a case of death as a death, and cases of what a count noun names as that.
    ["سجل المكتب ٤١٢ حالة مؤكدة و٨٧ حالة وفاة.", ["412 case", "87 killed"]],
    ["وارتفع عدد الوفيات إلى مئة وأربع حالات.", ["104 killed"]],
    // After a plural noun a definite figure counts; after a singular noun counted in order it ranks.
    ["ويتوزع الخفض على الدول الـ22 الأعضاء خلال اجتماعها الـ36.", ["22 country"]],
    // A definite number word after its noun counts it, as an adjective agrees with it; «الست» is read there.
    ["ووقعت الدول الست على الاتفاق.", ["6 country"]],
    ["اجتمعت الدول الثلاث (روسيا وأمريكا وفرنسا).", ["3 country"]],
    ["وشارك الأطراف الثلاثة في الاجتماع.", ["3 ~اطراف"]],
    // … and counts the head of a definite phrase (a genitive, an adjective between) when the lexicon counts it.
    ["وقّعت دول مجلس التعاون لدول الخليج العربية الست والمملكة المتحدة اتفاقية.", ["6 country"]],
    ["وشيع ضحايا الحادث الثلاثة أمس.", ["3 killed"]],
    ["بلغت الخسائر مليونين ونصف دولار.", ["2500000 usd"]],
    ["ارتفعت الحصيلة إلى 2317 قتيلاً، بينهم 1498 في تركيا و819 في سورية، فيما بلغ عدد الجرحى 9650 جريحاً.", ["2317 killed", "1498 killed", "819 killed", "9650 injured"]],
    ["لقي ١٣١ شخصاً مصرعهم، وأصيب ٢٨ آخرون.", ["131 killed", "28 injured"]],
    ["أسفر الحادث عن مقتل 131 شخصاً ونجاة 28 آخرين.", ["131 killed", "28 survivor"]],
    ["أودت الحرب بحياة أكثر من 150 ألف شخص، وشرّدت نحو 13 مليوناً.", ["over 150000 killed", "approx 13000000 displaced"]],
    ["خفض البنك الفائدة بمقدار 200 نقطة أساس.", ["200 basis-point"]],
    ["حصل الحزب على 17 من أصل 41 مقعداً مخصصة للقائمة.", ["17 seat", "41 seat"]],
    ["وفازت القائمة بـ48 من بين 329 مقعدا في البرلمان.", ["48 seat", "329 seat"]],
    // A verb of exceeding under a negation is an upper bound, not "more than".
    ["رغم أن عدد التذاكر المبيعة لم يتجاوز 38 ألف تذكرة، ولن تتجاوز الكلفة 5 ملايين دولار.", ["atMost 38000 ~تذكره", "atMost 5000000 usd"]],
    // A threshold noun right before its figure, the object of a verb of exceeding a few words earlier, is passed:
    // gold "broke through the $5,200 level" is over 5,200 (a subject and a day may stand between). Without such a
    // verb, or with the noun definite, the figure stays as written.
    ["تجاوز الذهب يوم الأربعاء مستوى 5200 دولار للمرة الأولى.", ["over 5200 usd"]],
    ["وسجلت الأسعار قمة جديدة حيث اخترقت حاجز الـ 5200 دولار للأوقية.", ["over 5200 usd"]],
    ["واصلت الأسعار صعودها متجاوزة اليوم مستوى 5300 دولار.", ["over 5300 usd"]],
    ["لم يتجاوز المؤشر العام مستوى 12 ألف نقطة طوال الشهر.", ["atMost 12000 ~نقطه"]],
    ["وتراجع سعر الأوقية إلى مستوى 5200 دولار مساء.", ["5200 usd"]],
    ["وكسرت الشرطة الحاجز 12 مرة خلال الأسبوع.", ["12 times"]],
    ["وقالت الوزيرة إننا اجتزنا سقف 12 مليون زائر هذا العام.", ["over 12000000 ~زاير"]],
    // «وصول» counts arrivals only right before its figure; before «إلى» it is reaching a level.
    ["وأضافت الوزيرة: نطمح للوصول إلى 14 مليون سائح بنهاية العام.", ["14000000 ~سايح"]],
    ["وأعلنت السلطات وصول 500 شخص إلى الجزيرة.", ["500 arrival"]],
    // «عقود» are contracts after a word of concluding them, decades elsewhere («وقع» is also "happened").
    ["وأدين بإهدار 19 مليون جنيه مقابل إبرام 10 عقود لشراء أعمال فنية.", ["19000000 egp", "10 contract"]],
    ["وأبرمت الوزارة 15 عقدا مع شركات محلية.", ["15 contract"]],
    ["وقع الحادث الذي هز البلدة قبل 3 عقود.", ["3 decade"]],
    // «وقعت» signs them too; a word of time right before the figure keeps the decades.
    ["ووقعت الوزارة 10 عقود بقيمة 2 مليار دولار.", ["10 contract", "2000000000 usd"]],
    ["ووقعت المعارك على مدى 3 عقود، واندلعت الحرب منذ نحو 4 عقود.", ["3 decade", "approx 4 decade"]],
    ["وتوقع الخبراء 3 عقود من النمو.", ["3 decade"]],
    // A past plural verb after a figure ends its phrase even before a word: Arabic puts no adjective before its noun.
    ["وحضر 114 كانوا قد سجلوا أسماءهم.", ["114 ?"]],
    // The part-of words may follow a short phrase of the part's: the bare whole counts what the part counts.
    ["وصوت 89 نائبا على مشروع القانون، من أصل 114 كانوا حاضرين للجلسة.", ["89 ~نايب", "114 ~نايب"]],
    ["وحصل الحزب على 48 مقعدا في البرلمان من أصل 329.", ["48 seat", "329 seat"]],
    // No conjunction is glued to the noun right after its figure: a word's own first letter stays.
    ["وشارك في الحملة 45 ألف فريق طبي بإجمالي 90 ألف فرد.", ["45000 ~فريق", "90000 person"]],
    ["وأدى 5 وزراء جدد اليمين.", ["5 ~وزراء"]],
    // «آخرا», the accusative singular copy writes after eleven to ninety-nine, is "others", as «آخرين» is.
    ["وأصيب 20 شخصا وقتل 15 آخرا في الهجوم.", ["20 injured", "15 killed"]],
    ["وحظي المشروع بتأييد 180 نائبا ومعارضة 53 آخرا.", ["180 ~نايب", "53 ?"]],
    ["ضرب زلزال بقوة 6.6 درجات على مقياس ريختر جنوب تركيا.", ["6.6 magnitude"]],
    // Measures, currencies and households as news writes them; households are not people.
    ["بلغت التساقطات ١٧٠ ملم خلال يومين.", ["170 mm", "2 day"]],
    ["وخصصت الحكومة 150 مليون درهم لإعادة الإعمار.", ["150000000 dirham"]],
    ["ما أدى إلى تشريد 2950 أسرة وتدمير 400 منزل.", ["2950 family", "400 home"]],
    // Students are a unit: exam results count those who entered, sat and passed in one sentence.
    ["تقدم للامتحانات 85119 طالبًا وطالبة، وحضر منهم 85081.", ["85119 student", "85081 student"]],
    ["وأصيب 3 تلاميذ في الحادث بينما نجا 20 تلميذا.", ["3 injured", "20 survivor"]],
    // A figure followed by a percent's phrase left its noun out: it counts what the list before it counts.
    ["فقد تقدم 15365 طالبًا، وحضر 15355، ونجح 13975 بنسبة نجاح 91%.", ["15365 student", "15355 student", "13975 student", "91 percent"]],
    // The counted noun after the figure, not the verb before it ("وصول" is no arrival of people here).
    ["بعد وصول ١٫٢ مليون جرعة من اللقاح إلى الميناء.", ["1200000 dose"]],
    ["وتلقى الطفل جرعتين من اللقاح.", ["2 dose"]],
    ["ويتوقع أن يوفر الاتفاق أكثر من 240 ألف وظيفة.", ["over 240000 job"]],
    // Duals of people take the cue of their clause; a count named by its subject («عدد النازحين») takes it too.
    ["توفي شخصان وأصيب ثلاثة.", ["2 killed", "3 injured"]],
    ["أصيب طفلان بجروح.", ["2 injured"]],
    ["بلغ عدد النازحين نحو مليون ونصف المليون شخص.", ["approx 1500000 displaced"]],
    // The loss of people right before them is their going missing, not the death told before it; what they lost
    // after the figure gives the verb its other sense.
    ["أسفر الحادث عن مصرع 30 شخصا وفقدان نحو 80 آخرين.", ["30 killed", "approx 80 missing"]],
    ["لقي 30 شخصا حتفهم وفقد حوالى مئة في البحر.", ["30 killed", "approx 100 missing"]],
    ["وفقد 12 صيادا قبالة السواحل.", ["12 missing"]],
    ["مصرع شخصين وفقد 300 شخص منازلهم في الفيضان.", ["2 killed", "300 person"]],
    ["فقد ما لا يقل عن 30 عاملا من بين 35 شخصا حياتهم في الحريق.", ["atLeast 30 killed", "35 person"]],
    // A vessel's load is what it carried, not what befell those it carried.
    ["أعلنت السلطات غرق مركب كان يقل نحو 120 شخصا.", ["approx 120 person"]],
    ["لقي 30 شخصا حتفهم بعد غرق زورق على متنه 90 شخصا.", ["30 killed", "90 person"]],
    // A verb right before the next figure is that figure's: those aboard did not all survive.
    ["وقالت المنظمة إن 300 شخص كانوا على متن القارب ونجا 50 منهم.", ["300 person", "50 survivor"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// Arabic copy gives temperatures in Celsius, «مئوية» or not; a verb of exceeding before a measure noun bounds it.
describe("Arabic temperatures and power", () => {
  it.each([
    ["سجلت البصرة 51 درجة مئوية في الظل.", ["51 celsius"]],
    ["وأقامت الوزارة مستشفيين ميدانيين و3 مستشفيات جديدة.", ["2 hospital", "3 hospital"]],
    ["وبلغت الحرارة 51 درجة عند الظهر.", ["51 celsius"]],
    ["والحرارة تلامس ٥١ درجة مئوية.", ["51 celsius"]],
    ["وتخطت درجات الحرارة 50 درجة مئوية.", ["over 50 celsius"]],
    ["بلغت الأحمال 24 ألف ميغاواط، في حين تتجاوز الحاجة الفعلية 40 ألف ميغاواط.", ["24000 mw", "over 40000 mw"]],
    ["وتجاوز سعر البرميل 90 دولارا.", ["over 90 usd"]],
    // An agent after the verb is no measure: «تجاوز الجيش 3 حواجز» is three checkpoints.
    ["تجاوز الجيش 3 حواجز.", ["3 ~حواجز"]],
    // A magnitude names its scale.
    ["ضرب زلزال بقوة 7.8 درجة على مقياس ريختر.", ["7.8 magnitude"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// «ليصل إلى» is the level a change arrives at, «تصل إلى» a ceiling; a fraction with a pronoun ending is a share.
describe("Arabic levels reached and shares of a whole named before", () => {
  it.each([
    ["وارتفع عدد القتلى ليصل إلى 50 قتيلا.", ["50 killed"]],
    ["وخفضت الموازنة المخصصات لتصل إلى 129.6 مليار جنيه.", ["129600000000 egp"]],
    ["ويعانون من انقطاعات تصل إلى 10 ساعات يوميا.", ["atMost 10 hour"]],
    ["تستحوذ فوائد الدين على نحو نصفها.", ["approx 0.5 ?"]],
    ["وذهب ثلثها إلى السولار.", ["0.333333333333333 ?"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// River accidents and trials: boats of every size, bodies recovered apart from the toll, people saved by others
// apart from survivors, drowning as a death, and defendants as a count of their own.
describe("Arabic boats, bodies, rescues and defendants", () => {
  it.each([
    ["وتمكن الأهالي من إنقاذ 22 شخصا، فيما انتشلت فرق الغطس 24 جثة.", ["22 rescued", "24 body"]],
    ["وأنقذت فرق الدفاع المدني 15 شخصا.", ["15 rescued"]],
    ["وشارك ثلاثة عشر قاربا في عمليات البحث.", ["13 ship"]],
    ["وغرقت 3 مراكب صيد في العاصفة.", ["3 ship"]],
    ["وقضى 5 أشخاص غرقا في النهر.", ["5 killed"]],
    ["والمتهم فيها 12 متهما بينهم مسؤولون سابقون.", ["12 defendant"]],
    ["وبرأت المحكمة متهمين اثنين مما نسب إليهما.", ["2 acquitted"]],
    // A cue after a figure that names its people, across a clause break, is the next clause's.
    ["وصدرت بحق بقية المتهمين الاثني عشر أحكام أخف، وبرأت المحكمة اثنين منهم.", ["12 defendant", "2 acquitted"]],
    // Rescue teams are no people rescued.
    ["وشارك 40 من عناصر فرق الإنقاذ في البحث.", ["40 soldier"]],
    // «منهم» after a figure names no noun: it is part of the people named before, and takes its clause's cue.
    ["وبلغ عدد الناجين 38 شخصا، أنقذت فرق الدفاع المدني والصيادون 22 منهم.", ["38 survivor", "22 rescued"]],
    // The rest of a list of names is what the names leave out ("-other"), not the whole; after another figure
    // or a verbal noun it is read as before.
    ["وأيدت 153 دولة القرار وعارضته إسرائيل والولايات المتحدة وثماني دول أخرى.", ["153 country", "8 country-other"]],
    ['وعارضته "إسرائيل" و8 دول أخرى، بينما امتنعت 23 دولة.', ["8 country-other", "23 country"]],
    ["أسفر الحادث عن مقتل جندي و3 آخرين.", ["3 killed"]],
    ["مقتل 3 أشخاص و9 آخرين بجروح.", ["3 killed", "9 injured"]],
    ["مقتل 3 أشخاص وإصابة 9 آخرين.", ["3 killed", "9 injured"]],
    // With no cue in its own clause, it counts what the figure before it counts: the toll's cue («الحصيلة») was
    // that figure's, not the part's.
    ["وبلغت الحصيلة الأولية 40 مصابا، جرى نقل 25 منهم إلى المستشفى العام.", ["40 injured", "25 injured"]],
    // The injured a verb of dying names right before them have died; another verb leaves them injured.
    ["فيما توفي ثلاثة مصابين في مستشفى أبو حمد.", ["3 killed"]],
    ["ونقل 20 مصابا إلى المستشفى.", ["20 injured"]],
    ["وارتفعت حصيلة الحادث إلى 60 جريحا، نقل 12 منهم إلى مستشفى المدينة.", ["60 injured", "12 injured"]],
    // A capacity is what a boat may carry, not what it carried.
    ["إن المعدية التي تبلغ حمولتها القصوى 50 راكبا كانت تقل 86 راكبا.", ["50 passenger-capacity", "86 passenger"]],
    // A verb of holding with its subject between: the stadium's capacity, not the crowd.
    ["ويتسع الملعب لـ40 ألف متفرج، لكن أكثر من 50 ألف مشجع احتشدوا فيه.", ["40000 capacity", "over 50000 ~مشجع"]],
    ["وتستوعب القاعة الرئيسية 500 شخص.", ["500 person-capacity"]],
    // A relative clause between commas after the subject is passed; a verb of holding inside such a clause holds
    // only the clause's figure, not the crowd after it.
    ["ويتسع الملعب، الذي أعيد تأهيله العام الماضي بغلاف مالي قدره 2,5 مليار دينار، لـ40 ألف متفرج.", ["2500000000 dinar", "40000 capacity"]],
    ["ويضم الملعب، الذي يتسع لـ40 ألف متفرج، أكثر من 50 ألف مشجع.", ["40000 capacity", "over 50000 ~مشجع"]],
    // Not a verb of holding when the number nine is spelled the same way.
    ["وخلال تسع ساعات أصيب 40 شخصا.", ["9 hour", "40 injured"]],
    ["وكانت المعدية، المرخص لها بنقل ٥٠ راكبا، تقل ٨٦ راكبا.", ["50 passenger-capacity", "86 passenger"]],
    ["ويضم المخيم الذي تبلغ طاقته الاستيعابية 400 شخص أكثر من 1300 شخص.", ["400 person-capacity", "over 1300 person"]],
    // The dual of a prisoner is a count of two; «معتقلين» stays a plural.
    ["وأفرجت الجماعة أيضاً عن أسيرين سعوديين.", ["2 detainee"]],
    ["وأطلق سراح 40 معتقلين من السجن المركزي.", ["40 detainee"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// A definite number word before an indefinite counted noun opens it: the accusative singular after the tens, a
// plural after three to ten. After a definite noun the same number is an ordinal; a name after «الست» is no noun.
describe("Arabic definite number words before their noun", () => {
  it.each([
    ["وتنتهي مهلة الستين يوما التي حددها الرئيس.", ["60 day"]],
    ["وستنسحب القوات خلال الثلاثين يوما المقبلة.", ["30 day"]],
    ["وسجلت خلال الأربع والعشرين ساعة الماضية إصابات جديدة.", ["24 hour"]],
    ["وتضاعفت الأسعار خلال الخمس سنوات الماضية.", ["5 year"]],
    ["وبلغ الستين عاما من عمره.", ["60 year"]],
    ["وشهد القرن العشرين حروبا كثيرة.", []],
    ["واحتفلت المدينة بالذكرى الستين لتأسيسها.", []],
    // After «في», before «من عمره» or a clause end, a definite tens word is an age; a day of the month is not.
    ["وكان أكبرهم في الثمانين.", ["80 year"]],
    ["وتوفي رجل في الستين من عمره.", ["60 year"]],
    ["ووصل الوفد في العشرين من الشهر.", []],
    ["وقالت الست فاطمة إنها لم تر شيئا.", []],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// A noun glued to «و» right after a figure is the next item of a list: the figure counts its clause's noun.
describe("Arabic lists of counts", () => {
  it.each([
    ["ومنذ مارس الماضي بلغ عدد الشهداء 10,251 والمصابين 42,865.", ["10251 killed", "42865 injured"]],
    ["وارتفع عدد القتلى إلى 150 والجرحى إلى 300.", ["150 killed", "300 injured"]],
    // A noun that starts with the same letter is no conjunction.
    ["وسجلت الوزارة 820 وفاة و672 إصابة.", ["820 killed", "672 injured"]],
    // «آخرين» (others) names no noun: the active «أصاب» or «بجروح» says what happened to them.
    ["وأودى الزلزال بحياة 2901 شخص، وأصاب 5530 آخرين بجروح متفاوتة.", ["2901 killed", "5530 injured"]],
    ["وقتل شخص وأصاب المسلح ثلاثة آخرين قبل أن يفر.", ["3 injured"]],
    ["ونقل 7 آخرين بجروح إلى المستشفى.", ["7 injured"]],
    // A list broken down by place: the preposition glued to each place is no noun of the figure before it.
    ["وبلغ عدد الوفيات 1452 بإقليم الحوز، و764 بإقليم تارودانت، و202 بإقليم شيشاوة.", ["1452 killed", "764 killed", "202 killed"]],
    ["وأضافت ان عدد الجرحى بلغ 180 بحلب و29 بدير الزور و25 بالحسكة.", ["180 injured", "29 injured", "25 injured"]],
    // The first place may take «في» written apart; the next item is then the figure and its place alone.
    ["وقتل 12 شخصا في حلب و5 بدمشق.", ["12 killed", "5 killed"]],
    ["وقتل 12 شخصا في ريف حلب و5 بريف دمشق و3 بحمص، وفق المرصد.", ["12 killed", "5 killed", "3 killed"]],
    ["ووزعت الجمعية 12 طنا في حلب و5 بطانيات في حمص.", ["12 ton", "5 ~بطانيات"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// Recovered patients are their own count; a part of a breakdown takes the verb right before it.
describe("Arabic recoveries and parts that say what happened", () => {
  it.each([
    ["وسجلت الوزارة 25000 إصابة بالفيروس، شفيت منها 22027.", ["25000 case", "22027 recovered"]],
    ["وسجلت الوزارة 900 إصابة بالفيروس، تعافى منها 600 حالة.", ["900 case", "600 recovered"]],
    ["وارتفع عدد حالات الشفاء إلى 1500 حالة.", ["1500 recovered"]],
    ["وبلغ عدد المتعافين 740.", ["740 recovered"]],
    ["وبلغ عدد حالات الوفاة 20 حالة.", ["20 killed"]],
    ["وأصيب 300 شخص في الحادث، توفي منهم 20.", ["300 injured", "20 killed"]],
    // A part with no verb of its own still counts what its whole counts.
    ["وأصيب 300 شخص في الحادث، بينهم 20 طفلا.", ["300 injured", "20 injured"]],
    // Security agents are the English "officers"; help («العون») before a figure counts nothing of the kind.
    ["وجندت المديرية 3500 عون أمن لتأمين المباراة.", ["3500 soldier"]],
    ["ونشرت الولاية 1200 من أعوان الحماية.", ["1200 soldier"]],
    ["وقدمت الجمعية العون لـ200 أسرة.", ["200 family"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// Hajj pilgrims are people (a toll among them is killed; a dot groups their thousands); a share word after a
// figure is not what it counts.
describe("Arabic pilgrims and shares after a figure", () => {
  it.each([
    ["وبلغ إجمالي أعداد الحجاج 1,845,045 حاجا.", ["1845045 pilgrim"]],
    // «وصل» right before the figure is their arriving, as "6,831 pilgrims arrived" is in English.
    ["ووصل 6.831 حاجا عبر المنافذ البحرية.", ["6831 pilgrim"]],
    ["وتوفي 1301 حاج بسبب الحر الشديد.", ["1301 killed"]],
    ["وبلغ عدد القادمين من الدول العربية 346,214 بنسبة 21 في المئة.", ["346214 ?", "21 percent"]],
    // With the article, the fuel is no grade name: a price may follow it.
    ["وبلغ سعر البنزين 10 جنيهات.", ["10 egp"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// A fraction counts what it measures when its noun is indefinite or a span of time; before a definite noun, or
// one in construct with a definite word, it is a share of it, with no unit.
describe("Arabic fractions: amounts and shares", () => {
  it.each([
    ["ويتطلب القرار موافقة ثلثي أعضاء المجلس.", ["0.666666666666667 ?"]],
    ["وقتل ثلث الركاب في الحادث.", ["0.333333333333333 ?"]],
    ["ويعيش ربع السكان تحت خط الفقر.", ["0.25 ?"]],
    ["ومضى أكثر من نصف القرن على الحرب.", ["over 0.5 century"]],
    ["وانتظر المصابون نصف ساعة قبل وصول الإسعاف.", ["0.5 hour"]],
    ["وأنفقت الوزارة نصف مليون دولار.", ["500000 usd"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// Bare «قضى/قضت» is "died" only right before its figure; with a subject between it rules or stipulates.
describe("Arabic «قضى»: died or ruled", () => {
  it.each([
    ["وقضى تسعة أشخاص في الفيضانات.", ["9 killed"]],
    ["وقضت 4 نساء في الحريق.", ["4 killed"]],
    ["وانهار المبنى الذي قضى فيه 12 شخصا.", ["12 killed"]],
    ["وقضت المحكمة بسجن 12 متهما.", ["12 defendant"]],
    ["وقضى القاضي بسجن 5 أشخاص.", ["5 person"]],
    ["وقضى الاتفاق بالإفراج عن 50 شخصا.", ["50 person"]],
    ["وقضى 200 شخص ليلتهم في العراء.", ["200 person"]],
    // «آخرين» (others) names no noun of its own.
    ["وقضت المحكمة بالسجن المؤبد على 3 آخرين غيابيا.", ["3 ?"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// Land measured in feddans and dunams («فدان» keeps its «ف»); «قضوا» is "they died".
describe("Arabic land measures and deaths", () => {
  it.each([
    ["وغمرت المياه نحو 8500 فدان من الأراضي الزراعية.", ["approx 8500 feddan"]],
    ["وصادرت السلطات 300 دونم من أراضي القرية.", ["300 dunam"]],
    ["وقال الدفاع المدني إن 12 شخصا قضوا غرقا في النهر.", ["12 killed"]],
    ["وقضى الحكم بسجن 12 متهما في القضية.", ["12 defendant"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// Police and security men count as the English "officers"; firefighters as rescue personnel.
describe("Arabic police and firefighters", () => {
  it.each([
    ["وأصيب شخصان و3 رجال أمن إثر الحريق.", ["2 injured", "3 injured"]],
    ["ونشرت الوزارة 2000 شرطي حول الملعب.", ["2000 soldier"]],
    ["وشارك 40 من رجال الإطفاء في إخماد الحريق.", ["40 rescuer"]],
    ["وأصيب 5 من رجال الإطفاء بحالات اختناق.", ["5 injured"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// A figure given in the clause of a fuel grade («بنزين 92») is that grade's: its noun names the grade.
describe("Arabic fuel grades name what a price counts", () => {
  const graded = (sentence: string) =>
    claimsOf(sentence, "ar")
      .filter((c) => c.kind === "quantity")
      .map((c) => `${c.value} ${c.unit ?? "?"}${c.noun ? ` [${c.noun}]` : ""}`);
  it.each([
    ["ورفعت اللجنة سعر لتر بنزين 92 إلى 17.25 جنيه.", ["17.25 egp [بنزين 92]"]],
    ["وارتفع سعر لتر بنزين 80 إلى 15 جنيها بدلا من 13.75 جنيه.", ["15 egp [بنزين 80]", "13.75 egp [بنزين 80]"]],
    ["وبلغ سعر بنزين ٩٥ نحو 19 جنيها للتر.", ["19 egp [بنزين 95]"]],
    // The nearest grade before the figure; another clause («والسولار») or a comma ends its reach.
    ["وسعر بنزين 92 إلى 17.25 جنيه وبنزين 95 إلى 19 جنيها.", ["17.25 egp [بنزين 92]", "19 egp [بنزين 95]"]],
    ["وصار سعر بنزين 92 17.25 جنيه والسولار إلى 13.5 جنيه.", ["17.25 egp [بنزين 92]", "13.5 egp"]],
    ["ورفع سعر بنزين 92، وبلغ سعر السولار 13.5 جنيه.", ["13.5 egp"]],
    // With the article the number after «البنزين» is a price, not a grade.
    ["وارتفع سعر البنزين 10 جنيهات.", ["10 egp"]],
    // … unless a grade word follows it: «البنزين 92 أوكتان» is the grade, the figure after it its price.
    ["وسعر لتر البنزين 92 أوكتان 17.25 جنيه.", ["17.25 egp [بنزين 92]"]],
  ])("%s", (sentence, expected) => {
    expect(graded(sentence)).toEqual(expected);
  });
});

// A part of people named against their whole: a cue before the part says what happened to the part, and the
// whole stays the count of them all (the two were swapped: 25 people, 72 survivors).
describe("Arabic parts of a count of people", () => {
  it.each([
    ["وأعلنت الوزارة نجاة 25 من أصل 72 شخصا كانوا على متن الطائرة.", ["25 survivor", "72 person"]],
    ["وقتل 5 من بين 12 شخصا كانوا في الحافلة.", ["5 killed", "12 person"]],
    ["وحصل الحزب على 17 من أصل 41 مقعداً.", ["17 seat", "41 seat"]],
    ["وتفرج الحركة عن 50 من بين نحو 240 رهينة.", ["50 hostage", "approx 240 hostage"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// Only a number word alone follows its noun as an adjective («جنديان اثنان»); a compound after a noun counts the
// noun after it («على متن الطائرة اثنان وستون راكبا» is 62 passengers, not 62 aircraft).
describe("Arabic compound number words after a noun", () => {
  it.each([
    ["وكان على متن الطائرة اثنان وستون راكبا وخمسة من أفراد الطاقم.", ["62 passenger", "5 crew"]],
    ["وكان على متن السفينة ثلاثة وعشرون بحارا.", ["23 crew"]],
    ["وقتل جنديان اثنان في الهجوم.", ["2 killed"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// «استشهاد» (martyrdom) is how much copy writes a death: a cue for the killed, as «مقتل» is.
describe("Arabic martyrdom as a death", () => {
  it.each([
    ["وأسفرت الغارات عن استشهاد 24 مواطنا وإصابة 87 آخرين.", ["24 killed", "87 injured"]],
    ["وأدت الخروقات إلى استشهاد 342 مدنيا منذ بدء الهدنة.", ["342 killed"]],
    ["واستشهد 5 مواطنين وأصيب 20 آخرون في القصف.", ["5 killed", "20 injured"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// Epidemic copy: «إصابة» in an article about dengue is a case; two deaths written as a dual («وفاتين») or as a
// dual counter after its verb («إلى وفاة حالتين») are two killed.
describe("Arabic dengue and dual deaths", () => {
  it.each([
    ["وسجلت الوزارة 43 إصابة جديدة بحمى الضنك في ولاية الخرطوم.", ["43 case"]],
    ["وأشار التقرير إلى تسجيل وفاتين في المستشفى.", ["2 killed"]],
    ["وأشار الطبيب إلى وفاة حالتين بالمرض.", ["2 killed"]],
    // A dual counter with no verb before it stays a count of cases.
    ["وسجلت الولاية حالتين جديدتين بالكوليرا.", ["2 case"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// «سقوط» counts the dead only right before them: a government's fall far from a figure says nothing of it.
describe("Arabic «سقوط»: a fall of the dead or of a government", () => {
  it.each([
    ["خلال تسعة أشهر فقط، عاد مليون لاجئ إلى بلادهم منذ سقوط الحكومة.", ["9 month", "1000000 refugee"]],
    ["وأدى القصف إلى سقوط 12 شخصا.", ["12 killed"]],
    ["وأسفر الهجوم عن سقوط 12 قتيلا و30 جريحا.", ["12 killed", "30 injured"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// A past plural verb after a figure («حضروا», «نجحوا») is what the counted did, not what the figure counts: a
// breakdown's figure keeps the noun of the whole, and the four-letter accusative «عضوا» stays a noun.
describe("Arabic past plural verb after a figure", () => {
  it.each([
    ["وتقدم للامتحان 900 طالب، منهم 850 حضروا و700 نجحوا.", ["900 student", "850 student", "700 student"]],
    ["وانتخب المجلس 50 عضوا جديدا.", ["50 member"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// A figure alone in brackets («(1.084.289) ناخب») counts the noun the lexicon knows right after the brackets; a
// bracket that holds more than the figure, or a word the lexicon does not count, gives it nothing.
describe("Arabic figure alone in brackets before its noun", () => {
  it.each([
    ["وبلغ عدد المصوتين (1.084.289) ناخب من أصل (1.313.980) ناخب.", ["1084289 voter", "1313980 voter"]],
    ["وصوّت (20.527) ناخباً في المخيمات.", ["20527 voter"]],
    ["وأضاف البند (7) مواد جديدة إلى القانون.", ["7 ?"]],
    ["وقال إن الفريق (12) بدأ العمل أمس.", ["12 ?"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

describe("Arabic cue after a figure of a later clause", () => {
  it.each([
    // «وفاة» is the deaths of the figure in the clause joined after: the ten thousand were only affected.
    ["وقالت الوكالة إن السيول تسببت في تضرر نحو 10 آلاف شخص وتسببت في 15 حالة وفاة.", ["approx 10000 person", "15 killed"]],
    ["وأدت الأمطار إلى تضرر 3 آلاف شخص وأسفرت عن 7 قتلى.", ["3000 person", "7 killed"]],
    // Joined by the conjunction itself, both take the cue after them.
    ["وقال المسؤول إن 200 شخص تضرروا من السيول ولقي 15 شخصا حتفهم.", ["200 person", "15 killed"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// The dead and the injured told as one figure are casualties, neither of the two; told apart they stay apart.
describe("Arabic killed and injured as one count", () => {
  it.each([
    ["قتل وأصيب أكثر من 300 شخص في انفجار المستودع.", ["over 300 casualty"]],
    ["وأفادت الشرطة بمصرع وإصابة 85 شخصا جراء الحادث.", ["85 casualty"]],
    ["وأسفر الانهيار عن مقتل وإصابة 20 عاملا.", ["20 casualty"]],
    ["وارتفع عدد الضحايا والمصابين في الحريق إلى أكثر من 250 شخصا بين قتيل وجريح.", ["over 250 casualty"]],
    ["سقط أكثر من 60 شخصا بين قتيل وجريح في القصف.", ["over 60 casualty"]],
    ["قتل 12 شخصا وأصيب 40 آخرون في الانفجار.", ["12 killed", "40 injured"]],
    ["وأدى الحريق إلى وفاة 7 أشخاص وإصابة 19 آخرين.", ["7 killed", "19 injured"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// A cue is the verb of the figure in its own clause: across a clause joined on («فيما», «وتم»), it is the other
// figure's, before or after.
describe("Arabic cues of another clause's figure", () => {
  it.each([
    ["ونقل 42 شخصا فيما ارتفعت أعداد الناجين إلى 163 شخصا.", ["42 person", "163 survivor"]],
    ["توفي أكثر من 40 شخصا وتم نقل أكثر من 50 شخصا إلى المستشفى.", ["over 40 killed", "over 50 person"]],
    ["لقي 30 شخصا حتفهم وقد نقل 45 شخصا إلى المستشفيات.", ["30 killed", "45 person"]],
    // A list, a breakdown or a cue of its own still counts what the cue says.
    ["أسفر القصف عن مقتل 41 شخصا و 12 طفلا.", ["41 killed", "12 killed"]],
    ["قتل 10 أشخاص، وكان بينهم 3 أطفال.", ["10 killed", "3 killed"]],
    ["توفي 40 شخصا وأصيب 50 آخرون.", ["40 killed", "50 injured"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// Storeys of a building are counted as such: a casualty cue in the clause is not what they are.
describe("Arabic storeys of a building", () => {
  it.each([
    ["وأصيب آخرون في حريق اندلع في بناية مكونة من 6 طوابق.", ["6 floor"]],
    ["وانهار مبنى من أربعة طوابق وقتل فيه 9 أشخاص.", ["4 floor", "9 killed"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// «الـ» written apart before a figure makes it its noun's when nothing the lexicon counts follows the figure.
describe("Arabic definite figure between two nouns", () => {
  it.each([
    ["تجاوز عدد سكان السعودية الـ 32 مليون نسمة.", ["over 32000000 person"]],
    ["وتجاوز عدد الحجاج الـ 1.8 مليون حاج.", ["over 1800000 pilgrim"]],
    ["أسفر الحادث عن مقتل ركابها الـ 217.", ["217 passenger"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// A cue in the words that say who speaks, before «، إن», is not what the reported statement counts.
describe("Arabic cue in the speaker's description", () => {
  it.each([
    ["وقال بعض الشهود الذين وصلوا مع أقاربهم المصابين، إن أكثر من 1000 شخص كانوا داخل القاعة.", ["over 1000 person"]],
    ["وقال أحد الناجين من الغرق، إن 60 مهاجرا كانوا على متن القارب.", ["60 migrant"]],
    // The statement's own cue still counts.
    ["وقال مدير المستشفى، إن 30 مصابا وصلوا إلى الطوارئ.", ["30 injured"]],
    ["وقال الطبيب، إن 12 شخصا قتلوا في القصف.", ["12 killed"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// The drowned are dead; miles at sea are nautical miles.
describe("Arabic sinkings: the drowned and nautical miles", () => {
  it.each([
    ["ارتفع غرقى المركب إلى 42 شخصا.", ["42 killed"]],
    ["وغرق 30 مهاجرا قبالة السواحل.", ["30 killed"]],
    ["وانتشلت 42 جثة على بعد 12 ميلا بحريا من الشاطئ.", ["42 body", "12 nautical-mile"]],
    ["وتبعد الجزيرة 50 ميلا عن الساحل.", ["50 mile"]],
    // A sunk boat is no death.
    ["وغرق 3 مراكب في العاصفة.", ["3 ship"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// Men are counted as women are, in both languages.
describe("Arabic men", () => {
  it.each([
    ["وبلغ عدد الذكور 19.7 مليون رجل و12.5 مليون امرأة.", ["19700000 man", "12500000 woman"]],
    ["وقتل 5 رجال في القصف.", ["5 killed"]],
    // Security men stay officers.
    ["وانتشر 300 من رجال الأمن حول الملعب.", ["300 soldier"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// A combined cue whose first word is an earlier figure's noun is not combined.
describe("Arabic killed and injured in two figures", () => {
  it.each([
    ["وأعلنت الوزارة تسجيل 32 وفاة وإصابة 66 آخرين.", ["32 killed", "66 injured"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// A rise of a counted thing names what the figure it reaches counts.
describe("Arabic rise of a counted thing", () => {
  it.each([
    ["وأوضح أنه تم زيادة سيارات الإسعاف إلى 74، بعد مصرع 32 راكبا.", ["74 vehicle", "32 passenger"]],
    ["وأعلنت الوزارة ارتفاع الوفيات إلى 36 والمصابين إلى 77.", ["36 killed", "77 injured"]],
    // The injured glued to «و» after the first figure are the second's, however far the dead are named before. A
    // relative clause closed by a comma stands between the count noun and its verb, so the dead are the first's;
    // a cue after the comma, or inside the clause, is read as before.
    ["أعلن التلفزيون المغربي ارتفاع عدد قتلى الزلزال الذي ضرب المملكة في وقت متأخر من يوم الجمعة الماضي، ارتفع إلى 2122 والمصابين إلى 2421.", ["2122 killed", "2421 injured"]],
    ["ارتفع عدد القتلى الذين سقطوا في القصف، وأصيب 300.", ["300 injured"]],
    ["ارتفع عدد القتلى في الحادث الذي وقع أمس، وتضرر 300 منزل.", ["300 home"]],
    ["وأدى ارتفاع الأسعار إلى تراجع المبيعات 12%.", ["12 percent"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// Headlines tell a death in the present: «حريق يقتل 25 شخصاً» ("fire kills 25").
describe("Arabic present-tense 'kills' in headlines", () => {
  it.each([
    ["مأساة ليلية في غوا: حريق مدمر داخل نادٍ شهير يقتل 25 شخصاً ويصدم الهند", ["25 killed"]],
    ["انهيار أرضي يقتل 11 شخصا في نيبال", ["11 killed"]],
    ["عاصفة تقتل ما لا يقل عن 7 أشخاص في الفلبين", ["atLeast 7 killed"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// «فقدان» / «فقد» right before a figure of people: the missing, not the earlier clause's dead or injured; what
// they lost after the figure (their lives, their homes, their jobs) gives the verb its other sense.
describe("Arabic the missing after «فقدان»", () => {
  it.each([
    ["وأسفر الانهيار عن مقتل 5 أشخاص وفقدان 3 آخرين.", ["5 killed", "3 missing"]],
    ["وأسفر الحادث عن مقتل 3 وإصابة 10 وفقدان 2 آخرين.", ["3 killed", "10 injured", "2 missing"]],
    ["ولقي 12 شخصا مصرعهم وفقد 3 آخرون في الفيضان.", ["12 killed", "3 missing"]],
    ["وأعلنت الشرطة فقدان 4 صيادين قبالة الساحل.", ["4 missing"]],
    ["وأسفر الحادث عن مقتل 5 أشخاص وفقدان شخصين.", ["5 killed", "2 missing"]],
    ["وقال إن 3 أشخاص فقدوا حياتهم في الحادث.", ["3 killed"]],
    ["وتسبب الإعصار في فقدان 3 آلاف شخص منازلهم.", ["3000 person"]],
    // What they lost may come after the whole, and be misspelt («حياتم»).
    ["فقد ما لا يقل عن 40 هنديا من بين 41 شخصا حياتم في الحريق.", ["atLeast 40 killed", "41 person"]],
    ["وأسفر الحادث عن فقدان شخصين حياتهما.", ["2 killed"]],
    // Lives lost with the verb first are the dead, whatever cue came before («مصرع»): they are not missing.
    ["فقد 12 شخصا حياتهم في الحادث.", ["12 killed"]],
    ["وأعلنت الوزارة مصرع 5 أشخاص، وفقد 3 آخرون أرواحهم في المستشفى.", ["5 killed", "3 killed"]],
    ["وأدى الإغلاق إلى فقدان 300 وظيفة.", ["300 job"]],
    // Two people who lost their homes are no more the earlier clause's dead than 300 are.
    ["أسفر الحريق عن مصرع 5 أشخاص وفقدان شخصين منازلهما.", ["5 killed", "2 person"]],
    ["وأدى السيل إلى وفاة 4 أشخاص وفقد شخصين منازلهما.", ["4 killed", "2 person"]],
    // «في عداد» (counted among) closes the clause of a subject as long as a list: every figure of the list is
    // missing (or dead), however far the cue; not a figure of another clause before it, nor one past a figure of its own.
    ["لكن 181 مهاجرا وخمسة يمنيين من أفراد الطاقم ما زالوا في عداد المفقودين.", ["181 missing", "5 missing"]],
    ["وأكدت الشرطة أن 12 عاملا من الشركة الصينية باتوا في عداد الموتى.", ["12 killed"]],
    ["وكان القارب يقل 150 مهاجرا من إثيوبيا والصومال حين غرق، وما زال 40 منهم في عداد المفقودين.", ["150 migrant", "40 missing"]],
    ["وصل 150 مهاجرا إلى الشاطئ بينما ما زال آخرون من الركاب في عداد المفقودين.", ["150 migrant"]],
    // Passengers and crew keep their unit before a verb, but a verb or a state of their own after them is theirs;
    // a verb with «و» glued on opens the next clause.
    ["لكن 181 مهاجرًا وخمسة من أفراد الطاقم ما زالوا في عداد المفقودين.", ["181 missing", "5 missing"]],
    ["وقال إن 12 راكبا أصيبوا بجروح طفيفة.", ["12 injured"]],
    ["وقتل 3 ركاب وأصيب 20 آخرون.", ["3 passenger", "20 injured"]],
    ["وكان على متن العبارة 300 راكب و20 من أفراد الطاقم عندما غرقت.", ["300 passenger", "20 crew"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

describe("Arabic points of an interest rate", () => {
  it.each([
    // Without «أساس», points after a word of the rate are basis points; half a point is a percentage point's half.
    ["قرر البنك المركزي رفع الفائدة 200 نقطة.", ["200 basis-point"]],
    ["خفض البنك المركزي سعر الفائدة بمقدار 50 نقطة.", ["50 basis-point"]],
    ["رفع البنك سعري الإيداع والإقراض 100 نقطة.", ["100 basis-point"]],
    ["خفض البنك سعر الفائدة نصف نقطة.", ["0.5 percentage-point"]],
    // An index moves in points; a comma ends the rate's phrase.
    ["ارتفع المؤشر الرئيسي للبورصة 200 نقطة.", ["200 ~نقطه"]],
    ["وصعد المؤشر بعد قرار الفائدة، 200 نقطة.", ["200 ~نقطه"]],
    // A dual of points after a word of the rate is two percentage points; «أساس» or «مئويتين» name the unit anywhere.
    ["قرر البنك المركزي رفع الفائدة نقطتين.", ["2 percentage-point"]],
    ["وخفض البنك سعر الفائدة بنقطتين دفعة واحدة.", ["2 percentage-point"]],
    ["رفع البنك سعر الفائدة بواقع نقطتين مئويتين.", ["2 percentage-point"]],
    ["خفض البنك سعر الفائدة نقطتي أساس فقط.", ["2 basis-point"]],
    // An index or a lead in a table moves in points.
    ["وارتفع المؤشر الرئيسي نقطتين.", []],
    ["وتقدم الفريق على منافسه بفارق نقطتين.", []],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

describe("Arabic magnitudes after an earthquake and counts written like a year", () => {
  it.each([
    // Degrees after a word of an earthquake, below ten, are a magnitude; ten or more stay Celsius.
    ["وسجلت عشرات الهزات الارتدادية أقواها 6.6 درجة.", ["6.6 magnitude"]],
    ["ضرب زلزال جديد المنطقة أقواها 5.9 درجات.", ["5.9 magnitude"]],
    ["وضرب الزلزال المدينة ودرجة الحرارة 12 درجة.", ["12 celsius"]],
    ["وبلغت درجة الحرارة أقصاها 45 درجة.", ["45 celsius"]],
    // A figure written like a year before an indefinite feminine noun counts it; after such a noun it names it.
    ["وسجلت الهيئة 1891 هزة منذ الاثنين.", ["1891 ~هزه"]],
    ["وأطلقت الحكومة رؤية 2030 طموحة للتنمية.", []],
    // A span in years written like a year stays a span: after a preposition, before a verb or «من», or described as
    // a span («كاملة»); years below 1800 are never a year of the calendar here.
    ["عاش الناس في هذا الوادي 1800 سنة.", ["1800 year"]],
    ["قضى الشعب 2000 عام في المنفى.", ["2000 year"]],
    ["2000 سنة مضت على بناء المعبد.", ["2000 year"]],
    ["كانت 1900 سنة كاملة من الحكم.", ["1900 year"]],
    ["2000 سنة من الحضارة على ضفاف النهر.", ["2000 year"]],
    ["بني المسجد قبل 1500 عام.", ["1500 year"]],
    // A magnitude given by another agency in brackets: the word of attribution after it is no counted noun.
    ["وقع الزلزال بقوة 7 درجات، بحسب المركز المغربي (6,8 وفق هيئة المسح الجيولوجي الأمريكية).", ["7 magnitude", "6.8 magnitude"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

describe("Arabic counted nouns whose first letter looks like a glued «و» or «ف»", () => {
  it.each([
    // The noun as written when it is a noun the lists know; the conjunction is dropped only from other words.
    ["استقال 3 وزراء من الحكومة احتجاجا.", ["3 ~وزراء"]],
    ["قررت الحكومة دمج 5 وزارات.", ["5 ~وزارات"]],
    ["وعين الرئيس 4 وزيرا جددا.", ["4 ~وزير"]],
    ["ووزعت الجمعية 500 وجبة على الأسر.", ["500 ~وجبه"]],
    ["واستقبلت العاصمة 3 وفود رسمية.", ["3 ~وفود"]],
    ["ونزل المشجعون في 5 فنادق وسط المدينة.", ["5 ~فنادق"]],
    // Units starting with «و» were always read whole; a dual or a figure after a glued «و» keeps its unit.
    ["وفاز المرشح في 4 ولايات.", ["4 province"]],
    ["وسجلت الوزارة 10 وفيات جديدة.", ["10 killed"]],
    ["أسفر الحادث عن قتيلين وثلاثة جرحى.", ["2 killed", "3 injured"]],
    ["أسفر الهجوم عن 5 جرحى و3 قتلى.", ["5 injured", "3 killed"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// «وصل» right before its figure is the people's arriving ("60,251 pilgrims arrived"); a count reaching a figure
// has «عدد» or «إلى» between. A cue right before a figure reaches it over an opening bracket (official copy).
describe("Arabic arrivals, and a cue before a figure in brackets", () => {
  it.each([
    ["بينما وصل (60251) شخصا عن طريق المنافذ البرية.", ["60251 arrival"]],
    ["ووصل 50 شخصا إلى الجزيرة، ووصلت 3 شاحنات.", ["50 arrival", "3 vehicle"]],
    ["ووصل عدد الحجاج إلى 1.8 مليون حاج.", ["1800000 pilgrim"]],
    ["وقضى (9) أشخاص في الفيضانات.", ["9 killed"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// A cue of arriving fills in a generic count of people or a bare figure, but a named group right after the figure
// stays its unit («وصل (60251) حاجا» meets «60251 حاجا» elsewhere); cues of death and injury keep theirs.
describe("Arabic arrivals leave a named group its unit", () => {
  it.each([
    ["بينما وصل (60251) حاجا عن طريق المنافذ البرية.", ["60251 pilgrim"]],
    ["ووصل 50 مهاجرا إلى الجزيرة.", ["50 migrant"]],
    ["ووصل 120 طالبا إلى المطار.", ["120 student"]],
    ["وأعلنت السلطات وصول 500 مهاجر إلى الجزيرة.", ["500 migrant"]],
    ["ووصل 500 شخص إلى الجزيرة.", ["500 arrival"]],
    ["وأعلنت الوزارة وفاة 3 أشخاص.", ["3 killed"]],
    ["وتوفي 1301 حاج بسبب الحر.", ["1301 killed"]],
    ["وأصيب 12 حاجا بضربات شمس.", ["12 injured"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// In an article about a match «أهداف» and «هدفين» are goals (English "goals"); elsewhere, and in a sentence of an air
// campaign within a match article, targets.
describe("Arabic goals in a match article", () => {
  it.each([
    ["سجل اللاعب هدفين في المباراة، ورفع رصيده إلى 15 هدفا في الدوري.", ["2 goal", "15 goal"]],
    ["وأحرز المنتخب 3 أهداف في الشوط الأول.", ["3 goal"]],
    ["فاز المنتخب بثلاثة أهداف في الشوط الأول.", ["3 goal"]],
    // No word of a match: targets, as the seeds' «4111 هدفا».
    ["وضربت الطائرات 4111 هدفا، ودمرت الغارات هدفين.", ["4111 target", "2 target"]],
    ["وسجل اللاعب 3 أهداف.", ["3 target"]],
    // A match named in the article, but the sentence is of an air campaign.
    ["وقالت الوزارة إن الطائرات ضربت 4111 هدفا، ودمرت الغارات هدفين. وألغيت المباراة.", ["4111 target", "2 target"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// «ما مجموعه» is "a total of": the pronoun's ه folds like the ة of «مجموعة» (a group, after which a number is a
// name: «مجموعة العشرين»). Gulf copy drops the degree before «مئوية»; Egyptian copy counts prisoners «مسجون»; an
// airport counts its passengers «مسافر» (English "passengers").
describe("Arabic totals, bare Celsius and prisoners", () => {
  it.each([
    ["استقبل المطار ما مجموعه 6467788 مسافرا، بزيادة نسبتها 6.6 بالمئة.", ["6467788 passenger", "6.6 percent"]],
    ["وبلغت الصادرات بما مجموعه ثلاثة آلاف طن.", ["3000 ton"]],
    ["إذ رصدنا درجات عالية في المنطقة الشرقية بلغت 48 مئوية.", ["48 celsius"]],
    ["وسجلت الدمام 46 مئوية، وجدة 41 درجة مئوية.", ["46 celsius", "41 celsius"]],
    ["وقرر الرئيس العفو عن 500 مسجون بمناسبة العيد.", ["500 detainee"]],
    ["واستقبل المطار 721508 مسافرين خلال الشهر، و1,081,573 مسافرًا في آب.", ["721508 passenger", "1081573 passenger"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// A glued «و» right after a figure starts a new clause when what follows it is a function word or a present-tense
// verb (no noun of the figure), and a dual glued to «و» is still two of its noun.
describe("Arabic «و» glued after a figure", () => {
  it.each([
    ["وارتفع العدد إلى 12 وذلك بعد الحادث.", ["12 ?"]],
    ["وارتفع الرقم إلى 30 ويتوقع أن يرتفع أكثر.", ["30 ?"]],
    ["وبلغت الحصيلة في المدينة 15 وهذا رقم كبير.", ["15 killed"]],
    ["ووصل عدد الوحدات إلى 40 وحدة.", ["40 ~وحده"]],
    ["وأسفر الحادث عن ثلاثة جرحى وقتيلين.", ["3 injured", "2 killed"]],
    ["ودمرت الغارات 3 منازل ومبنيين.", ["3 home", "2 building"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// The Egyptian «ونص» ("and a half") glued after a count adds a half, as «ونصف» does («16 ونص مليون» is 16.5
// million, not 16 and a million); before a definite word it is "and the text of", and «نص» alone is a text.
describe("Arabic Egyptian «ونص» after a count", () => {
  it.each([
    ["وبلغ عدد السكان 16 ونص مليون نسمة.", ["16500000 person"]],
    ["وبلغ عدد الزوار مليون ونص شخص.", ["1500000 person"]],
    ["ودفع 3 آلاف ونص جنيه.", ["3500 egp"]],
    ["ونص الاتفاق على 3 مراحل.", ["3 ~مراحل"]],
    ["وجاء في نص القانون أن العقوبة 5 سنوات.", ["5 year"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// A score in number words with the other side told by its noun («بثلاثة أهداف مقابل هدف»), or written with a tatweel
// for its dash («3ـ2»), is a score beside a word of the result, as «3-1» is: no count of goals.
describe("Arabic scores in words or with a tatweel", () => {
  it.each([
    ["فاز الفريق بثلاثة أهداف مقابل هدف.", []],
    ["فاز الفريق بثلاثة أهداف مقابل هدفين.", []],
    ["فاز الفريق 3ـ2 على منافسه.", []],
    ["فاز الفريق 3-1 على منافسه.", []],
    ["سجل اللاعب هدفين في المباراة.", ["2 goal"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// A prison term in two units is one figure in the larger, as "11 years and 3 months" is: also with the smaller
// count in words glued to «و» («وستة أشهر») and with a dual for the larger («سنتين و6 أشهر»).
describe("Arabic spans of time in two units", () => {
  it.each([
    ["قضت المحكمة بسجنه 3 سنوات و6 أشهر.", ["3.5 year"]],
    ["قضت المحكمة بسجنه 3 سنوات وستة أشهر.", ["3.5 year"]],
    ["قضت المحكمة بسجنه سنتين و6 أشهر.", ["2.5 year"]],
    ["قضت المحكمة بسجنه عامين وستة أشهر وتغريمه 5 آلاف جنيه.", ["2.5 year", "5000 egp"]],
    ["قضت المحكمة بسجنه سنتين وتغريمه 5 آلاف جنيه.", ["2 year", "5000 egp"]],
    ["أصيب 3 أشخاص وستة آخرون في الحادث.", ["3 injured", "6 injured"]],
    ["قضت المحكمة بسجنه سنتين و18 شهرا لشريكه.", ["2 year", "18 month"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// A range whose ends are a noun (one) and its dual (two), or a dual and a figure of the same unit, is one range;
// a tatweel glued between two figures stands for the range's dash.
describe("Arabic ranges with a dual or a tatweel", () => {
  it.each([
    ["وتستمر الانقطاعات من ساعة إلى ساعتين يوميا.", ["range 1.5 hour"]],
    ["وتستمر الانقطاعات بين ساعة وساعتين يوميا.", ["range 1.5 hour"]],
    ["وتستمر الانقطاعات بين ساعتين و3 ساعات يوميا.", ["range 2.5 hour"]],
    ["ويستغرق الإصلاح من يومين إلى 5 أيام.", ["range 3.5 day"]],
    ["وتجمع 15ـ20 شخصا أمام المبنى.", ["range 17.5 person"]],
    // Guards: without «من»/«بين» the two stay apart, and a score with a tatweel stays a score.
    ["وعاد بعد ساعتين و3 ساعات من الانتظار.", ["2 hour", "3 hour"]],
    ["وانتظر ساعة وساعتين.", ["2 hour"]],
    ["فاز الفريق 3ـ2 على منافسه.", []],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// Those who cast a ballot («مقترع») are counted apart from the electors («ناخب») they are a share of.
describe("Arabic voters who voted and electors", () => {
  it.each([
    ["وبلغ العدد النهائي للمقترعين 1,638,351 مقترعًا من أصل 5,080,858 ناخبًا مسجلاً.", ["1638351 voted", "5080858 voter"]],
    ["وأدلى 1.6 مليون مقترع بأصواتهم من أصل 5.1 ملايين ناخب مسجل.", ["1600000 voted", "5100000 voter"]],
    ["وأدلى 840 ألف مقترع بأصواتهم في الاستفتاء.", ["840000 voted"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});

// «شركة طيران» is an airline (English "106 airlines"): the construct names the kind of company, in the singular after
// a hundred, the plural, the dual and after «عدد». Other kinds keep the company (no unit list knows insurers).
describe("Arabic airlines", () => {
  it.each([
    ["أكثر مطار دولي إشغالا بعدد 92 مليون مسافر و106 شركة طيران ورحلات لـ272 مدينة.", ["92000000 passenger", "106 airline", "272 city"]],
    ["وتعمل في المطار 15 شركات طيران من مختلف الدول.", ["15 airline"]],
    ["وبلغ عدد شركات الطيران العاملة في المطار 106.", ["106 airline"]],
    ["واستقبل المطار شركتي طيران جديدتين.", ["2 airline"]],
    ["وتضم السوق 12 شركة تأمين محلية.", ["12 ~شركه"]],
  ])("%s", (sentence, expected) => {
    expect(quantities(sentence, "ar")).toEqual(expected);
  });
});
