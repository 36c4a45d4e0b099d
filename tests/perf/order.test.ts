/**
 * The merge order of scored pairs (align/order.ts) against the comparator sort it replaced: score descending,
 * then i, then j, where pairs arrive sorted by i then j.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bestFirst, distinctScores } from "../../src/core/align/order.js";

function byComparator(score: Float64Array, i: Int32Array, j: Int32Array, count: number): number[] {
  const order = Array.from({ length: count }, (_, k) => k);
  return order.sort((a, b) => score[b]! - score[a]! || i[a]! - i[b]! || j[a]! - j[b]!);
}

/** Pairs (i < j) sorted by i then j, as candidatePairs gives them, with a score each. */
const scoredPairs = fc
  .array(
    fc.record({
      i: fc.nat({ max: 30 }),
      d: fc.integer({ min: 1, max: 30 }),
      // Few distinct scores (ties are the point), some close together, some tiny.
      s: fc.oneof(fc.constantFrom(1, 0.5, 0.45, 0.2, 0.2 + Number.EPSILON, 0.55, 5e-324), fc.double({ min: 1e-9, max: 1, noNaN: true })),
    }),
    { maxLength: 300 },
  )
  .map((rows) => {
    const seen = new Set<number>();
    const pairs = rows
      .map((r) => ({ i: r.i, j: r.i + r.d, s: r.s }))
      .filter((p) => !seen.has(p.i * 100 + p.j) && seen.add(p.i * 100 + p.j))
      .sort((a, b) => a.i - b.i || a.j - b.j);
    return {
      i: Int32Array.from(pairs, (p) => p.i),
      j: Int32Array.from(pairs, (p) => p.j),
      score: Float64Array.from(pairs, (p) => p.s),
      count: pairs.length,
    };
  });

describe("best-first order of scored pairs", () => {
  it("is the comparator sort's order on random pairs with many ties", () => {
    fc.assert(
      fc.property(scoredPairs, ({ i, j, score, count }) => {
        expect([...bestFirst(score, count)]).toEqual(byComparator(score, i, j, count));
      }),
      { numRuns: 300 },
    );
  });

  it.each<[string, number[], number[]]>([
    ["no pairs", [], []],
    ["one pair", [0.3], [0]],
    ["all tied keep scoring order", [0.5, 0.5, 0.5], [0, 1, 2]],
    ["highest first, ties in order", [0.2, 1, 0.2, 1, 0.45], [1, 3, 4, 0, 2]],
  ])("%s", (_name, scores, expected) => {
    expect([...bestFirst(Float64Array.from(scores), scores.length)]).toEqual(expected);
  });

  it("gathers the distinct scores a sort of all of them gives, with few of them or more than the list holds", () => {
    // Merge keys are scores, less 1 across units (see align()): negative and zero keys occur too.
    const keys = fc.integer({ min: 1, max: 90 }).chain((n) =>
      fc.tuple(
        fc.array(fc.oneof(fc.double({ min: -1, max: 1, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)), fc.constantFrom(0.5, 0.45, -0.5, 0)), {
          minLength: n,
          maxLength: n,
        }),
        fc.array(fc.nat({ max: 89 }), { maxLength: 400 }),
      ),
    );
    fc.assert(
      fc.property(keys, ([pool, picks]) => {
        const score = Float64Array.from(picks, (k) => pool[k % pool.length]!);
        const sorted = [...new Set(score)].sort((a, b) => a - b);
        const { distinct, u } = distinctScores(score, score.length);
        expect([...distinct.subarray(0, u)]).toEqual(sorted);
      }),
      { numRuns: 400 },
    );
  });

  it("reads only the first `count` scores", () => {
    expect([...bestFirst(Float64Array.from([0.1, 0.9, 0.7, 0.95]), 3)]).toEqual([1, 2, 0]);
  });
});
