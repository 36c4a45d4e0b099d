/**
 * Counts kept since a start ("More than 400 trucks have entered the city since then", «عدد الشاحنات التي دخلت
 * المدينة منذ بدء الهدنة بلغ ٧٣٠»): whatever they count, such a count only grows, so a clearly higher figure in a
 * later article is the count moving on, as a toll does (see time.ts). Word lists: AlignWords.since.
 */
import type { Locale } from "../lang/types.js";
import type { Features } from "./features.js";
import { stripPrefix } from "../lang/lexicon.js";
import { fold } from "../text/normalize.js";
import { tokenize } from "../text/tokenize.js";
import { perLocale } from "./perLocale.js";

const wordsOf = perLocale<Set<string>>((locale) => {
  const list = locale.align?.since ?? [];
  return list.length > 0 ? new Set(list.map(fold)) : undefined;
});

/** Whether a sentence counts something since a start: it holds one of the locale's words for "since". */
export function accrues(sentence: string, locale: Locale): boolean {
  const words = wordsOf(locale);
  if (!words) return false;
  // Most sentences hold none of the words anywhere: one pass over the folded text rules them out before any
  // tokenising.
  const folded = fold(sentence);
  let anywhere = false;
  for (const w of words) if ((anywhere = folded.includes(w))) break;
  if (!anywhere) return false;
  for (const t of tokenize(sentence)) {
    if (t.kind === "word" && (words.has(t.norm) || words.has(stripPrefix(t.norm, locale.clitics)))) return true;
  }
  return false;
}

/**
 * Whether a quantity's sentence counts since a start, read the first time asked and kept on its features: only
 * figures that may have moved on within days are asked (see time.ts), a few among thousands.
 */
export function accruing(f: Features): boolean {
  if (f.accrues < 0) f.accrues = f.kind === "quantity" && knownAccrues(f.claim.sentence, f.locale) ? 1 : 0;
  return f.accrues === 1;
}

/** Answers by sentence text, per language: the claims of a sentence, and outlets that run one wire, share them. */
const answers = new WeakMap<Locale, Map<string, boolean>>();
/** Answers kept before they are let go, so that a long-running process does not grow without bound. */
const MAX_ANSWERS = 100_000;

function knownAccrues(sentence: string, locale: Locale): boolean {
  let known = answers.get(locale);
  if (!known) answers.set(locale, (known = new Map()));
  let answer = known.get(sentence);
  if (answer === undefined) {
    if (known.size >= MAX_ANSWERS) known.clear();
    known.set(sentence, (answer = accrues(sentence, locale)));
  }
  return answer;
}
