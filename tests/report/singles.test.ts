/**
 * report.md's "Claims found in one source only" (report/markdown.ts singles) marks grouped claims by their place
 * in the list instead of gathering every grouped id into a set: held to the set on the seeds' analysis, with
 * claims whose id another claim also has (one of them grouped) and group ids that name no claim.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ClaimsById, renderMarkdown } from "../../src/core/report/markdown.js";
import type { Analysis } from "../../src/core/types.js";

const seed = JSON.parse(readFileSync(new URL("../../reports/claims.json", import.meta.url), "utf8")) as Analysis;

/** Each source's count of single claims as report.md gives it. */
function shownCounts(analysis: Analysis): Map<string, number> {
  const md = renderMarkdown(analysis, { sourceLink: (s) => s.path });
  const out = new Map<string, number>();
  for (const m of md.matchAll(/<summary>(.+?): (\d+) claims?<\/summary>/g)) out.set(m[1]!, Number(m[2]));
  return out;
}

/** The same counts from a set of every grouped id, as singles() found them before. */
function directCounts(analysis: Analysis): Map<string, number> {
  const grouped = new Set(analysis.groups.flatMap((g) => g.claims));
  const out = new Map<string, number>();
  for (const c of analysis.claims) {
    if (grouped.has(c.id) || !(c.unit || c.noun || c.kind !== "quantity")) continue;
    out.set(c.source, (out.get(c.source) ?? 0) + 1);
  }
  return out;
}

describe("claims found in one source only", () => {
  it("are the claims no group names, on the seeds' analysis", () => {
    const analysis: Analysis = { ...seed, warnings: [] };
    expect(directCounts(analysis).size).toBeGreaterThan(0);
    expect(shownCounts(analysis)).toEqual(directCounts(analysis));
  });

  it("ClaimsById.among() tells of each claim what a set of the ids would, ids repeated or not", () => {
    const copies = [{ ...seed.claims[0]!, text: "copy" }, ...seed.claims, { ...seed.claims[5]!, text: "copy" }];
    for (const claims of [seed.claims, copies]) {
      for (const ids of [seed.groups.map((g) => g.claims), [[claims[0]!.id, "nowhere:n1"]], [[claims[claims.length - 1]!.id]], []]) {
        const set = new Set(ids.flat());
        const among = new ClaimsById(claims).among(ids);
        expect(claims.map((_, k) => among(k))).toEqual(claims.map((c) => set.has(c.id)));
      }
    }
  });

  it("are the claims no group names when ids repeat or a group names a claim that is not there", () => {
    const grouped = seed.groups.flatMap((g) => g.claims);
    const byId = new Map(seed.claims.map((c) => [c.id, c]));
    // Copies of a grouped and of an ungrouped claim under the same ids, each listed before its original.
    const single = seed.claims.find((c) => !grouped.includes(c.id) && c.kind !== "quote")!;
    const inGroup = byId.get(grouped[0]!)!;
    expect(single).toBeDefined();
    const claims = [{ ...inGroup, text: "copy" }, { ...single, text: "copy" }, ...seed.claims];
    const groups = [{ ...seed.groups[0]!, claims: [...seed.groups[0]!.claims, "nowhere:n1"] }, ...seed.groups.slice(1)];
    const analysis: Analysis = { ...seed, claims, groups, warnings: [] };
    expect(shownCounts(analysis)).toEqual(directCounts(analysis));
  });
});
