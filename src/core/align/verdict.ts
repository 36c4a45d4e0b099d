/**
 * Verdicts on aligned groups, and their order in the report.
 *
 * - agree: every value the same.
 * - compatible: values differ only as approximations or intervals that overlap ("nearly 2,300" and 2,289), or
 *   a quote is a fragment of a longer one.
 * - discrepancy: values that cannot both be right, or two wordings of one quoted statement.
 * - changed: values differ only between articles published days apart: a running figure moved on.
 */
import type { Claim, Group, Verdict } from "../types.js";
import { describeUnit, describeValue, elided, formatNumber, formatPercent, listed, relativeDifference, shownFigure } from "../format.js";
import { claimPoint, relation } from "./compare.js";
import { movedOn } from "./time.js";
import type { Features } from "./features.js";
import { appendAll, maxOf, minOf } from "../arrays.js";
import { writtenClaim } from "./conversions.js";

interface Cluster {
  members: Features[];
  confidence: number;
  /** A scale slip (see scaleSlip.ts): the larger value over the smaller, a power of 1,000. */
  scaleFactor?: number;
}

const KIND_ORDER = { quantity: 0, date: 1, quote: 2 } as const;
const VERDICT_ORDER: Record<Verdict, number> = { discrepancy: 0, changed: 1, compatible: 2, agree: 3 };

export function buildGroups(clusters: readonly Cluster[]): Group[] {
  const drafts: Omit<Group, "id">[] = [];
  for (const c of clusters) appendAll(drafts, groupsOf(c));
  drafts.sort(
    (a, b) =>
      VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
      b.severity - a.severity ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.claims[0]! < b.claims[0]! ? -1 : a.claims[0]! > b.claims[0]! ? 1 : 0),
  );
  return drafts.map((g, i) => ({ id: `g${i + 1}`, ...g }));
}

function groupsOf({ members, confidence, scaleFactor }: Cluster): Omit<Group, "id">[] {
  const sorted = [...members].sort((a, b) => compareClaims(a.claim, b.claim));
  const claims = sorted.map((f) => f.claim);
  if (scaleFactor !== undefined) return [{ ...group(claims, "discrepancy", confidence), note: scaleNote(claims, scaleFactor) }];
  const verdict = verdictOf(claims);
  if (verdict === "agree" || claims[0]!.kind !== "quantity") return [group(claims, verdict, confidence)];

  // A running figure: split into snapshots of articles published close together. Disagreement inside a
  // snapshot is a discrepancy; a figure that grew between snapshots moved on, even where an earlier "more
  // than 5,300" would still hold.
  const snapshots = snapshotsOf(sorted);
  if (!snapshots) return [group(claims, verdict, confidence)];
  const out: Omit<Group, "id">[] = [];
  for (const snap of snapshots) {
    const snapClaims = snap.map((f) => f.claim).sort(compareClaims);
    if (new Set(snapClaims.map((c) => c.source)).size >= 2) out.push(group(snapClaims, verdictOf(snapClaims), confidence));
  }
  out.push({ ...group(claims, "changed", confidence), note: movedNote(snapshots) });
  return out;
}

/**
 * Snapshots in publication order: a claim starts a new one when it moved on from every claim of the current
 * one (see time.ts). Undefined when everything is one snapshot, or when an undated claim cannot be placed.
 */
function snapshotsOf(members: readonly Features[]): Features[][] | undefined {
  const dated = members.filter((f) => f.day !== undefined);
  // Points worked out once: the sort below asks for them n log n times.
  const points = new Map<Features, number>();
  for (const f of dated) points.set(f, claimPoint(f.claim));
  const point = (f: Features) => points.get(f)!;
  const byDay = dated.sort((a, b) => a.day! - b.day! || point(a) - point(b) || compareClaims(a.claim, b.claim));
  const snaps: Features[][] = [];
  for (const f of byDay) {
    const current = snaps[snaps.length - 1];
    if (current && !current.every((g) => movedOn(g, point(g), f, point(f)))) current.push(f);
    else snaps.push([f]);
  }
  if (snaps.length < 2) return undefined;
  // An undated article that gives exactly the figure of one dated snapshot (the toll of the 11th, when the
  // 12th's articles give a higher one) is that snapshot's figure, not a contradiction of the later one. Any
  // other undated figure leaves the group undated, as before.
  for (const f of members) {
    if (f.day !== undefined) continue;
    const homes = snaps.filter((snap) => snap.some((g) => relation(g.claim, f.claim) === "equal"));
    if (homes.length !== 1) return undefined;
    homes[0]!.push(f);
  }
  return snaps;
}

/**
 * discrepancy when some pair of claims cannot both be right, agree when every pair is equal, else compatible.
 * A group of thousands of claims gives a handful of distinct values, so pairs are taken over distinct values
 * (what relation() reads of a claim), and a value held by two claims is paired with itself.
 */
function verdictOf(claims: readonly Claim[]): Verdict {
  const distinct = new Map<string, { claim: Claim; count: number }>();
  claims.forEach((c, i) => {
    const key = relationKey(c, i);
    const seen = distinct.get(key);
    if (seen) seen.count++;
    else distinct.set(key, { claim: c, count: 1 });
  });
  const values = [...distinct.values()];
  let allEqual = true;
  for (let i = 0; i < values.length; i++) {
    const a = values[i]!;
    if (a.count > 1) {
      const r = relation(a.claim, a.claim);
      if (r === "different") return "discrepancy";
      if (r !== "equal") allEqual = false;
    }
    for (let j = i + 1; j < values.length; j++) {
      const r = relation(a.claim, values[j]!.claim);
      if (r === "different") return "discrepancy";
      if (r !== "equal") allEqual = false;
    }
  }
  return allEqual ? "agree" : "compatible";
}

/** Everything relation() reads of a claim: claims with the same key relate alike to any other. */
export function relationKey(c: Claim, index?: number): string {
  // NaN is not equal to itself: such a claim stays apart, as it would pair by pair.
  if (typeof c.value === "number" && Number.isNaN(c.value)) return `#${index ?? c.id}`;
  // A quote's text counts only for whether words were left out and marked so ("…").
  if (c.kind === "quote") return `quote:${/\.\.\.|…/.test(c.text) ? "…" : ""}:${String(c.value)}`;
  if (c.kind !== "quantity" || !c.qualifier) return `${typeof c.value}:${String(c.value)}`;
  return `~${c.qualifier}:${String(c.min)}:${String(c.max)}`;
}

function group(compared: readonly Claim[], verdict: Verdict, confidence: number): Omit<Group, "id"> {
  // Figures compared in a base unit (see conversions.ts) are shown as written: in their own unit when they
  // share one, else each with its unit.
  const shown = compared.map(writtenClaim);
  const oneUnit = shown.every((c) => c.unit === shown[0]!.unit);
  const claims = oneUnit ? shown : compared;
  const first = claims[0]!;
  const note = oneUnit ? noteOf(claims, verdict) : mixedNote(shown, verdict);
  return {
    kind: first.kind,
    ...(first.kind === "quantity" && first.unit ? { unit: first.unit } : {}),
    verdict,
    claims: claims.map((c) => c.id),
    ...(note ? { note } : {}),
    severity: round(severityOf(claims, verdict) + confidence),
  };
}

/**
 * Exact figures that differ are the most serious (someone has a wrong number), then an exact figure against
 * an approximation, then two approximations; dates that differ count as exact.
 */
function severityOf(claims: readonly Claim[], verdict: Verdict): number {
  if (verdict !== "discrepancy") return 0;
  const first = claims[0]!;
  if (first.kind === "quote") return 2;
  if (first.kind === "date") return 3;
  const exact = claims.filter((c) => !c.qualifier).length;
  if (exact >= 2) return 3;
  return exact === 1 ? 2 : 1;
}

function noteOf(claims: readonly Claim[], verdict: Verdict): string | undefined {
  const first = claims[0]!;
  if (first.kind === "quantity") {
    const values = claims.map((c) => Number(c.value));
    const lo = minOf(values);
    const hi = maxOf(values);
    const distinct = [...new Set(claims.map(describeValue))];
    // One figure given by all ("all give 1 country") is shown with the singular.
    const unit = describeUnit(first, distinct.length === 1 ? shownFigure(first) : undefined);
    if (verdict === "agree") return `all give ${distinct[0]}${unit ? " " + unit : ""}`;
    if (verdict === "compatible") return `${listed(distinct, " / ")}${unit ? " " + unit : ""}: approximations that overlap`;
    // Exact figures differ by an amount; a bound or an approximation is missed by its nearest end.
    const spread =
      claims.every((c) => !c.qualifier) && hi > lo
        ? `differ by ${formatNumber(hi - lo)} (${formatPercent(relativeDifference(lo, hi))})`
        : distinct.length > 2
          ? "cannot all be right"
          : "cannot both be right";
    return `${listed(distinct, " vs ")}${unit ? " " + unit : ""}: ${spread}`;
  }
  if (first.kind === "date") {
    const distinct = [...new Set(claims.map(describeValue))];
    if (verdict === "agree") return `all give ${distinct[0]}`;
    if (verdict === "compatible") return `${listed(distinct, " / ")}: the same date, written with less detail in some sources`;
    return listed(distinct, " vs ");
  }
  if (verdict === "agree") return "same wording";
  if (verdict === "compatible") return "one quotation is a fragment of the other";
  return "two wordings of one statement";
}

/**
 * The note of a scale slip: "165,400,000,000,000 vs 165,400,000,000 riyals: the same digits, but one scale
 * word differs (1,000 times)". A running figure's snapshots are no matter here: no toll grows a thousandfold.
 */
function scaleNote(claims: readonly Claim[], factor: number): string {
  const shown = claims.map(writtenClaim);
  const distinct = [...new Set(shown.map(describeValue))];
  const unit = describeUnit(shown[0]!);
  return `${listed(distinct, " vs ")}${unit ? " " + unit : ""}: the same digits, but the scale differs (${formatNumber(factor)} times): one scale word is likely wrong`;
}

/** The note of a group of figures written in several units of one dimension ("30,000 acres" beside "more than 12,000 hectares"). */
function mixedNote(shown: readonly Claim[], verdict: Verdict): string {
  const distinct = [...new Set(shown.map((c) => `${describeValue(c)} ${describeUnit(c, shownFigure(c))}`.trim()))];
  if (verdict === "compatible" || verdict === "agree") return `${listed(distinct, " / ")}: the same once converted`;
  return `${listed(distinct, " vs ")}: ${distinct.length > 2 ? "cannot all be right" : "cannot both be right"} once converted`;
}

function movedNote(snapshots: readonly Features[][]): string {
  const parts = snapshots.map((snap) => {
    const values = listed([...new Set(snap.map((f) => describeValue(writtenClaim(f.claim))))], " / ");
    const days = snap.map((f) => f.claim.source);
    return `${values} (${listed([...new Set(days)], ", ")})`;
  });
  const unit = describeUnit(writtenClaim(snapshots[0]![0]!.claim));
  // A story followed for months has many snapshots: the first ones and the latest ones tell how it moved.
  return `${unit ? unit + ": " : ""}moved on from ${elided(parts, " to ")}${publishedSpan(snapshots)}`;
}

/** ", articles published 2015-11-18 to 2015-12-12": the days the figures were given on, as the report's reader checks them. */
function publishedSpan(snapshots: readonly Features[][]): string {
  let first = Infinity;
  let last = -Infinity;
  for (const snap of snapshots) {
    for (const f of snap) {
      if (f.day === undefined) continue;
      first = Math.min(first, f.day);
      last = Math.max(last, f.day);
    }
  }
  if (!Number.isFinite(first) || last <= first) return ", articles published on different days";
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const days = last - first;
  return `, articles published ${iso(first)} to ${iso(last)} (${days} day${days === 1 ? "" : "s"} apart)`;
}

export function compareClaims(a: Claim, b: Claim): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

