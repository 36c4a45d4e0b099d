/**
 * A quoted statement is compared word for word, and outlets write the speaker's month in their own calendar's
 * names: «في يوليو 2025» in Cairo is «في تموز 2025» in Baghdad, "Sept. 30" is "September 30". Each month name
 * of the locale is written as the first name the locale lists for that month, so that the two wordings are one.
 */
import type { Locale } from "../../lang/types.js";
import { fold } from "../../text/normalize.js";

interface MonthNames {
  /** Folded name (one or two words) → the month's first listed name, folded. */
  canonical: Map<string, string>;
  /** Whether any name has two words. */
  twoWords: boolean;
  /** Whether a statement holds any name to rewrite: most hold none, and one scan is cheaper than a lookup per word. */
  any: RegExp;
}

const cache = new WeakMap<Locale, MonthNames>();

function monthNames(locale: Locale): MonthNames {
  let names = cache.get(locale);
  if (names) return names;
  const first = new Map<number, string>();
  for (const [name, month] of locale.calendar.months) if (!first.has(month)) first.set(month, fold(name));
  const canonical = new Map<string, string>();
  let twoWords = false;
  for (const [name, month] of locale.calendar.months) {
    const folded = fold(name);
    if (folded === first.get(month)) continue;
    canonical.set(folded, first.get(month)!);
    twoWords ||= folded.includes(" ");
  }
  const alternatives = [...canonical.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRegExp);
  const any = new RegExp(`(?:^| )(?:${alternatives.join("|")})(?= |$)`, "u");
  cache.set(locale, (names = { canonical, twoWords, any }));
  return names;
}

/** `statement` (normalised: folded, one space between words) with each month name written one way. */
export function sameMonthNames(statement: string, locale: Locale): string {
  const { canonical, twoWords, any } = monthNames(locale);
  if (canonical.size === 0 || !any.test(statement)) return statement;
  const words = statement.split(" ");
  let changed = false;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = twoWords && i + 1 < words.length ? canonical.get(`${words[i]} ${words[i + 1]}`) : undefined;
    if (pair !== undefined) {
      out.push(pair);
      i++;
      changed = true;
      continue;
    }
    const one = canonical.get(words[i]!);
    if (one !== undefined) changed = true;
    out.push(one ?? words[i]!);
  }
  return changed ? out.join(" ") : statement;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
