/**
 * Choosing the year of a date written without one, from the publication date. A wrong year is worse than
 * none (it makes a false discrepancy), so when the writing leaves the year open the answer is undefined.
 */
import type { DateDirection } from "./words.js";
import { dayNumber, isValidDate, type YMD } from "./calendarMath.js";

/**
 * A date written without a year lies in the publication year unless it is close across the new year: a
 * December article's "5 January" is next year's; its "5 March" could be either and gets no year.
 */
const ACROSS_NEW_YEAR_DAYS = 45;
const ACROSS_NEW_YEAR_MONTHS = 1;

/** The year of day `day` of `month`, seen from `published`. */
export function inferDayYear(month: number, day: number, published: YMD, direction?: DateDirection): number | undefined {
  const p = dayNumber(published.year, published.month, published.day);
  const candidates = [published.year - 1, published.year, published.year + 1]
    .filter((y) => isValidDate(y, month, day))
    .map((year) => ({ year, delta: dayNumber(year, month, day) - p }));
  if (direction === "past" || direction === "since") return last(candidates.filter((c) => c.delta <= 0))?.year;
  if (direction === "future") return candidates.find((c) => c.delta >= 0)?.year;
  if (direction === "current") return candidates.find((c) => c.year === published.year)?.year;
  return nearest(candidates, published.year, ACROSS_NEW_YEAR_DAYS);
}

/** The year of `month` written without a day, seen from `published`. */
export function inferMonthYear(month: number, published: YMD, direction?: DateDirection, pastTense?: boolean): number | undefined {
  const p = published.year * 12 + published.month - 1;
  const candidates = [published.year - 1, published.year, published.year + 1].map((year) => ({
    year,
    delta: year * 12 + month - 1 - p,
  }));
  // "تشرين الثاني الماضي" written in November is last year's November, not the current month.
  if (direction === "past") return last(candidates.filter((c) => c.delta < 0))?.year;
  // "Since January" written in January: the start of this month, not last January.
  if (direction === "since") return last(candidates.filter((c) => c.delta <= 0))?.year;
  if (direction === "future") return candidates.find((c) => c.delta > 0)?.year;
  if (direction === "current") return published.year;
  const year = nearest(candidates, published.year, ACROSS_NEW_YEAR_MONTHS);
  // A past tense that rules out the nearest month leaves the year open: "started in October" written in June is
  // not this October, and may be last year's or an earlier one.
  if (pastTense && (candidates.find((c) => c.year === year)?.delta ?? 0) > 0) return undefined;
  return year;
}

function nearest(candidates: { year: number; delta: number }[], sameYear: number, across: number): number | undefined {
  let best: { year: number; delta: number } | undefined;
  for (const c of candidates) {
    if (!best || Math.abs(c.delta) < Math.abs(best.delta) || (Math.abs(c.delta) === Math.abs(best.delta) && c.year === sameYear)) best = c;
  }
  if (!best) return undefined;
  if (best.year === sameYear || Math.abs(best.delta) <= across) return best.year;
  return undefined;
}

function last<T>(xs: readonly T[]): T | undefined {
  return xs[xs.length - 1];
}
