import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import { tokenize } from "../../src/core/text/tokenize.js";
import { findDates } from "../../src/core/extract/dates/index.js";
import type { Locale } from "../../src/core/lang/types.js";

/** The seed articles joined on one line and repeated to `size` characters. */
function seedLine(size: number): string {
  const dir = new URL("../../sources/", import.meta.url);
  let line = readdirSync(dir).sort().map((f) => readFileSync(new URL(f, dir), "utf8").replace(/\s+/g, " ")).join(" ");
  while (line.length < size) line += " " + line;
  return line;
}

function run(text: string, locale: Locale, published = "2015-11-20") {
  return findDates(text, tokenize(text), locale, { published });
}

// Inputs that make a backtracking or rescanning recogniser quadratic; a linear one finishes them at once.
describe("dates on hostile input", () => {
  it.each<[string, () => string, Locale, number]>([
    ["300,000 repetitions of '1,'", () => "1,".repeat(300_000), en, 0],
    ["a million digits", () => "7".repeat(1_000_000), ar, 0],
    // 50,000 repetitions: a quadratic scan would not finish them within the test timeout.
    ["day numbers without a month", () => "30 ".repeat(50_000), ar, 0],
    ["a list that never reaches its month", () => "13 و".repeat(50_000), ar, 0],
    ["a list too long to be dates", () => "1, ".repeat(100_000) + "2 November", en, 0],
    ["slashes that never make a date", () => "1/".repeat(300_000), en, 0],
    ["year separators", () => "2015-".repeat(50_000), en, 0],
    ["months with no day or cue", () => "Nov. ".repeat(50_000), en, 0],
    ["a date repeated on one line", () => "30 أيلول الماضي ".repeat(30_000), ar, 30_000],
    // Weekdays read the words around them for a tense: a bounded window, whatever lies beyond it.
    // 20,000 repetitions: enough for a quadratic scan to time out, few enough to keep the suite quick.
    ["weekdays with no tense to read", () => "on Thursday ".repeat(20_000), en, 0],
    ["weekdays dated by tense", () => "they met on Thursday ".repeat(20_000), en, 20_000],
    ["marks before a weekday", () => ", ".repeat(300_000) + "they met on Thursday", en, 1],
    ["day offsets", () => "مساء أمس الخميس ".repeat(20_000), ar, 20_000],
    ["Hijri months with no day or year", () => "ذو الحجة ".repeat(20_000), ar, 0],
    ["clock times after a date", () => "5 July 2025 " + "10:30 ".repeat(100_000), en, 1],
    ["ordinal days", () => "on the 7th ".repeat(20_000), en, 0],
    ["a 2 MB line of article text", () => seedLine(2_000_000), ar, -1],
  ])("%s", (_name, make, locale, count) => {
    const found = run(make(), locale);
    if (count >= 0) expect(found).toHaveLength(count);
    else expect(found.length).toBeGreaterThan(0);
  });

  it("gives the same answer on every run", () => {
    const text = "في 13 و14 تشرين الثاني (نوفمبر) و30 ايلول/سبتمبر الماضي، وعام 2014، و2015-11-26 ".repeat(50);
    expect(run(text, ar)).toEqual(run(text, ar));
  });

  it("ignores an invalid publication date rather than inventing a year", () => {
    expect(findDates("في 30 أيلول", tokenize("في 30 أيلول"), ar, { published: "2015-02-30" })[0]?.value).toBe("--09-30");
  });

  it("reads only the tokens it is given (one paragraph of a larger text)", () => {
    const text = "في 30 أيلول\nفي 26 تشرين الثاني";
    const second = findDates(text, tokenize(text, 12, text.length), ar, { published: "2015-11-20" });
    expect(second.map((m) => [m.start, m.text])).toEqual([[15, "26 تشرين الثاني"]]);
  });
});
