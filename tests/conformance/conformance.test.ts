import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../src/core/lang/en/index.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { asFractions, classify, mentionsOf, parseRange, rangeOf, score, type SpecCase } from "../../scripts/conformanceLib.js";
import { runConformance } from "../../scripts/conformanceRun.js";
import type { NumberMention } from "../../src/core/extract/numbers/index.js";

/** Inline cases in the spec's format: these tests never read ../shared. */
const numberCase = (Input: string, Text: string, value: string, extra: Partial<SpecCase> = {}): SpecCase => ({
  Input,
  Results: [{ Text, TypeName: "number", Resolution: { value } }],
  ...extra,
});

describe("conformance mapping", () => {
  const base: NumberMention = { start: 0, end: 1, text: "5", value: 5, granularity: 1, percent: false, spelled: false, phraseStart: 0, phraseEnd: 1 };

  it.each([
    ["over", { lo: 5, loOpen: true, hiOpen: true }],
    ["atLeast", { lo: 5, loOpen: false, hiOpen: true }],
    ["under", { hi: 5, loOpen: true, hiOpen: true }],
    ["atMost", { hi: 5, loOpen: true, hiOpen: false }],
  ] as const)("maps %s to their interval", (qualifier, range) => {
    expect(rangeOf({ ...base, qualifier })).toEqual(range);
  });

  it("maps ranges to their half-open convention unless the wording says which ends are open", () => {
    expect(rangeOf({ ...base, qualifier: "range", upper: 9 })).toEqual({ lo: 5, hi: 9, loOpen: false, hiOpen: true });
    expect(rangeOf({ ...base, qualifier: "range", upper: 9, lowerOpen: true, upperOpen: false })).toEqual({ lo: 5, hi: 9, loOpen: true, hiOpen: false });
    expect(rangeOf({ ...base, exact: true })).toEqual({ lo: 5, hi: 5, loOpen: false, hiOpen: false });
    expect(rangeOf({ ...base, qualifier: "approx" })).toBeNull();
  });

  it("parses their interval notation", () => {
    expect(parseRange("(20,35]")).toEqual({ lo: 20, hi: 35, loOpen: true, hiOpen: false });
    expect(parseRange("[5000,)")).toEqual({ lo: 5000, loOpen: false, hiOpen: true });
    expect(parseRange("(,100]")).toEqual({ hi: 100, loOpen: true, hiOpen: false });
  });
});

describe("conformance scoring", () => {
  it.each([
    [numberCase("I can give you 10M.", "10m", "10000000"), "number", true],
    [numberCase("two thirds", "two thirds", "0.666666666666667"), "number", true],
    [numberCase("SCP-173", "173", "173"), "number", true],
    [numberCase("twenty percent", "twenty percent", "20%"), "percent", true],
    [numberCase("up to 700 workers", "up to 700", "(,700]"), "range", true],
    [numberCase("between 20 and 30", "between 20 and 30", "[20,30)"), "range", true],
    [numberCase("1e10", "1e10", "10000000000"), "number", true],
    [numberCase("10G", "10g", "10000000000"), "number", false],
    // A part and its whole, reported as two figures, are joined into their fraction.
    [numberCase("nine out of ten doctors", "nine out of ten", "0.9"), "number", true],
    [numberCase("more than 2 out of 5", "more than 2 out of 5", "(0.4,)"), "range", true],
    [{ Input: "The one you mentioned is invalid", Results: [] } as SpecCase, "number", true],
    [{ Input: "the 180ml liquid", Results: [] } as SpecCase, "number", false],
  ] as const)("en %#: %o as %s passes: %s", (c, model, passed) => {
    expect(score(c, "en", model, en).passed).toBe(passed);
  });

  it("checks Arabic values only where the spec itself checks them, else the text", () => {
    const checked = numberCase("يوجد ستة عشر تفاحاً.", "ستة عشر", "16");
    const ignored = numberCase("البيت قيمته ٣٢٢ ألف ريال", "٣٢٢ ألف", "32200", { IgnoreResolution: true });
    expect(classify(checked, "ar")).toBe("value");
    expect(classify(ignored, "ar")).toBe("text");
    expect(score(checked, "ar", "number", ar).passed).toBe(true);
    // Their value (32200) is wrong; the text is found, so the case passes on its text.
    expect(score(ignored, "ar", "number", ar).passed).toBe(true);
  });

  it("does not score a case whose expected text is not in its input", () => {
    const c = numberCase("الجواب هو سالب خمس فاصلة خمسة", "ناقص خمس فاصلة خمسة", "-5.5", { IgnoreResolution: true });
    expect(classify(c, "ar")).toBe("malformed");
  });

  it("joins a part and its whole into one fraction, and leaves other mentions alone", () => {
    const input = "فاز 3 من أصل 10 مرشحين و5 نواب";
    const joined = asFractions(input, mentionsOf(input, ar));
    expect(joined.map((m) => [m.text, m.value])).toEqual([
      ["3 من أصل 10", 0.3],
      ["5", 5],
    ]);
  });

  it("tags cases of the families left out", () => {
    const c = numberCase("واحد من ثلاثة طالبات", "واحد من ثلاثة", "0.333333333333333");
    expect(score(c, "ar", "number", ar).families).toEqual(["one-of"]);
  });
});

describe("conformance run", () => {
  it("says so and does nothing when the specs are absent", () => {
    const report = runConformance(join(tmpdir(), "no-such-crosscheck-specs"), join(tmpdir(), "unused.tmp"));
    expect(report.ran).toBe(false);
    expect(report.text).toContain("not found");
  });

  it("tabulates a spec directory and writes the failures", () => {
    const dir = mkdtempSync(join(tmpdir(), "crosscheck-specs-"));
    mkdirSync(join(dir, "Number/English"), { recursive: true });
    const cases: SpecCase[] = [numberCase("sixteen", "sixteen", "16"), numberCase("10G", "10g", "10000000000"), { Input: "a", Results: [] }];
    writeFileSync(join(dir, "Number/English/NumberModel.json"), `\uFEFF${JSON.stringify(cases)}`);
    const out = join(dir, "failures.tmp");
    const report = runConformance(dir, out);
    expect(report.ran).toBe(true);
    const file = report.files.find((f) => f.path === "Number/English/NumberModel.json");
    expect(file?.values).toEqual({ pass: 1, total: 2, passKept: 1, totalKept: 1 });
    expect([file?.empty, file?.falsePositives]).toEqual([1, 0]);
    expect(readFileSync(out, "utf8")).toContain("10G");
  });
});
