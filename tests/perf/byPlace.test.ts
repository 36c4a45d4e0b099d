/**
 * The readers of a figure's surroundings (place, projection, named party) are kept per language, sentence and
 * offset (align/byPlace.ts): a kept reading must be what the reader gives that claim directly, whatever order
 * the claims come in. Seed quantities, plus sentences where two figures read differently (a memo keyed on the
 * sentence alone, or on the wrong end of the figure, fails here). Whether a sentence names a poll is kept per
 * language and text (projectionReader): sentences with and without a poll, and one poll sentence read in two
 * languages, hold it to isProjection.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Claim } from "../../src/core/types.js";
import type { Locale } from "../../src/core/lang/types.js";
import { ar } from "../../src/core/lang/ar/index.js";
import { en } from "../../src/core/lang/en/index.js";
import { byPlace, figureEnd, figureStart, type ClaimReader } from "../../src/core/align/byPlace.js";
import { placeOf } from "../../src/core/align/place.js";
import { isProjection, projectionReader } from "../../src/core/align/projection.js";
import { anchorOf } from "../../src/core/align/anchors.js";
import { date, quantity } from "../align/helpers.js";

const seeds = (JSON.parse(readFileSync(new URL("../../reports/claims.json", import.meta.url), "utf8")) as { claims: Claim[] }).claims;

const twoPlaces = "Officials said 40 people died in Manabi province and 31 people died across the country on Sunday.";
const twoForecasts = "The toll stood at 120 on Sunday, and the governor said it could rise to 500 as rescuers reach villages.";
const twoParties = "Iraq pumped 4.2 million bpd in March while Kuwait pumped 2.6 million bpd, the report said.";
const handmade: [Claim, Locale][] = [
  [quantity("a", twoPlaces, "40", 40, "killed"), en],
  [quantity("a", twoPlaces, "31", 31, "killed"), en],
  [quantity("b", twoForecasts, "120", 120, "killed"), en],
  [quantity("b", twoForecasts, "500", 500, "killed"), en],
  [quantity("c", twoParties, "4.2 million", 4_200_000, "bpd"), en],
  [quantity("c", twoParties, "2.6 million", 2_600_000, "bpd"), en],
  [date("c", twoParties, "March", "2024-03"), en],
  [quantity("ar-a", "قتل 40 شخصا في محافظة الوادي و31 شخصا في بقية البلاد.", "40", 40, "killed"), ar],
  [quantity("ar-a", "قتل 40 شخصا في محافظة الوادي و31 شخصا في بقية البلاد.", "31", 31, "killed"), ar],
];
const poll = "Two exit polls showed the mayor gaining 64 percent of the vote in the capital.";
const noPoll = "Official results showed the mayor gaining 64 percent of the vote in the capital.";
const arPoll = "أظهر استطلاع للرأي حصول رئيس البلدية على 64 في المئة من الأصوات.";
const polls: [Claim, Locale][] = [
  [quantity("p", poll, "64 percent", 64, "percent"), en],
  [quantity("p", poll, "64 percent", 64, "percent"), ar],
  [quantity("q", noPoll, "64 percent", 64, "percent"), en],
  [quantity("r", arPoll, "64", 64, "percent"), ar],
];
const all: [Claim, Locale][] = [...seeds.map((c): [Claim, Locale] => [c, ar]), ...handmade, ...polls];

const readers: [string, ClaimReader<unknown>, (c: Claim) => number][] = [
  ["placeOf", placeOf, figureEnd],
  ["isProjection", isProjection, figureStart],
  ["anchorOf", anchorOf, figureStart],
];

describe("readings kept per place in a sentence", () => {
  it("the hand-made sentences give two readings each, so a wrong key would show", () => {
    const read = (r: ClaimReader<unknown>, k: number) => JSON.stringify(r(handmade[k]![0], handmade[k]![1]) ?? null);
    expect(read(placeOf, 0)).not.toBe(read(placeOf, 1));
    expect(read(isProjection, 2)).not.toBe(read(isProjection, 3));
    expect(read(anchorOf, 4)).not.toBe(read(anchorOf, 5));
  });

  it("the poll sentences read differently by text and by language, so a poll kept under a wrong key would show", () => {
    const read = polls.map(([c, locale]) => isProjection(c, locale));
    expect(read[0]).toBe(true);
    expect(read[1]).toBe(false);
    expect(read[2]).toBe(false);
  });

  it("projectionReader() equals isProjection read directly, in any order", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: 1 }), fc.integer({ min: 1, max: 3 }), (picked, times) => {
        const kept = projectionReader();
        for (let t = 0; t < times; t++) for (const [c, locale] of picked) expect(kept(c, locale)).toBe(isProjection(c, locale));
      }),
      { numRuns: 100 },
    );
  });

  it.each(readers)("%s kept equals %s read directly, in any order", (_, read, offset) => {
    expect(seeds.filter((c) => c.kind === "quantity").length).toBeGreaterThan(30);
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: 1 }), fc.integer({ min: 1, max: 3 }), (picked, times) => {
        const kept = byPlace(read, offset);
        for (let t = 0; t < times; t++) for (const [c, locale] of picked) expect(kept(c, locale)).toEqual(read(c, locale));
      }),
      { numRuns: 50 },
    );
  });
});
