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
import { fold } from "../text/normalize.js";

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

/**
 * Score of two quotes of one named speaker in one language, where quoteScore() finds them apart: a minister quoted
 * by two papers in two wordings («ما حدث مأساة وطنية بكل المقاييس، ولن نتسامح مع أي تقصير …» / «ما وقع مأساة
 * وطنية، ولن يفلت أي مقصر من العقاب …»: 0.44 alike, 0.46 of the shorter's words in order) is one statement
 * reworded. Both floors must hold: the speaker's other statements in one story share his words, not their order.
 */
export function sameSpeakerScore(ca: Claim, cb: Claim, wordings: WordingSimilarity): number {
  if (relation(ca, cb) !== "different") return 1;
  const a = String(ca.value);
  const b = String(cb.value);
  if (Math.min(a.split(" ").length, b.split(" ").length) < MIN_MISQUOTE_WORDS) return 0;
  const sim = wordings.similarity(a, b, SAME_SPEAKER.wording);
  return sim >= SAME_SPEAKER.wording && wordsInOrder(a, b) >= SAME_SPEAKER.wordsKept ? sim : 0;
}

/** The floors of sameSpeakerScore(), below THRESHOLD.wording; no pair under them is one statement. */
const SAME_SPEAKER = { wording: 0.4, wordsKept: 0.4 } as const;

/** Words of a speaker's name and title at least this long count (see sameSpeaker). */
const MIN_SPEAKER_WORD = 2;
/** A speaker named in fewer words than this is a body or a bare name, too common to tell statements apart by. */
const MIN_SPEAKER_WORDS = 2;

/**
 * Whether two quotes are given to one named speaker: every word of the shorter name (two words or more) is a word
 * of the longer, punctuation aside ("وزير الشباب والرياضة، عبد الكريم بن سالم" and "وزير الشباب والرياضة عبد الكريم
 * بن سالم").
 */
export function sameSpeaker(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const wa = speakerWords(a);
  const wb = speakerWords(b);
  const [short, long] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (short.size < MIN_SPEAKER_WORDS) return false;
  for (const w of short) if (!long.has(w)) return false;
  return true;
}

function speakerWords(name: string): Set<string> {
  return new Set(fold(name).split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w.length >= MIN_SPEAKER_WORD));
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
  private readonly speakerScores = new Map<number, number>();

  /** `relations`: ids of the same claims' relation keys. */
  constructor(
    private readonly claims: readonly Claim[],
    private readonly relations: RelationIds = new RelationIds(claims),
  ) {}

  score(i: number, j: number): number {
    const ci = this.claims[i]!;
    const cj = this.claims[j]!;
    const a = this.relations.id(i);
    const b = this.relations.id(j);
    const exact = a >= ID_SPAN || b >= ID_SPAN;
    const key = a * ID_SPAN + b;
    let s = exact ? quoteScore(ci, cj, this.wordings) : this.scores.get(key);
    if (s === undefined) this.scores.set(key, (s = quoteScore(ci, cj, this.wordings)));
    // The speaker is no part of the relation key: the looser score of one speaker's two wordings is kept apart.
    if (s > 0 || !sameSpeaker(ci.speaker, cj.speaker)) return s;
    if (exact) return sameSpeakerScore(ci, cj, this.wordings);
    let t = this.speakerScores.get(key);
    if (t === undefined) this.speakerScores.set(key, (t = sameSpeakerScore(ci, cj, this.wordings)));
    return t;
  }
}
