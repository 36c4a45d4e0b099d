/**
 * LineIndex finds lines with indexOf when the text has no carriage return and no surrogate pair: it must
 * place every offset as the character loop does, on random text with and without either.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/core/text/lineIndex.js";

const PIECES = ["a", "قال", " ", "\n", "\n\n", "\r\n", "\r", "\uD83D\uDE00", "\uD83D", "\uDE00", "12", "«"];

function sameEverywhere(text: string): void {
  const fast = new LineIndex(text);
  const general = new LineIndex(text, false);
  expect(fast.lineCount).toBe(general.lineCount);
  for (let o = -1; o <= text.length + 1; o++) expect(fast.locate(o)).toEqual(general.locate(o));
  for (let l = 1; l <= general.lineCount; l++) expect(fast.lineText(l)).toBe(general.lineText(l));
}

describe("LineIndex fast path", () => {
  it.each([
    ["lines ending in \\n", "one\ntwo\n\nthree"],
    ["a trailing line break", "one\n"],
    ["no line break", "قال 12"],
    ["an emoji (general path)", "a\n\uD83D\uDE00b\nc"],
    ["carriage returns (general path)", "a\r\nb\rc"],
    ["empty", ""],
  ])("%s", (_name, text) => {
    sameEverywhere(text);
  });

  it("places every offset as the character loop does on random text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => sameEverywhere(parts.join(""))),
      { numRuns: 2000, seed: 19 },
    );
  });

  it("places every offset as the character loop does on text with only \\n line breaks", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "قال", " ", "\n", "\n\n", "12"), { maxLength: 40 }), (parts) => sameEverywhere(parts.join(""))),
      { numRuns: 1000, seed: 23 },
    );
  });
});
