/**
 * normalizeStatement drops quotes, brackets, dashes and sentence marks with one pattern; it must give what
 * the eight passes it replaces give (normalizeStatementByPatterns): around every BMP code unit, on random
 * strings of marks, spaces and letters of both scripts, and on every quoted passage of the seed articles.
 */
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeStatement, normalizeStatementByPatterns } from "../../src/core/text/normalize.js";

const PIECES = [
  " ", "  ", "\n", "\u200F", "\u00A0", "'", '"', "(", ")", "[", "]", "{", "}", "<", ">", "«", "»", ".", ",", ";", ":", "!", "?", "…", "-",
  "\u2018", "\u2019", "\u201A", "\u201B", "\u2032", "\u201C", "\u201D", "\u201E", "\u201F", "\u2033", "\u2010", "\u2013", "\u2015", "\u2212",
  "\u0640", "\u060C", "\u061B", "\u061F", "\u066B", "\uFD3E", "\uFF0C", "\u2026", "قال", "الإرهاب", "٣", "We", "WILL", "a", "7", "\uFE8D",
];

describe("normalizeStatement", () => {
  it.each([
    ["Arabic quote marks and comma", "«سنواصل الضربات، حتى النهاية»", "سنواصل الضربات حتي النهايه"],
    ["English quotes, dash and full stop", "\u201CWe will \u2014 and must \u2014 respond.\u201D", "we will and must respond"],
    ["brackets and a question mark", "(Is it) [over]?", "is it over"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeStatement(input)).toBe(expected);
    expect(normalizeStatementByPatterns(input)).toBe(expected);
  });

  it("answers as the eight passes around every BMP code unit", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b`;
      if (normalizeStatement(s) !== normalizeStatementByPatterns(s)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it("answers as the eight passes on random strings", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const s = parts.join("");
        expect(normalizeStatement(s)).toBe(normalizeStatementByPatterns(s));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it("answers as the eight passes on every line of the seed articles", () => {
    const dir = new URL("../../sources/", import.meta.url);
    let lines = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      for (const line of readFileSync(new URL(name, dir), "utf8").split("\n")) {
        expect(normalizeStatement(line)).toBe(normalizeStatementByPatterns(line));
        lines++;
      }
    }
    expect(lines).toBeGreaterThan(50);
  });
});
