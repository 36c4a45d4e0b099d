/**
 * The paragraph memo (extract/repeats.ts) finds a paragraph's entry by the hash of its text, then by its
 * characters compared where they stand in the article, and by the locale it is read with. Two paragraphs whose
 * texts hash the same (found by search: the 32-bit hash of "The ministry said 449599 people had left their
 * homes." is that of the same sentence with 612382) must get entries of their own, and so must one text read in
 * two languages: a shared reading handed to the wrong text would give that text's neighbour's figures.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Claim, SourceInput } from "../../src/core/types.js";
import { freshAndShared } from "./freshAndShared.js";
import { clearParagraphMemo, nextArticle, readParagraph, repeats, sharedEntry } from "../../src/core/extract/repeats.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import { tokenize } from "../../src/core/text/tokenize.js";

const FIRST = "The ministry said 449599 people had left their homes.";
const SAME_HASH = "The ministry said 612382 people had left their homes.";

/** The hash the memo files a paragraph under (repeats.ts's sharedEntry). */
function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

function article(id: string, paragraphs: readonly string[]): SourceInput {
  const head = "---\npublished: 2024-05-02\nlang: en\n---\n";
  return { id, path: `${id}.txt`, text: head + paragraphs.join("\n\n") + "\n", bodyStart: head.length, meta: { published: "2024-05-02", lang: "en" } };
}

afterEach(() => {
  repeats.on = true;
  clearParagraphMemo();
});

describe("paragraph memo: an entry is found by its text and locale, not by its hash alone", () => {
  it("the two test sentences hash the same (else the cases below test nothing)", () => {
    expect(FIRST).not.toBe(SAME_HASH);
    expect(hashOf(FIRST)).toBe(hashOf(SAME_HASH));
  });

  it("texts with the same hash get entries of their own, each with its own tokens", () => {
    clearParagraphMemo();
    const whole = `${FIRST}\n${SAME_HASH}`;
    const first = { start: 0, end: FIRST.length };
    const second = { start: FIRST.length + 1, end: whole.length };
    nextArticle();
    expect(sharedEntry(whole, first, en)).toBeUndefined();
    expect(sharedEntry(whole, second, en)).toBeUndefined();
    nextArticle();
    const a = sharedEntry(whole, first, en);
    const b = sharedEntry(whole, second, en);
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(b).not.toBe(a);
    // Asked again, each text finds its own entry, whichever of the two was filed last.
    expect(sharedEntry(whole, first, en)).toBe(a);
    expect(sharedEntry(whole, second, en)).toBe(b);
    const tokens = (span: { start: number; end: number }, entry: typeof a) => readParagraph(whole, span, entry).tokens;
    tokens(first, a);
    tokens(second, b);
    expect(tokens(second, b)).toEqual(tokenize(whole, second.start, second.end));
    expect(tokens(first, a)).toEqual(tokenize(whole, first.start, first.end));
  });

  it("one text read in two languages gets an entry per language", () => {
    clearParagraphMemo();
    const span = { start: 0, end: FIRST.length };
    nextArticle();
    sharedEntry(FIRST, span, en);
    nextArticle();
    const english = sharedEntry(FIRST, span, en);
    const arabic = sharedEntry(FIRST, span, ar);
    expect(english).toBeDefined();
    expect(arabic).toBeDefined();
    expect(arabic).not.toBe(english);
  });

  it("articles holding the two sentences give the claims of a fresh reading, in both orders", () => {
    const a = article("first", [FIRST, "Aid arrived on Friday."]);
    const b = article("second", [SAME_HASH, "Aid arrived on Friday."]);
    const values = (claims: readonly Claim[]) => claims.filter((c) => c.kind === "quantity").map((c) => c.value);
    const { fresh } = freshAndShared([a, b, a, b, a]);
    expect(values(fresh[0]!)).toEqual([449599]);
    expect(values(fresh[1]!)).toEqual([612382]);
  });
});
