import { describe, expect, it } from "vitest";
import { readSnapshot, SnapshotError } from "../../src/core/diff/snapshot.js";
import { renderJson } from "../../src/core/report/json.js";
import { article, group, snapshot } from "./helpers.js";

const claims = [
  ...article("a", [
    { sentence: "The ministry said 2,289 sorties were flown.", claims: [{ text: "2,289", value: 2289, unit: "sortie" }] },
    { sentence: "More than 240,000 people were killed.", claims: [{ text: "240,000", value: 240000, unit: "killed", qualifier: "over" }] },
  ]),
  ...article("b", [{ sentence: "The air force flew 2,299 sorties.", claims: [{ text: "2,299", value: 2299, unit: "sortie" }] }]),
];
// "more than": unbounded above, so no max.
delete claims[1]!.max;
const snap = snapshot(claims, [group("g1", "discrepancy", [claims[0]!, claims[2]!])]);
const json = renderJson({ ...snap, warnings: [] });

describe("claims.json read back", () => {
  it("gives back what was written", () => {
    expect(readSnapshot(json)).toEqual(snap);
    expect(readSnapshot("\uFEFF" + json)).toEqual(snap);
  });

  it.each<[string, (o: Record<string, unknown>) => unknown, RegExp]>([
    ["another schema", (o) => ({ ...o, schema: "crosscheck/claims@2" }), /not a crosscheck claims.json of schema crosscheck\/claims@1 \(found "crosscheck\/claims@2"\)/],
    ["no schema", (o) => ({ ...o, schema: undefined }), /found no schema/],
    ["a list at the top", () => [], /expected an object/],
    ["claims not a list", (o) => ({ ...o, claims: {} }), /"claims" must be a list/],
    ["a claim without its sentence", (o) => ({ ...o, claims: [{ ...(o.claims as object[])[0], sentence: undefined }] }), /claims\[0\]\.sentence must be text/],
    ["an unknown kind", (o) => ({ ...o, claims: [{ ...(o.claims as object[])[0], kind: "rumour" }] }), /claims\[0\]\.kind "rumour"/],
    ["a bad sentence mark", (o) => ({ ...o, claims: [{ ...(o.claims as object[])[0], sentenceMark: [1] }] }), /sentenceMark must be two numbers/],
    ["a claim of an unknown source", (o) => ({ ...o, claims: [{ ...(o.claims as object[])[0], source: "zzz" }] }), /claims\[0\]\.source "zzz" is not one of the sources/],
    ["an unknown verdict", (o) => ({ ...o, groups: [{ ...(o.groups as object[])[0], verdict: "maybe" }] }), /groups\[0\]\.verdict "maybe"/],
  ])("rejects %s", (_name, mutate, message) => {
    const text = JSON.stringify(mutate(JSON.parse(json) as Record<string, unknown>));
    expect(() => readSnapshot(text)).toThrow(SnapshotError);
    expect(() => readSnapshot(text)).toThrow(message);
  });

  it("rejects text that is not JSON", () => {
    expect(() => readSnapshot("{ claims: ")).toThrow(/not valid JSON/);
  });
});
