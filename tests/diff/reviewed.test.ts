import { describe, expect, it } from "vitest";
import { parseReviewed, ReviewedSyntaxError, staleReviews } from "../../src/core/diff/reviewed.js";

const ENTRY = `  - fingerprint: q-69b05aad34d6
    what: "sortie: 2,289 vs 2,299"
    note: The ministry briefing says 2,289; the wire misheard.
    by: A. Editor
    date: 2015-11-21
`;

describe("the reviewed file", () => {
  it("reads entries with their note, reviewer, date and line", () => {
    const { reviews, warnings } = parseReviewed(`# checked discrepancies\nreviewed:\n${ENTRY}`);
    expect(warnings).toEqual([]);
    expect([...reviews.values()]).toEqual([
      { fingerprint: "q-69b05aad34d6", note: "The ministry briefing says 2,289; the wire misheard.", by: "A. Editor", date: "2015-11-21", line: 3 },
    ]);
  });

  it.each([
    ["an empty file", ""],
    ["only comments", "# nothing reviewed yet\n"],
    ["an empty list", "reviewed: []\n"],
    ["no entries", "reviewed:\n"],
  ])("accepts %s", (_name, text) => {
    expect(parseReviewed(text)).toEqual({ reviews: new Map(), warnings: [] });
  });

  it.each<[string, string, number, RegExp, number]>([
    ["an unknown field", `reviewed:\n${ENTRY}    reviewer: B\n`, 1, /entry 1: unknown field "reviewer"/, 7],
    ["an unknown top-level field", `reviewd: []\nreviewed:\n${ENTRY}`, 1, /unknown field "reviewd" at the top level/, 1],
    ["no fingerprint", "reviewed:\n  - note: checked\n    by: A\n    date: 2015-11-21\n", 0, /entry 1: no fingerprint.*ignored/, 2],
    ["a malformed fingerprint", "reviewed:\n  - fingerprint: g3\n    note: x\n    by: A\n    date: 2015-11-21\n", 0, /"g3" is not a fingerprint/, 2],
    ["an entry that is not a mapping", "reviewed:\n  - q-69b05aad34d6\n", 0, /entry 1 is not a review entry/, 2],
    ["a missing note and reviewer", "reviewed:\n  - fingerprint: q-69b05aad34d6\n    date: 2015-11-21\n", 1, /missing note, by/, 2],
    ["a date that is not a date", `reviewed:\n${ENTRY.replace("2015-11-21", "21/11/2015")}`, 1, /date "21\/11\/2015" is not YYYY-MM-DD/, 2],
    ["the same fingerprint twice", `reviewed:\n${ENTRY}${ENTRY}`, 1, /entry 2: q-69b05aad34d6 is already reviewed above/, 7],
    ["a list where entries were expected", "reviewed: yes\n", 0, /"reviewed" must be a list/, 1],
  ])("warns about %s", (_name, text, usable, message, line) => {
    const { reviews, warnings } = parseReviewed(text);
    expect(reviews.size).toBe(usable);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(message);
    expect(warnings[0]!.line).toBe(line);
  });

  it("stops on a file that is not YAML, naming the line", () => {
    expect(() => parseReviewed("reviewed:\n  - fingerprint: [q-1\n")).toThrow(ReviewedSyntaxError);
    try {
      parseReviewed("reviewed:\n  - fingerprint: q-69b05aad34d6\n    note: a\n    note: b\n");
    } catch (e) {
      expect(e).toBeInstanceOf(ReviewedSyntaxError);
      expect((e as ReviewedSyntaxError).line).toBe(4);
      return;
    }
    throw new Error("a duplicate key must be an error");
  });

  it("calls an entry stale when no current discrepancy has its fingerprint", () => {
    const { reviews } = parseReviewed(`reviewed:\n${ENTRY}${ENTRY.replace("q-69b05aad34d6", "d-38fda9586bec")}`);
    expect(staleReviews(reviews, new Set(["q-69b05aad34d6"]))).toEqual([
      { line: 7, message: expect.stringMatching(/^d-38fda9586bec is stale: no current discrepancy has this fingerprint/) },
    ]);
    expect(staleReviews(reviews, new Set(["q-69b05aad34d6", "d-38fda9586bec"]))).toEqual([]);
  });
});
