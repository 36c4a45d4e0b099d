import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/types.js";
import { en } from "../../src/core/lang/en/index.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { isProjection } from "../../src/core/align/projection.js";
import { quantity, run, summary } from "./helpers.js";

// What somebody fears or expects a toll to reach is not a count: it never makes a discrepancy with one.
describe("a projection is not set against a reported count", () => {
  it.each<[string, () => Claim[], string[]]>([
    [
      "en: could rise to",
      () => [
        quantity("a", "The governor said the death toll could rise to 500 as rescuers reach remote villages.", "500", 500, "killed"),
        quantity("b", "The governor said the death toll rose to 450 as rescuers reached remote villages.", "450", 450, "killed"),
      ],
      [],
    ],
    [
      "en: is expected to top",
      () => [
        quantity("a", "The health ministry said the number of dead is expected to top 1,000 in the flooded province.", "1,000", 1000, "killed"),
        quantity("b", "The health ministry said the number of dead reached 950 in the flooded province.", "950", 950, "killed"),
      ],
      [],
    ],
    [
      "en: fears the toll may reach",
      () => [
        quantity("a", "Officials in the province fear the toll may reach 10,000 after the earthquake.", "10,000", 10000, "killed"),
        quantity("b", "Officials in the province said the toll had reached 9,000 after the earthquake.", "9,000", 9000, "killed"),
      ],
      [],
    ],
    [
      "ar: قد يصل",
      () => [
        quantity("ar-a", "وقال المحافظ إن عدد القتلى في الإقليم قد يصل إلى 500 مع وصول فرق الإنقاذ.", "500", 500, "killed"),
        quantity("ar-b", "وقال المحافظ إن عدد القتلى في الإقليم وصل إلى 450 مع وصول فرق الإنقاذ.", "450", 450, "killed"),
      ],
      [],
    ],
    [
      "ar: يتوقع أن يرتفع",
      () => [
        quantity("ar-a", "وقالت وزارة الصحة إنه يتوقع أن يرتفع عدد القتلى إلى 500 في المحافظة.", "500", 500, "killed"),
        quantity("ar-b", "وقالت وزارة الصحة إن عدد القتلى ارتفع إلى 450 في المحافظة.", "450", 450, "killed"),
      ],
      [],
    ],
    [
      "ar: مرشحة للارتفاع",
      () => [
        quantity("ar-a", "وقالت وزارة الصحة إن حصيلة القتلى مرشحة للارتفاع إلى 500 في المحافظة.", "500", 500, "killed"),
        quantity("ar-b", "وقالت وزارة الصحة إن حصيلة القتلى ارتفعت إلى 450 في المحافظة.", "450", 450, "killed"),
      ],
      [],
    ],
    [
      "en: an exit poll is not set against the count",
      () => [
        quantity("a", "Exit polls showed Klaus Iohannis won 64.8% of the valid votes in the presidential runoff against Viorica Dancila.", "64.8%", 64.8, "percent"),
        quantity("b", "Klaus Iohannis won 65.88% of the valid votes in the presidential runoff against Viorica Dancila.", "65.88%", 65.88, "percent"),
      ],
      [],
    ],
    [
      "ar: an exit poll is not set against the count",
      () => [
        quantity("ar-a", "وذكر التلفزيون الرسمي أن استطلاعا للرأي أظهر فوز الرئيس في الانتخابات الرئاسية بنسبة 89.2%.", "89.2%", 89.2, "percent"),
        quantity("ar-b", "وأعلنت هيئة الانتخابات فوز الرئيس في الانتخابات الرئاسية بنسبة 90.69%.", "90.69%", 90.69, "percent"),
      ],
      [],
    ],
    [
      "en: two reported counts still disagree",
      () => [
        quantity("a", "The governor said the death toll rose to 500 as rescuers reached remote villages.", "500", 500, "killed"),
        quantity("b", "The governor said the death toll rose to 450 as rescuers reached remote villages.", "450", 450, "killed"),
      ],
      ["discrepancy killed: 500 450"],
    ],
    [
      "ar: two reported counts still disagree",
      () => [
        quantity("ar-a", "وقال المحافظ إن عدد القتلى في الإقليم وصل إلى 500 مع وصول فرق الإنقاذ.", "500", 500, "killed"),
        quantity("ar-b", "وقال المحافظ إن عدد القتلى في الإقليم وصل إلى 450 مع وصول فرق الإنقاذ.", "450", 450, "killed"),
      ],
      ["discrepancy killed: 500 450"],
    ],
  ])("%s", (_name, make, expected) => {
    const claims = make();
    expect(summary(run(claims), claims)).toEqual(expected);
  });
});

describe("what reads as a projection", () => {
  it.each<[string, string, string, boolean]>([
    ["en", "Officials fear the toll may reach 10,000.", "10,000", true],
    ["en", "The death toll could rise to more than 500.", "more than 500", true],
    ["en", "The toll is likely to climb to 300.", "300", true],
    ["en", "The toll rose to 500 and may rise further.", "500", false],
    ["en", "The toll in May reached 500.", "500", false],
    ["en", "The fatalities may still increase with only 33 of 48 mayors reporting.", "33", false],
    ["en", "The toll could reach as many as 800.", "800", true],
    ["ar", "وقد يتجاوز عدد الضحايا 1000 شخص.", "1000", true],
    ["ar", "وقد يرتفع العدد مع 300 مفقود.", "300", false],
    ["en", "The toll could rise, officials said, after 500 bodies were found.", "500", false],
    ["ar", "وحذر المسؤولون من أن عدد الضحايا قد يتجاوز 1000.", "1000", true],
    ["ar", "ومن المتوقع أن تصل الحصيلة إلى 700.", "700", true],
    ["ar", "وسيرتفع عدد القتلى إلى 300 بحسب التقديرات.", "300", true],
    ["ar", "وارتفع عدد القتلى إلى 300 وقد يرتفع أكثر.", "300", false],
    ["ar", "وقد وصل عدد القتلى إلى 300.", "300", false],
    // A poll's figure is an estimate, never the count.
    ["en", "Two separate exit polls showed Iohannis gaining 64%-67% of the vote.", "64%-67%", true],
    ["en", "Dancila garnered 33.5 percent according to the pollster IRES.", "33.5 percent", true],
    ["en", "Iohannis won 65.88% of the valid votes after the count from 99.67% of polling stations.", "65.88%", false],
    ["en", "Polls closed at 9 p.m. with turnout at 49.87%.", "49.87%", false],
    // Arabic polls, clitics glued on included; a bare «استطلاع» may be reconnaissance.
    ["ar", "وأظهر استطلاع للرأي بعد خروج الناخبين فوز الرئيس بنسبة 89.2 في المئة.", "89.2 في المئة", true],
    ["ar", "وحصل الرئيس على أكثر من 89% من الأصوات وفقا لاستطلاع آراء الناخبين.", "أكثر من 89%", true],
    ["ar", "استطلاع يظهر فوز الرئيس بنسبة 89% في الانتخابات الرئاسية", "89%", true],
    ["ar", "وحصل الرئيس على 90.69% من الأصوات وفق النتائج الأولية.", "90.69%", false],
    ["ar", "وأسقطت الدفاعات الجوية 3 طائرات استطلاع فوق المدينة.", "3", false],
  ])("%s: %s", (lang, sentence, text, expected) => {
    const source = lang === "ar" ? "ar-x" : "x";
    const claim = quantity(source, sentence, text, 1, "killed");
    expect(isProjection(claim, lang === "ar" ? ar : en)).toBe(expected);
  });
});
