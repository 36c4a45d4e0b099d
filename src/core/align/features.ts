/**
 * What alignment compares besides the value: the words around a claim (weighted by closeness and rarity),
 * the other figures and dates in the same sentence (language-independent, so an English and an Arabic report
 * of "4111 targets in 2299 sorties" meet), and the speaker.
 */
import type { Claim } from "../types.js";
import type { Locale } from "../lang/types.js";
import { stripPrefix, stripPrefixes } from "../lang/lexicon.js";
import { tokenize } from "../text/tokenize.js";
import type { SentenceSpans, Span } from "./mentions.js";
import type { ClaimFacts } from "./compare.js";

export interface Features extends ClaimFacts {
  claim: Claim;
  locale: Locale;
  /** Keyword stems with their weights (closeness to the claim × rarity), L2-normalised. */
  keywords: Keywords;
  /**
   * The same words read through the locale's glossary: a word it lists stands as its concept ("@truce"),
   * others as themselves (digits and Latin names such as "a320" still meet across languages). Worked out
   * when first needed (see glossary.ts), then kept.
   */
  glossed?: Keywords;
  /**
   * Figures and dates mentioned in the same sentence: "target=4111", "date=2015-09-30", each with how much a
   * shared one says (see coMentionWeight).
   */
  coMentions: Map<string, number>;
  /** The figures of the sentence as intervals ("more than 1.7 million voters"), this claim's own as `ownSpan`; see mentions.ts. */
  spans?: SentenceSpans;
  ownSpan?: Span;
  /** Stems of the speaker's name and title. */
  speaker: Set<string>;
  /** Publication date of the claim's source as a day number, if known. */
  day?: number;
  /** Points of the other figures of the same unit in the same sentence, each value once ("31 of 138 seats, 17 of 41"). */
  mates: number[];
  /** Years written in the sentence ("in the 2024 election"): figures about different years are different figures. */
  years: Set<number>;
  /**
   * `years` is the one year of the figure's own date, right after it, and not its article's year («1.3% في أكتوبر
   * 2024» written in 2025): the figure is of the past, and meets only figures of sentences naming that year.
   */
  pastOwnYear: boolean;
  /** The claim is the only one of its unit (or noun) in its source. */
  soleOfUnit: boolean;
  /**
   * Its sentence counts since a start ("since the truce began"): the count only grows. 1 or 0, or -1 until first
   * asked (see accruing() in accrual.ts).
   */
  accrues: number;
  /** No other figure of its unit (or noun) in its source lies within SAME_FIGURE_RATIO of it. */
  aloneInRange: boolean;
  /** Dates: no other written day of its source falls within SOLE_DATE_WINDOW days of it. */
  soleDateNearby: boolean;
  /** The date of a wire's date line: the day it was filed, not a day the story is about (see dateline.ts). */
  dateline: boolean;
  /** Its sentence names years, none of them the year its source was published: it speaks of the past. */
  historical: boolean;
  /** The largest figure of its unit in its source, leaving out the past: for a tally, the headline total. */
  largestOfUnit: boolean;
  /** Exact values of the same unit (or noun) anywhere in its source. */
  sourceValues: ReadonlySet<number>;
  /**
   * The figure this one converts into another currency ("1.31 trillion riyals (about $348 billion)": the riyals),
   * in its base unit as the other claims are; see conversionOf in index.ts.
   */
  convertsFrom: Claim | undefined;
  /** What the figure counts, for namedOtherwise() in index.ts (undefined for spans of time and shares). */
  countKey: string | undefined;
  /** The figures of its source by value (as written): what each counts (see namedOtherwise in index.ts). */
  sourceCounts: ReadonlyMap<number, string>;
  /** Facts of the claim alone that pair scoring asks of every pair, worked out once: isSpecific(), isDistinctive(). */
  specific: boolean;
  distinctive: boolean;
  /** Dates: a full day ("2015-09-30"); a month named with its year away from the article's own month. */
  fullDay: boolean;
  namedMonth: boolean;
  /**
   * The named party the figure belongs to (see anchors.ts), where it is the only figure of its specific unit
   * for that party in its source; undefined otherwise.
   */
  soleAnchor: string | undefined;
  /** What the figure measures, when it is a span of time or a share (see spanSubject.ts). */
  spanSubject: string | undefined;
  /** The only figure of its unit measuring that subject in its source. */
  soleSpan: boolean;
  /** Whose span it is, for a subject that belongs to one person (a defendant's prison term; see spanHolderOf). */
  spanHolder: string | undefined;
  /** The only figure of its unit measuring that subject for that holder in its source. */
  soleHeldSpan: boolean;
  /** What somebody fears or expects the figure to reach, not a count (see projection.ts). */
  projection: boolean;
  /** The share of a running count already counted that the figure's sentence gives, if any (see countedShare.ts). */
  countedShare: number | undefined;
  /** Words naming the place a figure is restricted to ("in the province of El Oro"; see place.ts), if it is. */
  place: readonly string[] | undefined;
}

/** Keyword weight falls with distance from the claim, in words: 1 next to it, ½ at this distance. */
const HALF_WEIGHT_DISTANCE = 6;

export function contentStems(text: string, locale: Locale): { stem: string; start: number }[] {
  const out: { stem: string; start: number }[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== "word" || t.norm.length < 2 || locale.stopwords.has(t.norm)) continue;
    const stem = stripPrefixes(t.norm, locale.clitics);
    if (locale.stopwords.has(stem)) continue;
    out.push({ stem, start: t.start });
  }
  return out;
}

/** Content stems of a text as parallel arrays (compact enough to keep one per distinct sentence), with their ids. */
export interface StemList {
  stems: string[];
  ids: number[];
  starts: number[];
}

export function stemList(text: string, locale: Locale, table: StemIds): StemList {
  const list = contentStems(text, locale);
  return { stems: list.map((s) => s.stem), ids: list.map((s) => table.id(s.stem)), starts: list.map((s) => s.start) };
}

/**
 * stemList() of texts, kept per text, and shared by texts that differ only in their digits. Tokenising
 * (text/tokenize.ts) reads a digit as a digit whatever its value: it never joins a word, so every word of two
 * such texts is the same word at the same offsets, and stemList() keeps only words. Outlets that rewrite a wire
 * story with other figures give such texts (on the 1,000 bench articles, 2,665 distinct sentences are 89 without
 * their digits). Only single-unit digits are read alike (ASCII, Arabic-Indic, extended Arabic-Indic), each
 * for each other; a text is told apart from the others by a hash that reads every digit as 0, then compared
 * character by character, so a text that repeats nothing costs one pass over it.
 */
export class StemLists {
  private readonly byText = new Map<string, StemList>();
  /** Texts tokenised, their lists, and per text the next one of the same hash (-1: none). */
  private readonly texts: string[] = [];
  private readonly lists: StemList[] = [];
  private readonly next: number[] = [];
  /** The first text of each hash. */
  private readonly byHash = new Map<number, number>();

  constructor(
    private readonly locale: Locale,
    private readonly table: StemIds,
  ) {}

  /** Texts looked up past their digits, and how many were found: see of(). */
  private asked = 0;
  private found = 0;
  private blind = true;

  of(text: string): StemList {
    let list = this.byText.get(text);
    if (list) return list;
    list = this.blind ? this.pastDigits(text) : stemList(text, this.locale, this.table);
    this.byText.set(text, list);
    return list;
  }

  /**
   * The list of a text met before with other digits, or a new one. The lookup costs a pass over the text; where
   * the first TRIAL texts find fewer than one in MIN_FOUND_SHARE that way, texts differing only in digits are
   * rare in this input and the rest are tokenised as they come (the lists are the same either way).
   */
  private pastDigits(text: string): StemList {
    const hash = digitBlindHash(text);
    const first = this.byHash.get(hash);
    let list: StemList | undefined;
    for (let k = first ?? -1; k >= 0 && !list; k = this.next[k]!) if (sameButDigits(this.texts[k]!, text)) list = this.lists[k]!;
    if (list) this.found++;
    else {
      list = stemList(text, this.locale, this.table);
      this.byHash.set(hash, this.texts.length);
      this.next.push(first ?? -1);
      this.texts.push(text);
      this.lists.push(list);
    }
    if (++this.asked === TRIAL && this.found * MIN_FOUND_SHARE < TRIAL) this.blind = false;
    return list;
  }
}

/** Texts after which StemLists decides whether looking past digits pays (see pastDigits). */
const TRIAL = 256;
/** It goes on while at least one text in this many was found that way. */
const MIN_FOUND_SHARE = 8;

/** The digits StemLists reads alike: one UTF-16 unit each, and never part of a word. */
function isPlainDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9);
}

/** A hash of a text that reads every digit StemLists reads alike as 0. */
export function digitBlindHash(text: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ (isPlainDigit(c) ? 0x30 : c), 0x01000193);
  }
  // A small integer, which a map hashes at once.
  return h & 0x3fffffff;
}

/** Whether two texts are one text but for their digits (see StemLists). */
export function sameButDigits(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y && !(isPlainDigit(x) && isPlainDigit(y))) return false;
  }
  return true;
}

/**
 * A claim's keyword vector: each stem of its sentence weighted by closeness to the claim (the largest weight
 * where a stem repeats), times its rarity (`rarity[id]`), in the order the stems first occur, scaled to unit
 * length: normalizeWeights() of those weights, worked out through ids instead of maps keyed by stem.
 */
/** Index of the first word starting at or after `offset` (the number of words when none does). */
export function wordIndexAt(starts: readonly number[], offset: number): number {
  const k = starts.findIndex((start) => start >= offset);
  return k < 0 ? starts.length : k;
}

export function keywordsOf(claim: Claim, list: StemList, rarity: Float64Array, table: StemIds): Keywords {
  const { ids: stemIds, starts } = list;
  const [markStart, markEnd] = claim.sentenceMark;
  // Position of the claim among the words: words inside the mark count as distance 0.
  const claimIndex = wordIndexAt(starts, markStart);
  const ids: number[] = [];
  const closeness: number[] = [];
  const at = table.positions();
  for (let i = 0; i < stemIds.length; i++) {
    const start = starts[i]!;
    // Words of the claim itself ("بنحو 4 آلاف", a quote's statement) are its value, compared separately.
    if (start >= markStart && start < markEnd) continue;
    const distance = i < claimIndex ? claimIndex - i : Math.max(0, i - claimIndex);
    const w = 1 / (1 + distance / HALF_WEIGHT_DISTANCE);
    const id = stemIds[i]!;
    const k = at[id]!;
    if (k === 0) {
      ids.push(id);
      closeness.push(Math.max(0, w));
      at[id] = ids.length;
    } else closeness[k - 1] = Math.max(closeness[k - 1]!, w);
  }
  let norm = 0;
  const weights = closeness;
  for (let k = 0; k < ids.length; k++) {
    at[ids[k]!] = 0;
    const w = closeness[k]! * rarity[ids[k]!]!;
    weights[k] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm !== 0) for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! / norm;
  return { ids, weights, size: ids.length, table, selfCosine: -1 };
}

/**
 * keywordsOf() of claims, kept and shared read only. The vector follows from the stem ids of the sentence, in
 * order, and the claim's place among them: the first word at or after its mark (distances are counted from it)
 * and the first at or after the mark's end (the words between are the claim's own, left out). So claims at the
 * same place of one text share a vector (a wire story run by many outlets, one sentence quoted again), and so
 * do claims at the same place among the same words of texts that differ only in their figures: outlets that
 * rewrite a wire story change its numbers and keep its words, the same ids at other offsets (on the 1,000
 * bench articles, 5,306 vectors by text and mark are 130 by content). What is kept per vector (its cosine with
 * itself, its glossary readings) is then worked out once for all of them.
 */
export class KeywordVectors {
  /** Each list's content id (lists of equal ids, in order, have one), or -1 for words not in text order. */
  private readonly contentIds = new Map<StemList, number>();
  /** One list per content id, by a hash of its ids (lists of one hash compared id by id). */
  private readonly byHash = new Map<number, number[]>();
  private readonly contents: StemList[] = [];
  /** Vectors by content id, then by the claim's place among the words (see of()). */
  private readonly byContent: Map<number, Keywords>[] = [];
  /** The last list asked about and its content id: the claims of a sentence come one after another. */
  private lastList: StemList | undefined;
  private lastContent = -1;

  constructor(
    private readonly rarity: Float64Array,
    private readonly table: StemIds,
  ) {}

  /**
   * keywordsOf(claim, list, …), `list` being the stems of claim.sentence. Word starts rise through a list (words
   * in text order), so the words keywordsOf() leaves out as the claim's own, those starting at or after the
   * mark's start and before its end, are those from the first word at or after the start (`first`, from which
   * distances are counted) up to the first at or after the end (`last`).
   */
  of(claim: Claim, list: StemList): Keywords {
    const content = list === this.lastList ? this.lastContent : this.contentOf(list);
    if (content < 0) return keywordsOf(claim, list, this.rarity, this.table);
    const [start, end] = claim.sentenceMark;
    const starts = list.starts;
    let first = 0;
    while (first < starts.length && !(starts[first]! >= start)) first++;
    let last = first;
    while (last < starts.length && !(starts[last]! >= end)) last++;
    const key = first * (starts.length + 1) + last;
    const vectors = this.byContent[content]!;
    let vector = vectors.get(key);
    if (!vector) vectors.set(key, (vector = keywordsOf(claim, list, this.rarity, this.table)));
    return vector;
  }

  private contentOf(list: StemList): number {
    let id = this.contentIds.get(list);
    if (id === undefined) {
      id = this.contentIdOf(list);
      this.contentIds.set(list, id);
    }
    this.lastList = list;
    this.lastContent = id;
    return id;
  }

  private contentIdOf(list: StemList): number {
    const { ids, starts } = list;
    for (let k = 1; k < starts.length; k++) if (!(starts[k - 1]! < starts[k]!)) return -1;
    let hash = ids.length;
    for (let k = 0; k < ids.length; k++) hash = (Math.imul(hash, 31) + ids[k]!) | 0;
    let bucket = this.byHash.get(hash);
    if (!bucket) this.byHash.set(hash, (bucket = []));
    for (const other of bucket) if (sameIds(this.contents[other]!.ids, ids)) return other;
    const id = this.contents.length;
    this.contents.push(list);
    this.byContent.push(new Map());
    bucket.push(id);
    return id;
  }
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The weight of the strongest value two sentences both mention (0 when they share none). */
export function coMentionOverlap(a: Map<string, number>, b: Map<string, number>): number {
  // Asked of every scored pair: no pair array to pick the smaller map, no entry arrays to walk it.
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  if (small.size === 0) return 0;
  let shared = 0;
  small.forEach((w, k) => {
    if (large.has(k)) shared = Math.max(shared, w);
  });
  return shared;
}

/** "killed=2317", "killed=over:150000", "date=2015-09-30": what a claim contributes to its sentence's context. */
export function coMentionKey(c: Claim): string | undefined {
  if (c.kind === "date") return c.relative ? undefined : `date=${String(c.value)}`;
  if (c.kind === "quantity" && (c.unit || c.noun)) return `${c.unit ?? "~" + c.noun}=${c.qualifier ? c.qualifier + ":" : ""}${String(c.value)}`;
  return undefined;
}

/**
 * Keyword weights as parallel arrays: stem ids (into the alignment's StemIds) in the order the weights were
 * given, and the weights. `size` is the number of stems.
 */
export interface Keywords {
  ids: number[];
  weights: number[];
  size: number;
  table: StemIds;
  /** cosine() of the vector with itself once worked out; -1 until then. */
  selfCosine: number;
}

/**
 * Small integer ids for stems, so keyword vectors compare through an array instead of string lookups, and a
 * scratch array with one slot per stem for that comparison.
 */
export class StemIds {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private scratch = new Float64Array(0);
  private at = new Int32Array(0);

  /** How many stems have ids. */
  get size(): number {
    return this.ids.size;
  }

  id(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      this.ids.set(stem, (id = this.ids.size));
      this.names.push(stem);
    }
    return id;
  }

  /** The stem an id stands for. */
  stem(id: number): string {
    return this.names[id]!;
  }

  /** One zeroed slot per stem; a caller that fills slots zeroes them again before returning. */
  slots(): Float64Array {
    if (this.scratch.length < this.ids.size) this.scratch = new Float64Array(this.ids.size);
    return this.scratch;
  }

  /** One zeroed position per stem, for a caller that zeroes what it set before returning. */
  positions(): Int32Array {
    if (this.at.length < this.ids.size) this.at = new Int32Array(Math.max(this.ids.size, this.at.length * 2));
    return this.at;
  }
}

/**
 * Cosine of two L2-normalised keyword vectors: the smaller one's terms in its order, each times the other's
 * weight for that stem (a slot left at 0 when the other lacks it, which adds nothing: weights are positive).
 */
export function cosine(a: Keywords, b: Keywords): number {
  // A vector against itself (claims sharing one, see KeywordVectors: three cosines in ten) sums the same
  // products in the same order every time: worked out once.
  if (a === b) {
    if (a.selfCosine < 0) a.selfCosine = sumOfProducts(a, a);
    return a.selfCosine;
  }
  return a.size <= b.size ? sumOfProducts(a, b) : sumOfProducts(b, a);
}

function sumOfProducts(small: Keywords, large: Keywords): number {
  const slots = small.table.slots();
  for (let k = 0; k < large.ids.length; k++) slots[large.ids[k]!] = large.weights[k]!;
  let sum = 0;
  for (let k = 0; k < small.ids.length; k++) sum += small.weights[k]! * slots[small.ids[k]!]!;
  for (let k = 0; k < large.ids.length; k++) slots[large.ids[k]!] = 0;
  return sum;
}

/** Weights scaled to unit length, in the same order, as a keyword vector. */
export function normalizeWeights(m: Map<string, number>, table: StemIds): Keywords {
  let norm = 0;
  for (const w of m.values()) norm += w * w;
  norm = Math.sqrt(norm);
  const ids: number[] = [];
  const weights: number[] = [];
  for (const [k, w] of m) {
    ids.push(table.id(k));
    weights.push(norm === 0 ? w : w / norm);
  }
  return { ids, weights, size: ids.length, table, selfCosine: -1 };
}

/** Share of the smaller set found in the other. */
export function overlapShare(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  // Claims of one speaker share one set (see speakerStems): six context scores in ten on the 1,000 bench
  // articles compare a set with itself, all of which it holds.
  if (a === b) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const k of small) if (large.has(k)) n++;
  return n / small.size;
}

export function dayNumber(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : Math.round(t / 86_400_000);
}

// Four-digit years written in a sentence, in any digit script; a figure of the sentence itself is excluded by
// its offsets.
const YEAR_RE = /(?<![\p{Nd}.,٫٬])(1[89]\p{Nd}{2}|20\p{Nd}{2})(?![\p{Nd}.,٫٬]\p{Nd}|\p{Nd})/gu;

/** `found`: yearMatches(sentence), for a caller that keeps them per text. */
export function yearsIn(sentence: string, mark: readonly [number, number], found: readonly number[] = yearMatches(sentence)): Set<number> {
  const years = new Set<number>();
  for (let k = 0; k < found.length; k += 3) {
    const index = found[k]!;
    if (index < mark[1] && index + found[k + 1]! > mark[0]) continue;
    years.add(found[k + 2]!);
  }
  return years;
}

// Claims of one sentence come one after another: the sentence's year matches are kept for the next claim.
let lastSentence: string | undefined;
let lastMatches: readonly number[] = [];

/** Each four-digit year of a sentence as (index, length, value), in order. */
export function yearMatches(sentence: string): readonly number[] {
  if (sentence === lastSentence) return lastMatches;
  const ascii = sentence.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  const out: number[] = [];
  for (const m of ascii.matchAll(YEAR_RE)) out.push(m.index, m[0].length, Number(m[0]));
  lastSentence = sentence;
  lastMatches = out;
  return out;
}
