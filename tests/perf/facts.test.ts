/**
 * Pair scoring relates two claims through copies of what relation() reads (align/compare.ts ClaimFacts).
 * factsRelation must give relation(a, b, pairingInterval) for every pair of quantities and of dates: checked
 * on random claims (qualifiers, bounds, equal and near values; full days, months, days without a year, odd
 * values) and on every pair of same-kind claims of the seed reports.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { claimFacts, factsRelation, pairingInterval, relation } from "../../src/core/align/compare.js";
import type { Claim, Qualifier } from "../../src/core/types.js";

const base = { source: "s", text: "x", line: 1, column: 1, start: 0, end: 1, sentence: "x", sentenceMark: [0, 1] as [number, number] };

const quantity = fc
  .record({
    value: fc.oneof(fc.constantFrom(0, 1, 10, 100, 1000, 4000, 2289, 2.5, 150000), fc.integer({ min: -5, max: 5000 })),
    qualifier: fc.option(fc.constantFrom<Qualifier>("approx", "nearly", "over", "under", "range"), { nil: undefined }),
    min: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
    max: fc.option(fc.integer({ min: 0, max: 6000 }), { nil: undefined }),
  })
  .map(({ value, qualifier, min, max }): Claim => ({
    ...base,
    id: "q",
    kind: "quantity",
    value,
    ...(qualifier ? { qualifier } : {}),
    ...(qualifier && min !== undefined ? { min } : {}),
    ...(qualifier && max !== undefined ? { max } : {}),
    unit: "killed",
  }));

const date = fc
  .record({
    year: fc.constantFrom("2015", "2016", "-"),
    month: fc.constantFrom("09", "10"),
    day: fc.option(fc.constantFrom("01", "30", "31"), { nil: undefined }),
    relative: fc.boolean(),
    odd: fc.constantFrom(undefined, "2015", "junk", ""),
  })
  .map(({ year, month, day, relative, odd }): Claim => ({
    ...base,
    id: "d",
    kind: "date",
    value: odd ?? `${year}-${month}${day ? "-" + day : ""}`,
    ...(relative ? { relative: true as const } : {}),
  }));

describe("relation from claim facts", () => {
  it.each([
    ["quantities", quantity],
    ["dates", date],
  ])("equals relation() with pairing intervals on random %s", (_name, claim) => {
    fc.assert(
      fc.property(claim, claim, (a, b) => {
        expect(factsRelation(claimFacts(a), claimFacts(b))).toBe(relation(a, b, pairingInterval));
      }),
      { numRuns: 3000 },
    );
  });

  // A range written alike by two outlets («49 – 50 درجة» twice) is one range: relation() says so, and pair
  // scoring, which reads the facts, must say the same (random claims met the case only now and then).
  it.each([
    [{ min: 49, max: 50 }, { min: 49, max: 50 }, "equal"],
    [{ min: 48, max: 50 }, { min: 49, max: 50 }, "compatible"],
    [{}, {}, "equal"],
    [{ min: 49 }, { min: 49 }, "equal"],
    [{ min: 10, max: 20 }, { min: 30, max: 40 }, "different"],
  ])("a range %j beside a range %j is %s, from claims and from facts", (ra, rb, expected) => {
    const range = (r: { min?: number; max?: number }): Claim => ({
      ...base,
      id: "q",
      kind: "quantity",
      value: r.min !== undefined && r.max !== undefined ? (r.min + r.max) / 2 : (r.min ?? 0),
      qualifier: "range",
      ...r,
      unit: "celsius",
    });
    const [a, b] = [range(ra), range(rb)];
    expect(relation(a, b, pairingInterval)).toBe(expected);
    expect(factsRelation(claimFacts(a), claimFacts(b))).toBe(expected);
  });

  it("equals relation() on every pair of same-kind figures and dates of the seed reports", () => {
    const claims = (JSON.parse(readFileSync(new URL("../../reports/claims.json", import.meta.url), "utf8")) as { claims: Claim[] }).claims.filter(
      (c) => c.kind !== "quote",
    );
    expect(claims.length).toBeGreaterThan(50);
    const outcomes = new Set<string>();
    for (const a of claims) {
      for (const b of claims) {
        if (a.kind !== b.kind) continue;
        const r = factsRelation(claimFacts(a), claimFacts(b));
        expect(r).toBe(relation(a, b, pairingInterval));
        outcomes.add(r);
      }
    }
    expect([...outcomes].sort()).toEqual(["compatible", "different", "equal"]);
  });
});
