/**
 * A quantity while it is assembled (assemble.ts), the finished mention, and where a number sits among the
 * paragraph's tokens.
 */
import type { Qualifier } from "../../types.js";
import { firstTokenAtOrAfter, type Token } from "../../text/tokenize.js";
import type { Span } from "../../text/segment.js";
import type { Interval } from "./interval.js";

export interface QuantityMention {
  /** Span of the claim: the number with its qualifier, currency sign and percent words, not the unit. */
  start: number;
  end: number;
  value: number;
  interval: Interval;
  qualifier?: Qualifier;
  unit?: string;
  noun?: string;
  percent: boolean;
}

export interface Draft extends QuantityMention {
  tokenFirst: number;
  tokenLast: number;
  sentence: Span;
  person?: boolean;
  /** Set on a figure that breaks down an earlier one: the unit of the whole. */
  partOf?: string;
  /**
   * Set on the whole of a part named against it («نجاة 25 من أصل 72 شخصا»), to that part: what happened, said by a
   * cue, happened to the part, and the whole is the count of them all.
   */
  hasPart?: Draft;
  /** Offset of the number itself (not its qualifier), to find it from its NumberMention. */
  numberStart: number;
  /**
   * Written as digits, a dot and three digits ("10.000", "12.500"), with no scale word: "zeros" when the three
   * digits are zeros, which groups thousands whatever is counted (nobody writes 15.000 for fifteen).
   */
  dotted: false | "digits" | "zeros";
}

export interface UnitFound {
  unit?: string;
  /** A generic count of people: a nearby cue may say what happened to them. */
  person?: boolean;
  noun?: string;
  /** Where the claim starts when a currency sign before the number belongs to it. */
  start?: number;
  /** The unit word is written with a capital, as in a name ("the 1951 Refugee Convention"). */
  capitalised?: boolean;
  /** The number is part of an adjective and counts nothing ("a two-story home"). */
  adjective?: boolean;
}

/** The mention of a draft: its fields that are set, without the assembler's own. */
export function mention(q: Draft): QuantityMention {
  const m: QuantityMention = { start: q.start, end: q.end, value: q.value, interval: q.interval, percent: q.percent };
  if (q.qualifier !== undefined) m.qualifier = q.qualifier;
  if (q.unit !== undefined) m.unit = q.unit;
  if (q.noun !== undefined) m.noun = q.noun;
  return m;
}

/** A separator glued between digits ("17.25", "1,500"): part of a figure, not clause punctuation. */
export function insideNumber(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return !!before && !!after && before.kind === "digits" && after.kind === "digits" && !tokens[i]!.spaceBefore && !after.spaceBefore;
}

/** The token that holds `offset` (a number whose first word carries a clitic starts inside it), or the first after it. */
export function tokenHolding(tokens: readonly Token[], offset: number): number {
  const k = firstTokenAtOrAfter(tokens, offset);
  const before = tokens[k - 1];
  return before && before.start < offset && before.end > offset ? k - 1 : k;
}
