/**
 * overlapShare() answers a set against itself without walking it (claims of one speaker share one set): the
 * answer must be what the walk gives for an equal set that is another object.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overlapShare } from "../../src/core/align/features.js";

describe("speaker overlap of a set with itself", () => {
  it("is what an equal copy of the set gives", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 8 }), (stems) => {
        const set = new Set(stems);
        expect(overlapShare(set, set)).toBe(overlapShare(set, new Set(stems)));
      }),
      { numRuns: 300 },
    );
  });
});
