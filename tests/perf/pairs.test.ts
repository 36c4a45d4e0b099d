/**
 * Candidate pairs are put in order by a counting sort on the first claim and a sort of each claim's partners
 * (align/candidates.ts sortedUnique), instead of a numeric sort of the encoded pairs and a pass dropping
 * repeats. Checked against that on random pairs: few and many claims, many repeats, claims with more partners
 * than the insertion sort takes, an unused tail in the buffer.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortedUnique } from "../../src/core/align/candidates.js";

function reference(pairs: Float64Array, count: number): Float64Array {
  const sorted = pairs.slice(0, count).sort();
  let unique = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[unique++] = sorted[k]!;
  return sorted.slice(0, unique);
}

const input = fc.integer({ min: 1, max: 60 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    // Half the time the first claims come from a few, so that some have many partners.
    pairs: fc.array(fc.tuple(fc.oneof(fc.nat({ max: n - 1 }), fc.nat({ max: Math.min(n - 1, 2) })), fc.nat({ max: n - 1 })), { maxLength: 400, size: "max" }),
    tail: fc.nat({ max: 5 }),
  }),
);

describe("candidate pairs in order, each once", () => {
  it("equal a numeric sort without repeats on random pairs", () => {
    let longest = 0;
    fc.assert(
      fc.property(input, ({ n, pairs, tail }) => {
        const buffer = new Float64Array(pairs.length + tail).fill(7);
        pairs.forEach(([i, j], k) => (buffer[k] = i * n + j));
        const perClaim = new Map<number, number>();
        for (const [i] of pairs) perClaim.set(i, (perClaim.get(i) ?? 0) + 1);
        for (const m of perClaim.values()) longest = Math.max(longest, m);
        expect([...sortedUnique(buffer, pairs.length, n)]).toEqual([...reference(buffer, pairs.length)]);
      }),
      { numRuns: 1000 },
    );
    // Some claims had more partners than the insertion sort takes.
    expect(longest).toBeGreaterThan(32);
  });
});
