import { describe, expect, it } from "vitest";
import { diffSnapshots, fails, fingerprint, type GroupChange, type Review } from "../../src/core/diff/index.js";
import type { Claim, Group, Verdict } from "../../src/core/types.js";
import { article, group, snapshot, type SentenceSpec } from "./helpers.js";

interface Figures {
  sortiesA: number;
  sortiesB: number;
  targetsA: number;
  targetsB: number;
  approxA?: boolean;
  dropSortiesA?: boolean;
}

/** Two wires giving sorties and targets; groups as the aligner would make them, ids in report order. */
function corpus(f: Figures, swapIds = false) {
  const a: SentenceSpec[] = [
    ...(f.dropSortiesA ? [] : [{ sentence: `The ministry said ${f.sortiesA} sorties were flown since September 30.`, claims: [{ text: String(f.sortiesA), value: f.sortiesA, unit: "sortie" }] }]),
    {
      sentence: `Gerasimov said ${f.approxA ? "about " : ""}${f.targetsA} targets were destroyed.`,
      claims: [{ text: String(f.targetsA), value: f.targetsA, unit: "target", ...(f.approxA ? { qualifier: "approx" as const, min: f.targetsA - 50, max: f.targetsA + 50 } : {}) }],
    },
  ];
  const b: SentenceSpec[] = [
    { sentence: `During 48 days the air force hit ${f.targetsB} targets in ${f.sortiesB} sorties.`, claims: [{ text: String(f.targetsB), value: f.targetsB, unit: "target" }, { text: String(f.sortiesB), value: f.sortiesB, unit: "sortie" }] },
  ];
  const ca = article("a", a);
  const cb = article("b", b);
  const verdictOf = (x: Claim, y: Claim): Verdict => (x.value === y.value ? (x.qualifier || y.qualifier ? "compatible" : "agree") : x.qualifier ? "compatible" : "discrepancy");
  const pairs: [Claim, Claim][] = [];
  const aSorties = ca.find((c) => c.unit === "sortie");
  const bSorties = cb.find((c) => c.unit === "sortie")!;
  if (aSorties) pairs.push([aSorties, bSorties]);
  pairs.push([ca.find((c) => c.unit === "target")!, cb.find((c) => c.unit === "target")!]);
  let groups: Group[] = pairs.map(([x, y], i) => group(`g${i + 1}`, verdictOf(x, y), [x, y]));
  if (swapIds) groups = groups.reverse().map((g, i) => ({ ...g, id: `g${i + 1}` }));
  return snapshot([...ca, ...cb], groups);
}

const BASE: Figures = { sortiesA: 2289, sortiesB: 2299, targetsA: 4111, targetsB: 4111 };

function changes(groups: GroupChange[]): string[] {
  return groups.map((g) => `${g.change} ${g.unit}: ${g.before?.verdict ?? "-"} → ${g.after?.verdict ?? "-"}`);
}

describe("group verdict changes", () => {
  it.each<[string, Partial<Figures>, string[]]>([
    ["no change", {}, []],
    ["a discrepancy's figure corrected to another wrong one", { sortiesA: 2298 }, ["discrepancy-changed sortie: discrepancy → discrepancy"]],
    ["a discrepancy resolved by a correction", { sortiesA: 2299 }, ["resolved sortie: discrepancy → agree"]],
    ["an agreement turned into a discrepancy", { targetsB: 4110 }, ["new-discrepancy target: agree → discrepancy"]],
    ["a discrepancy whose sentence was removed", { dropSortiesA: true }, ["resolved sortie: discrepancy → -"]],
    ["an agreement become an approximation", { approxA: true }, ["verdict-changed target: agree → compatible"]],
    ["both at once", { sortiesA: 2299, targetsB: 4110 }, ["new-discrepancy target: agree → discrepancy", "resolved sortie: discrepancy → agree"]],
  ])("%s", (_name, edit, expected) => {
    const result = diffSnapshots(corpus(BASE), corpus({ ...BASE, ...edit }));
    expect(changes(result.groups)).toEqual(expected);
  });

  it("compares groups by their claims, not by their ids", () => {
    expect(diffSnapshots(corpus(BASE), corpus(BASE, true)).groups).toEqual([]);
    expect(changes(diffSnapshots(corpus(BASE), corpus({ ...BASE, targetsB: 4110 }, true)).groups)).toEqual(["new-discrepancy target: agree → discrepancy"]);
  });

  it("reports a discrepancy that appeared among claims nobody grouped before", () => {
    const before = corpus(BASE);
    const after = corpus({ ...BASE, targetsB: 4110 });
    const unaligned = { ...before, groups: before.groups.filter((g) => g.unit !== "target") };
    const [g] = diffSnapshots(unaligned, after).groups;
    expect(g?.change).toBe("new-discrepancy");
    expect(g?.before).toBeNull();
    expect(g?.after?.fingerprint).toMatch(/^q-[0-9a-f]{12}$/);
  });
});

describe("failing on discrepancies, and reviews", () => {
  const before = corpus(BASE);
  const after = corpus({ ...BASE, targetsB: 4110 });
  const targets = after.groups.find((g) => g.unit === "target")!;
  const fp = fingerprint(targets, after.claims.filter((c) => targets.claims.includes(c.id)));
  const review: Review = { fingerprint: fp, note: "AFP rounded", by: "A. Editor", date: "2015-11-21" };

  it.each<[string, Partial<Figures>, ReadonlyMap<string, Review>, { change: boolean; discrepancy: boolean }]>([
    ["no change", {}, new Map(), { change: false, discrepancy: false }],
    ["a claim change without a new discrepancy", { sortiesA: 2299 }, new Map(), { change: true, discrepancy: false }],
    ["a new discrepancy", { targetsB: 4110 }, new Map(), { change: true, discrepancy: true }],
    ["a new discrepancy, reviewed", { targetsB: 4110 }, new Map([[fp, review]]), { change: true, discrepancy: false }],
    ["a reviewed discrepancy whose value changed again", { targetsB: 4109 }, new Map([[fp, review]]), { change: true, discrepancy: true }],
    ["an existing discrepancy's figure changed", { sortiesA: 2298 }, new Map(), { change: true, discrepancy: true }],
  ])("%s", (_name, edit, reviews, expected) => {
    const result = diffSnapshots(before, corpus({ ...BASE, ...edit }), { reviews });
    expect({ change: fails(result, "change"), discrepancy: fails(result, "discrepancy") }).toEqual(expected);
    expect(fails(result, "none")).toBe(false);
  });

  it("attaches the review to the discrepancy it names", () => {
    const result = diffSnapshots(before, after, { reviews: new Map([[fp, review]]) });
    expect(result.groups[0]?.reviewed).toEqual(review);
  });
});

describe("fingerprints", () => {
  const snap = corpus(BASE);
  const sorties = snap.groups.find((g) => g.unit === "sortie")!;
  const members = snap.claims.filter((c) => sorties.claims.includes(c.id));
  const fp = fingerprint(sorties, members);

  it.each<[string, () => [Group, Claim[]], boolean]>([
    ["the same discrepancy, claims renumbered and moved", () => [{ ...sorties, id: "g9" }, members.map((c, i) => ({ ...c, id: `x:${i}`, line: c.line + 40, start: c.start + 999 }))], true],
    ["the same discrepancy, claims listed in another order", () => [sorties, [...members].reverse()], true],
    ["the same discrepancy reworded around its figures", () => [sorties, members.map((c) => ({ ...c, sentence: "Reworded: " + c.sentence }))], true],
    // A figure converted to its group's unit (claims.json's `written`) says what its article wrote.
    [
      "the same discrepancy, one figure given in another unit beside its written one",
      () => [sorties, members.map((c) => (c.source === "a" ? { ...c, value: 2 * (c.value as number), min: 0, max: 1e9, written: { value: c.value as number, min: c.min!, max: c.max!, unit: c.unit! } } : c))],
      true,
    ],
    ["one value changed", () => [sorties, members.map((c) => (c.source === "a" ? { ...c, value: 2298, min: 2298, max: 2298 } : c))], false],
    ["a qualifier added", () => [sorties, members.map((c) => (c.source === "a" ? { ...c, qualifier: "approx" as const } : c))], false],
    ["another source", () => [sorties, members.map((c) => (c.source === "a" ? { ...c, source: "c" } : c))], false],
    ["another unit", () => [{ ...sorties, unit: "flight" }, members], false],
  ])("%s", (_name, make, same) => {
    const [g, claims] = make();
    expect(fingerprint(g, claims) === fp).toBe(same);
  });

  it("is pinned: changing its definition would orphan every reviewed file", () => {
    const claim = (source: string, kind: Claim["kind"], value: number | string): Claim => ({
      id: `${source}:x1`,
      source,
      kind,
      text: String(value),
      line: 1,
      column: 1,
      start: 0,
      end: 4,
      value,
      ...(typeof value === "number" ? { min: value, max: value, unit: "sortie" } : {}),
      sentence: String(value),
      sentenceMark: [0, 4],
    });
    expect(fp).toMatch(/^q-[0-9a-f]{12}$/);
    expect(fingerprint({ kind: "quantity", unit: "sortie" }, [claim("000_0d8cddbdda6761d7", "quantity", 2289), claim("002_d0c9e97734a90cd3", "quantity", 2299)])).toBe("q-69b05aad34d6");
    expect(fingerprint({ kind: "date" }, [claim("a", "date", "2015-11-24"), claim("b", "date", "2015-11-26")])).toBe("d-38fda9586bec");
  });
});

describe("claim ids shared by a figure and a quote (claims.json written before ids had a letter per kind)", () => {
  it("resolves a group's members by kind as well as id", () => {
    // Ids were "<source>:<kind initial><n>": a figure and a quote could both be "q1".
    const make = (sortiesA: number) => {
      const a = article("a", [
        { sentence: `The ministry said ${sortiesA} sorties were flown.`, claims: [{ text: String(sortiesA), value: sortiesA, unit: "sortie" }] },
        { sentence: `He said: "We will win this war soon enough."`, claims: [{ text: "We will win this war soon enough", kind: "quote", value: "we will win this war soon enough" }] },
      ]).map((c) => ({ ...c, id: "a:q1" }));
      const b = article("b", [{ sentence: "The air force flew 2,299 sorties.", claims: [{ text: "2,299", value: 2299, unit: "sortie" }] }]);
      const sorties = [a.find((c) => c.kind === "quantity")!, b[0]!];
      expect(sorties[0]!.id).toBe("a:q1");
      return snapshot([...a, ...b], [group("g1", sortiesA === 2299 ? "agree" : "discrepancy", sorties)]);
    };
    const result = diffSnapshots(make(2289), make(2299));
    expect(changes(result.groups)).toEqual(["resolved sortie: discrepancy → agree"]);
    expect(result.groups[0]!.before!.claims.map((c) => c.kind)).toEqual(["quantity", "quantity"]);
  });
});
