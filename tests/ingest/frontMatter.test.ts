import { describe, expect, it } from "vitest";
import { readFrontMatter } from "../../src/core/frontMatter.js";

describe("front matter", () => {
  it("reads the fields and where the body starts", () => {
    const text = "---\ntitle: \"Talks in Moscow\"\noutlet: Wire\npublished: 2015-11-20\nurl: https://example.com/a\nlang: en\n---\nBody line.\n";
    const fm = readFrontMatter(text);
    expect(fm.meta).toEqual({ title: "Talks in Moscow", outlet: "Wire", published: "2015-11-20", url: "https://example.com/a", lang: "en" });
    expect(text.slice(fm.bodyStart)).toBe("Body line.\n");
    expect(fm.problems).toEqual([]);
  });

  it("works with CRLF line endings", () => {
    const fm = readFrontMatter("---\r\nlang: ar\r\n---\r\nنص");
    expect(fm.meta.lang).toBe("ar");
    expect(fm.bodyStart).toBe(20);
  });

  it.each([
    ["a date that does not exist", "published: 2015-02-30", /published/],
    ["a date in another format", "published: 20/11/2015", /published/],
    ["an unknown language", "lang: xx", /not a supported language/],
    ["broken YAML", "title: [unclosed", /not valid YAML/],
  ])("reports %s and keeps reading", (_name, line, problem) => {
    const fm = readFrontMatter(`---\n${line}\n---\nBody`);
    expect(fm.problems.join(" ")).toMatch(problem);
    expect(fm.bodyStart).toBeGreaterThan(0);
  });

  it("treats a file without front matter as all body", () => {
    expect(readFrontMatter("No front matter\n---\nhere").bodyStart).toBe(0);
  });
});
