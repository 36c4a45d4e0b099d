/** Pathological inputs: the recogniser must stay linear (no rescanning stack, no backtracking) and sane. */
import { describe, expect, it } from "vitest";
import { analyse } from "./helpers.js";

describe("pathological input", () => {
  it("bounds 200,000 unbalanced « in one paragraph with a single quote", () => {
    const text = "قال " + "«".repeat(200_000) + "إن الضربات مستمرة في كل مكان";
    const res = analyse(text, "ar");
    expect(res.quotes).toHaveLength(1);
    expect(res.quotes[0]?.unclosed).toBe(true);
    expect(res.quotes[0]?.text.endsWith("إن الضربات مستمرة في كل مكان")).toBe(true);
    expect(res.quotes[0]?.start).toBe(5);
  });

  it("ignores 50,000 stray closing marks", () => {
    const text = "»كلمة ".repeat(50_000);
    expect(analyse(text, "ar").quotes).toEqual([]);
  });

  it("ends each of 10,000 unclosed quotes at its sentence", () => {
    const text = "«لن نتراجع عن القرار. ".repeat(10_000);
    const res = analyse(text, "ar");
    expect(res.quotes).toHaveLength(10_000);
    expect(new Set(res.quotes.map((q) => q.text))).toEqual(new Set(["لن نتراجع عن القرار."]));
  });

  it.each([
    ["a million digits", "1".repeat(1_000_000)],
    ["300,000 repetitions of 1,", "1,".repeat(300_000)],
    ["20,000 reporting verbs", "قال ".repeat(20_000)],
    ["100,000 commas before a verb", "قال" + "،".repeat(100_000) + "أضاف"],
    ["a 200 kB hyphenated word before a verb", "a-".repeat(100_000) + " said"],
    ["20,000 coordinated reporting verbs", "and said ".repeat(20_000)],
    ["20,000 adverbials before reporting verbs", "on Tuesday said ".repeat(20_000)],
    ["20,000 verbs after a clause with no subject", "ثم بدا أقل تفاؤلاً، وقال ".repeat(20_000)],
  ])("gives no quote and no speaker in %s", (_name, text) => {
    const lang = /[a-z]/.test(text) ? "en" : "ar";
    const res = analyse(text, lang);
    expect(res.quotes).toEqual([]);
    expect(res.speakers.flat().every((s) => s === undefined)).toBe(true);
  });

  it("keeps every attribution in a long single line", () => {
    const sentence = "وقال وزير الخارجية الروسي سيرغي لافروف إن «روسيا مستعدة للعمل مع الجميع»، مضيفاً أن 50 طائرة شاركت. ";
    const res = analyse(sentence.repeat(2_000), "ar");
    expect(res.quotes).toHaveLength(2_000);
    expect(new Set(res.quotes.map((q) => q.speaker))).toEqual(new Set(["وزير الخارجية الروسي سيرغي لافروف"]));
    expect(new Set(res.speakers.flat())).toEqual(new Set(["وزير الخارجية الروسي سيرغي لافروف"]));
  });

  it("accepts tokens made by the caller and gives the same result", async () => {
    const { tokenize } = await import("../../src/core/text/tokenize.js");
    const { analyzeSpeech } = await import("../../src/core/extract/quotes/index.js");
    const text = "\"We are ready,\" Foreign Minister Sergei Lavrov told reporters.\n\nHe added that \"the strikes will go on\".";
    const res = analyse(text, "en");
    const tokens = res.paragraphs.map((p) => tokenize(text, p.start, p.end));
    const again = analyzeSpeech(text, res.paragraphs, res.sentences, (await import("./helpers.js")).locale("en"), tokens);
    expect(again).toEqual({ quotes: res.quotes, speakers: res.speakers, attributions: res.attributions });
  });
});
