import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/core/text/lineIndex.js";
import { collapseSpaces, fold, normalizeStatement } from "../../src/core/text/normalize.js";
import { paragraphs, sentences } from "../../src/core/text/segment.js";
import { tokenize } from "../../src/core/text/tokenize.js";
import { md } from "../../src/core/report/escape.js";

describe("text utilities", () => {
  it("a run of full stops still ends a sentence where whitespace follows it", () => {
    const text = `First one${".".repeat(100_000)} Second one. Third`;
    const spans = sentences(text, { start: 0, end: text.length });
    expect(spans.map((s) => text.slice(s.start, s.end).slice(0, 12))).toEqual(["First one...", "Second one.", "Third"]);
  });

  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["lone CR", "\r"],
  ])("lines and columns are right with %s line endings", (_name, eol) => {
    const text = ["title", "", "قال 2289 طلعة", "😀 x 4111"].join(eol);
    const lines = new LineIndex(text);
    expect(lines.lineCount).toBe(4);
    expect(lines.locate(text.indexOf("2289"))).toEqual({ line: 3, column: 5 });
    // Columns count code points: the emoji is one column.
    expect(lines.locate(text.indexOf("4111"))).toEqual({ line: 4, column: 5 });
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(["title", "قال 2289 طلعة", "😀 x 4111"]);
  });

  it.each([
    ["trailing spaces", (l: string) => l + "   "],
    // Fixed-width exports pad every line to the page width.
    ["padding to 132 columns", (l: string) => l.padEnd(132, " ")],
    ["deep indentation", (l: string) => " ".repeat(60) + l],
  ])("a hard-wrapped text keeps its paragraphs with %s on its lines", (_name, change) => {
    const wrapped = [
      "The Russian general staff said on Friday that its aircraft had flown",
      "2,289 combat sorties since the start of the operation on September 30,",
      "destroying 4,111 sites used by the militants across several provinces",
      "of the country, including command posts, training camps and depots.",
      "",
      "Officials in Paris said the two chiefs of staff had discussed how the",
      "French and Russian navies would coordinate their strikes in the coming",
      "days, while Washington said it was not coordinating with Moscow at all.",
    ];
    const plain = wrapped.join("\n");
    const changed = wrapped.map((l) => (l ? change(l) : l)).join("\n");
    const texts = (t: string) => paragraphs(t).map((p) => t.slice(p.start, p.end).replace(/\s+/g, " "));
    expect(texts(plain)).toHaveLength(2);
    expect(texts(changed)).toEqual(texts(plain));
  });
});

