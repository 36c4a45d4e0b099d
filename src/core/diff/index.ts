/**
 * `crosscheck diff` as a pure function: two snapshots in, the claims that changed and the verdicts that moved
 * out. Claims are matched by what they say and the words around them (match.ts), never by line or offset,
 * so layout (line endings, trailing spaces, re-wrapped paragraphs, inserted or moved paragraphs) yields no
 * change.
 */
import type { Claim } from "../types.js";
import { changedFields } from "./identity.js";
import { groupChanges } from "./groups.js";
import { matchClaims } from "./match.js";
import type { ClaimChange, DiffResult, GroupChange, Review, Snapshot } from "./types.js";

export type { ChangedField, ClaimChange, DiffResult, GroupChange, GroupChangeType, GroupSide, Review, Snapshot } from "./types.js";
export { fingerprint, discrepancyFingerprints, FINGERPRINT_RE } from "./fingerprint.js";
export { parseReviewed, staleReviews, ReviewedSyntaxError, REVIEWED_FILE, type ReviewedFile, type ReviewWarning } from "./reviewed.js";

export interface DiffOptions {
  /** Reviewed discrepancies by fingerprint; they are marked and do not count for `--fail-on discrepancy`. */
  reviews?: ReadonlyMap<string, Review>;
}

export function diffSnapshots(before: Snapshot, after: Snapshot, options: DiffOptions = {}): DiffResult {
  const matching = matchClaims(before.claims, after.claims);
  const keyed: { change: ClaimChange; key: [string, number, number, number] }[] = [];

  for (const [o, n] of matching.pairs) {
    const b = before.claims[o]!;
    const a = after.claims[n]!;
    const fields = changedFields(b, a);
    if (fields.length === 0) continue;
    keyed.push({ change: { change: "changed", kind: a.kind, source: a.source, before: b, after: a, fields }, key: [a.source, a.start, 0, n] });
  }
  after.claims.forEach((a, n) => {
    if (matching.beforeOf[n] !== -1) return;
    keyed.push({ change: { change: "added", kind: a.kind, source: a.source, before: null, after: a }, key: [a.source, a.start, 0, n] });
  });
  // A removed claim is listed where it used to be: after the NEW position of the claim that preceded it.
  const oldOrder = before.claims.map((_, i) => i).sort((i, j) => inTextOrder(before.claims[i]!, before.claims[j]!) || i - j);
  let anchorSource = "";
  let anchor = -1;
  for (const o of oldOrder) {
    const b = before.claims[o]!;
    if (b.source !== anchorSource) {
      anchorSource = b.source;
      anchor = -1;
    }
    const n = matching.afterOf[o]!;
    const partner = n >= 0 ? after.claims[n] : undefined;
    if (partner && partner.source === b.source) anchor = partner.start;
    else if (n < 0) keyed.push({ change: { change: "removed", kind: b.kind, source: b.source, before: b, after: null }, key: [b.source, anchor, 1, o] });
  }

  keyed.sort((x, y) => compareKeys(x.key, y.key));
  const groups: GroupChange[] = groupChanges(before, after, matching, options.reviews);
  return { changes: keyed.map((k) => k.change), groups };
}

/** Whether a diff counts as failing for `--fail-on`: any change, or a discrepancy nobody has reviewed. */
export function fails(result: DiffResult, on: "change" | "discrepancy" | "none"): boolean {
  if (on === "none") return false;
  if (on === "change") return result.changes.length > 0 || result.groups.length > 0;
  return result.groups.some((g) => (g.change === "new-discrepancy" || g.change === "discrepancy-changed") && !g.reviewed);
}

/**
 * Two single files are two versions of one article even when their names differ (`diff old.txt new.txt`):
 * give OLD's only source NEW's id, so its claims can match.
 */
export function pairSingleSources(before: Snapshot, after: Snapshot): Snapshot {
  if (before.sources.length !== 1 || after.sources.length !== 1) return before;
  const from = before.sources[0]!.id;
  const to = after.sources[0]!.id;
  if (from === to) return before;
  return {
    sources: before.sources.map((s) => ({ ...s, id: to })),
    claims: before.claims.map((c) => (c.source === from ? { ...c, source: to } : c)),
    groups: before.groups,
  };
}

function inTextOrder(a: Claim, b: Claim): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start || a.end - b.end;
}

function compareKeys(a: [string, number, number, number], b: [string, number, number, number]): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] - b[1] || a[2] - b[2] || a[3] - b[3];
}
