import { describe, expect, it } from "vitest";
import { codeSpan, md, printable } from "../../src/core/report/escape.js";
import { renderMarkdown } from "../../src/core/report/markdown.js";
import type { Analysis, Claim, Group, SourceInfo } from "../../src/core/types.js";
import { foreignHtml, schemeLinks, strayBlocks, tableProblems } from "./markdownCheck.js";

/** Article text an attacker (or a careless paste) could put anywhere a claim's words land. */
const HOSTILE = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "a | b || c",
  "`code` ``more``",
  "[click](javascript:alert(1))",
  "<javascript:alert(1)>",
  "![img](https://e.vil/x.png)",
  "# heading",
  "> quote",
  "- item",
  "1. item",
  "line one\n\n# injected heading\n| x | y |",
  "cell \\| escaped \\\\| double",
  "<!-- comment -->",
  "&lt;b&gt;entity&lt;/b&gt;",
  "www.e.vil and https://e.vil/path",
  "**bold** _it_ ~~strike~~ $x$",
  "\u202Egnp.exe\u202C",
  "\u001b[31mred\u001b[0m",
  "قال «نعم | لا» <b>2289</b>",
];

function analysisOf(texts: string[]): Analysis {
  const sources: SourceInfo[] = [
    { id: "a|<b>", path: "src/a|<b>.txt", title: "# Title | <i>x</i>", outlet: "[o](javascript:x)", published: "2015-11-18", lang: "en" },
    { id: "b `x`", path: "src/b `x`.md", lang: "ar" },
  ];
  const claims: Claim[] = [];
  const groups: Group[] = [];
  texts.forEach((t, i) => {
    const sentence = `Before ${t} after.`;
    const mk = (source: string, n: number, kind: Claim["kind"]): Claim => ({
      id: `${source}:${kind[0]}${i * 2 + n}`,
      source,
      kind,
      text: t,
      line: i + 1,
      column: 1,
      start: 0,
      end: t.length,
      value: kind === "quote" ? t.toLowerCase() : kind === "date" ? "2015-11-26" : 2289 + n,
      ...(kind === "quantity" ? { noun: t, unit: i % 2 ? "sortie" : undefined } : {}),
      speaker: t,
      sentence,
      sentenceMark: [7, 7 + t.length],
    });
    const kind: Claim["kind"] = (["quantity", "date", "quote"] as const)[i % 3]!;
    const a = mk("a|<b>", 0, kind);
    const b = mk("b `x`", 1, kind);
    if (kind === "quote") b.value = `${t} changed`;
    claims.push(a, b);
    const verdict = (["discrepancy", "agree", "compatible", "changed"] as const)[i % 4]!;
    groups.push({ id: `g${i + 1}`, kind, verdict, claims: [a.id, b.id], note: t, severity: 1 });
    // A claim only one source makes, listed in the single-source tables.
    claims.push({ ...mk("a|<b>", 9, kind), id: `a|<b>:s${i}` });
  });
  return {
    sources,
    claims,
    groups,
    warnings: [
      { path: "src/evil\n# name `x`.txt", message: "<script>x</script> | y" },
      { path: "src/\u001b[2Jclear.txt", message: "binary file, not an article; skipped" },
    ],
  };
}

describe("a report built from hostile article text", () => {
  const report = renderMarkdown(analysisOf(HOSTILE), { sourceLink: (s) => `../${s.path}` });

  it("keeps every table's column count", () => {
    expect(report).toContain("| Source | Published | Value | Where | Speaker |");
    expect(tableProblems(report)).toEqual([]);
  });

  it("contains no HTML from articles, only the report's own tags", () => {
    expect(foreignHtml(report)).toEqual([]);
    expect(report).toContain("&lt;script&gt;");
  });

  it("has no link with a scheme", () => {
    expect(schemeLinks(report)).toEqual([]);
  });

  it("starts no block the report did not mean", () => {
    expect(strayBlocks(report)).toEqual([]);
  });

  it("carries no control or direction-override characters", () => {
    expect(report).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
  });

  it("shows a hostile file name in the warnings as one literal line", () => {
    const lines = report.split("\n").filter((l) => l.includes("evil"));
    expect(lines).toEqual(["- ``src/evil\\u{000A}# name `x`.txt``: &lt;script&gt;x&lt;/script&gt; \\| y"]);
  });

  it("the checks themselves catch what they look for", () => {
    expect(tableProblems("| a | b |\n|---|---|\n| x | y | z |\n")).toHaveLength(1);
    expect(foreignHtml("text <script>x</script> `<i>`")).toEqual(["<script", "</script"]);
    expect(schemeLinks("[x](javascript:alert(1)) \\[y](javascript:z) see www.e.vil")).toEqual(["javascript:alert(1", "www.e.vil"]);
    expect(strayBlocks("# Crosscheck report\n# injected\n> **a**\n> plain\n> # quoted heading\n> <b>1</b> x\n> <div>")).toEqual([
      "# injected",
      "> # quoted heading",
      "> <div>",
    ]);
  });
});

describe("file names and messages as one visible line", () => {
  it.each([
    ["a newline", "a\nb.txt", "a\\u{000A}b.txt"],
    ["a carriage return", "a\rb", "a\\u{000D}b"],
    ["a terminal escape", "\u001b[2Jx", "\\u{001B}[2Jx"],
    ["a direction override", "evil\u202Etxt.exe", "evil\\u{202E}txt.exe"],
    ["a line separator", "a\u2028b", "a\\u{2028}b"],
    ["Arabic and spaces kept", "مقال 1.txt", "مقال 1.txt"],
  ])("%s", (_name, input, expected) => {
    expect(printable(input)).toBe(expected);
  });

  it.each([
    ["plain", "src/a.txt", "`src/a.txt`"],
    ["backticks inside", "a`b``c", "```a`b``c```"],
    ["backtick at the edge", "`a", "`` `a ``"],
    ["a newline", "a\nb", "`a\\u{000A}b`"],
  ])("code span: %s", (_name, input, expected) => {
    expect(codeSpan(input)).toBe(expected);
  });

  it("md() output never spans lines", () => {
    for (const t of HOSTILE) expect(md(t)).not.toMatch(/[\r\n]/);
  });
});
