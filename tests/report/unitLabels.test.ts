/** What a report calls the thing a figure counts: unit ids become English words a reader expects. */
import { describe, expect, it } from "vitest";
import { describeUnit } from "../../src/core/format.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";

describe("unit labels", () => {
  it.each([
    ["sortie", "sorties"],
    ["body", "bodies"],
    ["casualty", "casualties"],
    ["sudanese", "sudanese"],
    ["chinese", "chinese"],
    ["celsius", "°C"],
    ["mw", "MW"],
    ["person", "people"],
    ["capacity", "capacity"],
    ["passenger-capacity", "capacity (passengers)"],
    ["person-capacity", "capacity (people)"],
    ["basis-point", "basis points"],
    ["hk$", "hk$"],
    // Units given by what happened to people are participles, not nouns to pluralise.
    ["rescued", "rescued"],
    ["acquitted", "acquitted"],
  ])("%s → %s", (unit, label) => {
    expect(describeUnit({ unit })).toBe(label);
  });

  // Shown with its figure, one of a thing is singular ("one state" is "1 country"); other figures keep the plural.
  it.each<[string, number, string]>([
    ["country", 1, "country"],
    ["country", 2, "countries"],
    ["country", 0.5, "countries"],
    ["person", 1, "person"],
    ["usd", 1, "US dollar"],
    ["week", 1, "week"],
    ["sortie", 1, "sortie"],
    ["training-camp", 1, "training camp"],
    ["km", 1, "km"],
    ["killed", 1, "killed"],
    ["passenger-capacity", 1, "capacity (passengers)"],
  ])("%s with %s → %s", (unit, figure, label) => {
    expect(describeUnit({ unit }, figure)).toBe(label);
  });

  it("no unit of either locale is plural beside the figure 1", () => {
    const ids = new Set([...en.quantities.units, ...ar.quantities.units, ...en.quantities.roles, ...ar.quantities.roles].map((u) => ("id" in u ? u.id : u.unit)));
    const bad = [...ids].filter((id) => id !== "times" && /(?:ies|[^s]s)$/.test(describeUnit({ unit: id }, 1)));
    expect(bad).toEqual([]);
  });

  it("no unit of either locale gets a doubled plural ending", () => {
    const ids = new Set([...en.quantities.units, ...ar.quantities.units, ...en.quantities.roles, ...ar.quantities.roles].map((u) => ("id" in u ? u.id : u.unit)));
    const bad = [...ids].filter((id) => /(?:ss|[^aeiou]ys|eses|eds)$/.test(describeUnit({ unit: id })));
    expect(bad).toEqual([]);
  });
});
