/**
 * collapseSpaces returns text that needs no change as it is, without a regex pass: on random strings of
 * spaces, every kind of whitespace and invisible mark, letters, controls and lone surrogates, it must answer
 * as the plain replace-and-trim does.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseSpaces } from "../../src/core/text/normalize.js";

const reference = (s: string) => s.replace(/[\s\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/g, " ").trim();

const PIECES = [
  " ", " ", "  ", "\t", "\n", "\r\n", "\v", "\f", "\u00A0", "\u0085", "\u1680", "\u2000", "\u200A", "\u2028", "\u2029", "\u202F",
  "\u205F", "\u3000", "\uFEFF", "\u061C", "\u200B", "\u200E", "\u200F", "\u202A", "\u202E", "\u2066", "\u2069", "\u001C", "\u001F",
  "a", "Z", "7", ".", "«", "»", "قال", "٣", "\u0640", "\uD83D\uDE00", "\uD83D", "\uDE00", "\u0000", "\u007F", "\u0084", "\u0086",
];

describe("collapseSpaces", () => {
  it.each([
    ["already collapsed", "The ministry said 2,289 sorties", "The ministry said 2,289 sorties"],
    ["a double space", "a  b", "a b"],
    ["a line break", "a\nb", "a b"],
    ["leading and trailing spaces", " a b ", "a b"],
    ["plain spaces at the ends only", "   قال 12  ", "قال 12"],
    ["plain spaces at the ends, a tab inside", "  a\tb ", "a b"],
    ["plain spaces at the ends, a mark next to one", " \u200Fa b ", "a b"],
    ["a right-to-left mark between words", "قال \u200F 12", "قال 12"],
    ["a mark alone at the end", "قال\u200F", "قال"],
    ["a no-break space", "12\u00A0km", "12 km"],
    ["only spaces", " \n\t ", ""],
    ["empty", "", ""],
  ])("%s", (_name, input, expected) => {
    expect(collapseSpaces(input)).toBe(expected);
  });

  it("answers as replace-and-trim around every BMP code unit", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (collapseSpaces(s) !== reference(s)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it("answers as replace-and-trim on random strings", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const s = parts.join("");
        expect(collapseSpaces(s)).toBe(reference(s));
      }),
      { numRuns: 3000, seed: 3 },
    );
  });
});
