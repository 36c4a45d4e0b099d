/**
 * report.md describes each value of a group once and diffs each wording of a quote once (report/markdown.ts
 * distinctValues, quoteDiffs): a group of wire copies gives a few values and wordings hundreds of times. Both
 * are held to the direct computation: every claim described, every shown wording diffed.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/core/analyze.js";
import { describeValue } from "../../src/core/format.js";
import { distinctValues, renderMarkdown } from "../../src/core/report/markdown.js";
import { wordDiff } from "../../src/core/report/wordDiff.js";
import type { Claim } from "../../src/core/types.js";

const seeds = (JSON.parse(readFileSync(new URL("../../reports/claims.json", import.meta.url), "utf8")) as { claims: Claim[] }).claims;
const direct = (claims: readonly Claim[]) => [...new Set(claims.map(describeValue))];

describe("values described once per distinct claim", () => {
  it("equal every claim described, in the order first met, for the seeds' claims of each kind repeated", () => {
    for (const kind of ["quantity", "date", "quote"] as const) {
      const some = seeds.filter((c) => c.kind === kind);
      expect(some.length).toBeGreaterThan(5);
      // One unit, so that quantities take the path that describes the value alone.
      const claims = [...some, ...some.slice().reverse(), ...some].map((c) => ({ ...c, unit: kind === "quantity" ? "percent" : c.unit, noun: undefined }));
      expect(distinctValues(claims)).toEqual(direct(claims));
    }
  });

  it("tell apart what describeValue() reads beside the value: qualifier, percent, range ends, kind", () => {
    const base = seeds.find((c) => c.kind === "quantity")!;
    const variants: Partial<Claim>[] = [
      {},
      { qualifier: "approx" },
      { qualifier: "over" },
      { qualifier: "range", min: 10, max: 20 },
      { qualifier: "range", min: 10, max: 30 },
      { qualifier: "range", min: 15, max: 20 },
      { unit: "percent" },
      { unit: "percent", qualifier: "approx" },
      { value: -0 },
      { value: 0 },
      { kind: "date", value: "2015-11-16" },
      { kind: "quote", value: "2015-11-16" },
    ];
    const claims = variants.flatMap((v) => [{ ...base, unit: "percent", ...v } as Claim, { ...base, ...v, unit: v.unit ?? "percent" } as Claim]);
    const shuffled = [...claims, ...claims.slice().reverse()];
    // Every claim here has the same value unless a variant sets another: only the fields beside it tell them apart.
    expect(distinctValues(shuffled)).toEqual(direct(shuffled));
    expect(new Set(distinctValues(shuffled)).size).toBeGreaterThan(7);
  });
});

describe("quote wordings diffed once per distinct wording", () => {
  it("give the word changes of every shown claim against the first", () => {
    const wordings = [
      "we will not accept any deal that leaves our people without water",
      "we will not accept a deal that leaves our people without water",
      "we will never accept any deal that leaves the people without water",
    ];
    // Twelve outlets quote the minister, three wordings between them, repeated.
    const sources = Array.from({ length: 12 }, (_, k) => ({
      id: `s${String(k).padStart(2, "0")}`,
      path: `s${k}.txt`,
      bodyStart: 0,
      meta: {},
      text: `The minister said: "${wordings[k % 3 === 0 ? 0 : k % 2 === 0 ? 1 : 2]!}."\n`,
    }));
    const analysis = analyze(sources);
    const group = analysis.groups.find((g) => g.kind === "quote" && g.verdict === "discrepancy");
    expect(group).toBeDefined();
    const claims = group!.claims.map((id) => analysis.claims.find((c) => c.id === id)!).slice(0, 12);
    const report = renderMarkdown(analysis, { sourceLink: (s) => s.path });
    const lines = report.split("\n").filter((line) => line.startsWith("Word changes from "));
    const want: string[] = [];
    for (const other of claims.slice(1)) {
      const changes = wordDiff(String(claims[0]!.value), String(other.value), "en");
      if (changes.every((ch) => ch.op === "same")) continue;
      want.push(`Word changes from ${claims[0]!.source} to ${other.source} (spelling normalised): ${changes.map((ch) => (ch.op === "same" ? ch.text : ch.op === "removed" ? `<del>${ch.text}</del>` : `<ins>${ch.text}</ins>`)).join("")}`);
    }
    expect(want.length).toBeGreaterThan(4);
    expect(lines).toEqual(want);
  });
});
