import { describe, expect, it } from "vitest";
import { renderJson } from "../../src/core/report/json.js";
import { formatNumber } from "../../src/core/format.js";
import type { Analysis, Claim } from "../../src/core/types.js";

function claim(value: number, extra: Partial<Claim> = {}): Claim {
  return {
    id: "a:n1",
    source: "a",
    kind: "quantity",
    text: "x",
    line: 1,
    column: 1,
    start: 0,
    end: 1,
    value,
    sentence: "x",
    sentenceMark: [0, 1],
    ...extra,
  };
}

const analysis = (c: Claim): Analysis => ({ sources: [{ id: "a", path: "a.txt", lang: "en" }], claims: [c], groups: [], warnings: [] });

describe("claims.json holds only finite numbers", () => {
  it.each([
    ["Infinity", Infinity, "Infinity"],
    ["-Infinity", -Infinity, "-Infinity"],
    ["NaN", NaN, "NaN"],
  ])("a value of %s is written as text, and the claim keeps its shape", (_name, value, text) => {
    const json = renderJson(analysis(claim(value, { min: value, max: value })));
    expect(json).not.toMatch(/:\s*(NaN|-?Infinity|null)\b/);
    const parsed = JSON.parse(json);
    expect(parsed.claims[0].value).toBe(text);
    expect(parsed.claims[0]).not.toHaveProperty("min");
    expect(parsed.claims[0]).not.toHaveProperty("max");
    expect(Object.keys(parsed.claims[0])).toEqual(["id", "source", "kind", "text", "line", "column", "start", "end", "value", "sentence", "sentenceMark"]);
  });

  it("a finite value is a JSON number", () => {
    expect(JSON.parse(renderJson(analysis(claim(2289, { min: 2289, max: 2289 })))).claims[0]).toMatchObject({ value: 2289, min: 2289, max: 2289 });
  });
});

describe("numbers as reports print them", () => {
  it.each([
    [2289, "2,289"],
    [1e21, "1,000,000,000,000,000,000,000"],
    [9.007199254740992e21, "9,007,199,254,740,992,000,000"],
    [-2.5e22, "-25,000,000,000,000,000,000,000"],
    [1234567.891, "1,234,567.89"],
  ])("%d → %s (never exponent notation)", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});
