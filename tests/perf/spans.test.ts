/**
 * spanOverlap (align/mentions.ts) visits only pairs of spans with a bounded side. Checked against every pair
 * of spans, as it was computed before, on random sentences' spans (own spans left out, NaN and open bounds).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentenceSpans, spanOverlap, type Span } from "../../src/core/align/mentions.js";

function everyPair(a: readonly Span[], b: readonly Span[], ownA?: Span, ownB?: Span): number {
  let best = 0;
  for (const x of a) {
    if (x === ownA) continue;
    for (const y of b) {
      if (y === ownB || x.key !== y.key || !(x.bounded || y.bounded) || x.lo > y.hi || y.lo > x.hi) continue;
      best = Math.max(best, Math.min(x.weight, y.weight));
    }
  }
  return best;
}

const bound = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(NaN, -Infinity, Infinity));
const span = fc.record({
  key: fc.constantFrom("killed", "sortie", "~seat"),
  lo: bound,
  hi: bound,
  weight: fc.constantFrom(0.25, 0.7, 1),
  bounded: fc.boolean(),
});
const sentence = fc.array(span, { minLength: 2, maxLength: 10 });

describe("span overlap", () => {
  it("equals the all-pairs reading on random spans", () => {
    fc.assert(
      fc.property(sentence, sentence, fc.nat(), fc.nat(), fc.boolean(), (a, b, i, j, own) => {
        const ownA = own ? a[i % a.length] : undefined;
        const ownB = own ? b[j % b.length] : undefined;
        expect(spanOverlap(sentenceSpans(a), sentenceSpans(b), ownA, ownB)).toBe(everyPair(a, b, ownA, ownB));
      }),
      { numRuns: 3000 },
    );
  });

  it.each<[string, Span[], Span[], number]>([
    ["a bound containing the other's exact figure", [{ key: "killed", lo: 150, hi: 200, weight: 1, bounded: true }], [{ key: "killed", lo: 160, hi: 160, weight: 0.7, bounded: false }], 0.7],
    ["two exact figures meet by key, not here", [{ key: "killed", lo: 160, hi: 160, weight: 1, bounded: false }], [{ key: "killed", lo: 160, hi: 160, weight: 1, bounded: false }], 0],
    ["different units", [{ key: "killed", lo: 150, hi: 200, weight: 1, bounded: true }], [{ key: "injured", lo: 160, hi: 160, weight: 1, bounded: false }], 0],
    ["apart", [{ key: "killed", lo: 150, hi: 200, weight: 1, bounded: true }], [{ key: "killed", lo: 201, hi: 201, weight: 1, bounded: false }], 0],
  ])("%s", (_name, a, b, expected) => {
    expect(spanOverlap(sentenceSpans(a), sentenceSpans(b))).toBe(expected);
    expect(spanOverlap(sentenceSpans(b), sentenceSpans(a))).toBe(expected);
  });
});
