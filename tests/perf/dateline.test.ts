/**
 * isDateline() skips its place-name patterns on a text before the date longer than they can match
 * (align/dateline.ts, BEFORE_MAX and BEFORE_BARE_MAX): it must answer as the patterns run on every text do.
 * Places of every length up to past both bounds, letters inside and outside the BMP (two UTF-16 units each),
 * trailing white space of several kinds; a bound one unit too short fails here.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Claim } from "../../src/core/types.js";
import { isDateline } from "../../src/core/align/dateline.js";

// The patterns of dateline.ts, run on every text.
const BEFORE = /^\p{L}[\p{L}\p{M} .,'’]{0,40}(?:[,،]|\s[-–—])\s*$/u;
const BEFORE_BARE = /^\p{L}[\p{L}\p{M} '’]{0,30}\s$/u;
const AFTER = /^\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]/u;
const AFTER_OUTLET = /^\s*\([^()\n]{1,40}\)\s*[-–—]/u;

function reference(c: Claim): boolean {
  if (c.kind !== "date" || c.relative || !/-\d{2}-\d{2}$/.test(String(c.value))) return false;
  const [start, end] = c.sentenceMark;
  const before = c.sentence.slice(0, start);
  const after = c.sentence.slice(end, end + 60);
  if (/^\s*$/u.test(before)) return AFTER_OUTLET.test(after);
  if (BEFORE.test(before)) return AFTER.test(after);
  return BEFORE_BARE.test(before) && AFTER_OUTLET.test(after);
}

function dateAfter(before: string, after: string): Claim {
  const text = "July 4";
  const sentence = before + text + after;
  const at = before.length;
  return { id: "a:d1", source: "a", kind: "date", text, line: 1, column: at + 1, start: at, end: at + text.length, value: "2024-07-04", sentence, sentenceMark: [at, at + text.length] };
}

// Letters of one and two UTF-16 units, marks, and what else the place patterns allow.
const letter = fc.constantFrom("A", "z", "ب", "م", "𝐀", "𐐷", "é");
const inside = fc.constantFrom("A", "ب", "𝐀", "\u064E", " ", ".", ",", "'", "’");
const separator = fc.constantFrom(",", "،", " -", " –", "\u00A0—", " ");
const trailing = fc.constantFrom("", " ", "  ", "\u00A0", "\u2003", "\n", " \t");
const afterText = fc.constantFrom(" (Meridian) - text", " - text", " (UPI) -- more", " said the minister", "");

describe("isDateline with its length bounds", () => {
  it("answers as the patterns run on every text", () => {
    fc.assert(
      fc.property(letter, fc.array(inside, { maxLength: 48 }), separator, trailing, afterText, (first, rest, sep, space, after) => {
        const c = dateAfter(first + rest.join("") + sep + space, after);
        expect(isDateline(c)).toBe(reference(c));
      }),
      { numRuns: 4000 },
    );
  });

  it("places right at the bounds, in letters of one and two units", () => {
    for (const unit of ["A", "𝐀"]) {
      for (let n = 25; n <= 45; n++) {
        for (const sep of [",", " -", " "]) {
          for (const space of ["", " ", "  \u00A0"]) {
            for (const after of [" (Meridian) - text", " - text"]) {
              const c = dateAfter(unit + unit.repeat(n) + sep + space, after);
              expect(isDateline(c), `${n} × ${unit}${JSON.stringify(sep + space)}`).toBe(reference(c));
            }
          }
        }
      }
    }
  });
});
