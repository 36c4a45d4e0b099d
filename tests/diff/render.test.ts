import { describe, expect, it } from "vitest";
import { diffSnapshots, type Snapshot } from "../../src/core/diff/index.js";
import { renderDiffMarkdown } from "../../src/core/diff/markdown.js";
import { renderDiffJson } from "../../src/core/diff/json.js";
import { escapeData, escapeProperty, renderDiffGithub } from "../../src/core/diff/github.js";
import { normalizeStatement } from "../../src/core/text/normalize.js";
import { article, filler, group, snapshot, type SentenceSpec } from "./helpers.js";

const QUOTE = "We must draw up a plan for joint operations";
const REWORDED = "We must draw up a plan for joint action";

function versions(): { before: Snapshot; after: Snapshot } {
  const a: SentenceSpec[] = [
    { sentence: "The ministry said 2,289 sorties were flown.", claims: [{ text: "2,289", value: 2289, unit: "sortie" }] },
    { sentence: `Putin said: “${QUOTE}.”`, claims: [{ text: QUOTE, kind: "quote", value: normalizeStatement(QUOTE), speaker: "Putin" }] },
    { sentence: "More than 240,000 people were killed.", claims: [{ text: "240,000", value: 240000, unit: "killed", qualifier: "over" }] },
  ];
  const b: SentenceSpec[] = [{ sentence: "The air force flew 2,299 sorties.", claims: [{ text: "2,299", value: 2299, unit: "sortie" }] }];
  const a2: SentenceSpec[] = [
    { sentence: "A <b>bold</b> | *new* figure: 37 killed.", claims: [{ text: "37", value: 37, unit: "killed" }] },
    ...filler(2),
    { sentence: "The ministry said 2,298 sorties were flown.", claims: [{ text: "2,298", value: 2298, unit: "sortie" }] },
    { sentence: `Putin said: “${REWORDED}.”`, claims: [{ text: REWORDED, kind: "quote", value: normalizeStatement(REWORDED), speaker: "Putin" }] },
  ];
  const ca = article("a", a);
  const cb = article("b", b);
  const ca2 = article("a", a2);
  return {
    before: snapshot([...ca, ...cb], [group("g1", "discrepancy", [ca[0]!, cb[0]!])]),
    after: snapshot([...ca2, ...cb], [group("g1", "discrepancy", [ca2[1]!, cb[0]!])]),
  };
}

const { before, after } = versions();
const result = diffSnapshots(before, after);
const ctx = { before, after, beforeLabel: "reports/claims.json", afterLabel: "sources" };

describe("diff output", () => {
  it("Markdown: summary, verdicts, then each source's changes with sentence and file:line", () => {
    const md = renderDiffMarkdown(result, ctx);
    expect(md).toContain("`reports/claims.json` → `sources`");
    expect(md).toContain("**4 claim changes** in 1 source: 2 changed, 1 added, 1 removed · **0 new discrepancies**, 1 changed, 0 resolved.");
    expect(md).toMatch(/### Discrepancy changed: sorties: 2,298 vs 2,299\n\nFingerprint `q-[0-9a-f]{12}`: once checked, record it in `crosscheck.reviewed.yaml`\./);
    expect(md).toContain("Was: discrepancy (sorties: 2,289 vs 2,299); now: discrepancy.");
    expect(md).toContain(
      "- **Changed** figure (sorties): 2,289 → 2,298\n" +
        "  - before, `sources/a.txt:1`: The ministry said <b>2,289</b> sorties were flown.\n" +
        "  - after, `sources/a.txt:4`: The ministry said <b>2,298</b> sorties were flown.",
    );
    expect(md).toContain("- **Changed** quote by Putin: wording changed");
    expect(md).toContain("words (spelling normalised): we must draw up a plan for joint <del>operations</del><ins>action</ins>");
    expect(md).toContain("- **Removed** figure (killed): **more than 240,000**, was at `sources/a.txt:3`");
    // Article text is escaped: no HTML, no table break, no emphasis from the article.
    expect(md).toContain("A &lt;b&gt;bold&lt;/b&gt; \\| \\*new\\* figure: <b>37</b> killed.");
    const sections = [...md.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(["Verdicts", "a"]);
  });

  it("Markdown says so when nothing changed", () => {
    const md = renderDiffMarkdown(diffSnapshots(before, before), { ...ctx, afterLabel: "reports/claims.json" });
    expect(md).toBe("# Crosscheck diff\n\n`reports/claims.json` → `reports/claims.json`\n\nNo claim changed.\n");
  });

  it("JSON: changes with claims as in claims.json, and groups", () => {
    const json = JSON.parse(renderDiffJson(result)) as { changes: Record<string, unknown>[]; groups: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(["changes", "groups"]);
    expect(json.changes.map((c) => [c.change, c.kind, c.source])).toEqual([
      ["added", "quantity", "a"],
      ["changed", "quantity", "a"],
      ["changed", "quote", "a"],
      ["removed", "quantity", "a"],
    ]);
    const changed = json.changes[1]!;
    expect(Object.keys(changed)).toEqual(["change", "kind", "source", "before", "after", "fields"]);
    expect(Object.keys(changed.before as object)).toEqual(["id", "source", "kind", "text", "line", "column", "start", "end", "value", "min", "max", "unit", "sentence", "sentenceMark"]);
    expect([(changed.before as { value: number }).value, (changed.after as { value: number }).value]).toEqual([2289, 2298]);
    expect(json.changes[0]!.before).toBeNull();
    expect(json.changes[3]!.after).toBeNull();
    expect(json.groups).toHaveLength(1);
    expect(json.groups[0]).toMatchObject({ change: "discrepancy-changed", kind: "quantity", unit: "sortie", before: { verdict: "discrepancy" }, after: { verdict: "discrepancy" } });
    expect(renderDiffJson(diffSnapshots(before, before))).toBe('{\n  "changes": [],\n  "groups": []\n}\n');
  });

  it("GitHub: one annotation per change, on the NEW file and line", () => {
    const lines = renderDiffGithub(result, ctx).trimEnd().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^::error file=sources\/a.txt,line=4,title=crosscheck%3A discrepancy changed::sorties: 2,298 vs 2,299 \(a line 4: 2,298; b line 1: 2,299\)\. Was discrepancy, now discrepancy\. Fingerprint q-[0-9a-f]{12}/);
    expect(lines[1]).toBe("::warning file=sources/a.txt,line=1,col=31,title=crosscheck%3A figure added::figure (killed) 37 added: A <b>bold</b> | *new* figure: 37 killed.");
    expect(lines[2]).toBe("::warning file=sources/a.txt,line=4,col=19,title=crosscheck%3A figure changed::figure (sorties): 2,289 → 2,298 (was line 1): The ministry said 2,298 sorties were flown.");
    expect(lines[3]).toMatch(/^::warning file=sources\/a.txt,line=5,col=\d+,title=crosscheck%3A quote changed::quote by Putin: wording changed \(was line 2\)/);
    expect(lines[4]).toBe("::warning file=sources/a.txt,title=crosscheck%3A figure removed::figure (killed) more than 240,000 removed (was line 3): More than 240,000 people were killed.");
    expect(renderDiffGithub(diffSnapshots(before, before), ctx)).toBe("");
  });

  it("GitHub: reviewed-file warnings become annotations on that file", () => {
    const out = renderDiffGithub(diffSnapshots(before, before), ctx, [{ line: 4, message: "q-0123456789ab is stale: …" }], "crosscheck.reviewed.yaml");
    expect(out).toBe("::warning file=crosscheck.reviewed.yaml,line=4,title=crosscheck%3A reviewed file::q-0123456789ab is stale: …\n");
  });

  it.each([
    ["a line break cannot start a new command", "a\n::error::forged", "a%0A::error::forged"],
    ["a carriage return", "a\rb", "a%0Db"],
    ["a percent sign", "75%", "75%25"],
  ])("GitHub data escaping: %s", (_name, input, expected) => {
    expect(escapeData(input)).toBe(expected);
  });

  it("GitHub property escaping: a comma or colon in a file name cannot add a property", () => {
    expect(escapeProperty("sources/a,line=1:b.txt")).toBe("sources/a%2Cline=1%3Ab.txt");
  });
});
