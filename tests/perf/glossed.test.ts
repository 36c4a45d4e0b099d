/**
 * A keyword vector's reading through the glossary (align/glossary.ts glossed) is kept per vector, language and
 * unit, and handed to every claim that shares them. Checked against a reading of a fresh copy of the vector
 * for every quantity of the seed reports, read as its own unit and as each other unit of the seeds (the word
 * for the claim's own unit is left out, so one vector reads differently under two units).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { glossed } from "../../src/core/align/glossary.js";
import { keywordsOf, StemIds, stemList, type Features, type Keywords } from "../../src/core/align/features.js";
import { ar } from "../../src/core/lang/ar/index.js";
import type { Claim } from "../../src/core/types.js";

const claims = (JSON.parse(readFileSync(new URL("../../reports/claims.json", import.meta.url), "utf8")) as { claims: Claim[] }).claims.filter(
  (c) => c.kind === "quantity" && c.unit,
);

const reader = (claim: Claim, keywords: Keywords) => ({ claim, locale: ar, keywords, glossed: undefined }) as unknown as Features;

describe("glossary readings shared by claims with one keyword vector", () => {
  it("equal a reading of a fresh copy, under the claim's unit and under others", () => {
    expect(claims.length).toBeGreaterThan(30);
    const table = new StemIds();
    const lists = claims.map((c) => stemList(c.sentence, ar, table));
    const rarity = Float64Array.from({ length: table.size }, (_, id) => 1 + (id % 3));
    const units = [...new Set(claims.map((c) => c.unit!))];
    expect(units.length).toBeGreaterThan(2);
    let differs = 0;
    claims.forEach((c, k) => {
      const shared = keywordsOf(c, lists[k]!, rarity, table);
      for (const unit of units) {
        const claim = { ...c, unit };
        const first = glossed(reader(claim, shared));
        const again = glossed(reader(claim, shared));
        const fresh = glossed(reader(claim, { ...shared }));
        expect(again).toBe(first);
        expect(first.ids).toEqual(fresh.ids);
        expect(first.weights).toEqual(fresh.weights);
        if (unit !== c.unit && first.ids.length !== glossed(reader(c, shared)).ids.length) differs++;
      }
    });
    // The unit left out mattered somewhere.
    expect(differs).toBeGreaterThan(0);
  });
});
