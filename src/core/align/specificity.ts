/**
 * How much a figure says on its own. Two articles giving 4,111 targets or 13.1% almost surely report the
 * same thing; two giving 10%, 3 days or 12 aircraft may not.
 */
import type { Claim } from "../types.js";
import { TIME_UNITS } from "./constants.js";

/**
 * Significant digits of a written integer figure: 2289 has 4, 4000 has 1, 0.05 has 1. Specific figures rarely
 * coincide. Counted on the number's text without its point, from its first character that is not a zero to
 * its last: four times per claim (its weights and how specific it is), so no string is cut and no pattern
 * run ("1e+21", which has no zeros to trim, counts its five characters as it always did).
 */
export function significantDigits(v: number): number {
  if (!Number.isFinite(v) || v === 0) return 0;
  const s = String(Math.abs(v));
  let first = -1;
  let last = -1;
  let point = -1;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === POINT) point = k;
    else if (c !== ZERO) {
      if (first < 0) first = k;
      last = k;
    }
  }
  if (first < 0) return 0;
  return last - first + 1 - (point > first && point < last ? 1 : 0);
}

const POINT = 0x2e;
const ZERO = 0x30;

/** An exact figure specific enough to align on its value and unit alone. */
export function isSpecific(c: Claim): boolean {
  if (c.kind !== "quantity" || !c.unit || TIME_UNITS.has(c.unit) || c.qualifier) return false;
  const v = Math.abs(Number(c.value));
  const digits = significantDigits(v);
  return digits >= 3 || (c.unit !== "percent" && v >= 100 && digits >= 2);
}

/**
 * A count of a noun no unit list knows ("67,285 aircraft movements", «22,598 حركة طائرات») given exactly to four
 * significant digits or more: too uncertain a reading to set two figures against each other on their value alone,
 * but two such counts whose digits differ by one slip (see slips.ts) are one figure mistyped, not two that look alike.
 */
export function isSpecificCount(c: Claim): boolean {
  return c.kind === "quantity" && !c.unit && c.noun !== undefined && !c.qualifier && significantDigits(Math.abs(Number(c.value))) >= 4;
}

/**
 * A figure specific enough that two articles giving it the same way, with the same qualifier, give it for one
 * thing: "about 41,000 hours", "more than 150,000 killed" as much as 4,111 targets. A span of time needs a
 * larger figure ("12 years" or "120 days" coincide easily; 41,000 hours do not).
 */
export function isDistinctive(c: Claim): boolean {
  if (c.kind !== "quantity" || !c.unit) return false;
  const v = Math.abs(Number(c.value));
  const digits = significantDigits(v);
  if (TIME_UNITS.has(c.unit)) return v >= 1000 && digits >= 2;
  return digits >= 3 || (c.unit !== "percent" && v >= 100 && digits >= 2);
}

/**
 * How much sharing a co-mentioned value says that two sentences report one statement: a specific figure a
 * lot; a two-digit one fairly; a date, a round figure or a span of time little, since every article on the
 * story repeats those.
 */
export function coMentionWeight(c: Claim): number {
  if (c.kind !== "quantity" || !c.unit || TIME_UNITS.has(c.unit)) return WEAK_CO_MENTION;
  const v = Math.abs(Number(c.value));
  const digits = significantDigits(v);
  // A round but large figure ("an $8bn programme") still names one thing.
  return digits >= 3 ? 1 : digits === 2 || v >= 1000 ? FAIR_CO_MENTION : WEAK_CO_MENTION;
}

/**
 * How much a figure given as an approximation or a bound says when it contains another sentence's figure: "around
 * $40 billion" takes in every figure from 36 to 44 billion, so in a story of many such figures (a company's
 * results) its containing one names nothing; only its significant digits count, not its size.
 */
export function spanWeight(c: Claim): number {
  if (!c.qualifier) return coMentionWeight(c);
  if (c.kind !== "quantity" || !c.unit || TIME_UNITS.has(c.unit)) return WEAK_CO_MENTION;
  const digits = significantDigits(Math.abs(Number(c.value)));
  return digits >= 3 ? 1 : digits === 2 ? FAIR_CO_MENTION : WEAK_CO_MENTION;
}

const WEAK_CO_MENTION = 0.25;
const FAIR_CO_MENTION = 0.7;
