import { describe, expect, it } from "vitest";
import type { Qualifier } from "../../src/core/types.js";
import { intervalOf, overlaps, tolerance } from "../../src/core/extract/quantities/interval.js";

describe("intervals asserted by qualified figures", () => {
  it.each<[string, number, Qualifier | undefined, number, [number, number]]>([
    ["exact 2,289", 2289, undefined, 1, [2289, 2289]],
    ["about 4 thousand (rounded to the thousand)", 4000, "approx", 1000, [3500, 4500]],
    ["about 60 thousand (10% beats half the step)", 60000, "approx", 10000, [54000, 66000]],
    ["nearly 2,300 (just under)", 2300, "nearly", 100, [2070, 2300]],
    ["more than 240 thousand", 240000, "over", 10000, [240000, Infinity]],
    ["up to 500", 500, "atMost", 100, [-Infinity, 500]],
  ])("%s", (_name, value, qualifier, granularity, [min, max]) => {
    const i = intervalOf(value, qualifier, granularity);
    expect([i.min, i.max]).toEqual([min, max]);
  });

  it("tolerance is at least half the rounding step and at least a tenth of the value", () => {
    expect(tolerance(4000, 1000)).toBe(500);
    expect(tolerance(2289, 1)).toBeCloseTo(228.9);
  });

  it.each<[string, [number, Qualifier | undefined, number], [number, Qualifier | undefined, number], boolean]>([
    ["nearly 2,300 contains 2,289", [2300, "nearly", 100], [2289, undefined, 1], true],
    ["nearly 2,300 does not contain 2,301", [2300, "nearly", 100], [2301, undefined, 1], false],
    ["about 4 thousand excludes 2,299", [4000, "approx", 1000], [2299, undefined, 1], false],
    ["more than 5 thousand meets about 5 thousand", [5000, "over", 1000], [5000, "approx", 1000], true],
    ["more than 240 thousand excludes exactly 240 thousand", [240000, "over", 10000], [240000, undefined, 1], false],
    ["at least 240 thousand includes exactly 240 thousand", [240000, "atLeast", 10000], [240000, undefined, 1], true],
    ["less than 100 and more than 100 do not meet", [100, "under", 100], [100, "over", 100], false],
  ])("%s", (_name, a, b, expected) => {
    expect(overlaps(intervalOf(...a), intervalOf(...b))).toBe(expected);
  });
});
