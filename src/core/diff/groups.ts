/**
 * Which groups changed verdict between two versions. Group ids are positional, so groups are compared by
 * their members: each OLD group's claims are carried through the claim matching, and groups that share
 * claims correspond. A discrepancy with the same fingerprint on both sides is the same discrepancy whatever
 * its members became.
 */
import type { Claim, Group } from "../types.js";
import { discrepancyFingerprints } from "./fingerprint.js";
import type { Matching } from "./match.js";
import type { GroupChange, GroupChangeType, GroupSide, Review, Snapshot } from "./types.js";

const ORDER: Record<GroupChangeType, number> = { "new-discrepancy": 0, "discrepancy-changed": 1, resolved: 2, "verdict-changed": 3 };

export function groupChanges(
  before: Snapshot,
  after: Snapshot,
  matching: Matching,
  reviews: ReadonlyMap<string, Review> = new Map(),
): GroupChange[] {
  const oldIndex = idIndex(before);
  const newIndex = idIndex(after);
  // The NEW groups each NEW claim belongs to (a claim can be in a discrepancy and in a moved-on group).
  const newGroupsOf = new Map<number, number[]>();
  after.groups.forEach((g, gi) => {
    for (const id of g.claims) {
      const ni = newIndex.get(memberKey(g.kind, id));
      if (ni === undefined) continue;
      let list = newGroupsOf.get(ni);
      if (!list) newGroupsOf.set(ni, (list = []));
      list.push(gi);
    }
  });

  // overlap[oi]: how many claims OLD group oi shares with each NEW group, by NEW group index.
  const overlap: Map<number, number>[] = before.groups.map((g) => {
    const counts = new Map<number, number>();
    for (const id of g.claims) {
      const oi = oldIndex.get(memberKey(g.kind, id));
      const ni = oi === undefined ? -1 : (matching.afterOf[oi] ?? -1);
      if (ni < 0) continue;
      for (const gi of newGroupsOf.get(ni) ?? []) counts.set(gi, (counts.get(gi) ?? 0) + 1);
    }
    return counts;
  });
  const overlapOfNew: Map<number, number>[] = after.groups.map(() => new Map());
  overlap.forEach((counts, oi) => {
    for (const [ni, n] of counts) overlapOfNew[ni]!.set(oi, n);
  });

  const oldFp = discrepancyFingerprints(before.groups, before.claims);
  const newFp = discrepancyFingerprints(after.groups, after.claims);
  const oldFpSet = new Set(oldFp.values());
  const newFpSet = new Set(newFp.values());
  const side = (snap: Snapshot, g: Group, fp: Map<string, string>): GroupSide => sideOf(snap, g, fp.get(g.id));

  const out: { change: GroupChange; rank: number }[] = [];
  const push = (change: GroupChange, rank: number) => out.push({ change, rank });

  after.groups.forEach((g, ni) => {
    if (g.verdict === "discrepancy") {
      const fp = newFp.get(g.id)!;
      if (oldFpSet.has(fp)) return;
      const prevDiscrepancy = best(overlapOfNew[ni]!, (oi) => before.groups[oi]!.verdict === "discrepancy");
      const prev = prevDiscrepancy ?? best(overlapOfNew[ni]!, () => true);
      const change: GroupChange = {
        change: prevDiscrepancy !== undefined ? "discrepancy-changed" : "new-discrepancy",
        kind: g.kind,
        ...(g.unit !== undefined ? { unit: g.unit } : {}),
        before: prev !== undefined ? side(before, before.groups[prev]!, oldFp) : null,
        after: side(after, g, newFp),
      };
      const review = reviews.get(fp);
      if (review) change.reviewed = review;
      push(change, ni);
      return;
    }
    const prev = best(overlapOfNew[ni]!, () => true, (oi) => before.groups[oi]!.verdict === g.verdict);
    if (prev === undefined) return;
    const old = before.groups[prev]!;
    if (old.verdict === g.verdict || old.verdict === "discrepancy") return;
    push(
      {
        change: "verdict-changed",
        kind: g.kind,
        ...(g.unit !== undefined ? { unit: g.unit } : {}),
        before: side(before, old, oldFp),
        after: side(after, g, newFp),
      },
      ni,
    );
  });

  before.groups.forEach((g, oi) => {
    if (g.verdict !== "discrepancy") return;
    if (newFpSet.has(oldFp.get(g.id)!)) return;
    if (best(overlap[oi]!, (ni) => after.groups[ni]!.verdict === "discrepancy") !== undefined) return;
    const next = best(overlap[oi]!, () => true);
    push(
      {
        change: "resolved",
        kind: g.kind,
        ...(g.unit !== undefined ? { unit: g.unit } : {}),
        before: side(before, g, oldFp),
        after: next !== undefined ? side(after, after.groups[next]!, newFp) : null,
      },
      after.groups.length + oi,
    );
  });

  return out.sort((a, b) => ORDER[a.change.change] - ORDER[b.change.change] || a.rank - b.rank).map((x) => x.change);
}

/** The group with the most shared claims among those `eligible`; ties to `preferred`, then the earlier. */
function best(counts: ReadonlyMap<number, number>, eligible: (i: number) => boolean, preferred: (i: number) => boolean = () => false): number | undefined {
  let bestIndex: number | undefined;
  let bestKey: [number, number, number] = [-1, -1, 0];
  for (const [i, n] of counts) {
    if (!eligible(i)) continue;
    const key: [number, number, number] = [n, preferred(i) ? 1 : 0, -i];
    if (key[0] > bestKey[0] || (key[0] === bestKey[0] && (key[1] > bestKey[1] || (key[1] === bestKey[1] && key[2] > bestKey[2])))) {
      bestKey = key;
      bestIndex = i;
    }
  }
  return bestIndex;
}

/**
 * Claims by kind and id. A claims.json written before ids had one letter per kind used "q" for figures and
 * quotes alike, so there an id alone may name two claims; a group has one kind, which tells them apart.
 */
export function memberKey(kind: string, id: string): string {
  return `${kind}\u0000${id}`;
}

const idIndexCache = new WeakMap<Snapshot, Map<string, number>>();
function idIndex(snap: Snapshot): Map<string, number> {
  let m = idIndexCache.get(snap);
  if (!m) idIndexCache.set(snap, (m = new Map(snap.claims.map((c, i) => [memberKey(c.kind, c.id), i]))));
  return m;
}

function sideOf(snap: Snapshot, g: Group, fingerprint: string | undefined): GroupSide {
  const byId = idIndex(snap);
  const claims = g.claims.map((id) => snap.claims[byId.get(memberKey(g.kind, id)) ?? -1]).filter((c): c is Claim => c !== undefined);
  return {
    id: g.id,
    verdict: g.verdict,
    ...(g.note !== undefined ? { note: g.note } : {}),
    ...(fingerprint !== undefined ? { fingerprint } : {}),
    claims,
  };
}
