/**
 * Pairing the claims of two versions one to one. First exact pairs: same source, kind, unit, surroundings and
 * content (the claim did not change). Then, within each block of one source, kind and unit, the remaining
 * claims are scored on how alike their surroundings are (and, for quotes, their wordings) and paired best
 * first. Blocks are large only for huge articles; there candidates come from rare shared words instead of all
 * pairs, so the work stays near linear.
 */
import type { Claim } from "../types.js";
import { CONTEXT_MASK, blockKey, contentKey, contextWords, valueKey, wordingWords } from "./identity.js";
import { dice, sortedWords } from "./similarity.js";

/** Least similarity of surroundings for a claim whose value changed, and for one whose value did not. */
const CONTEXT_CHANGED = 0.6;
const CONTEXT_SAME_VALUE = 0.5;
/** A quote whose wording is at least this alike is the same quote, wherever it moved. */
const WORDING_SAME_QUOTE = 0.5;
/** Surroundings with fewer words than this ("he said: «…»") say little; such pairs must also be nearby. */
const INFORMATIVE_WORDS = 4;
/** How far apart (as a share of the source's claims) two weakly identified claims may sit. */
const NEARBY = 0.15;
/** Above this many pairs in a block, candidates come from an index of rare words. */
const ALL_PAIRS_LIMIT = 40_000;
const RARE_WORDS = 12;
const MAX_POSTING = 256;
const MAX_CANDIDATES = 12;
/** Identical buckets larger than this pair in order instead of by distance. */
const SMALL_BUCKET = 4096;

interface Prepared {
  claim: Claim;
  index: number;
  block: string;
  contextKey: string;
  /** Context words without the mask; sorted on first use (`sorted`), for `dice`. */
  bare: string[];
  informative: boolean;
  value: string;
  qualifier: string;
  /** Quotes: wording words, sorted on first use. */
  wordingWords: string[];
  sortedContext?: string[];
  sortedWording?: string[];
  /** Position among its source's claims, 0…1: the order of claims survives insertions elsewhere. */
  position: number;
}

export interface Matching {
  /** [index in before, index in after], for every pair. */
  pairs: [number, number][];
  /** For each claim of `before`, the index of its partner in `after`, or -1. */
  afterOf: number[];
  /** For each claim of `after`, the index of its partner in `before`, or -1. */
  beforeOf: number[];
}

export function matchClaims(before: readonly Claim[], after: readonly Claim[]): Matching {
  const old = prepare(before);
  const neu = prepare(after);
  const afterOf = new Array<number>(old.length).fill(-1);
  const beforeOf = new Array<number>(neu.length).fill(-1);
  const link = (o: number, n: number) => {
    afterOf[o] = n;
    beforeOf[n] = o;
  };

  // Unchanged claims: identical block, surroundings and content.
  const exact = (p: Prepared) => `${p.block}\u0001${p.contextKey}\u0001${contentKey(p.claim)}`;
  const buckets = bucketBoth(old, neu, exact);
  for (const [olds, news] of buckets) pairByPosition(olds, news, link);

  // Changed or reworded claims, block by block.
  const open = bucketBoth(
    old.filter((p) => afterOf[p.index] === -1),
    neu.filter((p) => beforeOf[p.index] === -1),
    (p) => p.block,
  );
  for (const [olds, news] of open) {
    if (olds.length === 0 || news.length === 0) continue;
    const scored: { o: Prepared; n: Prepared; score: number }[] = [];
    for (const [o, n] of candidates(olds, news)) {
      const score = pairScore(o, n);
      if (score !== undefined) scored.push({ o, n, score });
    }
    scored.sort(
      (x, y) =>
        y.score - x.score ||
        Math.abs(x.o.position - x.n.position) - Math.abs(y.o.position - y.n.position) ||
        x.o.index - y.o.index ||
        x.n.index - y.n.index,
    );
    for (const { o, n } of scored) {
      if (afterOf[o.index] !== -1 || beforeOf[n.index] !== -1) continue;
      link(o.index, n.index);
    }
  }

  const pairs: [number, number][] = [];
  afterOf.forEach((n, o) => {
    if (n >= 0) pairs.push([o, n]);
  });
  return { pairs, afterOf, beforeOf };
}

function prepare(claims: readonly Claim[]): Prepared[] {
  const countBySource = new Map<string, number>();
  for (const c of claims) countBySource.set(c.source, (countBySource.get(c.source) ?? 0) + 1);
  // Rank within the source in text order; claims.json lists them that way, but do not rely on it.
  const order = claims.map((_, i) => i).sort((i, j) => compareInSource(claims[i]!, claims[j]!) || i - j);
  const rank = new Array<number>(claims.length);
  const seen = new Map<string, number>();
  for (const i of order) {
    const s = claims[i]!.source;
    const r = seen.get(s) ?? 0;
    seen.set(s, r + 1);
    rank[i] = r;
  }
  return claims.map((claim, index) => {
    const words = contextWords(claim);
    const bare = words.filter((w) => w !== CONTEXT_MASK);
    const n = countBySource.get(claim.source) ?? 1;
    return {
      claim,
      index,
      block: blockKey(claim),
      contextKey: words.join(" "),
      bare,
      informative: bare.length >= INFORMATIVE_WORDS,
      value: valueKey(claim),
      qualifier: claim.qualifier ?? "",
      wordingWords: claim.kind === "quote" ? wordingWords(claim) : [],
      position: n > 1 ? rank[index]! / (n - 1) : 0.5,
    };
  });
}

/** Most claims pair exactly; only those left over are compared word by word, so sort their words lazily. */
function contextOf(p: Prepared): string[] {
  return (p.sortedContext ??= sortedWords(p.bare));
}

function wordingOf(p: Prepared): string[] {
  return (p.sortedWording ??= sortedWords(p.wordingWords));
}

function compareInSource(a: Claim, b: Claim): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : a.start - b.start || a.end - b.end;
}

/** Group both sides by `key`, keys in sorted order so the pairing never depends on Map order. */
function bucketBoth(old: readonly Prepared[], neu: readonly Prepared[], key: (p: Prepared) => string): [Prepared[], Prepared[]][] {
  const map = new Map<string, [Prepared[], Prepared[]]>();
  const add = (p: Prepared, side: 0 | 1) => {
    const k = key(p);
    let entry = map.get(k);
    if (!entry) map.set(k, (entry = [[], []]));
    entry[side].push(p);
  };
  for (const p of old) add(p, 0);
  for (const p of neu) add(p, 1);
  return [...map.keys()].sort().map((k) => map.get(k)!);
}

/**
 * Pair claims that say the same in the same words: nearest position first, so of two identical sentences
 * the one that stayed pairs with itself. Very large buckets pair in text order.
 */
function pairByPosition(olds: readonly Prepared[], news: readonly Prepared[], link: (o: number, n: number) => void): void {
  if (olds.length === 0 || news.length === 0) return;
  if (olds.length === 1 && news.length === 1) return link(olds[0]!.index, news[0]!.index);
  const byPos = (x: Prepared, y: Prepared) => x.position - y.position || x.index - y.index;
  const o = [...olds].sort(byPos);
  const n = [...news].sort(byPos);
  if (o.length * n.length > SMALL_BUCKET) {
    for (let i = 0; i < Math.min(o.length, n.length); i++) link(o[i]!.index, n[i]!.index);
    return;
  }
  const pairs: [Prepared, Prepared][] = [];
  for (const x of o) for (const y of n) pairs.push([x, y]);
  pairs.sort(
    ([a, b], [c, d]) => Math.abs(a.position - b.position) - Math.abs(c.position - d.position) || a.index - c.index || b.index - d.index,
  );
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  for (const [x, y] of pairs) {
    if (usedOld.has(x.index) || usedNew.has(y.index)) continue;
    usedOld.add(x.index);
    usedNew.add(y.index);
    link(x.index, y.index);
  }
}

/** How surely `o` became `n`, higher is surer; undefined when they are not the same claim. */
function pairScore(o: Prepared, n: Prepared): number | undefined {
  const context = o.contextKey === n.contextKey ? 1 : dice(contextOf(o), contextOf(n));
  const nearby = Math.abs(o.position - n.position) <= NEARBY;
  const weak = !(o.informative && n.informative);
  if (o.claim.kind === "quote") {
    const wording = o.value === n.value ? 1 : dice(wordingOf(o), wordingOf(n));
    if (wording >= WORDING_SAME_QUOTE) return context + wording;
    if (context >= CONTEXT_CHANGED && (!weak || nearby)) return context + wording;
    return undefined;
  }
  const sameValue = o.value === n.value && o.qualifier === n.qualifier;
  if (context < (sameValue ? CONTEXT_SAME_VALUE : CONTEXT_CHANGED)) return undefined;
  if (weak && !nearby) return undefined;
  return context + (sameValue ? 0.2 : 0);
}

/** Pairs worth scoring: all of them in an ordinary block, pairs sharing rare words in a huge one. */
function* candidates(olds: readonly Prepared[], news: readonly Prepared[]): Generator<[Prepared, Prepared]> {
  if (olds.length * news.length <= ALL_PAIRS_LIMIT) {
    for (const o of olds) for (const n of news) yield [o, n];
    return;
  }
  const postings = new Map<string, Prepared[]>();
  const byContext = new Map<string, Prepared[]>();
  for (const n of news) {
    for (const w of new Set(termsOf(n))) {
      let list = postings.get(w);
      if (!list) postings.set(w, (list = []));
      list.push(n);
    }
    let same = byContext.get(n.contextKey);
    if (!same) byContext.set(n.contextKey, (same = []));
    same.push(n);
  }
  for (const list of byContext.values()) list.sort((x, y) => x.position - y.position || x.index - y.index);
  for (const o of olds) {
    const terms = [...new Set(termsOf(o))]
      .map((w) => ({ w, list: postings.get(w) }))
      .filter((t): t is { w: string; list: Prepared[] } => t.list !== undefined && t.list.length <= MAX_POSTING)
      .sort((a, b) => a.list.length - b.list.length || (a.w < b.w ? -1 : a.w > b.w ? 1 : 0))
      .slice(0, RARE_WORDS);
    const shared = new Map<Prepared, number>();
    for (const t of terms) for (const n of t.list) shared.set(n, (shared.get(n) ?? 0) + 1);
    // Identical surroundings (a sentence repeated many times): the claims nearest in position.
    for (const n of nearest(byContext.get(o.contextKey) ?? [], o.position, MAX_CANDIDATES)) shared.set(n, (shared.get(n) ?? 0) + RARE_WORDS);
    const best = [...shared.entries()].sort((a, b) => b[1] - a[1] || a[0].index - b[0].index).slice(0, MAX_CANDIDATES);
    for (const [n] of best) yield [o, n];
  }
}

function termsOf(p: Prepared): string[] {
  return p.claim.kind === "quote" ? [...p.bare, ...p.wordingWords.map((w) => "\u0001" + w)] : p.bare;
}

/** Up to `k` of `sorted` (by position) nearest to `position`. */
function nearest(sorted: readonly Prepared[], position: number, k: number): Prepared[] {
  if (sorted.length <= k) return [...sorted];
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.position < position) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.max(0, Math.min(lo - (k >> 1), sorted.length - k));
  return sorted.slice(from, from + k);
}
