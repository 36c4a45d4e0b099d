import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/core/text/tokenize.js";
import { countQuotedWords, isQuotedStatement } from "../../src/core/extract/quotes/statements.js";
import { analyse, locale, quoteTexts } from "./helpers.js";

describe("quoted statements, Arabic", () => {
  it.each([
    [
      "nested quotes stay part of the statement",
      "وهذا ما «يتيح توجيه ضربات دقيقة قوية على إرهابيي «داعش» في عمق الأراضي السورية»، كاشفاً أن الطيران نفذ 127 طلعة.",
      ["يتيح توجيه ضربات دقيقة قوية على إرهابيي «داعش» في عمق الأراضي السورية"],
    ],
    [
      "a double prime after a digit closes a curly quote (straight quotes curled by publishing software)",
      "قامت طائرتان من طراز “إف-16″، بإسقاط الطائرة. وقال إن “الطائرة كانت على ارتفاع 6000″ ثم سقطت في الأراضي السورية.",
      ["الطائرة كانت على ارتفاع 6000"],
    ],
    [
      "two levels of nesting",
      "وقال إن «تحليل الضربات على مواقع «داعش» و«جبهة «النصرة»» يسمح بالتوصل إلى استنتاج».",
      ["تحليل الضربات على مواقع «داعش» و«جبهة «النصرة»» يسمح بالتوصل إلى استنتاج"],
    ],
    [
      "one- and two-word names and terms are not statements",
      "تقصف «داعش» مع “الحلفاء” بطائرات «تو- 160» و«تو- 95 إم إس» و«تو- 22 إم3» ضد المجموعة \"الجهادية\" و«الجيش الحر» «لتنسيق» العمليات.",
      [],
    ],
    [
      "a quote of three words is a statement",
      "ولكنه «جاهز لأي تعديلات» بحسب الحاجة.",
      ["جاهز لأي تعديلات"],
    ],
    [
      "a stray closer is ignored",
      "مشيرة إلى أن حركة «أحرار الشام» جزء من المداولات ومجموعات المعارضة»، مشيرة إلى أنه «في حال جرى التوصل إلى تحديد الجماعات».",
      ["في حال جرى التوصل إلى تحديد الجماعات"],
    ],
    [
      "an unclosed quote ends with its sentence",
      "وقال «إن الضربات مستمرة في كل مكان. وأضاف أن الطائرات عادت إلى قواعدها «بسلام تام اليوم».",
      ["إن الضربات مستمرة في كل مكان.", "بسلام تام اليوم"],
    ],
    [
      "an unclosed quote inside brackets ends at the bracket",
      "(علما بأن واشنطن رجحت انطلاق “مرحلة انتقالية في سوريا في غضون أسابيع)، على الرغم من النأي عن عبارة “التعاون العسكري مع موسكو”.",
      ["مرحلة انتقالية في سوريا في غضون أسابيع", "التعاون العسكري مع موسكو"],
    ],
    [
      "straight quotes pair by position, also after a glued conjunction",
      "كما اعلن الجيش قصف \"معسكر تدريب تابع للتنظيم\" في ادلب و\"مركز قيادة للتنظيم المتطرف\" في الشمال.",
      ["معسكر تدريب تابع للتنظيم", "مركز قيادة للتنظيم المتطرف"],
    ],
    [
      "straight quotes with a term and a statement",
      "واضاف كوناشينكوف \"منعنا مقاتلي الدولة من اعادة استخدام مركز للقيادة\" مشيرا الى \"ضربات اضافية جوية\".",
      ["منعنا مقاتلي الدولة من اعادة استخدام مركز للقيادة", "ضربات اضافية جوية"],
    ],
    [
      "a statement of several sentences is one quote",
      "وقال: «تم إغلاق الآن 75 في المئة من الحدود. ونحن نقوم بعملية لإغلاق آخر 98 كلم متبقية».",
      ["تم إغلاق الآن 75 في المئة من الحدود. ونحن نقوم بعملية لإغلاق آخر 98 كلم متبقية"],
    ],
    [
      "a short name that ends on a number is not a statement",
      "وكانت الإمارات قد أطلقت عملية «الفارس الشهم ٣» لإغاثة المتضررين، فيما أعلنت السعودية أن «الجسر الجوي مستمر».",
      ["الجسر الجوي مستمر"],
    ],
    [
      "a stray straight closer before any opener is ignored",
      "بريف حماة (وسط) الغربي\"، بحسب مصدر أمني سوري.",
      [],
    ],
  ])("%s", (_name, text, expected) => {
    expect(quoteTexts(text, "ar")).toEqual(expected);
  });

  it("never pairs straight quotes across paragraphs", () => {
    const text = "قال \"الضربات مستمرة في كل مكان\nوأضاف\" أن الطائرات عادت إلى قواعدها سالمة.";
    const res = analyse(text, "ar");
    expect(res.quotes.map((q) => [q.text, q.unclosed])).toEqual([["الضربات مستمرة في كل مكان", true]]);
  });

  it("reports offsets of the inside, the marks and the bound", () => {
    const text = "وقال: « نحن مستعدون للعمل »، ثم غادر. قال «لن نتراجع عن القرار. أبداً";
    const [closed, open] = analyse(text, "ar").quotes;
    expect(closed && text.slice(closed.start, closed.end)).toBe("نحن مستعدون للعمل");
    expect(closed && [text[closed.open], text[closed.close - 1]]).toEqual(["«", "»"]);
    expect(closed?.unclosed).toBeUndefined();
    expect(open?.text).toBe("لن نتراجع عن القرار.");
    expect(open?.unclosed).toBe(true);
    expect(open && open.close).toBe(open && open.end);
  });
});

describe("quoted statements, English", () => {
  it.each([
    ["wire quote with attribution", '"We are ready," Foreign Minister Sergei Lavrov told reporters in Moscow on Thursday.', ["We are ready,"]],
    ["curly quotes with a nested single quote", "He said: “They call it ‘a historic step’ and we agree.”", ["They call it ‘a historic step’ and we agree."]],
    ["single curly quotes and apostrophes", "‘We are not at war,’ he said of Russia’s strikes and the minister’s words.", ["We are not at war,"]],
    ["apostrophes alone make no quote", "Russia’s strikes and the coalition’s jets don’t coordinate.", []],
    ["German low-high quotes", "„Wir sind bereit zu handeln“, sagte er.", ["Wir sind bereit zu handeln"]],
    ["a capitalised name of any length is not a statement", 'The "Syria Support Group" and "Operation Inherent Resolve" met the "Islamic State of Iraq and the Levant".', []],
    ["short terms are not statements", 'Reports in "Defense News" call it "strategic" and "Tu-160" or "Tu-95 MS" bombers.', []],
    ["a stray straight closer is ignored", 'the strikes" were successful, he said.', []],
    ["a nested straight quote inside a straight quote", 'He said "they called it "terrorism" again today" and left.', ['they called it "terrorism" again today']],
    ["a short numbered name is not a statement", 'The UAE launched operation "Gallant Knight 3" and the "phase two 2025" plan.', []],
    ["guillemets in English copy", "He said «we will not allow this to happen» and left.", ["we will not allow this to happen"]],
    ["a double prime after a digit closes it when it ends the quote", "The minister said “the fleet will grow to 16″ before the talks on the crisis.", ["the fleet will grow to 16"]],
    ["two apostrophes close a straight quote", "\"We do not believe we will find anyone alive,'' the admiral said at the briefing.", ["We do not believe we will find anyone alive,"]],
    ["two right single quotes close a curly quote", "“So this evening we are going to suspend the search.’’ The workers’ families waited.", ["So this evening we are going to suspend the search."]],
    ["doubled apostrophes with no quote open are left alone", "The workers'' union and Russia's jets said little.", []],
    ["a double prime with no quote open is inches", "The shop sold 12″ screens and 15″ ones, he said “we sold out within the hour today.”", ["we sold out within the hour today."]],
  ])("%s", (_name, text, expected) => {
    expect(quoteTexts(text, "en")).toEqual(expected);
  });

  it("keeps a quote running to the paragraph end when the next paragraph continues it", () => {
    const text = '"We will act," Lavrov said. "We have the means to do it.\n\n"And we will win."';
    const res = analyse(text, "en");
    expect(res.quotes.map((q) => [q.text, q.unclosed ?? false])).toEqual([
      ["We will act,", false],
      ["We have the means to do it.", true],
      ["And we will win.", false],
    ]);
  });

  it("ends an unclosed quote at a sentence that ends outside its nested quotes", () => {
    const text = 'He said "the plan, called "Resolve. Now" by some, will work. Others disagree with him entirely.';
    expect(quoteTexts(text, "en")).toEqual(['the plan, called "Resolve. Now" by some, will work.']);
  });
});

describe("word count of quoted text", () => {
  const words = (s: string) => {
    const toks = tokenize(s);
    return countQuotedWords(toks, 0, toks.length - 1);
  };
  it.each([
    ["تو- 160", 1],
    ["تو-160", 1],
    ["تو- 95 إم إس", 1],
    ["تو- 22 إم3", 1],
    ["سوخوي 34", 2],
    ["اف – 18", 1],
    ["Tu-22 M3", 1],
    ["F-16 jets", 2],
    ["جان-ايف لودريان", 2],
    ["قتل 50 شخصاً", 3],
    ["killed 50 of them", 3],
    ["(...)", 0],
    ["75 في المئة", 2],
  ])("%s has %i words", (s, n) => {
    expect(words(s)).toBe(n);
  });

  it.each([
    ["ar", "الجيش الحر", false],
    ["ar", "مجموعة دعم سورية", true],
    ["en", "Operation Inherent Resolve", false],
    ["en", "Islamic State of Iraq and the Levant", false],
    ["en", "We Are Ready now", true],
    ["en", "we are ready", true],
    ["ar", "الفارس الشهم ٣", false],
    ["ar", "2030 عام الحسم", false],
    ["ar", "عملية درع F-16", false],
    ["ar", "قتل 3 أشخاص", true],
    ["ar", "لن نقبل بأقل من 30", true],
    ["en", "operation shield 3", false],
    ["en", "killed 50 people", true],
  ])("%s %s is a statement: %s", (lang, s, expected) => {
    const toks = tokenize(s);
    expect(isQuotedStatement(toks, 0, toks.length - 1, locale(lang).stopwords)).toBe(expected);
  });
});
