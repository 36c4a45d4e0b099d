/**
 * Scores of candidate pairs of quotes. A statement quoted by many articles meets itself and its other wordings
 * hundreds of thousands of times (the 1,000 bench articles: 260,000 quote pairs, 197 distinct pairs of
 * wordings), and each comparison reads both texts again. The score depends only on what relationKey() holds of
 * each quote (its statement, and whether its text marks words left out), so it is worked out once per ordered
 * pair of such keys.
 */
import type { Claim } from "../types.js";
import { relation, wordsInOrder } from "./compare.js";
import { THRESHOLD } from "./constants.js";
import { relationKey } from "./verdict.js";
import { WordingSimilarity } from "./wording.js";

/** A quotation shorter than this is too short to call a misquote of a longer one by its words alone. */
const MIN_MISQUOTE_WORDS = 5;

/** Score of two quotes in one language: 1 when they can both be right, else how alike their wordings are (0: not one statement). */
export function quoteScore(ca: Claim, cb: Claim, wordings: WordingSimilarity): number {
  const rel = relation(ca, cb);
  if (rel !== "different") return 1;
  const sim = wordings.similarity(String(ca.value), String(cb.value), THRESHOLD.wording);
  if (sim >= THRESHOLD.wording) return wordsInOrder(String(ca.value), String(cb.value)) >= THRESHOLD.wordingWordsKept ? sim : 0;
  // A shorter quotation that keeps most of a longer statement's words in order misquotes it.
  const shorter = Math.min(String(ca.value).split(" ").length, String(cb.value).split(" ").length);
  const kept = shorter >= MIN_MISQUOTE_WORDS ? wordsInOrder(String(ca.value), String(cb.value)) : 0;
  return kept >= THRESHOLD.wordsKept ? kept * THRESHOLD.wording : 0;
}

/** Ids above this would not keep the pair key exact (far above any number of distinct quotes in memory). */
const ID_SPAN = 2 ** 26;

/**
 * Ids of relationKey() for claims by index (equal keys, equal ids), each made the first time asked. One table
 * serves an alignment run: quote scoring reads every quote's, and the merge checks read them again for the
 * members of large groups; a quote's key holds its whole statement, a long string to build and hash.
 */
export class RelationIds {
  private readonly keyIds = new Map<string, number>();
  /** Each claim's key id, + 1 (0: not yet read). */
  private readonly ids: Int32Array;

  constructor(private readonly claims: readonly Claim[]) {
    this.ids = new Int32Array(claims.length);
  }

  id(i: number): number {
    let id = this.ids[i]! - 1;
    if (id < 0) {
      const key = relationKey(this.claims[i]!);
      id = this.keyIds.get(key) ?? -1;
      if (id < 0) this.keyIds.set(key, (id = this.keyIds.size));
      this.ids[i] = id + 1;
    }
    return id;
  }
}

/** quoteScore() of pairs of claims by index, each ordered pair of distinct relation keys scored once. */
export class QuoteScores {
  private readonly wordings = new WordingSimilarity();
  private readonly scores = new Map<number, number>();

  /** `relations`: ids of the same claims' relation keys. */
  constructor(
    private readonly claims: readonly Claim[],
    private readonly relations: RelationIds = new RelationIds(claims),
  ) {}

  score(i: number, j: number): number {
    const a = this.relations.id(i);
    const b = this.relations.id(j);
    if (a >= ID_SPAN || b >= ID_SPAN) return quoteScore(this.claims[i]!, this.claims[j]!, this.wordings);
    const key = a * ID_SPAN + b;
    let s = this.scores.get(key);
    if (s === undefined) this.scores.set(key, (s = quoteScore(this.claims[i]!, this.claims[j]!, this.wordings)));
    return s;
  }
}
