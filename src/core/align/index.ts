/**
 * Alignment: claims from different articles that report the same thing are grouped, and each group gets a
 * verdict. Candidates come from blocking (candidates.ts); each candidate pair is scored on context; pairs are
 * merged best first, under constraints that stop unrelated figures from chaining into one group.
 */
import type { Claim, Group, SourceInfo } from "../types.js";
import type { Locale } from "../lang/types.js";
import { candidatePairs, withinRatio } from "./candidates.js";
import { GENERIC_UNITS, MAX_RATIO, SAME_FIGURE_RATIO, SNAPSHOT_DAYS, THRESHOLD } from "./constants.js";
import { claimPoint, contextScore, relation, significantDigits, wordingSimilarity } from "./compare.js";
import { closenessWeights, coMentionKey, dayNumber, normalizeWeights, StemTable, type Features } from "./features.js";
import { buildGroups } from "./verdict.js";

export interface AlignInput {
  claims: readonly Claim[];
  sources: readonly SourceInfo[];
  localeOf: (sourceId: string) => Locale;
}

/** Candidate pairs worth merging, best first: parallel arrays, ordered by `order`. */
interface Scored {
  i: Int32Array;
  j: Int32Array;
  score: Float64Array;
  order: Uint32Array;
}

export function align(input: AlignInput): Group[] {
  const features = buildFeatures(input);
  const points = features.map((f) => claimPoint(f.claim));
  const n = features.length;
  const pairs = candidatePairs(features, points);
  const si = new Int32Array(pairs.length);
  const sj = new Int32Array(pairs.length);
  const ss = new Float64Array(pairs.length);
  let count = 0;
  for (const p of pairs) {
    const i = Math.floor(p / n);
    const j = p - i * n;
    const score = pairScore(features[i]!, features[j]!, points[i]!, points[j]!);
    if (score > 0) {
      si[count] = i;
      sj[count] = j;
      ss[count++] = score;
    }
  }
  const order = new Uint32Array(count);
  for (let k = 0; k < count; k++) order[k] = k;
  order.sort((a, b) => ss[b]! - ss[a]! || si[a]! - si[b]! || sj[a]! - sj[b]!);
  const clusters = cluster(features, points, { i: si, j: sj, score: ss, order });
  return buildGroups(clusters.map((c) => ({ members: c.members.map((i) => features[i]!), confidence: c.confidence })));
}

/** Shared by every claim without co-mentions or speaker: features are only read after they are built. */
const NO_STEMS: Set<string> = new Set();

function buildFeatures({ claims, sources, localeOf }: AlignInput): Features[] {
  const published = new Map(sources.map((s) => [s.id, dayNumber(s.published)]));
  const table = new StemTable();
  // Claims in the same sentence of the same source mention each other.
  const bySentence = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = `${c.source}\u0000${c.sentence}`;
    let list = bySentence.get(key);
    if (!list) bySentence.set(key, (list = []));
    list.push(c);
  }
  // Document frequency of stems over distinct sentences, for rarity weights.
  const df: number[] = [];
  for (const list of bySentence.values()) {
    const first = list[0]!;
    for (const id of new Set(table.of(first.sentence, localeOf(first.source)).ids)) df[id] = (df[id] ?? 0) + 1;
  }
  const nSentences = Math.max(1, bySentence.size);
  const rarity: number[] = [];
  const speakers = new Map<string, Set<string>>();
  const features = claims.map((claim) => {
    const locale = localeOf(claim.source);
    const raw = closenessWeights(claim, table.of(claim.sentence, locale));
    const ids: number[] = [];
    const weights: number[] = [];
    for (const [id, w] of raw) {
      const r = (rarity[id] ??= Math.log(1 + nSentences / (df[id] ?? 1)));
      weights.push(w * r);
      ids.push(id);
    }
    let coMentions: Set<string> = NO_STEMS;
    for (const other of bySentence.get(`${claim.source}\u0000${claim.sentence}`) ?? []) {
      if (other.id === claim.id) continue;
      const k = coMentionKey(other);
      if (k) {
        if (coMentions === NO_STEMS) coMentions = new Set();
        coMentions.add(k);
      }
    }
    const day = published.get(claim.source);
    return {
      claim,
      locale,
      keywords: normalizeWeights(ids, weights, table),
      coMentions,
      speaker: claim.speaker ? speakerStems(claim.speaker, locale, table, speakers) : NO_STEMS,
      ...(day !== undefined ? { day } : {}),
    };
  });
  table.forgetTexts();
  return features;
}

/** Stems of a speaker's name and title; one set per distinct speaker and language, shared (read only). */
function speakerStems(speaker: string, locale: Locale, table: StemTable, cache: Map<string, Set<string>>): Set<string> {
  const key = `${locale.code}\u0000${speaker}`;
  let set = cache.get(key);
  if (!set) {
    set = new Set(Array.from(table.of(speaker, locale).ids, (id) => table.stem(id)));
    cache.set(key, set);
  }
  return set;
}

function isDay(c: Claim): boolean {
  return /-\d{2}-\d{2}$/.test(String(c.value));
}

function daysApart(a: Features, b: Features): number | undefined {
  return a.day !== undefined && b.day !== undefined ? Math.abs(a.day - b.day) : undefined;
}

/** Score of a candidate pair, or 0 when they should not be grouped. */
function pairScore(a: Features, b: Features, pa: number, pb: number): number {
  const ca = a.claim;
  const cb = b.claim;
  if (ca.kind !== cb.kind) return 0;
  if (ca.kind === "quote") {
    if (a.locale !== b.locale) return 0;
    const rel = relation(ca, cb);
    if (rel !== "different") return 1;
    const sim = wordingSimilarity(String(ca.value), String(cb.value));
    return sim >= THRESHOLD.wording ? sim : 0;
  }
  const ctx = contextScore(a, b);
  const rel = relation(ca, cb);
  if (rel !== "different") {
    // A specific exact figure of the same unit (4111 targets) rarely coincides by chance.
    const specific = ca.kind === "quantity" && rel === "equal" && !!ca.unit && !GENERIC_UNITS.has(ca.unit) && significantDigits(Number(ca.value)) >= 3;
    if (specific) return Math.max(ctx, 0.5);
    // The same day named in two articles is likely the same event; a month alone needs its context.
    if (ca.kind === "date" && rel === "equal" && isDay(ca) && ctx > 0.05) return Math.max(ctx, THRESHOLD.consistent);
    const needed = ca.unit && GENERIC_UNITS.has(ca.unit) ? THRESHOLD.conflicting : THRESHOLD.consistent;
    return ctx >= needed ? ctx : 0;
  }
  if (ca.kind === "date") {
    // Two dates for one event: only when the context leaves no doubt, within a month of each other, and
    // both written out (a date worked out from "next Thursday" is only as exact as the publication date).
    if (ca.relative || cb.relative) return 0;
    return Math.abs(pa - pb) <= 31 && ctx >= THRESHOLD.conflictingDates ? ctx : 0;
  }
  if (withinRatio(pa, pb, SAME_FIGURE_RATIO) && ctx >= THRESHOLD.conflicting) return ctx;
  const apart = daysApart(a, b);
  if (apart !== undefined && apart > SNAPSHOT_DAYS && withinRatio(pa, pb, MAX_RATIO) && ctx >= THRESHOLD.movedOn) return ctx;
  return 0;
}

class DisjointSets {
  private readonly parent: number[];
  readonly members: number[][];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.members = Array.from({ length: n }, (_, i) => [i]);
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[x] !== r) {
      const next = this.parent[x]!;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const [big, small] = this.members[a]!.length >= this.members[b]!.length ? [a, b] : [b, a];
    this.parent[small] = big;
    const into = this.members[big]!;
    for (const m of this.members[small]!) into.push(m);
    this.members[small] = [];
  }
}

/**
 * What the merge constraints read of a group, kept up to date as groups grow, so that checking two large
 * groups costs their distinct values and shared sources, not the product of their sizes.
 */
class GroupIndex {
  /** One member per distinct (value point, publication day). */
  readonly spots = new Map<string, number>();
  readonly bySource = new Map<string, number[]>();
  /** Members whose claim is a relative date. */
  readonly relative: number[] = [];

  constructor(private readonly features: readonly Features[], private readonly points: readonly number[]) {}

  add(i: number): void {
    const f = this.features[i]!;
    const spot = `${this.points[i]!}/${f.day ?? ""}`;
    if (!this.spots.has(spot)) this.spots.set(spot, i);
    let list = this.bySource.get(f.claim.source);
    if (!list) this.bySource.set(f.claim.source, (list = []));
    list.push(i);
    if (f.claim.relative) this.relative.push(i);
  }
}

/** Below this product of group sizes, the constraints are checked pair by pair. */
const DIRECT_CHECK = 64;

/**
 * Merge pairs best first. Two groups merge only if the result stays one figure: its values within the
 * widest ratio (tighter unless articles are days apart), and any source with two claims in it giving
 * values that agree.
 */
function cluster(features: readonly Features[], points: readonly number[], scored: Scored): { members: number[]; confidence: number }[] {
  const sets = new DisjointSets(features.length);
  const range = points.map((p) => [p, p] as [number, number]);
  // Built for a group the first time it meets another large enough to need it, then kept up to date.
  const indexes: (GroupIndex | undefined)[] = [];
  const indexOf = (root: number): GroupIndex => {
    let index = indexes[root];
    if (!index) {
      index = new GroupIndex(features, points);
      for (const m of sets.members[root]!) index.add(m);
      indexes[root] = index;
    }
    return index;
  };
  // Pairs come best first, so the first merge into a group carries its strongest evidence.
  const confidence = new Array<number>(features.length).fill(0);
  for (const k of scored.order) {
    const i = scored.i[k]!;
    const j = scored.j[k]!;
    const score = scored.score[k]!;
    const ri = sets.find(i);
    const rj = sets.find(j);
    if (ri === rj) continue;
    const a = sets.members[ri]!;
    const b = sets.members[rj]!;
    const ok =
      a.length * b.length <= DIRECT_CHECK
        ? mergeable(features, points, a, b, range[ri]!, range[rj]!)
        : mergeableIndexed(features, points, a, b, range[ri]!, range[rj]!, indexOf(ri), indexOf(rj));
    if (!ok) continue;
    const smaller = a.length >= b.length ? b : a;
    sets.union(ri, rj);
    const root = sets.find(ri);
    const kept = indexes[root];
    if (kept) for (const m of smaller) kept.add(m);
    indexes[root === ri ? rj : ri] = undefined;
    range[root] = [Math.min(range[ri]![0], range[rj]![0]), Math.max(range[ri]![1], range[rj]![1])];
    confidence[root] = Math.max(confidence[ri]!, confidence[rj]!, score);
  }
  const out: { members: number[]; confidence: number }[] = [];
  for (let r = 0; r < features.length; r++) {
    const m = sets.members[r]!;
    if (m.length < 2) continue;
    if (new Set(m.map((i) => features[i]!.claim.source)).size < 2) continue;
    out.push({ members: [...m].sort((a, b) => a - b), confidence: confidence[r]! });
  }
  return out;
}

function mergeable(
  features: readonly Features[],
  points: readonly number[],
  a: readonly number[],
  b: readonly number[],
  ra: [number, number],
  rb: [number, number],
): boolean {
  const kind = features[a[0]!]!.claim.kind;
  if (kind === "quantity") {
    const lo = Math.min(ra[0], rb[0]);
    const hi = Math.max(ra[1], rb[1]);
    if (!withinRatio(lo, hi, SAME_FIGURE_RATIO)) {
      if (!withinRatio(lo, hi, MAX_RATIO)) return false;
      // Wider spreads only between articles far apart in time (a running figure moving on).
      for (const i of a) for (const j of b) if (!spreadAllowed(features, points, i, j)) return false;
    }
  }
  if (a.length * b.length > 4096) return true;
  for (const i of a) for (const j of b) if (conflict(features, i, j)) return false;
  return true;
}

/** mergeable() over the groups' indexes: the same pairs decide, each distinct case checked once. */
function mergeableIndexed(
  features: readonly Features[],
  points: readonly number[],
  a: readonly number[],
  b: readonly number[],
  ra: [number, number],
  rb: [number, number],
  ia: GroupIndex,
  ib: GroupIndex,
): boolean {
  const kind = features[a[0]!]!.claim.kind;
  if (kind === "quantity") {
    const lo = Math.min(ra[0], rb[0]);
    const hi = Math.max(ra[1], rb[1]);
    if (!withinRatio(lo, hi, SAME_FIGURE_RATIO)) {
      if (!withinRatio(lo, hi, MAX_RATIO)) return false;
      for (const i of ia.spots.values()) for (const j of ib.spots.values()) if (!spreadAllowed(features, points, i, j)) return false;
    }
  }
  if (a.length * b.length > 4096) return true;
  // Only claims of one source, or relative dates, can conflict.
  const [small, large] = ia.bySource.size <= ib.bySource.size ? [ia, ib] : [ib, ia];
  for (const [source, mine] of small.bySource) {
    const theirs = large.bySource.get(source);
    if (theirs) for (const i of mine) for (const j of theirs) if (conflict(features, i, j)) return false;
  }
  for (const i of ia.relative) for (const j of b) if (conflict(features, i, j)) return false;
  for (const j of ib.relative) for (const i of a) if (conflict(features, i, j)) return false;
  return true;
}

/** Two values this far apart may share a group only as a running figure reported days apart. */
function spreadAllowed(features: readonly Features[], points: readonly number[], i: number, j: number): boolean {
  if (withinRatio(points[i]!, points[j]!, SAME_FIGURE_RATIO)) return true;
  const apart = daysApart(features[i]!, features[j]!);
  return apart !== undefined && apart > SNAPSHOT_DAYS;
}

/** One source saying two incompatible things, or a relative date against another date. */
function conflict(features: readonly Features[], i: number, j: number): boolean {
  const ci = features[i]!.claim;
  const cj = features[j]!.claim;
  return (ci.source === cj.source || ci.relative === true || cj.relative === true) && relation(ci, cj) === "different";
}
