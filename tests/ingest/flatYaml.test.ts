import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { readFlatYaml } from "../../src/core/flatYaml.js";
import { readFrontMatter } from "../../src/core/frontMatter.js";

/** What the library makes of the text: its data ({} for an empty document), or "error". */
function library(text: string): unknown {
  try {
    return parseYaml(text, { schema: "core", uniqueKeys: false, logLevel: "silent" }) ?? {};
  } catch {
    return "error";
  }
}

const KEYS = ["title", "outlet", "published", "url", "lang", "x-y", "a_b", "True", "null", "1a", "a b", "__proto__", "-k", "#k", "k#", "?k", "%k", "ti:tle", ""];
const SEPARATORS = [": ", ":", ":  ", " : ", ":\t", ": \t", "::", ": "];
const PIECES = [
  "Talks", "in", "Moscow", "تنسيق", "روسي", "«داعش»", "Outlet 0", "2015-11-16", "2015-02-30", "20/11/2015", "2015", "12.5", "-5", "+1",
  "0x1F", "0o17", "1e3", ".inf", ".5", "true", "False", "null", "~", "NULL", "", " ", "  ", "\t", '"', "'", "''", "\\", "\\n", "#", " #c",
  ":", ": ", "a: b", "[1, 2]", "{a: 1}", ",", "&a", "*a", "!tag", "|", ">", "-", "- x", "?", "@", "`", "%", "https://example.com/a?b=1#c",
  "\u00A0", "\u200F", "\u2028", "\u0085", "\u0001", "\u007F", "\uFEFF", "😀", "\uD800", "C#", "it's", 'say "hi"',
];

/** Mostly what a real header holds, now and then something else, so that both readers are reached often. */
function often<T>(usual: readonly T[], rare: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...usual) }, { weight: 1, arbitrary: fc.constantFrom(...rare) });
}
const value = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }).map((ps) => ps.join(""));
const quoted = fc.tuple(fc.constantFrom('"', "'"), value).map(([q, v]) => q + v + q);
const entry = fc.tuple(
  often(KEYS.slice(0, 7), KEYS.slice(7)),
  often([": "], SEPARATORS),
  fc.oneof(value, quoted),
  often([""], [" ", "\t", " # note", "#x"]),
);
const line = fc.oneof(
  { weight: 8, arbitrary: entry.map(([k, s, v, tail]) => k + s + v + tail) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "# a comment", "  continued", "\tx", "- item", "key: |", "  block", "...", "%YAML 1.2") },
);
const header = fc.tuple(fc.array(line, { maxLength: 4 }), fc.constantFrom("\n", "\r\n")).map(([ls, eol]) => ls.join(eol));

describe("flat front matter reader", () => {
  it("gives what the yaml library gives, whenever it answers", () => {
    let answered = 0;
    fc.assert(
      fc.property(header, (text) => {
        const flat = readFlatYaml(text);
        if (flat === undefined) return;
        answered++;
        expect(library(text)).toEqual(flat);
      }),
      { numRuns: 5000 },
    );
    // The generator must reach the fast path often enough for the comparison to mean something.
    expect(answered).toBeGreaterThan(1000);
  });

  it.each([
    ["plain and quoted fields", 'title: "تنسيق روسي ـ فرنسي"\npublished: 2015-11-16\nlang: ar\noutlet: Outlet 0', { title: "تنسيق روسي ـ فرنسي", published: "2015-11-16", lang: "ar", outlet: "Outlet 0" }],
    ["CRLF and a whole-line comment", "lang: en\r\n# inferred\r\nurl: 'https://example.com/a'", { lang: "en", url: "https://example.com/a" }],
    ["an empty value and a null word", "title:\noutlet: ~", { title: null, outlet: null }],
    ["a repeated key, the later value", 'outlet: "Wire"\nlang: ar\noutlet: Outlet 0', { outlet: "Outlet 0", lang: "ar" }],
    ["no fields", "", {}],
  ])("reads %s", (_name, text, expected) => {
    expect(readFlatYaml(text)).toEqual(expected);
    expect(library(text)).toEqual(expected);
  });

  it.each([
    ["a number", "published: 2015"],
    ["a boolean", "title: true"],
    ["a comment after a value", "title: Talks # draft"],
    ["a continued plain value", "title: Talks\n  in Moscow"],
    ["an escape", 'title: "a\\tb"'],
    ["a doubled single quote", "title: 'it''s'"],
    ["a flow sequence", "title: [a, b]"],
    ["a block scalar", "title: |\n  text"],
    ["an anchor", "title: &t Talks"],
    ["an indented line", " title: Talks"],
    ["a nested key", "title: a: b"],
  ])("leaves %s to the library", (_name, text) => {
    expect(readFlatYaml(text)).toBeUndefined();
  });

  it("reads the seed articles' front matter itself, to the same fields", () => {
    const dir = path.resolve(__dirname, "../../sources");
    const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(path.join(dir, f), "utf8");
      const inner = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]!;
      const flat = readFlatYaml(inner);
      expect(flat, f).toBeDefined();
      expect(library(inner)).toEqual(flat);
      expect(readFrontMatter(text).meta.lang).toBe("ar");
    }
  });
});
