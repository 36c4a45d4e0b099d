/**
 * What a claim contributes to the context of the other claims in its sentence: its exact mention
 * ("killed=2317", "date=2023-02-06") and looser ones under which a sentence that reports the same figure or
 * day with less detail still meets it ("about 28 km" and "28 km"; "6 February 2023" and "February 2023").
 */
import type { Claim } from "../types.js";
import { coMentionKey } from "./features.js";
import { coMentionWeight, significantDigits, spanWeight } from "./specificity.js";

/** Qualifiers that hedge a figure without moving it: "about 28 km" mentions 28 km. */
const HEDGES: ReadonlySet<string> = new Set(["approx", "nearly"]);

/** Weight of a date mentioned only as its month, or a day without its year: every article on a story repeats those. */
const LOOSE_DATE = 0.25;

export function mentionKeys(c: Claim): [string, number][] {
  const exact = coMentionKey(c);
  if (!exact) return [];
  const weight = coMentionWeight(c);
  const out: [string, number][] = [[exact, weight]];
  if (c.kind === "quantity" && c.qualifier && HEDGES.has(c.qualifier)) out.push([`${c.unit ?? "~" + c.noun}=${String(c.value)}`, weight]);
  if (c.kind === "date") {
    const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(String(c.value));
    if (m) {
      // A full day is also the month it falls in, and the same day in a text that leaves out the year.
      if (m[1] !== "-") out.push([`date=${m[1]}-${m[2]}`, Math.min(weight, LOOSE_DATE)], [`date=--${m[2]}-${m[3]}`, Math.min(weight, LOOSE_DATE)]);
    }
  }
  return out;
}

/**
 * A figure mentioned in a sentence, as the interval it asserts: "more than 1.7 million voters" and "1,756,318
 * voters" are not the same key, but one is within the other, so two sentences giving them speak of one thing.
 */
export interface Span {
  /** Unit id, or "~" and the noun. */
  key: string;
  lo: number;
  hi: number;
  weight: number;
  /** Qualified ("more than", "about", a range): only these meet a figure they contain; equal exact ones meet by key. */
  bounded: boolean;
}

export function mentionSpan(c: Claim, interval: (c: Claim) => { min: number; max: number }): Span | undefined {
  if (c.kind !== "quantity" || typeof c.value !== "number" || !(c.unit || c.noun)) return undefined;
  const i = interval(c);
  const key = c.unit ?? "~" + c.noun;
  const weight = spanWeight(c);
  // "around 245 billion riyals" is a figure of three digits hedged: at the weight of its digits it meets only
  // what its last digit allows, not another sentence's 260 billion (an approximation's reach is a round one's).
  if (weight === 1 && c.qualifier && HEDGES.has(c.qualifier)) {
    const step = lastDigitStep(c.value);
    return { key, lo: Math.max(i.min, c.value - step), hi: Math.min(i.max, c.value + step), weight, bounded: true };
  }
  return { key, lo: i.min, hi: i.max, weight, bounded: !!c.qualifier };
}

/** The place of a figure's last significant digit: 1e9 for 245 billion, 0.1 for 44.1. */
function lastDigitStep(v: number): number {
  return 10 ** (Math.floor(Math.log10(Math.abs(v))) - significantDigits(v) + 1);
}

/** The figures of one sentence as spans, and those of them that are bounded (the only ones that meet by containing). */
export interface SentenceSpans {
  all: readonly Span[];
  bounded: readonly Span[];
}

export function sentenceSpans(all: readonly Span[]): SentenceSpans {
  return { all, bounded: all.filter((s) => s.bounded) };
}

/**
 * The weight of the strongest figure one sentence gives as a bound or approximation that contains the other's.
 * Pairs where neither span is bounded never count, so only pairs with a bounded side are visited: a bounded
 * span of `a` against every span of `b`, then an unbounded one of `a` against the bounded ones of `b`.
 */
export function spanOverlap(a: SentenceSpans | undefined, b: SentenceSpans | undefined, ownA?: Span, ownB?: Span): number {
  if (!a || !b) return 0;
  if (a.bounded.length === 0 && b.bounded.length === 0) return 0;
  let best = 0;
  for (const x of a.bounded) {
    if (x === ownA) continue;
    for (const y of b.all) if (y !== ownB && meets(x, y)) best = Math.max(best, Math.min(x.weight, y.weight));
  }
  if (b.bounded.length === 0) return best;
  for (const x of a.all) {
    if (x === ownA || x.bounded) continue;
    for (const y of b.bounded) if (y !== ownB && meets(x, y)) best = Math.max(best, Math.min(x.weight, y.weight));
  }
  return best;
}

/** Spans of one unit whose intervals meet (written as "not apart", which a NaN bound does not make false). */
function meets(x: Span, y: Span): boolean {
  return x.key === y.key && !(x.lo > y.hi || y.lo > x.hi);
}

/**
 * Several weak mentions shared by two sentences ("over five years" and "between the two sides") say more than
 * one: shared keys are taken once per unit (a day's looser keys, or a hedged figure's two, are one mention),
 * and combined as independent evidence, 1 − Π(1 − w).
 */
export function combinedCoMentions(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let byUnit: Map<string, number> | undefined;
  for (const [k, w] of small) {
    const other = large.get(k);
    if (other === undefined) continue;
    const unit = k.slice(0, k.indexOf("="));
    byUnit ??= new Map();
    byUnit.set(unit, Math.max(byUnit.get(unit) ?? 0, Math.min(w, other)));
  }
  if (!byUnit) return 0;
  let none = 1;
  for (const w of byUnit.values()) none *= 1 - w;
  return 1 - none;
}

/**
 * Whether two sentences share a figure with a unit besides the two being compared: "warned 10 times in five
 * minutes" and «حذرت الطائرة 10 مرات خلال 5 دقائق» repeat a pair of figures together, which marks one
 * statement even when each figure alone (a span of time, a multiple) says little. Dates and counted nouns
 * are not enough: every article on a story names its day.
 */
export function sharesFigure(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const k of small.keys()) if (!k.startsWith("date=") && !k.startsWith("~") && large.has(k)) return true;
  return false;
}

/**
 * What two figures that agree take back from the other figures of their sentences (the reverse of a co-mention):
 * "nearly $2 billion … and $273 million" beside «نحو ملياري دولار … إضافة إلى 300 مليون دولار». The shared two
 * billions let the 273 and 300 million be set against each other as one figure misreported; those two, each the
 * other's nearest figure of the unit and within `ratio`, mark the sentences as one statement in turn, with the
 * weight of the weaker. Counted nouns are left out, as in sharesFigure. Only spans of exact figures or
 * approximations with a finite point are read.
 */
export function nearFigureOverlap(a: SentenceSpans | undefined, b: SentenceSpans | undefined, ownA: Span | undefined, ownB: Span | undefined, ratio: number): number {
  if (!a || !b || !ownA || !ownB) return 0;
  let best = 0;
  for (const x of a.all) {
    if (x === ownA || x.key !== ownA.key) continue;
    const y = nearestOf(b.all, x);
    if (y === undefined || y === ownB || nearestOf(a.all, y) !== x) continue;
    const px = pointOf(x);
    const py = pointOf(y);
    if (px > 0 && py > 0 && Math.max(px, py) / Math.min(px, py) <= ratio) best = Math.max(best, Math.min(x.weight, y.weight));
  }
  return best;
}

/** The span of `list` of `to`'s unit nearest `to` in value (by ratio); undefined when none has a finite point. */
function nearestOf(list: readonly Span[], to: Span): Span | undefined {
  const p = pointOf(to);
  let best: Span | undefined;
  let gap = Infinity;
  for (const s of list) {
    if (s === to || s.key !== to.key) continue;
    const q = pointOf(s);
    if (!(q > 0 && p > 0)) continue;
    const d = Math.abs(Math.log(q / p));
    if (d < gap) [best, gap] = [s, d];
  }
  return best;
}

/** The middle of a span, NaN when it has no finite ends. */
function pointOf(s: Span): number {
  return Number.isFinite(s.lo) && Number.isFinite(s.hi) ? (s.lo + s.hi) / 2 : NaN;
}
