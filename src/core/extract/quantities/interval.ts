/**
 * The interval a qualified number asserts. "About 4 thousand" is not the point 4000: an editor reads it as
 * anything a careful writer could round to 4 thousand, so it is compared as an interval.
 */
import type { Qualifier } from "../../types.js";

export interface Interval {
  /** Lower bound; -Infinity when unbounded. */
  min: number;
  /** Upper bound; +Infinity when unbounded. */
  max: number;
  minOpen: boolean;
  maxOpen: boolean;
}

/** Relative slack of an approximation, beside the rounding the wording shows. */
const APPROX_SHARE = 0.1;

/**
 * Half-width of an approximation: at least half the step of the wording ("4 thousand" is rounded to the
 * thousand, so ±500) and at least 10% of the value ("about 240" is not held to ±5).
 */
export function tolerance(value: number, granularity: number): number {
  return Math.max(Math.abs(value) * APPROX_SHARE, granularity / 2);
}

export function intervalOf(value: number, qualifier: Qualifier | undefined, granularity: number, upper?: number): Interval {
  const t = tolerance(value, granularity);
  switch (qualifier) {
    case undefined:
    case "exact":
      return { min: value, max: value, minOpen: false, maxOpen: false };
    case "approx":
      return { min: value - t, max: value + t, minOpen: false, maxOpen: false };
    case "nearly":
      return { min: value - t, max: value, minOpen: false, maxOpen: false };
    case "over":
      return { min: value, max: Infinity, minOpen: true, maxOpen: true };
    case "atLeast":
      return { min: value, max: Infinity, minOpen: false, maxOpen: true };
    case "under":
      return { min: -Infinity, max: value, minOpen: true, maxOpen: true };
    case "atMost":
      return { min: -Infinity, max: value, minOpen: true, maxOpen: false };
    case "range":
      return { min: Math.min(value, upper ?? value), max: Math.max(value, upper ?? value), minOpen: false, maxOpen: false };
  }
}

/** Whether two intervals share at least one point. */
export function overlaps(a: Interval, b: Interval): boolean {
  if (a.max < b.min || b.max < a.min) return false;
  if (a.max === b.min) return !a.maxOpen && !b.minOpen;
  if (b.max === a.min) return !b.maxOpen && !a.minOpen;
  return true;
}

/**
 * A representative point for blocking and ordering: the value itself, or for an open interval the bound it
 * names ("more than 240 thousand" sits at 240 thousand).
 */
export function pointOf(i: Interval): number {
  if (Number.isFinite(i.min) && Number.isFinite(i.max)) return (i.min + i.max) / 2;
  if (Number.isFinite(i.min)) return i.min;
  if (Number.isFinite(i.max)) return i.max;
  return 0;
}

/** Distance between two intervals relative to their size: 0 when they overlap. */
export function relativeGap(a: Interval, b: Interval): number {
  if (overlaps(a, b)) return 0;
  const lo = a.max < b.min ? a.max : b.max;
  const hi = a.max < b.min ? b.min : a.min;
  const scale = Math.max(Math.abs(lo), Math.abs(hi), 1e-9);
  return (hi - lo) / scale;
}
