/**
 * significantDigits() counts on the number's text with a loop instead of cutting it with three patterns
 * (align/specificity.ts). Held to the patterns' count on every figure of the seed claims, on figures written
 * to every step from a millionth to a trillion, and on any finite double (exponent forms, negatives, tiny and
 * huge values).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { significantDigits } from "../../src/core/align/specificity.js";
import type { Claim } from "../../src/core/types.js";

/** The count as it was written: the text without its point, leading and trailing zeros cut. */
function byPatterns(v: number): number {
  if (!Number.isFinite(v) || v === 0) return 0;
  return String(Math.abs(v)).replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length;
}

const claims = (JSON.parse(readFileSync(new URL("../../reports/claims.json", import.meta.url), "utf8")) as { claims: Claim[] }).claims;

describe("significant digits without patterns", () => {
  it("equal the patterns' count on the seeds' figures and on written steps", () => {
    const values = claims.filter((c) => typeof c.value === "number").map((c) => c.value as number);
    expect(values.length).toBeGreaterThan(40);
    for (const v of values) expect(significantDigits(Math.abs(v))).toBe(byPatterns(Math.abs(v)));
    for (const base of [1, 2.5, 4111, 0.0605, 100.5, 10.01, 7_000_003]) {
      for (let p = -6; p <= 12; p++) {
        const v = base * 10 ** p;
        expect(significantDigits(v)).toBe(byPatterns(v));
        expect(significantDigits(-v)).toBe(byPatterns(-v));
      }
    }
    for (const v of [0, -0, NaN, Infinity, 1e21, 1.5e-7, 2e-7, 123e25, 0.1 + 0.2, 2289, 4000, 0.05, 10.5]) expect(significantDigits(v)).toBe(byPatterns(v));
  });

  it("equal the patterns' count on any double", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.double({ min: -1e6, max: 1e6 })), (v) => {
        expect(significantDigits(v)).toBe(byPatterns(v));
      }),
      { numRuns: 20_000 },
    );
  });
});
