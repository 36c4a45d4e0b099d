/**
 * Alignment: claims from different articles that report the same thing are grouped, and each group gets a
 * verdict. Candidates come from blocking (candidates.ts); each candidate pair is scored on context; pairs are
 * merged best first, under constraints that stop unrelated figures from chaining into one group.
 */
import type { Claim, Group, SourceInfo } from "../types.js";
import type { Locale } from "../lang/types.js";
import { blockKeys, blockRanks, candidatePairs, withinRatio } from "./candidates.js";
import { CURRENCY_UNITS, CUMULATIVE_UNITS, REMAINDER_SUFFIX, GENERIC_UNITS, HEADLINE_UNITS, MAX_RATIO, RUNNING_UNITS, SAME_FIGURE_RATIO, SNAPSHOT_DAYS, THRESHOLD } from "./constants.js";
import { claimFacts, claimPoint, contextScore, factsRelation, pairingInterval, relation, type ClaimFacts } from "./compare.js";
import { QuoteScores, RelationIds } from "./quoteScore.js";
import { coMentionWeight, isDistinctive, isSpecific, isSpecificCount } from "./specificity.js";
import { combinedCoMentions, sharesFigure, mentionKeys, nearFigureOverlap, mentionSpan, sentenceSpans, type SentenceSpans, type Span } from "./mentions.js";
import { contentStems, dayNumber, KeywordVectors, StemIds, StemLists, yearMatches, yearsIn, type Features, type StemList } from "./features.js";
import { buildGroups } from "./verdict.js";
import { scaleSlips } from "./scaleSlip.js";
import { spanHolderOf, spanSubjectOf, termAskedBy } from "./spanSubject.js";
import { projectionReader } from "./projection.js";
import { countedShareOf, sameCountStage } from "./countedShare.js";
import { accruing } from "./accrual.js";
import { placeOf, samePlace } from "./place.js";
import { isPartOf } from "./partOf.js";
import { overOtherPeriods } from "./periods.js";
import { movedOn } from "./time.js";
import { datelineDays, isDateline } from "./dateline.js";
import { anchorOf } from "./anchors.js";
import { appendAll } from "../arrays.js";
import { bestFirst } from "./order.js";
import { inBaseUnit, writtenClaim } from "./conversions.js";
import { byPlace, figureEnd, figureStart } from "./byPlace.js";
import { perLocale } from "./perLocale.js";
import { mistypedFigure } from "./slips.js";
import { fold } from "../text/normalize.js";

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
  // Figures of convertible units (weeks and days, acres and hectares) are compared in one base unit.
  const { features, points } = buildFeatures({ ...input, claims: input.claims.map(inBaseUnit) });
  const relations = new RelationIds(features.map((f) => f.claim));
  const { i, j, score, rank } = scoredPairs(features, points, relations);
  // Scored pairs are listed in the order of i, then j: ties between equal scores keep that order. Pairs of
  // figures written in two units of one dimension come after all others: where an article gives a figure in
  // both units ("28 km (17 miles)"), each of its figures first meets the other articles' figures written as it is.
  const order = bestFirst(rank, score.length);
  const clusters = cluster(features, points, { i, j, score, order }, relations);
  const slips = scaleSlips(features, clusters).map((s) => ({ members: s.members.map((m) => features[m]!), confidence: s.confidence, scaleFactor: s.factor }));
  return buildGroups([...clusters.map((c) => ({ members: c.members.map((m) => features[m]!), confidence: c.confidence })), ...slips]);
}

/** Two figures written in two units of one dimension, compared once converted (see conversions.ts). */
function crossUnit(a: Features, b: Features): boolean {
  return (a.written !== undefined || b.written !== undefined) && (a.written ?? a).unit !== (b.written ?? b).unit;
}

/**
 * The candidate pairs that score above 0, in the order of i, then j, with their scores. A function of its own
 * so that the arrays of every candidate (millions of pairs for ten thousand articles) are garbage before
 * clustering starts, not kept alive beside it.
 */
function scoredPairs(features: readonly Features[], points: readonly number[], relations: RelationIds): { i: Int32Array; j: Int32Array; score: Float64Array; rank: Float64Array } {
  const n = features.length;
  const blocks = blockKeys(features);
  const pairs = candidatePairs(features, points, blocks);
  const all = new Float64Array(pairs.length);
  const quotes = new QuoteScores(features.map((f) => f.claim), relations);
  warmUp(pairs, n, features, points, quotes);
  // Scored in the order of their first claim's place among its block's (neighbours in value meet the same
  // neighbours, whose features are then still in the processor's cache), not in the order of claim indexes,
  // which jumps across the whole heap for every pair. The order of scoring changes no score.
  // Whether each pair that scores is one across units, read here while both features are at hand: read again
  // in the index order below, each pair's features were two more reads far apart in memory.
  const across = new Uint8Array(pairs.length);
  let count = 0;
  for (const k of scoringOrder(pairs, n, blockRanks(features, points, blocks))) {
    const p = pairs[k]!;
    const i = Math.floor(p / n);
    const j = p - i * n;
    const a = features[i]!;
    const b = features[j]!;
    const score = pairScore(a, b, points[i]!, points[j]!, quotes, i, j);
    all[k] = score;
    if (score > 0) {
      count++;
      if (crossUnit(a, b)) across[k] = 1;
    }
  }
  const si = new Int32Array(count);
  const sj = new Int32Array(count);
  const ss = new Float64Array(count);
  // The merge order's key: the score, less 1 for a pair across units (see align()).
  let rank = ss;
  let at = 0;
  for (let k = 0; k < pairs.length; k++) {
    const score = all[k]!;
    if (score > 0) {
      const p = pairs[k]!;
      const i = Math.floor(p / n);
      const j = p - i * n;
      si[at] = i;
      sj[at] = j;
      const cross = across[k] === 1;
      if (cross && rank === ss) {
        // The first pair across units: the key parts from the score here.
        rank = new Float64Array(count);
        rank.set(ss.subarray(0, at));
      }
      if (rank !== ss) rank[at] = cross ? score - 1 : score;
      ss[at++] = score;
    }
  }
  return { i: si, j: sj, score: ss, rank };
}

/** Pairs scored ahead, one in this many (see warmUp). */
const WARM_UP_STRIDE = 61;

/**
 * Scores a spread sample of the pairs (one in WARM_UP_STRIDE, in index order, where claims of every kind come
 * mixed: each article gives figures, dates and quotes) and drops the scores. The main pass goes block by
 * block (all dates, then each unit's figures, then quotes), so the engine compiled pairScore and its helpers
 * for the first kinds it met and threw the code away each time a new kind or branch came up (14 times on the
 * 1,000 bench articles; none after this). Every score is a function of its pair, and what pair scoring keeps
 * on the features (glossed vectors, self cosines, accrual flags, quote scores) is the same whenever it is
 * first worked out, so scoring a pair twice changes nothing.
 */
function warmUp(pairs: Float64Array, n: number, features: readonly Features[], points: readonly number[], quotes: QuoteScores): void {
  for (let k = 0; k < pairs.length; k += WARM_UP_STRIDE) {
    const p = pairs[k]!;
    const i = Math.floor(p / n);
    const j = p - i * n;
    pairScore(features[i]!, features[j]!, points[i]!, points[j]!, quotes, i, j);
  }
}

/** Indexes into `pairs` (encoded i × n + j) by the rank of i, pairs of one i in index order (a counting sort). */
function scoringOrder(pairs: Float64Array, n: number, rank: Int32Array): Uint32Array {
  const starts = new Uint32Array(n + 1);
  for (let k = 0; k < pairs.length; k++) starts[rank[Math.floor(pairs[k]! / n)]! + 1]!++;
  for (let r = 0; r < n; r++) starts[r + 1]! += starts[r]!;
  const order = new Uint32Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) order[starts[rank[Math.floor(pairs[k]! / n)]!]!++] = k;
  return order;
}

/** Features of every claim, and each claim's point (see claimPoint). */
function buildFeatures({ claims, sources, localeOf }: AlignInput): { features: Features[]; points: number[] } {
  const published = new Map(sources.map((s) => [s.id, dayNumber(s.published)]));
  // A wire without a publication date is dated by its date line ("RABAT, Sept 27 (Meridian) -").
  for (const [source, day] of datelineDays(claims, published)) published.set(source, day);
  // Claims in the same sentence of the same source mention each other. Keyed source, then sentence: a key
  // made of both would copy every sentence once more (hundreds of megabytes for thousands of articles).
  const bySource = new Map<string, Map<string, Claim[]>>();
  const bySentence: Claim[][] = [];
  // The same lists as indexes into `claims`.
  const indexesBySentence: number[][] = [];
  const sentenceIndex = new Map<Claim[], number[]>();
  claims.forEach((c, k) => {
    let inSource = bySource.get(c.source);
    if (!inSource) bySource.set(c.source, (inSource = new Map()));
    let list = inSource.get(c.sentence);
    if (!list) {
      inSource.set(c.sentence, (list = []));
      bySentence.push(list);
      const indexes: number[] = [];
      indexesBySentence.push(indexes);
      sentenceIndex.set(list, indexes);
    }
    list.push(c);
    sentenceIndex.get(list)!.push(k);
  });
  bySource.clear();
  sentenceIndex.clear();
  // Each distinct text is tokenised once: a sentence holding several claims, repeated across articles, or
  // repeated with other figures (see StemLists).
  const stemIds = new StemIds();
  const stemLists = new Map<Locale, StemLists>();
  const stemsOf = (text: string, locale: Locale): StemList => {
    let lists = stemLists.get(locale);
    if (!lists) stemLists.set(locale, (lists = new StemLists(locale, stemIds)));
    return lists.of(text);
  };
  // Document frequency of stems over distinct sentences, for rarity weights: by stem id, each stem counted
  // once per sentence (`seen` holds the last sentence that counted it, + 1).
  const lists = bySentence.map((list) => stemsOf(list[0]!.sentence, localeOf(list[0]!.source)));
  const df = new Int32Array(stemIds.size);
  const seen = new Int32Array(stemIds.size);
  lists.forEach((list, k) => {
    for (const id of list.ids) {
      if (seen[id] === k + 1) continue;
      seen[id] = k + 1;
      df[id]!++;
    }
  });
  const nSentences = Math.max(1, bySentence.length);
  const rarity = new Float64Array(stemIds.size);
  for (let id = 0; id < rarity.length; id++) rarity[id] = Math.log(1 + nSentences / (df[id]! || 1));
  // A figure with a unit and a noun is given for one grade of something («بنزين 92»): the other grades' figures
  // of its unit are not its rivals nor its source's other values of it.
  const unitKeyOf = (c: Claim) =>
    c.kind === "quantity" ? `${c.source}\u0000${c.unit !== undefined && c.noun !== undefined ? c.unit + "~" + c.noun : (c.unit ?? "~" + (c.noun ?? ""))}` : undefined;
  // Made once per claim: each is looked up in three maps, and a string made anew is hashed anew.
  const unitKeys = claims.map(unitKeyOf);
  // Each claim as written (see conversions.ts), looked up once: several readings below ask for it.
  const writtenOf = claims.map(writtenClaim);
  const valuesBySourceUnit = new Map<string, Set<number>>();
  // What each source counts at each value (see namedOtherwise): one key, or MANY_KEYS.
  const countsBySource = new Map<string, Map<number, string>>();
  // Every point of each source's unit, to tell whether a figure has a rival close in value (see aloneInRange).
  const pointsBySourceUnit = new Map<string, number[]>();
  // The figures of each source's unit, each written value once: a headline that repeats the body's figure ("67
  // passengers" twice) leaves it the only figure of its unit.
  const perSourceUnit = new Map<string, Set<string>>();
  const daysBySource = new Map<string, number[]>();
  for (let m = 0; m < claims.length; m++) {
    const c = claims[m]!;
    const k = unitKeys[m];
    if (k) {
      let seenValues = perSourceUnit.get(k);
      if (!seenValues) perSourceUnit.set(k, (seenValues = new Set()));
      seenValues.add(`${c.qualifier ?? ""}:${String(c.value)}`);
    }
    // Figures written with no qualifier, also those held to their rounding («2.3 مليار دولار», see conversions.ts).
    if (k && !writtenOf[m]!.qualifier) {
      let set = valuesBySourceUnit.get(k);
      if (!set) valuesBySourceUnit.set(k, (set = new Set()));
      set.add(Number(c.value));
    }
    const counted = countKey(c);
    if (counted !== undefined) {
      let byValue = countsBySource.get(c.source);
      if (!byValue) countsBySource.set(c.source, (byValue = new Map()));
      const value = Number(writtenOf[m]!.value);
      const keys = byValue.get(value);
      if (!keys) byValue.set(value, counted);
      else if (keys !== counted) byValue.set(value, MANY_KEYS);
    }
    if (c.kind === "date" && isDay(c) && !c.relative) {
      let list = daysBySource.get(c.source);
      if (!list) daysBySource.set(c.source, (list = []));
      list.push(claimPoint(c));
    }
  }
  // What each sentence mentions, counted once per sentence: text pasted over and over repeats one sentence
  // word for word, and thousands of claims in it must not each walk all the others. Claims with one
  // co-mention key have one weight (both follow from the unit and the value), kept as a maximum.
  const mateKey = (c: Claim) => `${c.unit ?? ""}\u0000${c.noun ?? ""}`;
  const mentionsOf = (list: readonly Claim[], indexes: readonly number[]): SentenceMentions => {
    const keys = new Map<string, { n: number; weight: number }>();
    const matePoints = new Map<string, Map<number, number>>();
    // Figures are mentioned as written (see conversions.ts). Spans are compared pair by pair: only for
    // sentences of a few figures. One list per sentence, shared by
    // its claims (each skips its own).
    let spans: Span[] | undefined;
    let spanOf: Map<Claim, Span> | undefined;
    if (list.length > 1 && list.length <= MAX_SPANS) {
      spans = [];
      spanOf = new Map();
      for (let m = 0; m < list.length; m++) {
        const c = list[m]!;
        const span = mentionSpan(writtenOf[indexes[m]!]!, pairingInterval);
        if (span) {
          spans.push(span);
          spanOf.set(c, span);
        }
      }
    }
    // Each claim's own mention keys, in the order of `list`: make() asks for them again.
    const own: string[][] = [];
    for (let m = 0; m < list.length; m++) {
      const c = list[m]!;
      const mentions = mentionKeys(writtenOf[indexes[m]!]!);
      own.push(mentions.map(([key]) => key));
      for (const [k, weight] of mentions) {
        const seen = keys.get(k);
        if (seen) {
          seen.n++;
          seen.weight = Math.max(seen.weight, weight);
        } else keys.set(k, { n: 1, weight });
      }
      if (c.kind !== "quantity") continue;
      const mate = mateKey(c);
      let bucket = matePoints.get(mate);
      if (!bucket) matePoints.set(mate, (bucket = new Map()));
      const p = points[indexes[m]!]!;
      bucket.set(p, (bucket.get(p) ?? 0) + 1);
    }
    return spans && spans.length > 1 ? { keys, points: matePoints, own, spans: sentenceSpans(spans), spanOf } : { keys, points: matePoints, own, spans: undefined, spanOf: undefined };
  };
  const soleDate = (c: Claim, p: number): boolean => {
    if (c.kind !== "date" || !isDay(c) || c.relative) return false;
    let near = 0;
    for (const q of daysBySource.get(c.source) ?? []) if (Math.abs(q - p) <= SOLE_DATE_WINDOW) near++;
    return near === 1;
  };
  const pubYears = new Map<string, number | undefined>();
  const pubYear = (source: string): number | undefined => {
    if (pubYears.has(source)) return pubYears.get(source);
    const day = published.get(source);
    const year = day === undefined ? undefined : new Date(day * 86_400_000).getUTCFullYear();
    pubYears.set(source, year);
    return year;
  };
  // Year matches per distinct text: a sentence run by many outlets is read once.
  const yearsByText = new Map<string, readonly number[]>();
  // What each claim's sentence says of years, and its point: read once per claim, asked several times below.
  const years: Set<number>[] = new Array(claims.length);
  const historical = new Uint8Array(claims.length);
  const points: number[] = new Array(claims.length);
  // A four-digit figure that counts something («١٨٩٠ محتجزا») is no year: matches on such figures of the
  // sentence are left out, per sentence of a source (one sentence list).
  const countedYears = new Map<number, readonly number[]>();
  for (const indexes of indexesBySentence) {
    const first = claims[indexes[0]!]!;
    let matches = yearsByText.get(first.sentence);
    if (!matches) yearsByText.set(first.sentence, (matches = yearMatches(first.sentence)));
    if (matches.length === 0) continue;
    let kept: number[] | undefined;
    for (let m = 0; m < matches.length; m += 3) {
      const at = matches[m]!;
      const end = at + matches[m + 1]!;
      const counted = indexes.some((k) => {
        const c = claims[k]!;
        return c.kind === "quantity" && (c.unit !== undefined || c.noun !== undefined) && at < c.sentenceMark[1] && end > c.sentenceMark[0];
      });
      if (counted && !kept) kept = matches.slice(0, m) as number[];
      else if (!counted && kept) kept.push(matches[m]!, matches[m + 1]!, matches[m + 2]!);
    }
    if (kept) for (const k of indexes) countedYears.set(k, kept);
  }
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    let matches = countedYears.get(k) ?? yearsByText.get(c.sentence);
    if (!matches) yearsByText.set(c.sentence, (matches = yearMatches(c.sentence)));
    const found = yearsIn(c.sentence, c.sentenceMark, matches);
    const year = pubYear(c.source);
    years[k] = orShared(found);
    historical[k] = year !== undefined && found.size > 0 && !found.has(year) ? 1 : 0;
    points[k] = claimPoint(c);
  }
  // «1.3% في أكتوبر 2024» in an article of 2025: a figure whose own date, right after it, is of another year than
  // its article's is that year's figure, whatever other years its sentence names (see Features.pastOwnYear).
  const pastOwnYear = new Uint8Array(claims.length);
  for (const indexes of indexesBySentence) {
    for (const k of indexes) {
      const c = claims[k]!;
      if (c.kind !== "quantity") continue;
      const own = ownDateYear(c, indexes, claims, localeOf(c.source));
      const year = pubYear(c.source);
      if (own === undefined || year === undefined || own === year) continue;
      years[k] = new Set([own]);
      historical[k] = 1;
      pastOwnYear[k] = 1;
    }
  }
  // A whole's part in its sentence ("32 of the state's 35 districts"; see partOf.ts), by the whole's index.
  const partPoints = new Map<number, number>();
  for (const indexes of indexesBySentence) {
    let previous: number | undefined;
    for (const k of indexes) {
      if (claims[k]!.kind !== "quantity") continue;
      if (previous !== undefined && isPartOf(claims[previous]!, claims[k]!, localeOf(claims[k]!.source))) partPoints.set(k, points[previous]!);
      previous = k;
    }
  }
  // The readers of a figure's surroundings, per distinct place in a sentence (wire copy repeats them).
  const projectionAt = byPlace(projectionReader(), figureStart);
  const countedShareAt = byPlace(countedShareOf, () => 0);
  const anchorAt = byPlace(anchorOf, figureStart);
  const placeAt = byPlace(placeOf, figureEnd);
  // Figures somebody fears or expects (see projection.ts).
  const projections = new Uint8Array(claims.length);
  for (let k = 0; k < claims.length; k++) projections[k] = projectionAt(claims[k]!, localeOf(claims[k]!.source)) ? 1 : 0;
  // The largest present-day figure of each unit in each source; a projection is no headline total.
  const largest = new Map<string, number>();
  for (let k = 0; k < claims.length; k++) {
    const uk = unitKeys[k];
    if (!uk || historical[k] || projections[k]) continue;
    largest.set(uk, Math.max(largest.get(uk) ?? -Infinity, points[k]!));
  }
  // The party each figure of a specific unit belongs to, kept where it is the only figure of its unit for that
  // party in its source.
  const anchors: (string | undefined)[] = new Array(claims.length);
  const perAnchor = new Map<string, number>();
  const anchorKey = (c: Claim, anchor: string) => `${c.source}\u0000${c.unit}\u0000${anchor}`;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    if (c.kind !== "quantity" || !c.unit || GENERIC_UNITS.has(c.unit)) continue;
    const anchor = anchorAt(c, localeOf(c.source));
    if (anchor === undefined) continue;
    anchors[k] = anchor;
    const key = anchorKey(c, anchor);
    perAnchor.set(key, (perAnchor.get(key) ?? 0) + 1);
  }
  for (let k = 0; k < claims.length; k++) {
    const anchor = anchors[k];
    if (anchor !== undefined && perAnchor.get(anchorKey(claims[k]!, anchor)) !== 1) anchors[k] = undefined;
  }
  const speakers = new Map<string, Set<string>>();
  // What each span of time or share measures, kept where it is the only one of its unit for that subject.
  const spanSubjects: (string | undefined)[] = new Array(claims.length);
  // … and whose it is, for a subject that belongs to one person (keyed in perSpan by subject and holder).
  const spanHolders: (string | undefined)[] = new Array(claims.length);
  const perSpan = new Map<string, number>();
  const spanKey = (c: Claim, subject: string) => `${c.source}\u0000${c.unit}\u0000${subject}`;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    if (c.kind !== "quantity" || !c.unit || !GENERIC_UNITS.has(c.unit)) continue;
    const locale = localeOf(c.source);
    const subject = spanSubjectOf(c, stemsOf(c.sentence, locale), stemIds, locale);
    if (subject === undefined) continue;
    spanSubjects[k] = subject;
    // A term asked for is held by who asked for it, and leaves the term handed down the article's only one.
    const asker = termAskedBy(c, subject, stemsOf(c.sentence, locale), stemIds, locale);
    const key = spanKey(c, subject);
    if (asker === undefined) perSpan.set(key, (perSpan.get(key) ?? 0) + 1);
    const holder = asker === undefined ? spanHolderOf(c, subject, stemsOf(c.sentence, locale), stemIds, locale) : `asked\u0000${asker}`;
    if (holder === undefined) continue;
    spanHolders[k] = holder;
    const held = spanKey(c, subject + "\u0000" + holder);
    perSpan.set(held, (perSpan.get(held) ?? 0) + 1);
  }
  // Only figures of specific units are asked (see pairScore).
  for (let k = 0; k < claims.length; k++) {
    const uk = unitKeys[k];
    const unit = claims[k]!.unit;
    if (uk === undefined || !unit || GENERIC_UNITS.has(unit)) continue;
    let list = pointsBySourceUnit.get(uk);
    if (!list) pointsBySourceUnit.set(uk, (list = []));
    list.push(points[k]!);
  }
  for (const list of pointsBySourceUnit.values()) list.sort((x, y) => x - y);
  const aloneInRange = (k: number): boolean => {
    const uk = unitKeys[k];
    const list = uk === undefined ? undefined : pointsBySourceUnit.get(uk);
    if (!list) return false;
    const p = points[k]!;
    // The nearest other values below and above: the first entries either side that differ from p.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    let above = lo;
    while (above < list.length && list[above] === p) above++;
    if (lo > 0 && withinRatio(list[lo - 1]!, p, SAME_FIGURE_RATIO)) return false;
    return !(above < list.length && withinRatio(list[above]!, p, SAME_FIGURE_RATIO));
  };
  const vectors = new KeywordVectors(rarity, stemIds);
  const make = (claim: Claim, k: number, sentence: SentenceMentions, m: number): Features => {
    const locale = localeOf(claim.source);
    // The other claims' mentions and values: this claim's own only when another claim in the sentence has it too.
    const own = sentence.own[m]!;
    let coMentions = NO_MENTIONS;
    for (const [key, { n, weight }] of sentence.keys) {
      if (n <= 1 && own.includes(key)) continue;
      if (coMentions === NO_MENTIONS) coMentions = new Map();
      coMentions.set(key, weight);
    }
    const point = points[k]!;
    const mates: number[] = [];
    if (claim.kind === "quantity") {
      for (const [v, n] of sentence.points.get(mateKey(claim)) ?? []) if (v !== point || n > 1) mates.push(v);
      // A whole's part is its mate whatever the part was read to count.
      const part = partPoints.get(k);
      if (part !== undefined && !mates.includes(part)) mates.push(part);
    }
    const uk = unitKeys[k];
    const past = historical[k] === 1;
    const day = published.get(claim.source);
    // Every Features has the same fields in the same order (absent ones undefined): the pair scoring reads
    // them half a million times, and objects of one shape are read faster than objects of many.
    const facts = claimFacts(claim);
    return {
      // Listed one by one: a spread into a literal this large leaves objects in slow (dictionary) mode.
      kind: facts.kind,
      value: facts.value,
      qualifier: facts.qualifier,
      min: facts.min,
      max: facts.max,
      unit: facts.unit,
      noun: facts.noun,
      relative: facts.relative,
      pairing: facts.pairing,
      written: facts.written,
      date: facts.date,
      dateParts: facts.dateParts,
      claim,
      locale,
      keywords: vectors.of(claim, stemsOf(claim.sentence, locale)),
      glossed: undefined,
      coMentions,
      spans: sentence.spans,
      ownSpan: sentence.spans ? sentence.spanOf!.get(claim) : undefined,
      speaker: claim.speaker ? speakerStems(claim.speaker, locale, speakers) : NO_STEMS,
      day,
      mates: mates.length > 0 ? mates : NO_MATES,
      years: years[k]!,
      pastOwnYear: pastOwnYear[k] === 1,
      soleOfUnit: uk !== undefined && perSourceUnit.get(uk)?.size === 1,
      aloneInRange: claim.kind === "quantity" && aloneInRange(k),
      accrues: -1,
      soleDateNearby: soleDate(claim, point),
      dateline: claim.kind === "date" && isDateline(claim),
      historical: past,
      largestOfUnit: uk !== undefined && !past && projections[k] === 0 && largest.get(uk) === point,
      sourceValues: (uk !== undefined ? valuesBySourceUnit.get(uk) : undefined) ?? NO_VALUES,
      convertsFrom: undefined,
      countKey: countKey(claim),
      sourceCounts: countsBySource.get(claim.source) ?? NO_COUNTS,
      // How much a figure says on its own is read as written ("six weeks" is no specific 42 days).
      specific: isSpecific(writtenOf[k]!),
      distinctive: isDistinctive(writtenOf[k]!),
      fullDay: claim.kind === "date" && isDay(claim),
      namedMonth: claim.kind === "date" && namedMonth(claim, day),
      soleAnchor: anchors[k],
      spanSubject: spanSubjects[k],
      soleSpan: spanSubjects[k] !== undefined && perSpan.get(spanKey(claim, spanSubjects[k]!)) === 1,
      spanHolder: spanHolders[k],
      soleHeldSpan: spanHolders[k] !== undefined && perSpan.get(spanKey(claim, spanSubjects[k]! + "\u0000" + spanHolders[k]!)) === 1,
      projection: projections[k] === 1,
      countedShare: countedShareAt(claim, locale),
      place: claim.kind === "quantity" ? placeAt(claim, locale) : undefined,
    };
  };
  // Sentence by sentence, so that what a sentence mentions is let go as soon as its claims have their
  // features (kept for all sentences at once, it was copied by every young-generation collection).
  const features = new Array<Features>(claims.length);
  bySentence.forEach((list, s) => {
    const indexes = indexesBySentence[s]!;
    const sentence = mentionsOf(list, indexes);
    for (let m = 0; m < list.length; m++) features[indexes[m]!] = make(list[m]!, indexes[m]!, sentence, m);
    if (list.length > 1) for (let m = 0; m < list.length; m++) {
      const from = conversionOf(m, indexes, writtenOf);
      if (from !== undefined) features[indexes[m]!]!.convertsFrom = claims[from];
    }
  });
  return { features, points };
}

/**
 * The index of the figure the sentence's claim `at` converts into another currency, if it does: the nearest figure before it in its
 * sentence, in another currency, with only its unit's words and a bracket or a word of equivalence between
 * ("1.31 trillion riyals (about $348 billion)", «1147 مليار ريال، أي ما يعادل 305.87 مليار دولار», "SR1.147 trillion
 * ($306 billion)").
 */
function conversionOf(at: number, indexes: readonly number[], writtenOf: readonly Claim[]): number | undefined {
  const c = writtenOf[indexes[at]!]!;
  if (c.kind !== "quantity" || c.unit === undefined || !CURRENCY_UNITS.has(c.unit)) return undefined;
  // Claims of a sentence are in text order: the nearest figure before `c` is the claim before it (a look
  // over the whole sentence for each currency figure would be quadratic in sentences of thousands of figures).
  const best = at - 1;
  if (best < 0 || writtenOf[indexes[best]!]!.sentenceMark[1] > c.sentenceMark[0]) return undefined;
  const p = writtenOf[indexes[best]!]!;
  if (p.unit === undefined || p.unit === c.unit || !CURRENCY_UNITS.has(p.unit)) return undefined;
  const between = c.sentence.slice(p.sentenceMark[1], c.sentenceMark[0]);
  if (between.length > MAX_CONVERSION_LINK || /\p{Nd}/u.test(between) || !CONVERSION_LINK.test(between)) return undefined;
  return indexes[best]!;
}

/** Longest text between a figure and its conversion: the unit's words and the link. */
const MAX_CONVERSION_LINK = 40;
/** A bracket, or a word of equivalence ("or", "equivalent to", «أي», «يعادل»), between a figure and its conversion. */
const CONVERSION_LINK = /[(\[]|\bor\b|equivalent|equal to|يعادل|يوازي|أي\s/iu;

const NO_VALUES: ReadonlySet<number> = new Set();
// Shared by every claim without a speaker, co-mentions or years: features are only read once built, and a
// quarter of a million empty collections would take tens of megabytes.
const NO_STEMS: Set<string> = new Set();
const NO_MENTIONS: Map<string, number> = new Map();
const NO_MATES: number[] = [];
const NO_YEARS: Set<number> = new Set();

function orShared(years: Set<number>): Set<number> {
  return years.size === 0 ? NO_YEARS : years;
}

/** Stems of a speaker's name and title: one set per distinct speaker and language, shared (read only). */
function speakerStems(speaker: string, locale: Locale, cache: Map<string, Set<string>>): Set<string> {
  const key = `${locale.code}\u0000${speaker}`;
  let set = cache.get(key);
  if (!set) cache.set(key, (set = new Set(contentStems(speaker, locale).map((s) => s.stem))));
  return set;
}

/** What the claims of one sentence mention (see buildFeatures). */
interface SentenceMentions {
  keys: Map<string, { n: number; weight: number }>;
  points: Map<string, Map<number, number>>;
  /** mentionKeys() of each claim of the sentence (the keys only), in order. */
  own: string[][];
  spans: SentenceSpans | undefined;
  spanOf: Map<Claim, Span> | undefined;
}

/** Sentences with more figures than this are not compared figure by figure as spans (see mentions.ts). */
const MAX_SPANS = 16;

/** A date is the only one of its source in this many days either side (see Features.soleDateNearby). */
const SOLE_DATE_WINDOW = 10;
/** Two sole dates this close are taken for one event. */
const NEARBY_DAYS = 3;

/** Figures this close (as a ratio) that can both be right may be confirmed by glossary words across languages. */
const CLOSE_RATIO = 1.1;

/** Context a pair of sole figures of one specific unit gets (see pairScore). */
const SOLE_FIGURE_CONTEXT = 0.45;

/**
 * Whether two figures can be about the same thing at all, before any context: each must be the figure of
 * its sentence nearest in value to the other (in "31 of 138 seats, 17 of them from a list of 41", 32 meets 31,
 * not 41), and sentences that name different years speak of different years.
 */
function sameSubject(a: Features, b: Features, pa: number, pb: number, matedBySubject = false): boolean {
  if (a.kind !== "quantity") return true;
  // Days apart, a tally's total may have grown past the parts a later article breaks it into ("3,046 dead,
  // 2,104 of them in Turkey" against an earlier 2,371): nearness in value says nothing then.
  const apart = daysApart(a, b);
  const tallyDaysApart = apart !== undefined && apart > 1 && !!a.unit && RUNNING_UNITS.has(a.unit);
  const gap = distance(pa, pb);
  if (!tallyDaysApart && !matedBySubject) {
    // A figure both sentences give ("up from 2.6%" in each) is its own counterpart: it does not stand nearer to
    // the figures that changed from it, on one side of it ("2.8%" in one, "3.2%" in the other), which are then
    // one figure misreported. Figures on either side of it («1.09 تريليون» last year, "1.313 trillion" of spending,
    // beside the revenue's 1.147 in each) play other parts.
    const shared = (m: number) => a.mates.includes(m) && b.mates.includes(m) && (pa - m) * (pb - m) > 0;
    for (const m of b.mates) if (distance(pa, m) < gap && !shared(m)) return false;
    for (const m of a.mates) if (distance(pb, m) < gap && !shared(m)) return false;
  }
  if (a.years.size > 0 && b.years.size > 0) {
    for (const y of a.years) if (b.years.has(y)) return true;
    return false;
  }
  // A figure dated to a past year by its own date meets only figures of sentences that name that year: another
  // article's figure given with no year is of its own day («ارتفاع الطعام 1.2% على أساس شهري» is not last year's
  // «1.3% في أكتوبر 2024»).
  return !a.pastOwnYear && !b.pastOwnYear;
}

/** The locale's words that give a figure the period of a date right after them (AlignWords.periodPrepositions), folded. */
const periodWords = perLocale<ReadonlySet<string>>((locale) => new Set((locale.align?.periodPrepositions ?? []).map(fold)));

/**
 * The year of the date written right after a figure in its sentence, with at most one of those words between
 * («1.3% في أكتوبر 2024», "rose 2% in 2023"): the figure's own period. Not a start ("since December"), which a
 * count runs from; undefined when no date follows so closely.
 */
function ownDateYear(c: Claim, indexes: readonly number[], claims: readonly Claim[], locale: Locale): number | undefined {
  for (const k of indexes) {
    const d = claims[k]!;
    if (d.kind !== "date" || d.relative || d.sentenceMark[0] < c.sentenceMark[1]) continue;
    const gap = c.sentence.slice(c.sentenceMark[1], d.sentenceMark[0]).trim();
    if (gap !== "" && !periodWords(locale)?.has(fold(gap))) return undefined;
    const m = /^(\d{4})/.exec(String(d.value));
    return m ? Number(m[1]) : undefined;
  }
  return undefined;
}

/** A specific figure given exactly, beside an approximation or a bound. */
function exactBesideBound(exact: Features, other: Features): boolean {
  return exact.specific && other.qualifier !== undefined && other.qualifier !== "exact" && other.qualifier !== "range";
}

/** The same figure written the same way ("8 مليارات دولار", "$8 billion"; "نحو 41 ألف", "about 41,000"). */
function sameFigure(a: ClaimFacts, b: ClaimFacts): boolean {
  // Figures converted or held to their rounding (see conversions.ts) are compared as written, in one unit.
  if (a.written || b.written) {
    const wa = a.written ?? a;
    const wb = b.written ?? b;
    if (wa.unit === wb.unit) return wa.kind === "quantity" && wa.value === wb.value && wa.qualifier === wb.qualifier;
  }
  return a.kind === "quantity" && b.kind === "quantity" && a.value === b.value && a.qualifier === b.qualifier;
}

function distance(x: number, y: number): number {
  if (x > 0 && y > 0) return Math.abs(Math.log(x / y));
  return Math.abs(x - y);
}

function isDay(c: Claim): boolean {
  return /-\d{2}-\d{2}$/.test(String(c.value));
}

/** A month written with its year ("June 2022", "يونيو 2022"), not the month its article (published on `day`) appeared in. */
function namedMonth(c: Claim, day: number | undefined): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(String(c.value));
  if (!m || c.relative || !/\p{Nd}{4}/u.test(c.text)) return false;
  if (day === undefined) return true;
  const published = new Date(day * 86_400_000);
  return published.getUTCFullYear() !== Number(m[1]) || published.getUTCMonth() + 1 !== Number(m[2]);
}

function daysApart(a: Features, b: Features): number | undefined {
  return a.day !== undefined && b.day !== undefined ? Math.abs(a.day - b.day) : undefined;
}

/**
 * How two figures' places relate: "same" (neither restricted to a place, or both to one named in the same
 * language), "other" (two places), "unknown" (one restricted, or both across languages).
 */
function placeMatch(a: Features, b: Features): "same" | "other" | "unknown" {
  if (!a.place && !b.place) return "same";
  if (!a.place || !b.place || a.locale !== b.locale) return "unknown";
  return samePlace(a.place, b.place) ? "same" : "other";
}

/** Score of a candidate pair, or 0 when they should not be grouped. */
function pairScore(a: Features, b: Features, pa: number, pb: number, quotes: QuoteScores, i: number, j: number): number {
  if (a.kind !== b.kind) return 0;
  if (a.kind === "quote") return a.locale === b.locale ? quotes.score(i, j) : 0;
  // Two conversions into one currency stand for the figures they convert: "1.31 trillion riyals (about $348
  // billion)" and «1147 مليار ريال، أي ما يعادل 305.87 مليار دولار» convert spending and revenue, and never meet.
  if (a.convertsFrom !== undefined && b.convertsFrom !== undefined && a.convertsFrom.unit === b.convertsFrom.unit && relation(a.convertsFrom, b.convertsFrom) === "different") return 0;
  // What somebody fears a toll may reach is not a count: it neither contradicts one nor confirms it.
  if (a.projection !== b.projection) return 0;
  // Snapshots of a count still running ("with 88.42 percent of the votes counted") meet only their own stage.
  if (!sameCountStage(a.countedShare, b.countedShare)) return 0;
  // A figure for one named place ("11 dead in the province of El Oro") is a part of the story's total ("the
  // earthquake left 14 dead"), not another report of it: it is set against a figure only for the same place (in
  // one language: names are not glossed), never against another place's; elsewhere it may only agree.
  const placed = placeMatch(a, b);
  if (placed === "other") return 0;
  // So is a figure given for one grade of a product («بنزين 92»), in one language, against another grade's.
  if (a.kind === "quantity" && a.unit !== undefined && a.noun !== undefined && b.noun !== undefined && a.locale === b.locale && a.noun !== b.noun) return 0;
  // Two articles that each give one span of time or share of one subject (a truce's length, the turnout) give
  // it for the same thing: the other figures of its sentence (the talks' nine days beside the truce's ten) are
  // no nearer counterparts.
  // A court gives each defendant his own term: two articles that each give one term for the same role (the
  // agency's former head, his deputy) give it for the same person, beside the other defendants' terms.
  const spanned =
    a.spanSubject !== undefined &&
    a.spanSubject === b.spanSubject &&
    ((a.soleSpan && b.soleSpan) || (a.soleHeldSpan && b.soleHeldSpan && a.spanHolder === b.spanHolder));
  // Two outlets' conversions of figures that can be one («97.5 مليار ريال (21 مليار دولار)», "97.54 billion riyals
  // ($26.01 billion)") are one figure converted twice, whatever else of the currency their sentences give (an
  // analysts' estimate beside it): more than CLOSE_RATIO apart, one conversion is wrong (nearer, outlets' rates and
  // roundings differ, and the context decides as before).
  // Only figures given as a point (exact or about): a bound («يقل عن 245 مليار ريال», "less than") reaches far.
  const convertedAlike =
    a.convertsFrom !== undefined && b.convertsFrom !== undefined && a.convertsFrom.unit === b.convertsFrom.unit && !withinRatio(pa, pb, CLOSE_RATIO) &&
    pointLike(a.convertsFrom) && pointLike(b.convertsFrom) && relation(a.convertsFrom, b.convertsFrom) !== "different";
  if (!sameSubject(a, b, pa, pb, spanned || convertedAlike)) return 0;
  // One figure written the same way in two languages is compared on the words the two languages can share
  // (bridged()): the rest of either sentence says nothing of whether they meet. The whole-sentence likeness
  // still counts when it is the higher ("15 of the injured were in critical condition" beside an Arabic
  // sentence that gives the victims' ages first shares too few concepts to pass on them alone).
  const same = sameFigure(a, b);
  let ctx = same && a.locale !== b.locale ? Math.max(contextScore(a, b, true, true), contextScore(a, b, true)) : contextScore(a, b, same);
  // Two articles on one story that each give one figure of a specific unit (passengers, detainees) give it
  // for the same thing, in whatever language.
  if (a.kind === "quantity" && a.soleOfUnit && b.soleOfUnit && a.unit && !GENERIC_UNITS.has(a.unit) && !namedOtherwise(a, b) && !namedOtherwise(b, a)) ctx = Math.max(ctx, SOLE_FIGURE_CONTEXT);
  // So do two that each give one figure of such a unit for the same named party ("Iraq's target falls to 4.22
  // million bpd", "Iraq's new ceiling is 4.32 million barrels a day").
  // The party is read loosely (the nearest name before the figure): alone it sets against each other only
  // figures close in value ("4.22 million" and "4.32 million bpd"), not any two of one party ("Israel will
  // release 1,000 detainees" and "Israel's justice ministry said 737 prisoners …" are two sets).
  const anchoredOnly = ctx < THRESHOLD.conflicting && a.soleAnchor !== undefined && a.soleAnchor === b.soleAnchor && a.locale === b.locale;
  if (anchoredOnly) ctx = Math.max(ctx, SOLE_FIGURE_CONTEXT);
  // The largest present-day figure of a tally in each article is its headline total ("the toll rose to …").
  if (a.kind === "quantity" && a.largestOfUnit && b.largestOfUnit && a.unit && HEADLINE_UNITS.has(a.unit)) ctx = Math.max(ctx, SOLE_FIGURE_CONTEXT);
  if (spanned) ctx = Math.max(ctx, SOLE_FIGURE_CONTEXT);
  if (convertedAlike) ctx = Math.max(ctx, THRESHOLD.conflicting);
  const rel = factsRelation(a, b);
  if (rel === "different" && placed === "unknown") return 0;
  if (rel === "different" && a.kind === "quantity" && overOtherPeriods(a.spans, b.spans, a.ownSpan, b.ownSpan)) return 0;
  // The rest of a list ("Israel and eight other countries") depends on how many names each article lists
  // before it: two such rests may agree, never contradict each other (see markRemainder).
  if (rel === "different" && a.unit !== undefined && a.unit.endsWith(REMAINDER_SUFFIX)) return 0;
  if (rel !== "different") {
    // The only figure of one counted noun (a noun no unit list knows, in articles of one language) in each
    // article counts it alike. Nouns are read less surely than units, so this confirms figures that agree,
    // never sets two against each other.
    if (a.kind === "quantity" && !a.unit && !b.unit && a.noun && a.soleOfUnit && b.soleOfUnit) ctx = Math.max(ctx, SOLE_FIGURE_CONTEXT);
    // An exact specific figure and an approximation that covers it («١٨٩٠ محتجزا», "about 1,900 detainees"),
    // a figure and its conversion (30,000 acres, "more than 12,000 hectares"), or two figures of one named year,
    // each with no other figure of its unit near it in its article, are one figure, in any language.
    if (a.kind === "quantity" && rel === "compatible" && a.unit && !GENERIC_UNITS.has(a.unit) && a.aloneInRange && b.aloneInRange && withinRatio(pa, pb, CLOSE_RATIO)) {
      if (exactBesideBound(a, b) || exactBesideBound(b, a) || a.written !== undefined || b.written !== undefined || (a.years.size > 0 && b.years.size > 0)) ctx = Math.max(ctx, THRESHOLD.consistent);
    }
    // Figures that agree may also meet on several weak mentions their sentences share ("by 12% within five
    // years", "between the two sides"); never two figures that differ, which need one strong shared mention.
    ctx = Math.max(ctx, combinedCoMentions(a.coMentions, b.coMentions));
    // Two figures that agree, each given beside one more figure the two sentences share, are one statement.
    if (ctx < THRESHOLD.conflicting && a.unit && GENERIC_UNITS.has(a.unit) && sharesFigure(a.coMentions, b.coMentions)) ctx = THRESHOLD.conflicting;
    // Two figures given alike lend their sentences' other figures of the unit the context to be set against each
    // other; those, close enough to be one figure misreported, lend it back (see nearFigureOverlap).
    if (ctx < THRESHOLD.conflicting && a.kind === "quantity" && lendsContext(a, b)) ctx = Math.max(ctx, nearFigureOverlap(a.spans, b.spans, a.ownSpan, b.ownSpan, SAME_FIGURE_RATIO));
    // Across languages the glossary's words may confirm figures that can both be right and lie close together
    // ("nearly 12,000" and «١١٬٨٧٠»), as they confirm one figure written alike; never figures that differ, nor a
    // range that merely reaches the other ("between 100 and 200" is a forecast, not the 200 decided).
    if (a.locale !== b.locale && !sameFigure(a, b) && a.qualifier !== "range" && b.qualifier !== "range" && withinRatio(pa, pb, CLOSE_RATIO)) {
      ctx = Math.max(ctx, contextScore(a, b, true));
    }
    // A specific exact figure of the same unit (4111 targets, 480 detainees) rarely coincides by chance, nor
    // does one given with the same qualifier ("about 41,000 hours").
    // So does the same specific number given once exactly and once as a bound ("1498 قتيلا", "1498 شخصا على الأقل").
    if ((rel === "equal" && a.specific) || (sameFigure(a, b) && a.distinctive) || (a.value === b.value && a.distinctive && b.distinctive)) return Math.max(ctx, 0.5);
    // The same day named in two articles on one story agrees whatever it is the date of; a month alone
    // ("in October") is too loose to count without its context.
    // A day given without its year ("في الرابع من غشت الماضي") is that day too.
    if (a.kind === "date" && a.fullDay && b.fullDay) return Math.max(ctx, THRESHOLD.consistent);
    // So does a month written with its year ("in June 2022") away from when either article appeared: every
    // article says "this month", but a past or coming month named in full marks one event of the story.
    if (a.kind === "date" && rel === "equal" && a.namedMonth && b.namedMonth) return Math.max(ctx, THRESHOLD.consistent);
    const needed = a.unit && GENERIC_UNITS.has(a.unit) ? THRESHOLD.conflicting : THRESHOLD.consistent;
    return ctx >= needed ? ctx : 0;
  }
  if (a.kind === "date") {
    // Two dates for one event: only when the context leaves no doubt, within a month of each other, and
    // both written out (a date worked out from "next Thursday" is only as exact as the publication date).
    if (a.relative || b.relative) return 0;
    // A date line gives the day the article was filed: it may agree with a day the story names, never
    // contradict one ("BAGHDAD, Nov 10 - … the vote on Monday, Nov 9").
    if (a.dateline || b.dateline) return 0;
    // Two articles that each give one day in the same few days give it for the same event.
    if (a.soleDateNearby && b.soleDateNearby && Math.abs(pa - pb) <= NEARBY_DAYS) ctx = Math.max(ctx, THRESHOLD.conflictingDates);
    return Math.abs(pa - pb) <= 31 && ctx >= THRESHOLD.conflictingDates ? ctx : 0;
  }
  // Where the other article gives this very figure too, that is its counterpart, not the differing one; a figure
  // held to its rounding is given there by any figure within it («2.3 مليار دولار» beside "$2.273 billion", so
  // that article's "$3 billion" in a sentence sharing another figure is not set against it).
  // Not for two conversions of one figure: the other article's like figure (its dividends' "$21.36 billion") is
  // another thing, and the conversions are each other's counterparts.
  if (!convertedAlike && asWrittenExact(a) && asWrittenExact(b) && (givesFigure(b.sourceValues, a) || givesFigure(a.sourceValues, b))) return 0;
  if (anchoredOnly && ctx <= SOLE_FIGURE_CONTEXT && !withinRatio(pa, pb, CLOSE_RATIO)) return 0;
  // Across languages the glossary's words alone never set two figures against each other; with one more figure
  // that both sentences give beside them they do («ونمت الصادرات غير النفطية بنسبة 8 في المئة إلى 180 مليار
  // درهم», "non-oil exports was Dh190 billion, with a growth rate of 8 per cent"): one statement, two sums.
  if (a.locale !== b.locale && a.kind === "quantity" && a.unit && !GENERIC_UNITS.has(a.unit) && sharesFigure(a.coMentions, b.coMentions) && contextScore(a, b, true, true) >= THRESHOLD.conflicting) {
    ctx = Math.max(ctx, THRESHOLD.conflicting);
  }
  // Two specific exact figures of one unit whose digits differ by one swap of neighbours (674 and 647 detainees)
  // are one figure mistyped, the commonest slip of a copy desk, not two counts that happen to look alike.
  // So are two with one zero left out of the longer (1.058 and 1.58 trillion dirhams; see slips.ts).
  const swapped = a.unit === b.unit && mistypedFigure(a.value, b.value);
  // A swap next to a zero moves a figure further than any misreading (190 and 109 deaths in one province, 1.74×):
  // where the sentences already make the two one statement, it is still one figure mistyped.
  if (swapped && ctx >= THRESHOLD.conflicting && withinRatio(pa, pb, MAX_RATIO)) return ctx;
  if (((a.specific && b.specific) || (isSpecificCount(a.claim) && isSpecificCount(b.claim))) && swapped) ctx = Math.max(ctx, THRESHOLD.conflicting);
  if (withinRatio(pa, pb, SAME_FIGURE_RATIO) && ctx >= THRESHOLD.conflicting) return ctx;
  if (soleCounterparts(a, b) && withinRatio(pa, pb, MAX_RATIO) && ctx >= THRESHOLD.conflicting) return ctx;
  const apart = daysApart(a, b);
  if (movedOn(a, pa, b, pb) && withinRatio(pa, pb, MAX_RATIO) && ctx >= THRESHOLD.movedOn) return ctx;
  return 0;
}

/**
 * Whether two figures, mentioned in each other's sentence's context, weigh enough there to set the other figures
 * against each other (THRESHOLD.conflicting): they share a mention key ("about 2 billion" and "nearly 2 billion"
 * share the bare one) of a specific unit: not a counted noun, and not a share or a span of time, which every
 * sentence of some stories gives several of (a monthly rate beside a yearly one).
 */
function lendsContext(a: Features, b: Features): boolean {
  const wa = writtenClaim(a.claim);
  const wb = writtenClaim(b.claim);
  if (!wa.unit || wa.unit !== wb.unit || GENERIC_UNITS.has(wa.unit) || Math.min(coMentionWeight(wa), coMentionWeight(wb)) < THRESHOLD.conflicting) return false;
  const keys = mentionKeys(wb).map(([k]) => k);
  return mentionKeys(wa).some(([k]) => keys.includes(k));
}

/** A figure given as a point, exactly or about: no bound, no range. */
function pointLike(c: Claim): boolean {
  return c.qualifier === undefined || c.qualifier === "exact" || c.qualifier === "approx";
}

/** A figure written with no qualifier, perhaps held to its rounding or converted (see conversions.ts). */
function asWrittenExact(f: Features): boolean {
  return !(f.written ?? f).qualifier;
}

/** Whether an article's figures of a unit (`values`) include `f`'s, or one within the rounding `f` is held to. */
function givesFigure(values: ReadonlySet<number>, f: Features): boolean {
  if (values.has(Number(f.value))) return true;
  if (f.written === undefined || !f.qualifier) return false;
  const p = f.pairing!;
  for (const v of values) if (v >= p.min && v <= p.max) return true;
  return false;
}

/**
 * Whether `other`'s article gives `f`'s very figure, differing from `other`'s own, as a count of something else:
 * «تبادل 50 من الأسرى» (Arabic names both sides of an exchange «أسرى») beside an article that gives "at least 50
 * women and children" to be freed and, in the next sentence, 140 prisoners. Each article's only figure of
 * detainees is then no evidence that the two give one count (see soleCounterparts): the 50 is the other
 * article's 50, named otherwise. Only for figures beyond SAME_FIGURE_RATIO of each other. Spans of time and shares are left out (a count equal to a number of days is chance).
 */
function namedOtherwise(f: Features, other: Features): boolean {
  // Close figures keep the evidence: «67 شخصا» beside another article's 72 people on board is a discrepancy even
  // where that article gives 67 passengers; only figures far apart, which the sole-figure rule alone joins, lose it.
  if (f.countKey === undefined || f.value === other.value || withinRatio(Number(f.value), Number(other.value), SAME_FIGURE_RATIO)) return false;
  const w = f.written ?? f;
  const there = other.sourceCounts.get(Number(w.value));
  return there !== undefined && there !== f.countKey;
}

/** What a figure counts, as a key, for namedOtherwise: its unit or noun as written; none for spans of time and shares. */
function countKey(c: Claim): string | undefined {
  if (c.kind !== "quantity" || typeof c.value !== "number") return undefined;
  const w = writtenClaim(c);
  if (w.unit !== undefined && GENERIC_UNITS.has(w.unit)) return undefined;
  if (w.unit === undefined && w.noun === undefined) return undefined;
  return w.unit ?? "~" + w.noun;
}

/** Several keys at one value in one source (see namedOtherwise). */
const MANY_KEYS = "\u0000many";
const NO_COUNTS: ReadonlyMap<number, string> = new Map();

/**
 * Two articles of one day that each give one present-day figure of a specific unit (the evacuated, detainees)
 * give it for the same thing, however far apart the figures are: "4,500 residents were evacuated" beside
 * «إجلاء نحو 7 آلاف شخص» the same day is one count reported two ways, not two counts. Days apart, the count
 * may have moved on; a span of time or a share (generic units) may measure anything.
 */
function soleCounterparts(a: Features, b: Features): boolean {
  return (
    !namedOtherwise(a, b) &&
    !namedOtherwise(b, a) &&
    a.kind === "quantity" &&
    a.soleOfUnit &&
    b.soleOfUnit &&
    !!a.unit &&
    a.unit === b.unit &&
    !GENERIC_UNITS.has(a.unit) &&
    !a.historical &&
    !b.historical &&
    a.day !== undefined &&
    a.day === b.day
  );
}

class DisjointSets {
  private readonly parent: Int32Array;
  readonly members: number[][];
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
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
    const big = this.members[a]!.length >= this.members[b]!.length ? a : b;
    const small = big === a ? b : a;
    this.parent[small] = big;
    appendAll(this.members[big]!, this.members[small]!);
    this.members[small] = [];
  }
}

/**
 * What the merge constraints read of a group, kept up to date as groups grow, so that checking two large
 * groups costs their distinct cases and shared sources, not the product of their sizes. Keyed by the ids of
 * ClaimKeys. Each part is built from the group's members the first time a merge check needs it (most checks
 * need few parts, and the spot keys are costly to make), then kept up to date by add(). Members are added in
 * the order of the group's member list, so a part holds the same, in the same order, whenever it is built.
 */
class GroupIndex {
  /** One member per distinct case of what the spread check reads (value point, day, unit, co-mentions…). */
  private spotMap: Map<number, number> | undefined;
  /**
   * Members by source: checks of two large groups never need them (see mergeable), and ten thousand sources in
   * each of a hundred groups would hold a million small lists.
   */
  private sourceMap: Map<number, number[]> | undefined;
  /** One member per distinct value (what relation() reads), and the same among relative dates. */
  private valueMap: Map<number, number> | undefined;
  private relativeMap: Map<number, number> | undefined;

  constructor(
    private readonly keys: ClaimKeys,
    private readonly members: () => readonly number[],
  ) {}

  add(i: number): void {
    if (this.spotMap) this.addSpot(i);
    if (this.sourceMap) addTo(this.sourceMap, this.keys.source[i]!, i);
    if (this.valueMap) this.addValue(i);
  }

  spots(): Map<number, number> {
    if (!this.spotMap) {
      this.spotMap = new Map();
      for (const m of this.members()) this.addSpot(m);
    }
    return this.spotMap;
  }

  bySource(): Map<number, number[]> {
    if (!this.sourceMap) {
      this.sourceMap = new Map();
      for (const m of this.members()) addTo(this.sourceMap, this.keys.source[m]!, m);
    }
    return this.sourceMap;
  }

  values(): Map<number, number> {
    if (!this.valueMap) {
      this.valueMap = new Map();
      this.relativeMap = new Map();
      for (const m of this.members()) this.addValue(m);
    }
    return this.valueMap;
  }

  relative(): Map<number, number> {
    this.values();
    return this.relativeMap!;
  }

  private addSpot(i: number): void {
    const spot = this.keys.spot(i);
    if (!this.spotMap!.has(spot)) this.spotMap!.set(spot, i);
  }

  private addValue(i: number): void {
    const value = this.keys.value(i);
    if (!this.valueMap!.has(value)) this.valueMap!.set(value, i);
    if (this.keys.relative[i] === 1 && !this.relativeMap!.has(value)) this.relativeMap!.set(value, i);
  }
}

/**
 * What the merge checks read of each claim, as small numbers: its source, whether it is a relative date, and
 * ids of its spot key and relation key (equal keys, equal ids; relation keys from the run's RelationIds, which
 * quote scoring filled for the quotes), each key made the first time asked (a claim
 * joins a group's index again each time its group merges into a larger one). Claims come in many shapes, and
 * hundreds of thousands of checks read them; Features and these arrays have one.
 */
class ClaimKeys {
  readonly source: Int32Array;
  readonly relative: Uint8Array;
  /** Ids of the unit each quantity is written in (before any conversion: see conversions.ts); else -1. */
  readonly writtenUnit: Int32Array;
  private readonly spots: Int32Array;
  private readonly spotIds = new Map<string, number>();

  constructor(
    readonly features: readonly Features[],
    private readonly points: readonly number[],
    private readonly relations: RelationIds,
  ) {
    const n = features.length;
    this.source = new Int32Array(n);
    this.relative = new Uint8Array(n);
    this.writtenUnit = new Int32Array(n).fill(-1);
    const sourceIds = new Map<string, number>();
    const unitIds = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const f = features[i]!;
      const source = f.claim.source;
      let id = sourceIds.get(source);
      if (id === undefined) sourceIds.set(source, (id = sourceIds.size));
      this.source[i] = id;
      this.relative[i] = f.relative ? 1 : 0;
      if (f.kind === "quantity") this.writtenUnit[i] = idOf(unitIds, writtenClaim(f.claim).unit ?? "~" + (f.noun ?? ""));
    }
    this.spots = new Int32Array(n).fill(-1);
  }

  spot(i: number): number {
    let id = this.spots[i]!;
    if (id < 0) this.spots[i] = id = idOf(this.spotIds, spotKey(this.features[i]!, this.points[i]!));
    return id;
  }

  value(i: number): number {
    return this.relations.id(i);
  }
}

function idOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) ids.set(key, (id = ids.size));
  return id;
}

function addTo(map: Map<number, number[]>, key: number, i: number): void {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  list.push(i);
}

/** Everything spreadAllowed() (withinRatio, movedOn) reads of one side: members with one key answer alike. */
function spotKey(f: Features, point: number): string {
  const co = [...f.coMentions].map(([k, w]) => `${k}=${w}`).sort().join("\u0001");
  return `${point}\u0000${f.day ?? ""}\u0000${f.claim.unit ?? ""}\u0000${f.historical ? 1 : 0}\u0000${f.soleOfUnit ? 1 : 0}${accrual(f)}\u0000${co}`;
}

/**
 * Whether a figure counts since a start (accruing()), as movedOn() may read it: not for a unit that runs anyway
 * (a toll, a tally), where movedOn() never asks, and reading the sentence for it is the costly part of a spot key.
 * The members of a group share one unit (candidates are blocked by unit), so two sides of a spread check never
 * differ there.
 */
function accrual(f: Features): string {
  if (f.unit && (RUNNING_UNITS.has(f.unit) || CUMULATIVE_UNITS.has(f.unit))) return "-";
  return accruing(f) ? "1" : "0";
}

/** Below this product of group sizes, the constraints are checked pair by pair. */
const DIRECT_CHECK = 64;

/**
 * Merge pairs best first. Two groups merge only if the result stays one figure: its values within the
 * widest ratio (tighter unless articles are days apart), and any source with two claims in it giving
 * values that agree.
 */
function cluster(features: readonly Features[], points: readonly number[], scored: Scored, relations: RelationIds): { members: number[]; confidence: number }[] {
  const n = features.length;
  const sets = new DisjointSets(n);
  // Each group's lowest and highest point, by root.
  const lo = Float64Array.from(points);
  const hi = Float64Array.from(points);
  // Built for a group the first time it meets another large enough to need it, then kept up to date.
  const indexes = new Array<GroupIndex | undefined>(n).fill(undefined);
  const keys = new ClaimKeys(features, points, relations);
  const indexOf = (root: number): GroupIndex => {
    let index = indexes[root];
    if (!index) {
      // The members of whatever group `root` heads when a part is built: the index is dropped when it stops
      // being a root.
      index = new GroupIndex(keys, () => sets.members[root]!);
      indexes[root] = index;
    }
    return index;
  };
  // The pairs in merge order, gathered once: the loop below then reads them one after another.
  const { order } = scored;
  const count = order.length;
  const pi = new Int32Array(count);
  const pj = new Int32Array(count);
  const ps = new Float64Array(count);
  for (let r = 0; r < count; r++) {
    const k = order[r]!;
    pi[r] = scored.i[k]!;
    pj[r] = scored.j[k]!;
    ps[r] = scored.score[k]!;
  }
  // Pairs come best first, so the first merge into a group carries its strongest evidence.
  const confidence = new Float64Array(n);
  // A merge refused stays refused while neither group changes, and the same two groups meet again through
  // other pairs of their members (on the bench corpus, 2,700 refusals that each compared hundreds of cases
  // came from a few pairs of groups). A root's group changes only by growing: its size tells whether it did.
  // Keyed by the roots (ri × n + rj), holding both sizes (|a| × (n + 1) + |b|); exact below 2^53.
  const refused = new Map<number, number>();
  for (let r = 0; r < count; r++) {
    const ri = sets.find(pi[r]!);
    const rj = sets.find(pj[r]!);
    if (ri === rj) continue;
    const a = sets.members[ri]!;
    const b = sets.members[rj]!;
    const sizes = a.length * (n + 1) + b.length;
    if (refused.get(ri * n + rj) === sizes) continue;
    const indexed = a.length * b.length > DIRECT_CHECK ? ([indexOf(ri), indexOf(rj)] as const) : undefined;
    const ok = mergeable(keys, points, a, b, lo[ri]!, hi[ri]!, lo[rj]!, hi[rj]!, indexed);
    if (!ok) {
      refused.set(ri * n + rj, sizes);
      continue;
    }
    const smaller = a.length >= b.length ? b : a;
    sets.union(ri, rj);
    const root = sets.find(ri);
    const kept = indexes[root];
    if (kept) for (const m of smaller) kept.add(m);
    indexes[root === ri ? rj : ri] = undefined;
    const low = Math.min(lo[ri]!, lo[rj]!);
    const high = Math.max(hi[ri]!, hi[rj]!);
    lo[root] = low;
    hi[root] = high;
    confidence[root] = Math.max(confidence[ri]!, confidence[rj]!, ps[r]!);
  }
  const out: { members: number[]; confidence: number }[] = [];
  for (let r = 0; r < n; r++) {
    const m = sets.members[r]!;
    if (m.length < 2) continue;
    // At least two sources.
    const first = keys.source[m[0]!]!;
    let other = false;
    for (let k = 1; k < m.length && !other; k++) other = keys.source[m[k]!] !== first;
    if (!other) continue;
    out.push({ members: [...m].sort((a, b) => a - b), confidence: confidence[r]! });
  }
  return out;
}

/**
 * Whether two groups may merge. Small pairs of groups check every pair of members; larger ones (`indexed`)
 * check each distinct case of the groups' indexes once, which the same pairs decide.
 */
function mergeable(
  keys: ClaimKeys,
  points: readonly number[],
  a: readonly number[],
  b: readonly number[],
  loA: number,
  hiA: number,
  loB: number,
  hiB: number,
  indexed?: readonly [GroupIndex, GroupIndex],
): boolean {
  const ia = indexed?.[0];
  const ib = indexed?.[1];
  const features = keys.features;
  if (!spreadFits(features, points, a[0]!, Math.min(loA, loB), Math.max(hiA, hiB), () => ia?.spots() ?? a, () => ib?.spots() ?? b)) return false;
  if (a.length * b.length > 4096) return true;
  if (!ia || !ib) {
    for (const i of a) for (const j of b) if (conflict(keys, i, j)) return false;
    return true;
  }
  // Only claims of one source, or relative dates, can conflict.
  const sa = ia.bySource();
  const sb = ib.bySource();
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  for (const [source, mine] of small) {
    const theirs = large.get(source);
    if (theirs) for (const i of mine) for (const j of theirs) if (conflict(keys, i, j)) return false;
  }
  // A relative date against any other: relation() reads only the values, so distinct values decide.
  for (const i of ia.relative().values()) for (const j of ib.values().values()) if (conflict(keys, i, j)) return false;
  for (const j of ib.relative().values()) for (const i of ia.values().values()) if (conflict(keys, i, j)) return false;
  return true;
}

/**
 * Whether two groups' values, together from `lo` to `hi`, may share a group: within SAME_FIGURE_RATIO, or
 * wider (up to MAX_RATIO) only where every pair of `left` and `right` (the members, or one member per distinct
 * case) is a running figure that moved on between articles.
 */
function spreadFits(
  features: readonly Features[],
  points: readonly number[],
  first: number,
  lo: number,
  hi: number,
  left: () => { values(): Iterable<number> },
  right: () => { values(): Iterable<number> },
): boolean {
  if (features[first]!.kind !== "quantity") return true;
  if (withinRatio(lo, hi, SAME_FIGURE_RATIO)) return true;
  if (!withinRatio(lo, hi, MAX_RATIO)) return false;
  const r = right();
  for (const i of left().values()) for (const j of r.values()) if (!spreadAllowed(features, points, i, j)) return false;
  return true;
}

/** Two values this far apart may share a group only where a running figure moved on between articles. */
function spreadAllowed(features: readonly Features[], points: readonly number[], i: number, j: number): boolean {
  if (withinRatio(points[i]!, points[j]!, SAME_FIGURE_RATIO)) return true;
  if (soleCounterparts(features[i]!, features[j]!)) return true;
  // One figure mistyped by a swap next to a zero (see pairScore).
  if (features[i]!.unit === features[j]!.unit && mistypedFigure(features[i]!.value, features[j]!.value)) return true;
  // "more than 1 trillion" beside 1.58 trillion: a lower bound under an exact specific figure says nothing of how
  // far above it that figure lies, so the two spread no group. Not beside a round or hedged figure ("more than
  // 3,000" and "about 7,000" are two stages of a count, kept apart).
  if (boundBelow(features[i]!, points[i]!, features[j]!, points[j]!) || boundBelow(features[j]!, points[j]!, features[i]!, points[i]!)) return true;
  return movedOn(features[i]!, points[i]!, features[j]!, points[j]!);
}

/** Whether `f`, at point `p`, is a lower bound ("more than", "at least") at or below `g`'s exact specific point `q`. */
function boundBelow(f: Features, p: number, g: Features, q: number): boolean {
  const bound = f.claim.kind === "quantity" ? f.claim.qualifier : undefined;
  return (bound === "over" || bound === "atLeast") && p <= q && g.specific;
}

/**
 * One source saying two incompatible things, or a relative date against another date; or one source giving a
 * figure in two units ("28 km (17 miles)"): each meets the other articles' figures written as it is.
 */
function conflict(keys: ClaimKeys, i: number, j: number): boolean {
  if (keys.source[i] === keys.source[j] && keys.writtenUnit[i] !== keys.writtenUnit[j]) return true;
  return (
    (keys.source[i] === keys.source[j] || keys.relative[i] === 1 || keys.relative[j] === 1) &&
    relation(keys.features[i]!.claim, keys.features[j]!.claim) === "different"
  );
}
