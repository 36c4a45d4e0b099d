import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numbers } from "./helpers.js";

// Pieces that exercise the grammar where it is most intricate: number words, scales, fractions, qualifiers,
// separators, signs, clitics and weekdays, glued or spaced at random.
const AR = [
  "ثلاثة", "وثلاثة", "عشر", "عشرة", "عشرين", "وعشرون", "مئة", "مائتين", "ألف", "آلاف", "ألفين", "مليون", "ونصف", "نصف",
  "خمس", "أخماس", "ربع", "أكثر من", "نحو", "بين", "و", "من", "إلى", "في المئة", "٪", "الاثنين", "أحد", "عشر", "سالب",
  "الـ", "بـ", "٢٬٢٨٩", "٤,٨", "2,289", "1.234.567", "-", "–", "/", ":", "17,00", "تغ", "الساعة", "عام", "تو-", "إم", "٣",
  "الرابعة", "دقيقة", "هاتف", "020", "هـ", "«", "»", "تجاوز", "عدد", "ماكس", "واحدة", "ليلة", "من أصل", "الحادية",
];
const EN = [
  "one", "two", "twenty", "twenty-one", "hundred", "a", "thousand", "million", "and", "half", "a half", "third", "thirds",
  "quarter", "dozen", "point", "five", "more than", "about", "between", "from", "to", "percent", "%", "the", "of", "in",
  "over", "out of", "minus", "1,234", "2.5", "5k", "$3m", "3rd", "-", "/", "17:00", "GMT", "p.m.", "Tu-", "M3", "1e10",
  "1/2", "½", "2014", "since", "No.", "Article", "0117", "hotline", "line", "MAX", "Boeing", "passed", "BC",
  "Convention", "\u201C", "\u201D", "$",
];

const sentence = (pieces: string[]) =>
  fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(" ", "", "  ", "\u200F", ", ")), { maxLength: 14 }).map((parts) =>
    parts.map(([p, gap]) => p + gap).join(""),
  );

describe("properties on random text", () => {
  it.each([
    ["ar", AR],
    ["en", EN],
  ] as const)("%s: mentions are ordered, disjoint, finite and cut from the text", (lang, pieces) => {
    fc.assert(
      fc.property(sentence([...pieces]), (text) => {
        let previousEnd = 0;
        for (const m of numbers(lang, text)) {
          expect(Number.isFinite(m.value)).toBe(true);
          expect(Number.isFinite(m.granularity) && m.granularity > 0).toBe(true);
          if (m.upper !== undefined) expect(m.upper).toBeGreaterThan(m.value);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.phraseStart).toBeLessThanOrEqual(m.start);
          expect(m.phraseEnd).toBeGreaterThanOrEqual(m.end);
          previousEnd = m.end;
        }
      }),
      { numRuns: 400, seed: 20151118 },
    );
  });
});
