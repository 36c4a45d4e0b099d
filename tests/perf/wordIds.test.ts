/**
 * PhraseLexicon keeps which clitic prefixes open a phrase per word id (Token.id) instead of per folded word; a
 * token without an id (-1, as digit runs have) takes the map. Both must find the same phrases. WordMemo keeps
 * other answers per word the same way and must give what its function gives.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import { PhraseLexicon } from "../../src/core/lang/lexicon.js";
import { renewWordIds, tokenize, type Token } from "../../src/core/text/tokenize.js";
import { WordMemo } from "../../src/core/text/wordMemo.js";

/** Phrases of one and more words, some sharing a first word, with values to tell them apart. */
const PHRASES: Record<string, string[]> = {
  ar: ["قال", "أكد", "وزير الخارجية", "وزير الدفاع الروسي", "أكثر من", "تشرين الثاني", "في المئة", "بحسب", "الثاني"],
  en: ["said", "told", "foreign minister", "per cent", "more than", "U.S.", "according to", "according", "%"],
};
const EXTRA: Record<string, string[]> = {
  ar: ["الوزير", "من", "في", "و", "المئة", "والوزير", "بال", "،", "2015"],
  en: ["the", "minister", "than", "S", ".", "1", "Said", "TOLD", ","],
};

/** The same tokens, each without its id. */
function withoutIds(tokens: readonly Token[]): Token[] {
  return tokens.map((t) => ({ ...t, id: -1 }));
}

describe.each([
  ["ar", ar],
  ["en", en],
] as const)("phrase matching by word id (%s)", (code, locale) => {
  const lex = new PhraseLexicon(PHRASES[code]!.map((p, i) => [p, i] as const), locale.clitics);
  const prefixes = ["", "", "", ...locale.clitics.prefixes];
  const words = [...PHRASES[code]!.flatMap((p) => p.split(" ")), ...EXTRA[code]!];

  it("finds the same phrase at every token, with ids and without", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...prefixes), fc.constantFrom(...words)), { maxLength: 12 }), (pieces) => {
        const text = pieces.map(([p, w]) => p + w).join(" ");
        const tokens = tokenize(text);
        const bare = withoutIds(tokens);
        for (let i = 0; i < tokens.length; i++) {
          // Asked twice with ids: the second answer comes from the memo.
          expect(lex.matchAt(tokens, i)).toEqual(lex.matchAt(bare, i));
          expect(lex.matchAt(tokens, i)).toEqual(lex.matchAt(bare, i));
        }
      }),
      { numRuns: 400 },
    );
  });

  it.each(PHRASES[code]!.map((p, i) => [p, i] as const))("matches %s as written, by id", (phrase, value) => {
    const tokens = tokenize(`${phrase} ${phrase}`);
    expect(lex.matchAt(tokens, 0)?.value).toBe(value);
    expect(lex.matchAt(tokens, 0)?.value).toBe(value);
  });
});

describe("WordMemo", () => {
  it("answers each token as its function answers the folded form, first time and after", () => {
    const answer = (norm: string) => (norm.length * 7 + (norm.codePointAt(0) ?? 0)) % 255;
    const memo = new WordMemo(answer);
    fc.assert(
      fc.property(fc.array(fc.constantFrom("Said", "said", "SAID", "قال", "وقال", "قـال", "2015", "٢٠١٥", "،", ".", "told", "x"), { maxLength: 20 }), (words) => {
        for (const t of tokenize(words.join(" "))) {
          expect(memo.get(t)).toBe(answer(t.norm));
          expect(memo.get(t)).toBe(answer(t.norm));
          expect(memo.get({ ...t, id: -1 })).toBe(answer(t.norm));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("tells tokens of different folded forms apart", () => {
    const memo = new WordMemo((norm) => (norm === "said" ? 1 : 0));
    const [a, b, c] = tokenize("SAID sad said");
    expect([memo.get(a!), memo.get(b!), memo.get(c!)]).toEqual([1, 0, 1]);
  });

  it("answers from scratch after word ids start again (an id then names another word)", () => {
    const memo = new WordMemo((norm) => (norm === "said" ? 1 : 0));
    const lex = new PhraseLexicon([["said", true] as const], en.clitics);
    renewWordIds(true);
    const said = tokenize("said")[0]!;
    expect(memo.get(said)).toBe(1);
    expect(lex.matchAt([said], 0)?.value).toBe(true);
    renewWordIds(true);
    const other = tokenize("sad")[0]!;
    expect(other.id).toBe(said.id);
    expect(memo.get(other)).toBe(0);
    expect(lex.matchAt([other], 0)).toBeUndefined();
  });
});

