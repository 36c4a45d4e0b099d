/**
 * How two claims relate: whether their values can both be right, and how sure we are that they report the
 * same thing.
 */
import type { Claim } from "../types.js";
import { intervalOf, overlaps, pointOf, tolerance, type Interval } from "../extract/quantities/interval.js";
import { coMentionOverlap, cosine, overlapShare, type Features } from "./features.js";
import { spanOverlap } from "./mentions.js";
import { bridged, glossed } from "./glossary.js";
import { writtenClaim } from "./conversions.js";

export function claimInterval(c: Claim): Interval {
  if (c.kind !== "quantity" || typeof c.value !== "number") return { min: 0, max: 0, minOpen: false, maxOpen: false };
  if (!c.qualifier) return intervalOf(c.value, undefined, 1);
  // "More than 1,300 firefighters" beside "1,300 firefighters": a round figure is itself rounded, so the bound
  // takes it in; "more than 2,289" still excludes 2,289.
  const round = granularityOf(c.value) >= 10;
  return {
    min: c.min ?? -Infinity,
    max: c.max ?? Infinity,
    minOpen: c.min === undefined || (c.qualifier === "over" && !round),
    maxOpen: c.max === undefined || (c.qualifier === "under" && !round),
  };
}

/**
 * The interval used to decide whether two claims can be one figure. A bound ("at least 1,140") is written
 * near the figure it bounds: a writer who knew of 1,498 dead would not say "at least 1,140". So for pairing, a
 * bound stretches only one approximation's width beyond its figure; the verdict still reads it as open.
 */
export function pairingInterval(c: Claim): Interval {
  const i = claimInterval(c);
  if (c.kind !== "quantity" || typeof c.value !== "number") return i;
  const reach = tolerance(c.value, granularityOf(c.value));
  if (!Number.isFinite(i.max)) return { ...i, max: c.value + reach, maxOpen: false };
  if (!Number.isFinite(i.min)) return { ...i, min: c.value - reach, minOpen: false };
  return i;
}

/** The rounding step a figure shows: 1000 for 4000, 1 for 2289, 0.1 for 2.5. */
function granularityOf(v: number): number {
  if (!Number.isInteger(v)) return 10 ** -((String(v).split(".")[1] ?? "").length);
  let g = 1;
  while (v !== 0 && v % (g * 10) === 0) g *= 10;
  return g;
}

/** A point that stands for the claim when sorting and blocking. */
export function claimPoint(c: Claim): number {
  if (c.kind === "quantity") return pointOf(claimInterval(c));
  if (c.kind === "date") {
    const m = /^(?:\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(String(c.value));
    return m ? Number(m[1]) * 31 + (m[2] ? Number(m[2]) : 15) : 0;
  }
  return 0;
}

export type Relation = "equal" | "compatible" | "different";

/** Whether the values of two claims of the same kind can both be right. */
export function relation(a: Claim, b: Claim, interval: (c: Claim) => Interval = claimInterval): Relation {
  if (a.kind === "quantity") {
    // Figures written in one unit are compared as written, not as converted ("six weeks" twice agree).
    const wa = writtenClaim(a);
    const wb = writtenClaim(b);
    if ((wa !== a || wb !== b) && wa.unit === wb.unit) {
      if (wa !== a && wb !== b) {
        const written = relation(wa, wb, interval);
        return written === "equal" ? written : (roundedRelation(claimInterval(a), a.value as number, claimInterval(b), b.value as number) ?? written);
      }
      // "1.2 trillion" beside «1200 مليار»: one figure, whatever rounding either shows.
      if (!wa.qualifier && !wb.qualifier && wa.value === wb.value) return "equal";
    }
    if (!a.qualifier && !b.qualifier) return a.value === b.value ? "equal" : "different";
    // «49 – 50 درجة» twice: one range written by both, not two approximations that happen to overlap.
    if (a.qualifier === "range" && b.qualifier === "range" && a.min === b.min && a.max === b.max) return "equal";
    return overlaps(interval(a), interval(b)) ? "compatible" : "different";
  }
  if (a.kind === "date") {
    const va = String(a.value);
    const vb = String(b.value);
    if (va === vb) return "equal";
    return partsRelation(dateParts(va), dateParts(vb));
  }
  const sa = String(a.value);
  const sb = String(b.value);
  if (sa === sb) return "equal";
  if (isFragment(sa, sb)) return "compatible";
  // Words left out and marked so ("a family … waiting for news") are a faithful shortening.
  const shorter = sa.length <= sb.length ? a : b;
  return /\.\.\.|…/.test(shorter.text) && wordsInOrder(sa, sb) === 1 ? "compatible" : "different";
}

/**
 * Two figures each held to the rounding it is written to (see conversions.ts), written to different steps
 * ("1.31 trillion" and "1.313 trillion", "165 billion" and "165.4 billion"): outlets round one official figure
 * each their own way, so the coarser is the same figure when the finer lies within its rounding, and another
 * when it does not ("1.31 trillion" beside "1.317 trillion"). Written to one step (undefined), the two are
 * compared as written ("$2.63 billion" beside "$2.64 billion" differ, though their roundings touch).
 */
function roundedRelation(a: Interval, va: number, b: Interval, vb: number): Relation | undefined {
  const wa = a.max - a.min;
  const wb = b.max - b.min;
  if (!(Number.isFinite(wa) && Number.isFinite(wb)) || Math.abs(wa - wb) <= Math.max(wa, wb) * 1e-9) return undefined;
  const [coarse, fine] = wa > wb ? [a, vb] : [b, va];
  return fine >= coarse.min && fine <= coarse.max ? "compatible" : "different";
}

/** Two different dates, by their parts: a month contains its days; a date without a year matches the same day in any year. */
function partsRelation([ya, ma, da]: DateParts, [yb, mb, db]: DateParts): Relation {
  if (ma !== mb || (ya && yb && ya !== yb)) return "different";
  if (!da || !db) return "compatible";
  return da === db ? "compatible" : "different";
}

type DateParts = [string | undefined, string | undefined, string | undefined];

/**
 * What pair scoring reads of a claim, copied into objects of one shape: claims come in many shapes (each
 * optional field present or not), and reading them half a million times through one call site is slow.
 */
export interface ClaimFacts {
  kind: Claim["kind"];
  value: Claim["value"];
  qualifier: Claim["qualifier"];
  /** Quantities: the bounds as written (a range written alike by two outlets is one range). */
  min: number | undefined;
  max: number | undefined;
  unit: string | undefined;
  noun: string | undefined;
  relative: boolean;
  /** Quantities: pairingInterval(). */
  pairing: Interval | undefined;
  /** Quantities converted to a base unit (see conversions.ts): the facts of the claim as written. */
  written: ClaimFacts | undefined;
  /** Dates: the value as text, and its parts. */
  date: string | undefined;
  dateParts: DateParts | undefined;
}

export function claimFacts(c: Claim): ClaimFacts {
  const date = c.kind === "date" ? String(c.value) : undefined;
  const w = writtenClaim(c);
  return {
    kind: c.kind,
    value: c.value,
    qualifier: c.qualifier,
    min: c.min,
    max: c.max,
    unit: c.unit,
    noun: c.noun,
    relative: c.relative === true,
    pairing: c.kind === "quantity" ? pairingInterval(c) : undefined,
    written: w !== c ? claimFacts(w) : undefined,
    date,
    dateParts: date === undefined ? undefined : dateParts(date),
  };
}

/** relation(a, b, pairingInterval) of two quantities or two dates, from their facts. */
export function factsRelation(a: ClaimFacts, b: ClaimFacts): Relation {
  if (a.kind === "quantity") {
    const wa = a.written ?? a;
    const wb = b.written ?? b;
    if ((wa !== a || wb !== b) && wa.unit === wb.unit) {
      if (wa !== a && wb !== b) {
        const written = factsRelation(wa, wb);
        return written === "equal" ? written : (roundedRelation(a.pairing!, a.value as number, b.pairing!, b.value as number) ?? written);
      }
      if (!wa.qualifier && !wb.qualifier && wa.value === wb.value) return "equal";
    }
    if (!a.qualifier && !b.qualifier) return a.value === b.value ? "equal" : "different";
    if (a.qualifier === "range" && b.qualifier === "range" && a.min === b.min && a.max === b.max) return "equal";
    return overlaps(a.pairing!, b.pairing!) ? "compatible" : "different";
  }
  if (a.kind !== "date") throw new Error("quotes are related by relation()");
  if (a.date === b.date) return "equal";
  return partsRelation(a.dateParts!, b.dateParts!);
}

function dateParts(v: string): DateParts {
  const m = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(v);
  if (!m) return [undefined, undefined, undefined];
  return [m[1] === "-" ? undefined : m[1], m[2], m[3]];
}

/** One normalised statement is a fragment of the other (a shorter quotation of the same words). */
export function isFragment(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 12 && long.includes(short);
}

/** Words of context at which word similarity counts in full. */
const FULL_CONTEXT_WORDS = 2;
/**
 * Concepts of context at which similarity over bridged words counts in full: broad concepts ("army", "year")
 * are shared by any two sentences of a story, so one or two of them on a side are thin evidence.
 */
const FULL_BRIDGED_CONTEXT = 3;

/**
 * How sure we are, 0..1, that two claims report the same thing, from everything except their values. Words
 * compared across languages (through the glossaries) count only with `acrossLanguages`: a glossary maps
 * words to broad concepts, so an Arabic and an English sentence on one story look alike around every figure
 * they give; that may confirm one figure given the same way in both, never set two figures against each other.
 */
export function contextScore(a: Features, b: Features, acrossLanguages = false, bridgedOnly = false): number {
  // A sentence of two or three words ("ومشاركة ٣٧٫٤٪" in a headline) can look just like any other: its word
  // similarity counts in proportion to how much there is to compare.
  let fewest = Math.min(a.keywords.size, b.keywords.size);
  // Across languages only the words a glossary lists (and digits, Latin names) can be shared. With
  // `bridgedOnly` only those words are compared (see bridged()), and so only they count as what there is to
  // compare: one concept on each side is as thin as a two-word headline.
  let full = FULL_CONTEXT_WORDS;
  let viaGlossary = 0;
  if (acrossLanguages && bridgedOnly && a.locale !== b.locale) {
    const ba = bridged(a);
    const bb = bridged(b);
    viaGlossary = cosine(ba, bb);
    fewest = Math.min(ba.size, bb.size);
    full = FULL_BRIDGED_CONTEXT;
  } else if (acrossLanguages) viaGlossary = cosine(glossed(a), glossed(b));
  // In one language the glossary also joins synonyms ("cut" and "lowered"), with the same caution.
  const similar = a.locale === b.locale ? Math.max(cosine(a.keywords, b.keywords), viaGlossary) : viaGlossary;
  const words = similar * Math.min(1, fewest / full);
  const co = Math.max(coMentionOverlap(a.coMentions, b.coMentions), spanOverlap(a.spans, b.spans, a.ownSpan, b.ownSpan));
  const speaker = overlapShare(a.speaker, b.speaker);
  return Math.min(1, Math.max(words, co) + 0.2 * speaker);
}

/** Longest quote, in words, compared word by word; longer ones are compared by their first words only. */
const MAX_QUOTE_WORDS = 200;

/**
 * Share of the shorter wording's words found in the longer one in the same order: a misquote that drops or
 * changes a few words of a statement ("a family left waiting for news" for "…behind every number there is
 * a family left waiting for news of a son") keeps most of them in order.
 */
export function wordsInOrder(a: string, b: string): number {
  const wa = a.split(" ").filter(Boolean).slice(0, MAX_QUOTE_WORDS);
  const wb = b.split(" ").filter(Boolean).slice(0, MAX_QUOTE_WORDS);
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length === 0) return 0;
  // Longest common subsequence, one row at a time.
  let prev = new Array<number>(long.length + 1).fill(0);
  for (const w of short) {
    const row = new Array<number>(long.length + 1).fill(0);
    for (let j = 0; j < long.length; j++) row[j + 1] = w === long[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, row[j]!);
    prev = row;
  }
  return prev[long.length]! / short.length;
}
