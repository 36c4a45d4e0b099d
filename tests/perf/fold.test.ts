/**
 * fold() tells whether a string holds a non-ASCII digit by a table scan instead of a pattern: it must fold
 * as the pattern-driven version does, around every BMP code unit and on random strings holding digits of
 * many scripts, inside and outside the BMP (those are left to the pattern), and surrogates alone.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digitValue } from "../../src/core/text/chars.js";
import { fold, foldArabic } from "../../src/core/text/normalize.js";

function referenceFold(s: string): string {
  if (!/[^\x00-\x7F]/.test(s)) return s.toLowerCase();
  let out = /[\u00A0-\u00BF\u2000-\u2BFF\u3000-\u33FF\uFB00-\uFFEF]/.test(s) ? s.normalize("NFKC") : s;
  out = foldArabic(out.toLowerCase());
  if (/[\u0660-\u0669\u06F0-\u06F9]|(?![0-9])\p{Nd}/u.test(out)) {
    out = out.replace(/\p{Nd}/gu, (d) => {
      const v = digitValue(d.charCodeAt(0));
      return v >= 0 ? String(v) : d;
    });
  }
  return out;
}

const PIECES = ["a", "Z", "7", " ", "قال", "٣", "۴", "१", "৫", "０", "\uD835\uDFCE", "\uD801\uDCA0", "\uD83D\uDE00", "\uD835", "\uDFCE", "ß", "İ", "«", "ﻻ"];

describe("fold and non-ASCII digits", () => {
  it.each([
    ["Arabic-Indic digits", "قُتل ١٢٣ شخصاً", "قتل 123 شخصا"],
    ["Persian digits", "۱۲", "12"],
    ["Devanagari digits (no value known: kept)", "१२", "१२"],
    ["ASCII only", "ABC 12", "abc 12"],
  ])("%s", (_name, input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it("folds as the pattern does around every BMP code unit", () => {
    const wrong: number[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      const s = `ب${String.fromCharCode(c)}1`;
      if (fold(s) !== referenceFold(s)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it("folds as the pattern does on random strings", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (parts) => {
        const s = parts.join("");
        expect(fold(s)).toBe(referenceFold(s));
      }),
      { numRuns: 3000, seed: 13 },
    );
  });
});
