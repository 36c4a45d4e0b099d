/**
 * The day a source was filed, when it gives no publication date but opens with a wire's date line
 * ("GENEVA, July 4 (Meridian) - …", "القاهرة - ٢٧ سبتمبر (رويترز) -"). Without it, a wire's figures can never
 * be told apart in time from a later article's, and a toll that moved on reads as a contradiction.
 *
 * Only the shape is read, never words: a short place name at the start of a sentence (with its country or state:
 * "BASRA, Iraq,", "WASHINGTON, D.C.,"), a comma or a dash, the date, an optional outlet in brackets, then a dash;
 * or the date alone at the start, or right after the place with no comma or dash ("بغداد ١٠ نوفمبر"), then the
 * outlet in brackets and a dash ("June 18 (UPI) --"); or the date inside the outlet's brackets after a dash
 * ("BUCHAREST (UrduPoint News / Sputnik - 25th November, 2019) Incumbent …"). A date line without a year takes the year that puts it
 * nearest the other sources' publication days, and only when that is within DATELINE_REACH of one of them.
 */
import type { Claim } from "../types.js";

/** Days from another source's publication within which a yearless date line is read as this story's. */
const DATELINE_REACH = 31;

/** A place name of a few words (commas inside), then a comma or a dash. Bounded repetition: linear on any input. */
const BEFORE = /^\p{L}[\p{L}\p{M} .,'’]{0,40}(?:[,،]|\s[-–—])\s*$/u;
/** A place name with no comma or dash after it ("بغداد ١٠ نوفمبر (شينخوا) -"): then the outlet is required. */
const BEFORE_BARE = /^\p{L}[\p{L}\p{M} '’]{0,30}\s$/u;
/** An optional outlet in brackets, then the dash that ends the date line. */
const AFTER = /^\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]/u;
/** With no place before the date, the outlet in brackets is required: "June 18 (UPI) --". */
const AFTER_OUTLET = /^\s*\([^()\n]{1,40}\)\s*[-–—]/u;
/**
 * The longest text, in UTF-16 units, that BEFORE can match once its trailing white space is left out (one
 * letter, up to 40 more characters, then a comma or a white space and a dash; a letter outside the BMP takes two
 * units, white space and punctuation one), and that BEFORE_BARE can match. Most dates stand far into their
 * sentence, and the two patterns, run on a long text, cost microseconds each (about 15 ms for the 3,191 dates of
 * the 1,000 bench articles); a longer text is no match, so the patterns are not run on it.
 */
const BEFORE_MAX = 2 + 40 * 2 + 2;
const BEFORE_BARE_MAX = 2 + 30 * 2 + 1;
/**
 * The date inside the outlet's brackets, after a dash, the place in capitals as wires write it: "BUCHAREST
 * (UrduPoint News / Sputnik - 25th November, 2019)". Not an aside in the story ("The vote (Sunday - 24 November)").
 */
const BEFORE_IN_BRACKETS = /^\p{Lu}[\p{Lu}\p{M} .,'’]{1,40}\(\s*\p{Lu}[^()\n]{0,40}\s[-–—]\s*$/u;
/** … its year, then the closing bracket. */
const AFTER_IN_BRACKETS = /^(?:,?\s*\d{4})?\s*\)/u;

export function isDateline(c: Claim): boolean {
  if (c.kind !== "date" || c.relative || !/-\d{2}-\d{2}$/.test(String(c.value))) return false;
  const [start, end] = c.sentenceMark;
  const before = c.sentence.slice(0, start);
  const after = c.sentence.slice(end, end + 60);
  if (/^\s*$/u.test(before)) return AFTER_OUTLET.test(after);
  if (BEFORE_IN_BRACKETS.test(before)) return AFTER_IN_BRACKETS.test(after);
  // trimEnd() leaves out what \s* matches at the end: the same white space and line terminators.
  if (before.trimEnd().length <= BEFORE_MAX && BEFORE.test(before)) return AFTER.test(after);
  return before.length <= BEFORE_BARE_MAX && BEFORE_BARE.test(before) && AFTER_OUTLET.test(after);
}

/**
 * Day numbers (days since 1970-01-01) of sources that have none, read from their date lines. `days` holds the
 * known ones; sources whose first date claim is not a date line are left out.
 */
export function datelineDays(claims: readonly Claim[], days: ReadonlyMap<string, number | undefined>): Map<string, number> {
  const known = [...days.values()].filter((d): d is number => d !== undefined).sort((a, b) => a - b);
  const firstDate = new Map<string, Claim>();
  for (const c of claims) {
    if (c.kind !== "date" || days.get(c.source) !== undefined) continue;
    const seen = firstDate.get(c.source);
    if (!seen || c.start < seen.start) firstDate.set(c.source, c);
  }
  const out = new Map<string, number>();
  for (const [source, c] of [...firstDate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!isDateline(c)) continue;
    const day = dayOf(String(c.value), known);
    if (day !== undefined) out.set(source, day);
  }
  return out;
}

function dayOf(value: string, known: readonly number[]): number | undefined {
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [month, date] = [Number(m[2]), Number(m[3])];
  if (m[1] !== "-") return Date.UTC(Number(m[1]), month - 1, date) / 86_400_000;
  let best: { day: number; gap: number } | undefined;
  const years = new Set<number>();
  for (const d of known) years.add(new Date(d * 86_400_000).getUTCFullYear());
  for (const y of [...years].sort((a, b) => a - b)) {
    for (const year of [y - 1, y, y + 1]) {
      const day = Date.UTC(year, month - 1, date) / 86_400_000;
      const gap = nearestGap(known, day);
      if (!best || gap < best.gap) best = { day, gap };
    }
  }
  return best && best.gap <= DATELINE_REACH ? best.day : undefined;
}

/** Distance from `day` to the nearest of `sorted` (ascending), by binary search: thousands of sources stay cheap. */
function nearestGap(sorted: readonly number[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  let gap = Infinity;
  if (lo < sorted.length) gap = sorted[lo]! - day;
  if (lo > 0) gap = Math.min(gap, day - sorted[lo - 1]!);
  return gap;
}
