import { describe, expect, it } from "vitest";
import { isFurniture, markListItems } from "../../src/core/extract/furniture.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";

describe("page furniture", () => {
  it.each([
    ["اترك تعليقاً"],
    ["زر الذهاب إلى الأعلى"],
    ["لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *"],
    ["أنت تستخدم إضافة Adblock"],
    ["أ ف ب"],
    ["دولياترئيسي"],
    ["سيريان تلغراف | كسينيا كوليكوفا"],
    ["فلاديمير-بوتين-وفرانسوا-هولاند-وباراك-أوباما"],
    ["اقرأ أيضًا: سعر الذهب عيار 21 يسجل 4580 جنيهًا"],
    ["العدد الورقي بتاريخ ١٥ سبتمبر ٢٠٢٨"],
    ["آخر تحديث: 12 سبتمبر 2028 - 10:30 بتوقيت مكة المكرمة"],
    ["تاريخ النشر: 17 يونيو 2026 | 10:05 ص"],
  ])("Arabic: %s", (line) => expect(isFurniture(line, ar)).toBe(true));

  it.each([
    ["Back to top"], ["Share this article"], ["Advertisement"], ["Comments (12)"], ["1 2 3 4 Next"], ["Read more: Putin meets Hollande"], ["12 | 34"],
    ["Read also: Gold price hits 4,580 pounds"], ["Photo: AFP"], ["Sat 5 Jul 2025 10.30 BST"], ["Published 6 August 2026, 6:30pm BST"], ["Updated 10am GMT"], ["Feb. 4, 2025, updated 6:12 p.m. ET"],
    ["A version of this article appears in print on Feb. 5, 2025, Section A, Page 1 of the New York edition."],
    // The page's age beside its time stamp, and the audio player's label.
    ["October 12, 2026 3:05 PM UTC Updated 2 hours ago"], ["Updated 45 mins ago"], ["Listen to article (4 minutes)"],
    ["June 17, 2026 · 4 min read"],
  ])(
    "English: %s",
    (line) => expect(isFurniture(line, en)).toBe(true),
  );

  it.each<[string, typeof ar]>([
    ["وأوضح أن 12 قاذفة روسية استراتيجية شاركت فجر أمس في توجيه الضربات.", ar],
    ["راية حمراء ترفع في باريس بعد الاعتداءات الأخيرة", ar],
    ["Share prices fell 12% on Monday.", en],
    ["Comments by the minister drew 129 replies, officials said.", en],
    ["More than 200 killed", en],
    ["Photographers counted 12 boats.", en],
    ["Rescuers reached the village 2 hours ago.", en],
    ["Listen to the minister: 4 minutes of silence followed.", en],
    ["Posted at 6pm, the update said 12 died.", en],
    ["Flames reached the hotel at 6:30pm on Monday", en],
  ])("article text is not furniture: %s", (line, locale) => expect(isFurniture(line, locale)).toBe(false));
});

// Headlines listed under "Related" belong to other stories; the list ends at the first sentence.
describe("lists of links to other stories", () => {
  const flagged = (lines: string[], locale: typeof en): boolean[] => {
    const furniture = lines.map((l) => isFurniture(l, locale));
    markListItems(lines, furniture, locale);
    return furniture;
  };
  it.each([
    [en, ["Related coverage", "Kuwait records 52C as Gulf heat builds", "Share this article"], [true, true, true]],
    [en, ["Related", "Egypt's pound slips past 50 to the dollar", "Sign up for our Africa Markets newsletter"], [true, true, true]],
    // A sentence after the heading is article text again, and so is everything after it.
    [en, ["Read more", "The ministry said 40 people died.", "Officials in Basra scramble to open cooling centres"], [true, false, false]],
    // A headline-like line with no heading before it stays.
    [en, ["Kuwait records 52C as Gulf heat builds"], [false]],
    [ar, ["الموضوعات المتعلقة", "- ٣ نصائح لتجنب ضربة الشمس في الصيف", "- العراق.. احتجاجات في الناصرية"], [true, true, true]],
    [ar, ["اقرأ أيضاً", "وقالت الوزارة إن 40 شخصا توفوا."], [true, false]],
    // A numbered list of another section's most viewed stories, figures and all.
    [en, ["Most viewed", "1. Storm hits coast: 7 things to know", "2. Inflation rises to 3.1%"], [true, true, true]],
    [en, ["Most shared", "Flights cancelled as 40 planes grounded"], [true, true]],
    [ar, ["الأكثر تداولاً", "1. ارتفاع أسعار الذهب 4% خلال أسبوع"], [true, true]],
    // "Read more" / "watch also" over a list of other stories' headlines.
    [ar, ["اقرأ المزيد", "- اليونان: حرائق في 3 جزر مع ذروة موجة الحر"], [true, true]],
    [ar, ["شاهد أيضاً", "- فيديو.. 5 مروحيات تكافح النيران في اللاذقية"], [true, true]],
    [ar, ["اقرأ المزيد", "وقالت الوزارة إن 3 جزر تضررت."], [true, false]],
  ])("%#", (locale, lines, expected) => expect(flagged(lines, locale)).toEqual(expected));
});
