import { describe, expect, it } from "vitest";
import { isFurniture } from "../../src/core/extract/furniture.js";
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
  ])("Arabic: %s", (line) => expect(isFurniture(line, ar)).toBe(true));

  it.each([["Back to top"], ["Share this article"], ["Advertisement"], ["Comments (12)"], ["1 2 3 4 Next"], ["Read more: Putin meets Hollande"], ["12 | 34"]])(
    "English: %s",
    (line) => expect(isFurniture(line, en)).toBe(true),
  );

  it.each<[string, typeof ar]>([
    ["وأوضح أن 12 قاذفة روسية استراتيجية شاركت فجر أمس في توجيه الضربات.", ar],
    ["راية حمراء ترفع في باريس بعد الاعتداءات الأخيرة", ar],
    ["Share prices fell 12% on Monday.", en],
    ["Comments by the minister drew 129 replies, officials said.", en],
  ])("article text is not furniture: %s", (line, locale) => expect(isFurniture(line, locale)).toBe(false));
});
