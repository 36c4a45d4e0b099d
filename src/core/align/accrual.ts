/**
 * Counts kept since a start ("More than 400 trucks have entered the city since then", «عدد الشاحنات التي دخلت
 * المدينة منذ بدء الهدنة بلغ ٧٣٠»): whatever they count, such a count only grows, so a clearly higher figure in a
 * later article is the count moving on, as a toll does (see time.ts). Word lists: AlignWords.since.
 */
import type { Locale } from "../lang/types.js";
import { stripPrefix } from "../lang/lexicon.js";
import { fold } from "../text/normalize.js";
import { tokenize } from "../text/tokenize.js";

const cache = new WeakMap<Locale, Set<string> | null>();

function wordsOf(locale: Locale): Set<string> | undefined {
  let words = cache.get(locale);
  if (words === undefined) {
    const list = locale.align?.since ?? [];
    words = list.length > 0 ? new Set(list.map(fold)) : null;
    cache.set(locale, words);
  }
  return words ?? undefined;
}

/** Whether a sentence counts something since a start: it holds one of the locale's words for "since". */
export function accrues(sentence: string, locale: Locale): boolean {
  const words = wordsOf(locale);
  if (!words) return false;
  for (const t of tokenize(sentence)) {
    if (t.kind === "word" && (words.has(t.norm) || words.has(stripPrefix(t.norm, locale.clitics)))) return true;
  }
  return false;
}
