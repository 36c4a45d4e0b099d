/**
 * WordLexicon.match remembers its answer for words not in the list as written, per way of asking (prefixes,
 * suffixes). A remembered answer must be the one a lexicon asked for the first time gives, whatever was asked
 * before and in whichever way.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import { WordLexicon } from "../../src/core/lang/lexicon.js";
import { fold } from "../../src/core/text/normalize.js";

const FORMS: Record<string, string[]> = {
  ar: ["قتيل", "جريح", "هدف", "طائرة", "ركاب", "مليون", "ألف", "الرئيس", "وزير"],
  en: ["killed", "wounded", "target", "aircraft", "passengers", "million", "thousand", "president", "minister"],
};

describe.each([
  ["ar", ar],
  ["en", en],
] as const)("WordLexicon.match with its memo (%s)", (code, locale) => {
  const entries = FORMS[code]!.map((f, i) => [f, i] as const);
  const { prefixes, suffixes } = locale.clitics;
  const word = fc
    .tuple(fc.constantFrom("", "", ...prefixes), fc.constantFrom(...FORMS[code]!, "x", "ab", "كتاب"), fc.constantFrom("", "", ...suffixes, "ها"))
    .map(([p, w, s]) => fold(p + w + s));
  const way = fc.record({ prefixes: fc.boolean(), suffixes: fc.boolean() });

  it("has clitics to strip", () => {
    expect(prefixes.length + suffixes.length).toBeGreaterThan(0);
  });

  it("answers every question as a lexicon asked for the first time does", () => {
    const used = new WordLexicon(entries, locale.clitics);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, way), { minLength: 1, maxLength: 30 }), (questions) => {
        for (const [w, options] of questions) {
          const fresh = new WordLexicon(entries, locale.clitics);
          expect(used.match(w, options)).toEqual(fresh.match(w, options));
          expect(used.match(w, options)).toEqual(fresh.matchStripped(w, options.prefixes, options.suffixes) ?? (fresh.get(w) !== undefined ? { value: fresh.get(w), prefix: "", suffix: "" } : undefined));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("finds glued forms and tells the ways of asking apart", () => {
    const lex = new WordLexicon(entries, locale.clitics);
    const byPrefix = prefixes.length > 0;
    const clitic = fold(byPrefix ? prefixes[0]! : suffixes[0]!);
    const glued = byPrefix ? clitic + fold(FORMS[code]![0]!) : fold(FORMS[code]![0]!) + clitic;
    const without = byPrefix ? { prefixes: false } : { suffixes: false };
    expect(lex.match(glued, without)).toBeUndefined();
    expect(lex.match(glued)?.value).toBe(0);
    expect(lex.match(glued, without)).toBeUndefined();
    expect(byPrefix ? lex.match(glued)?.prefix : lex.match(glued)?.suffix).toBe(clitic);
  });
});
