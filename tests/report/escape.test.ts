import { describe, expect, it } from "vitest";
import { atLineStart, hrefOf, md } from "../../src/core/report/escape.js";

describe("article text in Markdown", () => {
  it.each([
    ["HTML tags", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["table pipes", "a | b", "a \\| b"],
    ["backticks and emphasis", "`x` *y* _z_ ~~w~~", "\\`x\\` \\*y\\* \\_z\\_ \\~\\~w\\~\\~"],
    ["link syntax", "[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"],
    ["image syntax", "![x](http://e.vil/a.png)", "!\\[x\\](http:\\/\\/e.vil/a.png)"],
    ["bare URL", "see https://example.com now", "see https:\\/\\/example.com now"],
    ["a leading figure stays as written inline", "37.4% turnout", "37.4% turnout"],
    ["math", "$3m and $5bn", "\\$3m and \\$5bn"],
    ["line breaks", "one\ntwo\r\nthree", "one two three"],
    ["direction overrides", "abc\u202Edef", "abcdef"],
    ["entities", "&lt;b&gt;", "&amp;lt;b&amp;gt;"],
    ["underscores inside a word stay as they are", "file_name_2015 and _this_", "file_name_2015 and \\_this\\_"],
    ["Arabic text stays readable", "قال «نعم» 2,289", "قال «نعم» 2,289"],
  ])("%s", (_name, input, expected) => {
    expect(md(input)).toBe(expected);
  });

  it.each([
    ["heading marker", "# Breaking", "\\# Breaking"],
    ["list marker", "- item", "\\- item"],
    ["ordered list", "1. item", "1\\. item"],
    ["a figure that is not a list", "37.4% turnout", "37.4% turnout"],
  ])("at the start of a line escapes a %s", (_name, input, expected) => {
    expect(atLineStart(md(input))).toBe(expected);
  });

  it("keeps a table's column count whatever the text", () => {
    const cell = md("x | y | `z` \n| --- |");
    const row = `| a | ${cell} | c |`;
    const unescapedPipes = row.replace(/\\\|/g, "").split("|").length - 1;
    expect(unescapedPipes).toBe(4);
  });

  it("builds links that open the line and cannot become a scheme", () => {
    expect(hrefOf("../sources/a b.txt", 12)).toBe("../sources/a%20b.txt#L12");
    expect(hrefOf("../sources/note.md", 3)).toBe("../sources/note.md?plain=1#L3");
    expect(hrefOf("javascript:alert(1).txt", 1)).toBe("javascript%3Aalert%281%29.txt#L1");
    // An unbalanced parenthesis in a file name must not end the link destination early.
    expect(hrefOf("../sources/a) b*.txt", 2)).toBe("../sources/a%29%20b%2A.txt#L2");
    expect(hrefOf("../sources/مقال.txt")).toBe("../sources/%D9%85%D9%82%D8%A7%D9%84.txt");
  });
});
