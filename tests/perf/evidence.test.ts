/**
 * Evidence is cut without collapsing each piece when its sentence holds single plain spaces only
 * (EvidenceCutter's fast path): it must give the same sentence and mark as the general path, on random text
 * (every kind of whitespace and mark, double spaces, spaces at the ends, long sentences cut to a window) and
 * on every sentence of the seed articles, asked in order as the extractor does.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EvidenceCutter } from "../../src/core/extract/evidence.js";
import { singleSpaced } from "../../src/core/text/normalize.js";
import { paragraphs, sentences } from "../../src/core/text/segment.js";

const PIECES = [" ", " ", " ", "  ", "\t", "\n", "\u00A0", "\u200F", "\u061C", "\uFEFF", "\u3000", "word", "قال", "12", ".", "«", "»", "a", "ب", "\uD83D\uDE00"];

describe("EvidenceCutter", () => {
  it.each([
    ["single spaces", "He said 12 people died.", true],
    ["a space at each end", " He said 12 ", true],
    ["a double space", "He said  12", false],
    ["a line break", "He said\n12", false],
    ["a right-to-left mark", "قال\u200F 12", false],
    ["a no-break space", "12\u00A0km", false],
    ["empty", "", true],
  ])("singleSpaced: %s", (_name, text, expected) => {
    expect(singleSpaced(text, 0, text.length)).toBe(expected);
  });

  it("singleSpaced refuses exactly the characters collapseSpaces acts on, in every block", () => {
    const pattern = /[\s\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (c !== 32 && singleSpaced(`a${ch}b`, 0, 3) === pattern.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it("cuts as the general path on random text, claims asked in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 400 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
        (parts, picks) => {
          const text = parts.join("");
          const fast = new EvidenceCutter(text);
          const general = new EvidenceCutter(text, false);
          for (const pick of picks) {
            const [a, b, c, d] = pick.map((x) => x % (text.length + 1)).sort((x, y) => x - y) as [number, number, number, number];
            // Context [a, d), claim [b, c), and a claim sharing the context: the memo's second use.
            expect(fast.evidence({ start: a, end: d }, b, c)).toEqual(general.evidence({ start: a, end: d }, b, c));
            expect(fast.evidence({ start: a, end: d }, c, d)).toEqual(general.evidence({ start: a, end: d }, c, d));
          }
        },
      ),
      { numRuns: 2000, seed: 5 },
    );
  });

  it("cuts as the general path on every sentence of the seed articles", () => {
    const dir = new URL("../../sources/", import.meta.url);
    let checked = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
      const text = readFileSync(new URL(name, dir), "utf8");
      const fast = new EvidenceCutter(text);
      const general = new EvidenceCutter(text, false);
      for (const para of paragraphs(text)) {
        for (const s of sentences(text, para)) {
          // Claims at a few places of the sentence, with the spaces around words included or not.
          const len = s.end - s.start;
          for (const [x, y] of [[0, 3], [len >> 2, (len >> 2) + 5], [len >> 1, len], [len - 4, len]] as const) {
            const start = Math.max(s.start, s.start + x);
            const end = Math.min(s.end, Math.max(start, s.start + y));
            expect(fast.evidence(s, start, end)).toEqual(general.evidence(s, start, end));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
