/**
 * Candidate pairs for alignment. Claims are blocked so that cost grows with the number of claims, not its
 * square: quantities by unit and then by magnitude (each claim meets only its nearest neighbours in value),
 * dates by month, quotes by the rare words they share.
 */
import type { Features } from "./features.js";
import { MAX_RATIO } from "./constants.js";
import { contentStems } from "./features.js";
import { conceptOf } from "./glossary.js";

/** Neighbours in value each quantity or date is compared with, on each side, per block. */
const NEIGHBOURS = 24;
/** A word shared by more quotes than this says nothing about which statement a quote is. */
const MAX_POSTING = 64;

/**
 * Candidate pairs (i < j) into `features`, from different sources, deduplicated and sorted by i then j, each
 * encoded as i × features.length + j (exact: far below 2^53 for any input that fits in memory).
 */
export function candidatePairs(features: readonly Features[], points: readonly number[], keys: readonly (string | undefined)[] = blockKeys(features)): Float64Array {
  const n = features.length;
  let pairs = new Float64Array(1024);
  let count = 0;
  // Sources as small numbers: asked of every pair, a million times for a thousand articles.
  const ids = new Map<string, number>();
  const source = Int32Array.from(features, (f) => {
    let id = ids.get(f.claim.source);
    if (id === undefined) ids.set(f.claim.source, (id = ids.size));
    return id;
  });
  // Shared words per quote partner, zeroed after each quote, and the last quote each was paired with (see quotePairs).
  let quoteCounts: Int32Array | undefined;
  let quoteMet: Int32Array | undefined;
  const add = (i: number, j: number) => {
    if (i === j || source[i] === source[j]) return;
    if (count === pairs.length) {
      const grown = new Float64Array(pairs.length * 2);
      grown.set(pairs);
      pairs = grown;
    }
    pairs[count++] = i < j ? i * n + j : j * n + i;
  };

  const blocks = new Map<string, number[]>();
  features.forEach((_, i) => {
    const key = keys[i];
    if (key === undefined) return;
    let list = blocks.get(key);
    if (!list) blocks.set(key, (list = []));
    list.push(i);
  });

  for (const [key, members] of [...blocks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (key.startsWith("quote|")) quotePairs(features, members, add, (quoteCounts ??= new Int32Array(n)), (quoteMet ??= new Int32Array(n)));
    else sortedWindowPairs(members, points, key.startsWith("date|") ? Infinity : MAX_RATIO, add);
  }
  // Sorted, then without repeats (a pair can come from two blocks or both directions).
  return sortedUnique(pairs, count, n);
}

/** Below this many pairs for one claim, they are sorted by insertion. */
const INSERTION_SORT = 32;

/**
 * The first `count` encoded pairs (i × n + j, j < n) in ascending order, each once. A numeric sort of a
 * million encoded pairs took 50-60 ms; here a counting sort by i, then each claim's few partners j sorted
 * in place.
 */
export function sortedUnique(pairs: Float64Array, count: number, n: number): Float64Array {
  const starts = new Int32Array(n + 1);
  for (let k = 0; k < count; k++) starts[Math.floor(pairs[k]! / n) + 1]!++;
  for (let i = 0; i < n; i++) starts[i + 1]! += starts[i]!;
  const next = starts.slice(0, n);
  const partners = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const p = pairs[k]!;
    const i = Math.floor(p / n);
    partners[next[i]!++] = p - i * n;
  }
  const out = new Float64Array(count);
  let unique = 0;
  for (let i = 0; i < n; i++) {
    const from = starts[i]!;
    const to = starts[i + 1]!;
    if (to - from > INSERTION_SORT) partners.subarray(from, to).sort();
    else {
      for (let a = from + 1; a < to; a++) {
        const j = partners[a]!;
        let b = a - 1;
        for (; b >= from && partners[b]! > j; b--) partners[b + 1] = partners[b]!;
        partners[b + 1] = j;
      }
    }
    for (let a = from; a < to; a++) if (a === from || partners[a] !== partners[a - 1]) out[unique++] = i * n + partners[a]!;
  }
  return out.slice(0, unique);
}

/**
 * Each claim's place when claims are listed block by block (blocks in key order, each by point): neighbours in
 * this order meet the same neighbours. Claims in no block come last, in index order.
 */
export function blockRanks(features: readonly Features[], points: readonly number[], keys: readonly (string | undefined)[] = blockKeys(features)): Int32Array {
  const order = features.map((_, i) => i);
  order.sort((a, b) => {
    const ka = keys[a];
    const kb = keys[b];
    if (ka !== kb) {
      if (ka === undefined) return 1;
      if (kb === undefined) return -1;
      return ka < kb ? -1 : 1;
    }
    return points[a]! - points[b]! || a - b;
  });
  const rank = new Int32Array(features.length);
  order.forEach((i, r) => (rank[i] = r));
  return rank;
}

/**
 * Each claim's block (see blockKey), made once for candidatePairs() and blockRanks(), one string per distinct
 * block: the sort in blockRanks() compares keys a few hundred thousand times, and equal keys that are one
 * string compare at once.
 */
export function blockKeys(features: readonly Features[]): (string | undefined)[] {
  const one = new Map<string, string>();
  return features.map((f) => {
    const key = blockKey(f);
    if (key === undefined) return undefined;
    const known = one.get(key);
    if (known !== undefined) return known;
    one.set(key, key);
    return key;
  });
}

function blockKey(f: Features): string | undefined {
  const c = f.claim;
  if (c.kind === "quantity") {
    if (c.unit) return `q|${c.unit}`;
    // A counted noun no unit list knows meets the same noun in its own language, or, when the glossary gives it
    // a concept ("workers", «عاملين»), that concept in any language.
    if (c.noun) {
      const concept = conceptOf(c.noun, f.locale);
      return concept !== undefined ? `q|@${concept}` : `q|~${f.locale.code}|${c.noun}`;
    }
    return undefined;
  }
  if (c.kind === "date") {
    const month = /^(?:\d{4}|-)-(\d{2})/.exec(String(c.value));
    return month ? `date|${month[1]}` : undefined;
  }
  return `quote|${f.locale.code}`;
}

/** Within a block sorted by value, each claim meets its nearest neighbours whose ratio stays within bounds. */
function sortedWindowPairs(members: number[], points: readonly number[], maxRatio: number, add: (i: number, j: number) => void): void {
  const sorted = [...members].sort((a, b) => points[a]! - points[b]! || a - b);
  for (let x = 0; x < sorted.length; x++) {
    const i = sorted[x]!;
    for (let y = x + 1, seen = 0; y < sorted.length && seen < NEIGHBOURS; y++) {
      const j = sorted[y]!;
      if (!withinRatio(points[i]!, points[j]!, maxRatio)) break;
      add(i, j);
      seen++;
    }
  }
}

export function withinRatio(a: number, b: number, maxRatio: number): boolean {
  if (maxRatio === Infinity) return true;
  if (a === b) return true;
  if (a <= 0 || b <= 0) return Math.abs(a - b) <= 1;
  return Math.max(a, b) / Math.min(a, b) <= maxRatio;
}

/**
 * Quotes sharing at least two words that few quotes use. Words are small numbers here (one per distinct stem of
 * the block, given in order of first sight), so that the postings, the counts and the neighbour lists are read by
 * index: tens of thousands of quotes each looked their words up by string several times.
 */
function quotePairs(features: readonly Features[], members: number[], add: (i: number, j: number) => void, counts: Int32Array, paired: Int32Array): void {
  // Each quote's partners are added once (paired[j] is the last quote, + 1, that j was added for): its three
  // rarest words mostly lead to the same neighbours, and the rare words to some of them again. The pairs are
  // made unique afterwards anyway; on the 1,000 bench articles half of the pairs added were repeats.
  const addOnce = (i: number, j: number) => {
    if (paired[j] === i + 1) return;
    paired[j] = i + 1;
    add(i, j);
  };
  const words = new Map<string, number>();
  const stemOf: string[] = [];
  const postings: number[][] = [];
  // Each quote's words (by its place in `members`); a statement quoted by several articles is read into words
  // once (the block holds one language), and its quotes share one list.
  const read = new Map<string, number[]>();
  const wordsOf: number[][] = new Array(members.length);
  for (let x = 0; x < members.length; x++) {
    const i = members[x]!;
    const f = features[i]!;
    const value = String(f.claim.value);
    let ids = read.get(value);
    if (!ids) {
      ids = [];
      for (const stem of new Set(contentStems(value, f.locale).map((s) => s.stem))) {
        let id = words.get(stem);
        if (id === undefined) {
          words.set(stem, (id = stemOf.length));
          stemOf.push(stem);
          postings.push([]);
        }
        ids.push(id);
      }
      read.set(value, ids);
    }
    wordsOf[x] = ids;
    for (const id of ids) postings[id]!.push(i);
  }
  // Quotes sharing two words that few quotes use.
  // Counted in an array by partner index (all zero between quotes), the partners met listed in `met`: a map
  // per quote cost more than the counting. The pairs are sorted afterwards, so the order of add() is free.
  const met: number[] = [];
  for (let x = 0; x < members.length; x++) {
    const i = members[x]!;
    for (const id of wordsOf[x]!) {
      const list = postings[id]!;
      if (list.length > MAX_POSTING) continue;
      for (const j of list) if (j > i && counts[j]!++ === 0) met.push(j);
    }
    for (const j of met) {
      if (counts[j]! >= 2) addOnce(i, j);
      counts[j] = 0;
    }
    met.length = 0;
  }
  // A statement quoted by very many articles has no rare word left: its quotes meet their neighbours in the
  // order of their wording, through each quote's rarest words, so the same statement still chains together.
  // Wordings are ranked once (their order as strings): thousands of quotes of one statement are equal strings,
  // each comparison of two of them reads both to the end.
  const ranks = new Map<string, number>();
  [...read.keys()].sort().forEach((value, r) => ranks.set(value, r));
  const rankOf = new Int32Array(features.length);
  for (const i of members) rankOf[i] = ranks.get(String(features[i]!.claim.value))!;
  // A word's quotes in that order (then by index), made the first time the word leads somewhere.
  const ordered: (number[] | undefined)[] = new Array(postings.length);
  const before = (a: number, b: number) => rankOf[a]! - rankOf[b]! || a - b;
  // A quote's rarest common words follow from its words (one list per distinct statement) and the postings.
  const rarest = new Map<number[], number[]>();
  const rarestOf = (ids: number[]): number[] => {
    let out = rarest.get(ids);
    if (!out) {
      const common = ids.filter((id) => postings[id]!.length > MAX_POSTING);
      common.sort((a, b) => postings[a]!.length - postings[b]!.length || (stemOf[a]! < stemOf[b]! ? -1 : stemOf[a]! > stemOf[b]! ? 1 : 0));
      rarest.set(ids, (out = common.slice(0, RAREST_WORDS)));
    }
    return out;
  };
  for (let x = 0; x < members.length; x++) {
    const i = members[x]!;
    for (const id of rarestOf(wordsOf[x]!)) {
      let sorted = ordered[id];
      if (!sorted) ordered[id] = sorted = [...postings[id]!].sort(before);
      const at = placeIn(sorted, i, before);
      for (let k = at + 1; k < sorted.length && k <= at + NEIGHBOURS; k++) addOnce(i, sorted[k]!);
    }
  }
}

/** The place of `i` in `sorted`, which holds it and is in the order `before` gives. */
function placeIn(sorted: readonly number[], i: number, before: (a: number, b: number) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(sorted[mid]!, i) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of a widely quoted statement's words lead to its neighbours. */
const RAREST_WORDS = 3;
