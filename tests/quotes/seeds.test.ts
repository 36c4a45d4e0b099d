/**
 * The seed articles in sources/: every quoted statement found (its first 30 characters) with its speaker, and
 * the speaker of the sentences that carry the figures the report compares. Checked by reading the articles.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyse } from "./helpers.js";

const SOURCES = fileURLToPath(new URL("../../sources/", import.meta.url));
const read = (file: string) => readFileSync(SOURCES + file, "utf8");

const QUOTES: Record<string, [string, string | undefined][]> = {
  "000_0d8cddbdda6761d7.txt": [
    ["جاهز لأي تعديلات", "وزارة الدفاع الأميركية"],
    ["مقاتلات التحالف مستمرة في مهما", "متحدث باسم البنتاغون"],
    ["تم إغلاق الآن 75 في المئة من ك", "وزير الخارجية الأميركي جون كيري"],
    ["كل ما نحتاج إليه هو بداية عملي", "وزير الخارجية الأميركي"],
    ["لوجود إيران وروسيا على طاولة ا", "وزير الخارجية الأميركي"],
    // "وقال إن «…»" continues the paragraph before: "اتهم وزير الخارجية الروسي سيرغي لافروف الولايات المتحدة"
    // (the name is dropped there: a name followed by the verb's object is not taken).
    ["تحليل الضربات التي وجهوها إلى ", "وزير الخارجية الروسي"],
    ["محدودة إن لم نقل إنها غير موجو", "الوزير الروسي"],
    ["علينا أن نضع خطة للعمليات المش", "بوتين"],
    ["في القريب العاجل ستصل إلى المن", "بوتين"],
    ["يتيح توجيه ضربات دقيقية قوية ع", "وزير الدفاع الروسي سيرغي شويغو"],
    // Putin's words, but introduced by "أمر" (ordered), which is not a reporting verb.
    ["الانتقام لا مفر منه", undefined],
    ["الأن يتم تحليل تأثير الضربات ب", "المصدر"],
    ["نرحب بإدراك جميع شركائنا المتز", "الوزارة"],
    ["ندعو مجلس الأمن الدولي إلى الت", "البيان"],
    ["بناء على توجيهات الرئيس الروسي", "الوزارة"],
    ["ولهذا نحن نتوجه إلى جميع الدول", "البيان"],
    ["من جانبنا ننظر إلى الهجوم البر", "البيان"],
  ],
  "001_200334908de8b7f5.txt": [
    ["منعنا مقاتلي الدولة الاسلامية ", "كوناشينكوف"],
    ["ضربات اضافية جوية", "كوناشينكوف"],
    ["معسكر تدريب تابع لتنظيم الدولة", "الجيش الروسي"],
    ["لم نغير عملياتنا في سوريا للاخ", "الكولونيل وورن"],
    ["هناك دائما احتمال لوقوع اخطاء ", "المتحدث"],
    ["لكن للطيارين المحترفين تقنيات ", "المتحدث"],
    ["سيطبق طيارونا هذه الاجراءات بح", "المتحدث"],
    ["سندمجها في عملياتنا اليومية", "المتحدث العسكري الاميركي"],
    ["دمر الجيش مقرًا عامًا لتنظيم ا", "البيان"],
    ["تماما كما يفعل", "وزير الخارجية الروسي سيرغي لافروف"],
    ["نحن متفقون مع التحالف في هذه ا", "وزير الخارجية الروسي سيرغي لافروف"],
  ],
  "002_d0c9e97734a90cd3.txt": [
    ["ناقشا على الهاتف تنسيق العمليا", "بيان"],
    ["تبادلا التقويمات حول الوضع الح", "بيان"],
    ["الهجمات الارهابية في باريس وعل", "غيراسيموف"],
    ["هذا التقارب العسكري", undefined],
    ["ائتلاف موحد واسع", "الرئيس الفرنسي فرانسوا هولاند"],
    ["يجب على فرنسا ان لا تظهر جنباً", undefined], // "يقال في باريس": said, by nobody named
    ["في نهاية الاسبوع", undefined],
  ],
  "003_0fafb6c3e901b041.txt": [
    ["إنه أمر نتوق ونسعى إليه بشدة", "الرئيس الأمريكي"],
    // Unclosed “ inside a bracket: bounded by the bracket. "واشنطن رجحت" (predicted) is no reporting verb.
    ["مرحلة انتقالية في سوريا في غضو", undefined],
    ["التعاون العسكري مع موسكو", undefined],
  ],
  "004_7134a8dc5dcca6b8.txt": [
    ["كل الإجراءات التي من شأنها حما", "الرئيس الروسي فلاديمير بوتين"],
    ["يجب تدميره فوراً", "الرئيس الروسي فلاديمير بوتين"],
    ["الشركاء والحلفاء الإقليميين", "الرئيس الروسي فلاديمير بوتين"],
    ["من المهم تطوير التعاون مع جميع", "الرئيس الروسي"],
    ["أريد أن أشير إلى أن عمل الطيرا", "الرئيس الروسي"],
    ["القوى المعتدلة التي لم تتورط ف", "بيسكوف"],
    ["لا يجوز أن نغمض عيوننا عندما ت", "وزير الخارجية"],
    // A name of three words ("Syria Support Group"): Arabic has no capitals to tell it from a statement.
    ["مجموعة دعم سورية", "لافروف"],
    ["إنهم يقولون إن السنة في سورية ", "لافروف"],
    ["يجرى الآن تركيز الجهود على إعد", "دميتري بيسكوف المتحدث باسم الرئاسة الروسية"],
    ["العمل لم ينته بعد", "دميتري بيسكوف المتحدث باسم الرئاسة الروسية"],
    ["توجد خلافات معينة بين بعض الدو", "دميتري بيسكوف المتحدث باسم الرئاسة الروسية"],
    ["هناك بعض المسائل ومن الواضح وف", "وزير الخارجية الأميركي جون كيري"],
    ["الصعوبات معروفة جيداً بالنسبة ", "قعوار"],
    ["في حال جرى التوصل إلى تحديد ال", "قعوار"],
    ["تقدماً أحرز في العمل الذي تنسق", "المندوبة الاردنية"],
    ["هناك الكثير من الجماعات التي ي", "المندوبة الاردنية"],
    ["هناك ترابطاً بين العمل الذي يق", "المندوبة الاردنية"],
    ["الصعوبات معروفة جيداً بالنسبة ", "المندوبة الاردنية"],
  ],
};

// A figure as written, and who the sentence holding it quotes.
const FIGURES: [string, string, string | undefined][] = [
  ["000_0d8cddbdda6761d7.txt", "بـ 2289 طلعة قتالية", "غيراسيموف"],
  ["000_0d8cddbdda6761d7.txt", "75 في المئة", "وزير الخارجية الأميركي جون كيري"],
  ["000_0d8cddbdda6761d7.txt", "98 كلم", "وزير الخارجية الأميركي جون كيري"],
  ["000_0d8cddbdda6761d7.txt", "127 طلعة", "وزير الدفاع الروسي سيرغي شويغو"],
  ["000_0d8cddbdda6761d7.txt", "12 قاذفة", "شويغو"],
  ["000_0d8cddbdda6761d7.txt", "4500 كيلومتر", "قائد الطيران الروسي بعيد المدى أناتولي جيخاريف"],
  ["000_0d8cddbdda6761d7.txt", "بــ37 طائرة", "رئيس هيئة الأركان الروسية فاليري غيراسيموف"],
  ["000_0d8cddbdda6761d7.txt", "80 بلدة", "غيراسيموف"],
  ["001_200334908de8b7f5.txt", "خمسة مراكز", "المتحدث باسم وزارة الدفاع"],
  ["001_200334908de8b7f5.txt", "240 الف قتيل", undefined],
  ["001_200334908de8b7f5.txt", "50 طائرة", undefined],
  ["002_d0c9e97734a90cd3.txt", "2299 طلعة", "رئيس هيئة الاركان العامة الروسية"],
  // Sentence-level attribution is coarse: the toll is the reporter's, but the sentence goes on to report
  // Hollande's call ("دعا الرئيس الفرنسي فرانسوا هولاند الى «…»").
  ["002_d0c9e97734a90cd3.txt", "129 قتيلاً", "الرئيس الفرنسي فرانسوا هولاند"],
  ["002_d0c9e97734a90cd3.txt", "12٪", "متحدث عسكري اميركي"],
  ["004_7134a8dc5dcca6b8.txt", "70 في المئة", "وزير الدفاع سيرغي شويغو"],
  ["004_7134a8dc5dcca6b8.txt", "4 آلاف طلعة", "وزير الدفاع سيرغي شويغو"],
  ["004_7134a8dc5dcca6b8.txt", "قرابة 5 آلاف شخص", "الرئيس الروسي"],
  ["004_7134a8dc5dcca6b8.txt", "214 طناً", "شويغو"],
];

describe("seed articles", () => {
  it.each(Object.entries(QUOTES))("quotes of %s", (file, expected) => {
    const res = analyse(read(file), "ar");
    expect(res.quotes.map((q) => [q.text.slice(0, 30), q.speaker])).toEqual(expected);
  });

  it.each(FIGURES)("%s: the sentence with %s quotes %s", (file, figure, expected) => {
    const res = analyse(read(file), "ar");
    const at = res.text.indexOf(figure);
    expect(at).toBeGreaterThanOrEqual(0);
    let found = false;
    res.sentences.forEach((ss, p) =>
      ss.forEach((s, i) => {
        if (s.start <= at && at < s.end) {
          found = true;
          expect(res.speakers[p]?.[i]).toBe(expected);
        }
      }),
    );
    expect(found).toBe(true);
  });

  it("returns one speaker slot per sentence", () => {
    for (const file of Object.keys(QUOTES)) {
      const res = analyse(read(file), "ar");
      expect(res.speakers.map((row) => row.length)).toEqual(res.sentences.map((ss) => ss.length));
    }
  });
});
