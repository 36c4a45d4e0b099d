/**
 * sensesOf answers "which unit senses does this article call for" from a per-word-id memo of cue bits; it
 * must give the same senses, in the same order (assemble reads them in insertion order), as asking every
 * sense's cue lexicon of every word.
 */
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import type { Locale } from "../../src/core/lang/types.js";
import { tokenize } from "../../src/core/text/tokenize.js";
import { sensesOf, sensesOfEach, unitLexicons } from "../../src/core/extract/quantities/units.js";

/**
 * A locale with several senses (English has none), so that order and more than one bit are exercised: "dead"
 * cues two of them at once.
 */
const enSenses: Locale = {
  ...en,
  quantities: {
    ...en.quantities,
    senses: [
      { unit: "case", forms: ["case", "cases"], cues: ["infected", "outbreak", "virus"] },
      { unit: "killed", forms: ["victim", "victims"], cues: ["killed", "dead", "death toll"] },
      { unit: "vote", forms: ["ballot", "ballots"], cues: ["election", "voted", "polls", "dead"] },
    ],
  },
};
const arSenses: Locale = {
  ...ar,
  quantities: {
    ...ar.quantities,
    senses: [
      ...(ar.quantities.senses ?? []),
      { unit: "vote", forms: ["صوت", "أصوات"], cues: ["انتخابات", "الاقتراع", "صوتوا"] },
    ],
  },
};

function cueWords(locale: Locale): string[] {
  return (locale.quantities.senses ?? []).flatMap((s) => s.cues.flatMap((c) => c.split(" ")));
}

const SEEDS = readdirSync("sources")
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(`sources/${f}`, "utf8"));

describe.each([
  ["ar", ar],
  ["ar with two senses", arSenses],
  ["en with three senses", enSenses],
] as const)("sensesOf by word id (%s)", (_name, locale) => {
  const lex = unitLexicons(locale);
  const same = (paras: string[]) => {
    const tokensOf = paras.map((p) => tokenize(p));
    expect([...sensesOf(tokensOf, locale)]).toEqual([...sensesOfEach(tokensOf, lex, new Set())]);
  };

  it("has senses to find", () => {
    expect(lex.senses.length).toBeGreaterThan(0);
  });

  it("finds the same senses in the same order on random paragraphs of cue words", () => {
    const words = [...cueWords(locale), ...locale.clitics.prefixes.map((p) => p + cueWords(locale)[0]), "the", "في", "2015", ",", "،"];
    const prefixes = ["", "", ...locale.clitics.prefixes];
    const word = fc.tuple(fc.constantFrom(...prefixes), fc.constantFrom(...words)).map(([p, w]) => p + w);
    fc.assert(fc.property(fc.array(fc.array(word, { maxLength: 10 }).map((ws) => ws.join(" ")), { maxLength: 5 }), same), { numRuns: 300 });
  });

  it("finds the same senses on the seed articles, whole and paragraph by paragraph", () => {
    for (const text of SEEDS) {
      same([text]);
      same(text.split("\n"));
    }
  });
});
