/**
 * The order in which scored pairs are merged: highest score first, ties in the order the pairs were scored
 * (candidatePairs gives them sorted by i then j, so that is "i, then j"). A comparator sort over half a million
 * pairs calls back into JavaScript twenty times a pair; here the scores are sorted natively once, each pair
 * gets the rank of its score, and a counting sort by rank keeps equal scores in scoring order.
 */
export function bestFirst(score: Float64Array, count: number): Uint32Array {
  // Distinct scores, ascending (NaN cannot occur: only scores above 0 are kept).
  const { distinct, u } = distinctScores(score, count);
  // Rank 0 for the highest score.
  const rank = new Uint32Array(count);
  const starts = new Uint32Array(u + 1);
  for (let k = 0; k < count; k++) {
    const s = score[k]!;
    let lo = 0;
    let hi = u - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    const r = u - 1 - lo;
    rank[k] = r;
    starts[r + 1]!++;
  }
  for (let r = 0; r < u; r++) starts[r + 1]! += starts[r]!;
  const order = new Uint32Array(count);
  for (let k = 0; k < count; k++) order[starts[rank[k]!]!++] = k;
  return order;
}

/** Most distinct scores gathered by insertion before falling back to a sort of all of them. */
const FEW_SCORES = 64;

/**
 * The distinct values among the first `count` scores, ascending, in `distinct[0 … u)`. Scores come from a few
 * thresholds and floors (17 distinct among the 538k pairs of the 1,000 bench articles), so they are gathered
 * in a small sorted list, runs of one score skipped at once; a sort of every score is only made for inputs with
 * more than FEW_SCORES distinct ones.
 */
export function distinctScores(score: Float64Array, count: number): { distinct: Float64Array; u: number } {
  const few = new Float64Array(FEW_SCORES);
  let u = 0;
  let last = NaN;
  for (let k = 0; k < count; k++) {
    const s = score[k]!;
    if (s === last) continue;
    last = s;
    let lo = 0;
    let hi = u;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (few[mid]! < s) lo = mid + 1;
      else hi = mid;
    }
    if (lo < u && few[lo] === s) continue;
    if (u === FEW_SCORES) return sortedDistinct(score, count);
    few.copyWithin(lo + 1, lo, u);
    few[lo] = s;
    u++;
  }
  return { distinct: few, u };
}

function sortedDistinct(score: Float64Array, count: number): { distinct: Float64Array; u: number } {
  const distinct = score.slice(0, count).sort();
  let u = 0;
  for (let k = 0; k < count; k++) if (k === 0 || distinct[k] !== distinct[u - 1]) distinct[u++] = distinct[k]!;
  return { distinct, u };
}
