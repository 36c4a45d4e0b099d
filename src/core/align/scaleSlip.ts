/**
 * Scale slips: one outlet's "a deficit of 165.4 trillion Riyals" where every other gives 165.4 billion. Such
 * figures are a thousand times apart, far beyond any misreading (SAME_FIGURE_RATIO), so clustering never sets
 * them against each other; nor may it, since a budget in billions and one line of it in millions with the same
 * digits are two real figures. This step runs after clustering and reports a pair as one figure whose scale word
 * differs only when everything else says so: the same significant digits (three or more, given exactly), one
 * currency or counted thing, a scale word in each (thousand, million, billion, trillion, «ألف», «مليار», "bn")
 * whose values are a power of 1,000 apart, and sentences that make them one statement — context as the aligner
 * measures it for figures that differ, or another figure or date of the two sentences in one group. An article
 * that gives both figures, or two outlets each confirmed by another on their own scale, are two real figures.
 */
import type { Claim } from "../types.js";
import type { Locale } from "../lang/types.js";
import type { Features } from "./features.js";
import { GENERIC_UNITS, MEASURE_UNITS, THRESHOLD } from "./constants.js";
import { contextScore, relation } from "./compare.js";
import { significantDigits } from "./specificity.js";
import { perLocale } from "./perLocale.js";
import { WordLexicon } from "../lang/lexicon.js";
import { tokenize } from "../text/tokenize.js";
import { fold } from "../text/normalize.js";
import { writtenClaim } from "./conversions.js";
import { maxOf, minOf } from "../arrays.js";
import { digitsAndPower } from "./slips.js";

/** A group of figures that differ only by their scale word; `factor` is the larger over the smaller value. */
export interface ScaleSlip {
  members: number[];
  confidence: number;
  factor: number;
}

/** Scale words that are powers of 1,000 (not a hundred, a lakh or a dozen), and the abbreviations of them. */
const SCALES = new Set([1e3, 1e6, 1e9, 1e12]);

const scaleWords = perLocale((locale: Locale) => {
  const words = new WordLexicon(
    locale.numbers.scales.filter(([, w]) => SCALES.has(w.value)).map(([form]) => [form, true] as const),
    locale.clitics,
  );
  const suffixes = (locale.numbers.scaleSuffixes ?? []).filter((s) => SCALES.has(s.value));
  return { words, folded: new Set(suffixes.filter((s) => !s.caseSensitive).map((s) => fold(s.form))), asWritten: new Set(suffixes.filter((s) => s.caseSensitive).map((s) => s.form)) };
});

/** Whether a figure is written with a scale word ("165.4 trillion", «165.4 مليار», "SR1.5bn"), not in digits alone. */
function hasScaleWord(c: Claim, locale: Locale): boolean {
  const words = scaleWords(locale);
  if (!words) return false;
  for (const t of tokenize(c.text)) {
    if (t.kind !== "word") continue;
    if (words.words.match(t.norm) !== undefined || words.folded.has(t.norm) || words.asWritten.has(t.text)) return true;
  }
  return false;
}

/** What a figure counts, in a key: a unit, or a counted noun of one language. */
function countedKey(f: Features): string | undefined {
  if (f.unit !== undefined) return GENERIC_UNITS.has(f.unit) || MEASURE_UNITS.has(f.unit) ? undefined : f.unit;
  return f.noun !== undefined ? `${f.locale.code}~${f.noun}` : undefined;
}

/**
 * The scale slips among `features`, given the groups clustering made (`clusters`, lists of indexes into
 * `features`). Each slip lists the figures of both scales: the odd figure and the figures of the group it
 * should have met.
 */
export function scaleSlips(features: readonly Features[], clusters: readonly { members: readonly number[] }[]): ScaleSlip[] {
  const n = features.length;
  const clusterOf = new Int32Array(n).fill(-1);
  clusters.forEach((c, id) => {
    for (const m of c.members) clusterOf[m] = id;
  });
  // Exact specific figures of one counted thing whose digits are alike and whose powers of ten are a multiple of
  // three apart, by key; each with its power.
  const buckets = new Map<string, { at: number; power: number }[]>();
  for (let k = 0; k < n; k++) {
    const f = features[k]!;
    // As written: a figure with a scale word is held to its rounding (see conversions.ts), not approximated.
    const c = writtenClaim(f.claim);
    if (c.kind !== "quantity" || (c.qualifier !== undefined && c.qualifier !== "exact") || c.unit !== f.unit) continue;
    const v = Number(c.value);
    if (!(v > 0) || significantDigits(v) < MIN_DIGITS) continue;
    const counted = countedKey(f);
    if (counted === undefined) continue;
    const [digits, power] = digitsAndPower(v);
    const key = `${counted}\u0000${digits}\u0000${((power % 3) + 3) % 3}`;
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push({ at: k, power });
  }
  const scaled = new Map<number, boolean>();
  const written = (k: number): boolean => {
    let known = scaled.get(k);
    if (known === undefined) scaled.set(k, (known = hasScaleWord(features[k]!.claim, features[k]!.locale)));
    return known;
  };
  // Whether a figure's group holds another source's figure that agrees with it: it is confirmed on its scale.
  // Asked once per figure: a group of a thousand wire copies is walked once, not once per pair.
  const confirmedAt = new Map<number, boolean>();
  const confirmed = (k: number): boolean => {
    let known = confirmedAt.get(k);
    if (known !== undefined) return known;
    const id = clusterOf[k]!;
    const c = features[k]!.claim;
    known = id >= 0 && clusters[id]!.members.some((m) => features[m]!.claim.source !== c.source && relation(features[m]!.claim, c) !== "different");
    confirmedAt.set(k, known);
    return known;
  };
  const expanded = new Set<number>();
  const slips = new SlipSets();
  let mates: SentenceMates | undefined;
  const consider = (i: number, j: number): void => {
    const a = features[i]!;
    const b = features[j]!;
    if (a.claim.source === b.claim.source || a.sourceValues.has(Number(b.value)) || b.sourceValues.has(Number(a.value))) return;
    if (!yearsMeet(a, b) || !written(i) || !written(j) || (confirmed(i) && confirmed(j))) return;
    let score = Math.max(contextScore(a, b, a.locale !== b.locale), a.locale !== b.locale ? contextScore(a, b, true, true) : 0);
    if (score < THRESHOLD.conflicting) {
      mates ??= new SentenceMates(features);
      if (!mates.shareGroup(i, j, clusterOf, features)) return;
      score = THRESHOLD.conflicting;
    }
    slips.join(i, j, score);
    // The figure's group on its own scale comes with it: the others that give it are what it is set against.
    for (const k of [i, j]) {
      const id = clusterOf[k]!;
      if (id < 0 || expanded.has(k)) continue;
      expanded.add(k);
      for (const m of clusters[id]!.members) if (relation(features[m]!.claim, features[k]!.claim) === "equal") slips.join(k, m, 0);
    }
  };
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    // Only figures of two powers are paired: a thousand wire copies of one figure are not paired among themselves.
    const byPower = new Map<number, number[]>();
    for (const e of list) {
      const at = byPower.get(e.power);
      if (at) at.push(e.at);
      else byPower.set(e.power, [e.at]);
    }
    const powers = [...byPower.keys()].sort((x, y) => x - y);
    for (let p = 0; p < powers.length; p++) {
      for (let q = p + 1; q < powers.length; q++) {
        for (const i of byPower.get(powers[p]!)!) for (const j of byPower.get(powers[q]!)!) consider(i, j);
      }
    }
  }
  return slips.groups(features);
}

/** Fewest significant digits of a figure whose scale may have slipped: 2 billion against 2 million may be two figures. */
const MIN_DIGITS = 3;

/** Sentences that name years speak of the same year only when they share one. */
function yearsMeet(a: Features, b: Features): boolean {
  if (a.years.size === 0 || b.years.size === 0) return true;
  for (const y of a.years) if (b.years.has(y)) return true;
  return false;
}

/** The claims of each source's sentence, built only when a pair needs them. */
class SentenceMates {
  private readonly bySentence = new Map<string, Map<string, number[]>>();

  constructor(features: readonly Features[]) {
    features.forEach((f, k) => {
      let inSource = this.bySentence.get(f.claim.source);
      if (!inSource) this.bySentence.set(f.claim.source, (inSource = new Map()));
      const list = inSource.get(f.claim.sentence);
      if (list) list.push(k);
      else inSource.set(f.claim.sentence, [k]);
    });
  }

  private of(f: Features): readonly number[] {
    return this.bySentence.get(f.claim.source)?.get(f.claim.sentence) ?? [];
  }

  /** Whether another figure or date of `i`'s sentence shares a group with one of `j`'s, and agrees with it. */
  shareGroup(i: number, j: number, clusterOf: Int32Array, features: readonly Features[]): boolean {
    const theirs = this.of(features[j]!).filter((m) => m !== j && clusterOf[m]! >= 0);
    for (const m of this.of(features[i]!)) {
      if (m === i || clusterOf[m]! < 0) continue;
      for (const o of theirs) if (clusterOf[o] === clusterOf[m] && relation(features[m]!.claim, features[o]!.claim) !== "different") return true;
    }
    return false;
  }
}

/** The figures joined as slips of one another, with the best context that joined them. */
class SlipSets {
  private readonly parent = new Map<number, number>();
  private readonly best = new Map<number, number>();

  private find(x: number): number {
    let r = x;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r)!;
    return r;
  }

  join(a: number, b: number, score: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    const root = Math.min(ra, rb);
    this.parent.set(ra, root);
    this.parent.set(rb, root);
    this.best.set(root, Math.max(this.best.get(ra) ?? 0, this.best.get(rb) ?? 0, score));
  }

  groups(features: readonly Features[]): ScaleSlip[] {
    const byRoot = new Map<number, number[]>();
    for (const k of [...this.parent.keys()].sort((x, y) => x - y)) {
      const r = this.find(k);
      let list = byRoot.get(r);
      if (!list) byRoot.set(r, (list = []));
      list.push(k);
    }
    const out: ScaleSlip[] = [];
    for (const [root, members] of byRoot) {
      const values = members.map((m) => Number(features[m]!.value));
      out.push({ members, confidence: this.best.get(root) ?? 0, factor: Math.round(maxOf(values) / minOf(values)) });
    }
    return out;
  }
}
