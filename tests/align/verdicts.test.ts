import { describe, expect, it } from "vitest";
import type { Claim, Group, Qualifier, SourceInfo } from "../../src/core/types.js";
import { align } from "../../src/core/align/index.js";
import { intervalOf } from "../../src/core/extract/quantities/interval.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";

let n = 0;
/** A quantity claim in a sentence; the figure is marked where `text` occurs. */
function quantity(source: string, sentence: string, text: string, value: number, unit: string, qualifier?: Qualifier, granularity = 1): Claim {
  const at = sentence.indexOf(text);
  const i = intervalOf(value, qualifier, granularity);
  return {
    id: `${source}:q${++n}`,
    source,
    kind: "quantity",
    text,
    line: 1,
    column: at + 1,
    start: at,
    end: at + text.length,
    value,
    ...(Number.isFinite(i.min) ? { min: i.min } : {}),
    ...(Number.isFinite(i.max) ? { max: i.max } : {}),
    ...(qualifier ? { qualifier } : {}),
    unit,
    sentence,
    sentenceMark: [at, at + text.length],
  };
}

function run(claims: Claim[], sources: SourceInfo[]): Group[] {
  const byId = new Map(sources.map((s) => [s.id, s.lang === "ar" ? ar : en]));
  return align({ claims, sources, localeOf: (id) => byId.get(id)! });
}

const S = (id: string, published?: string, lang = "en"): SourceInfo => ({ id, path: `${id}.txt`, lang, ...(published ? { published } : {}) });

const SENTENCE_A = "The general staff said Russian aircraft had flown 2,289 combat sorties and destroyed 4,111 targets since September 30.";
const SENTENCE_B = "The general staff said Russian aircraft had flown 2,299 combat sorties and destroyed 4,111 targets since September 30.";

describe("verdicts on aligned figures", () => {
  it("two exact figures that differ in the same statement are a discrepancy, listed first", () => {
    const claims = [
      quantity("a", SENTENCE_A, "2,289", 2289, "sortie"),
      quantity("a", SENTENCE_A, "4,111", 4111, "target"),
      quantity("b", SENTENCE_B, "2,299", 2299, "sortie"),
      quantity("b", SENTENCE_B, "4,111", 4111, "target"),
    ];
    const groups = run(claims, [S("a", "2015-11-18"), S("b", "2015-11-20")]);
    expect(groups.map((g) => [g.verdict, g.unit])).toEqual([
      ["discrepancy", "sortie"],
      ["agree", "target"],
    ]);
    expect(groups[0]!.note).toContain("differ by 10");
  });

  it("nearly 2,300 and 2,289 are compatible", () => {
    const claims = [
      quantity("a", SENTENCE_A, "2,289", 2289, "sortie"),
      quantity("b", "The general staff said Russian aircraft had flown nearly 2,300 combat sorties since September 30.", "nearly 2,300", 2300, "sortie", "nearly", 100),
    ];
    expect(run(claims, [S("a"), S("b")]).map((g) => g.verdict)).toEqual(["compatible"]);
  });

  it("about 4 thousand three weeks later is a figure that moved on, not a contradiction", () => {
    const later = "Russian aircraft have flown about 4,000 combat sorties since the operation began on September 30, the general staff said.";
    const claims = [
      quantity("a", SENTENCE_A, "2,289", 2289, "sortie"),
      quantity("c", later, "about 4,000", 4000, "sortie", "approx", 1000),
    ];
    const groups = run(claims, [S("a", "2015-11-18"), S("c", "2015-12-12")]);
    expect(groups.map((g) => g.verdict)).toEqual(["changed"]);
  });

  it("the same gap without publication dates keeps the figures apart", () => {
    const later = "Russian aircraft have flown about 4,000 combat sorties since the operation began on September 30, the general staff said.";
    const claims = [quantity("a", SENTENCE_A, "2,289", 2289, "sortie"), quantity("c", later, "about 4,000", 4000, "sortie", "approx", 1000)];
    expect(run(claims, [S("a"), S("c")])).toEqual([]);
  });

  it("more than 240 thousand and 250 thousand killed are compatible; more than 240 thousand and 200 thousand are not", () => {
    const s1 = "The conflict has killed more than 240,000 people and devastated the country, monitors said.";
    const s2 = "The conflict has killed 250,000 people and devastated the country, monitors said.";
    const s3 = "The conflict has killed 200,000 people and devastated the country, monitors said.";
    expect(run([quantity("a", s1, "more than 240,000", 240000, "killed", "over", 10000), quantity("b", s2, "250,000", 250000, "killed")], [S("a"), S("b")]).map((g) => g.verdict)).toEqual(["compatible"]);
    expect(run([quantity("a", s1, "more than 240,000", 240000, "killed", "over", 10000), quantity("b", s3, "200,000", 200000, "killed")], [S("a"), S("b")]).map((g) => g.verdict)).toEqual(["discrepancy"]);
  });

  it("a day's sorties are never paired with the running total", () => {
    const day = "The ministry said aircraft flew more than 127 sorties on Tuesday and destroyed 206 targets.";
    const claims = [quantity("a", day, "more than 127", 127, "sortie", "over", 1), quantity("b", SENTENCE_B, "2,299", 2299, "sortie")];
    expect(run(claims, [S("a"), S("b")])).toEqual([]);
  });

  it("an exact discrepancy is listed before one between approximations", () => {
    const claims = [
      quantity("a", SENTENCE_A, "2,289", 2289, "sortie"),
      quantity("b", SENTENCE_B, "2,299", 2299, "sortie"),
      quantity("a", "Officials estimated that about 60,000 fighters belong to the group across Syria and Iraq.", "about 60,000", 60000, "fighter", "approx", 10000),
      quantity("b", "Officials estimated that about 80,000 fighters belong to the group across Syria and Iraq.", "about 80,000", 80000, "fighter", "approx", 10000),
    ];
    const groups = run(claims, [S("a"), S("b")]);
    expect(groups.map((g) => [g.verdict, g.unit])).toEqual([
      ["discrepancy", "sortie"],
      ["discrepancy", "fighter"],
    ]);
  });

  it("different units never meet", () => {
    const claims = [quantity("a", SENTENCE_A, "2,289", 2289, "sortie"), quantity("b", SENTENCE_A, "2,289", 2289, "strike")];
    expect(run(claims, [S("a"), S("b")])).toEqual([]);
  });
});
