/**
 * What alignment compares besides the value: the words around a claim (weighted by closeness and rarity),
 * the other figures and dates in the same sentence (language-independent, so an English and an Arabic report
 * of "4111 targets in 2299 sorties" meet), and the speaker.
 */
import type { Claim } from "../types.js";
import type { Locale } from "../lang/types.js";
import { stripPrefix } from "../lang/lexicon.js";
import { tokenize } from "../text/tokenize.js";

export interface Features {
  claim: Claim;
  locale: Locale;
  /** Keyword stems with their weights (closeness to the claim × rarity), L2-normalised. */
  keywords: Keywords;
  /** Figures and dates mentioned in the same sentence: "target=4111", "date=2015-09-30". */
  coMentions: Set<string>;
  /** Stems of the speaker's name and title. */
  speaker: Set<string>;
  /** Publication date of the claim's source as a day number, if known. */
  day?: number;
}

/** Keyword weight falls with distance from the claim, in words: 1 next to it, ½ at this distance. */
const HALF_WEIGHT_DISTANCE = 6;

export function contentStems(text: string, locale: Locale): { stem: string; start: number }[] {
  const out: { stem: string; start: number }[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== "word" || t.norm.length < 2 || locale.stopwords.has(t.norm)) continue;
    const stem = stripPrefix(t.norm, locale.clitics);
    if (locale.stopwords.has(stem)) continue;
    out.push({ stem, start: t.start });
  }
  return out;
}

/**
 * Keyword weights as parallel arrays: stem ids (into the alignment's StemTable) in order of first appearance
 * in the sentence, and their weights.
 */
export interface Keywords {
  // Plain arrays: hundreds of thousands of small typed arrays cost more memory than their contents.
  ids: number[];
  weights: number[];
  table: StemTable;
}

interface TextStems {
  /** Stem id of each content word, in text order. */
  ids: number[];
  /** Where each content word starts in the text. */
  starts: number[];
}

/**
 * The stems alignment reads (sentences, quotes, speakers), each distinct text tokenised once, with every stem
 * given a small integer id so keyword vectors compare through an array instead of string lookups.
 */
export class StemTable {
  private readonly idOf = new Map<string, number>();
  private readonly stems: string[] = [];
  private readonly texts = new Map<Locale, Map<string, TextStems>>();
  private scratch = new Float64Array(0);

  of(text: string, locale: Locale): TextStems {
    let cache = this.texts.get(locale);
    if (!cache) this.texts.set(locale, (cache = new Map()));
    let found = cache.get(text);
    if (!found) {
      const list = contentStems(text, locale);
      found = { ids: list.map((s) => this.id(s.stem)), starts: list.map((s) => s.start) };
      cache.set(text, found);
    }
    return found;
  }

  id(stem: string): number {
    let id = this.idOf.get(stem);
    if (id === undefined) {
      id = this.stems.length;
      this.idOf.set(stem, id);
      this.stems.push(stem);
    }
    return id;
  }

  stem(id: number): string {
    return this.stems[id]!;
  }

  /** One zeroed slot per stem; a caller that fills slots zeroes them again before returning. */
  slots(): Float64Array {
    if (this.scratch.length < this.stems.length) this.scratch = new Float64Array(this.stems.length);
    return this.scratch;
  }

  /** Cached texts are needed only while features are built. */
  forgetTexts(): void {
    this.texts.clear();
  }
}

/**
 * Raw keyword weights by closeness, in order of first appearance; rarity is applied later, once document
 * frequencies are known.
 */
export function closenessWeights(claim: Claim, stems: TextStems): Map<number, number> {
  const [markStart, markEnd] = claim.sentenceMark;
  const n = stems.ids.length;
  // Position of the claim among the words: words inside the mark count as distance 0.
  let claimIndex = 0;
  while (claimIndex < n && stems.starts[claimIndex]! < markStart) claimIndex++;
  const weights = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const start = stems.starts[i]!;
    // For quotes the words inside are the statement itself, compared separately.
    if (start >= markStart && start < markEnd && claim.kind === "quote") continue;
    const distance = i < claimIndex ? claimIndex - i : Math.max(0, i - claimIndex);
    const w = 1 / (1 + distance / HALF_WEIGHT_DISTANCE);
    const id = stems.ids[i]!;
    weights.set(id, Math.max(weights.get(id) ?? 0, w));
  }
  return weights;
}

export function coMentionKey(c: Claim): string | undefined {
  if (c.kind === "date") return `date=${String(c.value)}`;
  if (c.kind === "quantity" && (c.unit || c.noun) && !c.qualifier) return `${c.unit ?? "~" + c.noun}=${String(c.value)}`;
  return undefined;
}

/**
 * Cosine of two L2-normalised keyword vectors: the smaller one's terms in its order, each times the other's
 * weight for that stem (0 when absent, which adds nothing).
 */
export function cosine(a: Keywords, b: Keywords): number {
  const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
  const slots = a.table.slots();
  for (let k = 0; k < large.ids.length; k++) slots[large.ids[k]!] = large.weights[k]!;
  let sum = 0;
  for (let k = 0; k < small.ids.length; k++) sum += small.weights[k]! * slots[small.ids[k]!]!;
  for (let k = 0; k < large.ids.length; k++) slots[large.ids[k]!] = 0;
  return sum;
}

/** Weights scaled to unit length, in the same order. */
export function normalizeWeights(ids: number[], weights: number[], table: StemTable): Keywords {
  let norm = 0;
  for (const w of weights) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm !== 0) for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! / norm;
  return { ids, weights, table };
}

/** Share of the smaller set found in the other. */
export function overlapShare(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
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
