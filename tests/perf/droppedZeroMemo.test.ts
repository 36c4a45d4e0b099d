/**
 * droppedZero() reads each value's significant digits from a memo (align/slips.ts). Held to the digits worked
 * out afresh, on figures that are and are not one zero apart, and after the memo has filled and been cleared.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digitsAndPower, digitsOfValue, droppedZero } from "../../src/core/align/slips.js";

/** droppedZero as it reads without the memo. */
function fresh(a: number, b: number): boolean {
  if (!(a > 0) || !(b > 0) || a === b || Math.floor(Math.log10(a)) !== Math.floor(Math.log10(b))) return false;
  const [da] = digitsAndPower(a);
  const [db] = digitsAndPower(b);
  const [long, short] = da.length > db.length ? [da, db] : [db, da];
  if (long.length < 4 || long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length - 1; i++) if (long[i] === "0" && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

describe("the dropped-zero check with digits kept per value", () => {
  it("finds the slips it found without the memo, before and after the memo is cleared", () => {
    const cases: [number, number, boolean][] = [
      [1.058e12, 1.58e12, true],
      [1058, 1580, true],
      [1058, 1570, false],
      [10580, 1580, false],
      [2045, 245, false],
      [2045, 2450, true],
      [1.5, 1.05, false],
      [3.0405, 3.405, true],
    ];
    // Values close to each case's (same digits at other scales, near neighbours) asked first: a memo keyed by
    // anything coarser than the value would answer the case with their digits.
    const warm = () => {
      for (const [a, b] of cases) for (const v of [a, b]) for (const f of [10, 0.1, 1.001, 0.999]) digitsOfValue(v * f);
    };
    for (let round = 0; round < 2; round++) {
      warm();
      for (const [a, b, slip] of cases) {
        expect(droppedZero(a, b), `${a} ${b}`).toBe(slip);
        expect(droppedZero(b, a), `${b} ${a}`).toBe(slip);
      }
      // More distinct values than the memo holds: it is cleared on the way.
      for (let v = 1; v <= 70_000; v++) digitsOfValue(v + 0.5);
    }
  });

  it("answers as without the memo on any two figures", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e13, noNaN: true }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: -3, max: 9 }), (x, digit, at) => {
        // A figure, and the same figure with a zero put in (or a digit changed): slips and near misses both.
        const s = String(Math.round(x));
        const k = Math.min(Math.max(1, at), Math.max(1, s.length - 1));
        const y = Number(s.slice(0, k) + (digit % 2 ? "0" : String(digit)) + s.slice(k));
        for (const [a, b] of [[x, y], [Math.round(x), y], [y, Math.round(x) * 10]] as [number, number][]) expect(droppedZero(a, b)).toBe(fresh(a, b));
      }),
      { seed: 21, numRuns: 2000 },
    );
  });
});
