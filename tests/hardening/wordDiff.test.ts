import { diffWords } from "diff";
import { describe, expect, it } from "vitest";
import { MAX_WORD_EDITS, wordDiff } from "../../src/core/report/wordDiff.js";

const AR = "قال الوزير إن الطائرات الروسية نفذت 2289 طلعة قتالية فوق المدينة منذ بداية الشهر الماضي، ودمرت «مواقع» عدة.".split(" ");
const EN = "The minister said Russian aircraft flew 2,289 combat sorties over the city since the start of last month, destroying \"several\" sites.".split(" ");

/** A long text of `words`, and a copy with every `every`-th word replaced. */
function texts(words: string[], length: number, every: number): [string, string] {
  const a: string[] = [];
  const b: string[] = [];
  for (let i = 0; a.join(" ").length < length; i++) {
    const w = words[(i * 7) % words.length]!;
    a.push(w);
    b.push(i % every === every - 1 ? words[(i * 7 + 3) % words.length]! : w);
  }
  return [a.join(" "), b.join("  \n")];
}

const whole = (lang: string) => new Intl.Segmenter(lang, { granularity: "word" });
const ops = (changes: { value: string; added?: boolean; removed?: boolean }[]) =>
  changes.map((c) => ({ text: c.value, op: c.added ? "added" : c.removed ? "removed" : "same" }));

describe("word differences of long statements", () => {
  it.each([
    ["Arabic", AR, "ar"],
    ["English", EN, "en"],
  ])("%s: segmenting in pieces gives the same changes as segmenting the whole text", (_name, words, lang) => {
    const [a, b] = texts(words, 4_000, 25);
    const changes = wordDiff(a, b, lang);
    expect(changes.filter((c) => c.op === "same").length).toBeGreaterThan(10);
    expect(changes).toEqual(ops(diffWords(a, b, { intlSegmenter: whole(lang) })));
  });

  it.each([
    ["Arabic", AR, "ar"],
    ["English", EN, "en"],
  ])("%s: two long, similar wordings show their few changes", (_name, words, lang) => {
    const [a, b] = texts(words, 20_000, 250);
    const changes = wordDiff(a, b, lang);
    expect(changes.filter((c) => c.op === "same").length).toBeGreaterThan(10);
    expect(changes.filter((c) => c.op !== "same").map((c) => c.text).join("")).not.toBe(a + b);
  });

  it.each([
    ["Arabic", AR, "ar"],
    ["English", EN, "en"],
  ])("%s: two long wordings with more edits than a reader can follow are shown replaced whole", (_name, words, lang) => {
    const [a, b] = texts(words, 20_000, 2);
    expect(wordDiff(a, b, lang)).toEqual([
      { text: a, op: "removed" },
      { text: b, op: "added" },
    ]);
    expect(MAX_WORD_EDITS).toBeLessThan(20_000 / 10);
  });

  it("a run without spaces longer than the pieces still diffs", () => {
    const a = "1,".repeat(5_000) + " end";
    const b = "1,".repeat(5_000) + " fin";
    const changes = wordDiff(a, b, "en");
    expect(changes.map((c) => c.text).filter((_t, i) => changes[i]!.op !== "added").join("")).toBe(a);
    expect(changes.map((c) => c.text).filter((_t, i) => changes[i]!.op !== "removed").join("")).toBe(b);
  });
});
