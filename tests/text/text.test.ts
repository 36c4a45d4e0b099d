import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/core/text/lineIndex.js";
import { tokenize } from "../../src/core/text/tokenize.js";
import { paragraphs, sentences } from "../../src/core/text/segment.js";
import { fold, normalizeStatement } from "../../src/core/text/normalize.js";
import { toAsciiDigits } from "../../src/core/text/chars.js";

describe("LineIndex", () => {
  it.each([
    ["LF", "ab\ncd\nef", 6, { line: 3, column: 1 }],
    ["CRLF", "ab\r\ncd\r\nef", 8, { line: 3, column: 1 }],
    ["lone CR", "ab\rcd\ref", 7, { line: 3, column: 2 }],
    ["astral characters count once", "😀😀x", 4, { line: 1, column: 3 }],
  ])("%s", (_name, text, offset, pos) => {
    expect(new LineIndex(text).locate(offset)).toEqual(pos);
  });

  it("returns the text of a line without its ending", () => {
    const idx = new LineIndex("one\r\ntwo\rthree");
    expect([idx.lineText(1), idx.lineText(2), idx.lineText(3)]).toEqual(["one", "two", "three"]);
  });
});

describe("tokenize", () => {
  it("separates clitics glued to digits and keeps offsets", () => {
    const text = "بـ 2289 وبــ37 الـ٢٤";
    const toks = tokenize(text);
    expect(toks.map((t) => [t.kind, t.text])).toEqual([
      ["word", "بـ"], ["digits", "2289"], ["word", "وبــ"], ["digits", "37"], ["word", "الـ"], ["digits", "٢٤"],
    ]);
    expect(toks[5]?.norm).toBe("24");
    expect(toks[3]?.spaceBefore).toBe(false);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("skips bidi marks without treating them as space", () => {
    const toks = tokenize("25799\u202A,\u202A52");
    expect(toks.map((t) => [t.text, t.spaceBefore])).toEqual([["25799", true], [",", false], ["52", false]]);
  });
});

describe("normalize", () => {
  it("folds Arabic spelling variants and digits", () => {
    expect(fold("أهدافاً")).toBe(fold("اهدافا"));
    expect(fold("إضافة")).toBe("اضافه");
    expect(fold("مستشفى")).toBe("مستشفي");
    expect(fold("٢٠١٥")).toBe("2015");
    expect(toAsciiDigits("٢٬٢٨٩")).toBe("2٬289");
  });

  it("normalises statements so only wording differences remain", () => {
    expect(normalizeStatement("«إنها خطوة جبّارة»،")).toBe(normalizeStatement("\"انها خطوة جبارة\""));
  });
});

describe("segment", () => {
  it("keeps one paragraph per line in web copy", () => {
    const text = "First paragraph is long enough.\nSecond one.\n\nThird after a blank line.";
    const ps = paragraphs(text).map((p) => text.slice(p.start, p.end));
    expect(ps).toEqual(["First paragraph is long enough.", "Second one.", "Third after a blank line."]);
  });

  it("joins hard-wrapped lines but not a heading", () => {
    const text = [
      "Russia steps up strikes",
      "",
      "The defence ministry said on Tuesday that the air force had flown many",
      "sorties over Syria since the end of September and had destroyed several",
      "hundred sites used by the militants, including command posts and camps.",
      "Officials in Moscow said the campaign would go on for as long as the army",
      "needed air support, and that more aircraft would arrive in the coming",
      "weeks to reinforce the group based near Latakia on the Mediterranean.",
      "",
      "Short closing line.",
    ].join("\n");
    const ps = paragraphs(text).map((p) => text.slice(p.start, p.end).replace(/\s+/g, " "));
    expect(ps[0]).toBe("Russia steps up strikes");
    expect(ps[1]).toMatch(/^The defence ministry .* camps\.$/);
    expect(ps[2]).toMatch(/^Officials in Moscow .* Mediterranean\.$/);
    expect(ps[3]).toBe("Short closing line.");
  });

  it("keeps short web-copy lines apart even when none ends a sentence", () => {
    const text = "Share this article now please\nThe air force flew 2,289 sorties\nBack to the top of the page\nComments";
    expect(paragraphs(text)).toHaveLength(4);
  });

  it("splits sentences but not after abbreviations or inside numbers", () => {
    const text = "Hollande meets Putin on Nov. 26 in Moscow. The U.S. flew 2.5 sorties. قال: «نعم». وأضاف أن 12 طائرة";
    const abbreviations = new Set(["nov", "u.s"]);
    const ss = sentences(text, { start: 0, end: text.length }, (w) => abbreviations.has(w)).map((s) => text.slice(s.start, s.end));
    expect(ss).toEqual(["Hollande meets Putin on Nov. 26 in Moscow.", "The U.S. flew 2.5 sorties.", "قال: «نعم».", "وأضاف أن 12 طائرة"]);
  });

  // Saudi and Egyptian sites often drop the space after a full stop between Arabic words.
  it.each([
    ["glued stop between words", "غمرت المياه المنطقة.وتحولت الشوارع إلى أنهار", ["غمرت المياه المنطقة.", "وتحولت الشوارع إلى أنهار"]],
    ["glued stop before a new speaker", "قال المحافظ إن الوضع صعب.وأضاف الوزير أن 30 منزلا تضررت", ["قال المحافظ إن الوضع صعب.", "وأضاف الوزير أن 30 منزلا تضررت"]],
    ["decimal", "بلغ المعدل 2.5 في المئة", ["بلغ المعدل 2.5 في المئة"]],
    ["URL", "زوروا www.example.com للمزيد", ["زوروا www.example.com للمزيد"]],
    ["one-letter abbreviation", "صرح د.محمد علي بأن الوضع مستقر", ["صرح د.محمد علي بأن الوضع مستقر"]],
    ["chained initials", "قال أ.د.سمير إن", ["قال أ.د.سمير إن"]],
    ["Latin glued stop stays", "the report.It said", ["the report.It said"]],
    ["Latin chained initials", "official D.D. Kale said", ["official D.D. Kale said"]],
  ])("%s", (_name, text, expected) => {
    const ss = sentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));
    expect(ss).toEqual(expected);
  });
});
