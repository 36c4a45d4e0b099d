/**
 * A part named against its whole: "32 of the state's 35 districts", «17 من أصل 41 مقعداً». Extraction splits the
 * two only when the words joining them stand right between the figures; with a few words after them ("of the
 * state's") the part is left counting nothing, and the whole then looks like the only figure of its sentence:
 * another article's "33 districts" (a part count) would meet the 35. The part is the whole's sentence-mate (see
 * sameSubject): another article's figure meets the nearer of the two. The joining words are the locale's
 * part-of ratio words (NumberWords.ratios with `parts`).
 */
import type { Claim } from "../types.js";
import type { Locale } from "../lang/types.js";
import { fold } from "../text/normalize.js";
import { tokenize } from "../text/tokenize.js";

/** Words before the joining words (the part's noun: "17 seats out of 41") and after them ("the state's"). */
const BEFORE = 2;
const AFTER = 3;
/** Longest text between the two figures read. */
const MAX_GAP = 80;

const cache = new WeakMap<Locale, { joins: string[][]; conjunctions: Set<string> }>();

function wordsOf(locale: Locale) {
  let w = cache.get(locale);
  if (!w) {
    const joins = (locale.numbers.ratios ?? []).filter(([, rule]) => rule.parts).map(([phrase]) => fold(phrase).split(/\s+/).filter(Boolean));
    w = { joins: joins.filter((j) => j.length > 0), conjunctions: new Set(locale.quantities.conjunctions.map(fold)) };
    cache.set(locale, w);
  }
  return w;
}

/**
 * Whether `whole` is the whole `part` (the figure before it in the same sentence) is a part of: a smaller
 * figure, then part-of words with at most a few words either side, nothing else between.
 */
export function isPartOf(part: Claim, whole: Claim, locale: Locale): boolean {
  if (part.kind !== "quantity" || whole.kind !== "quantity" || part.sentence !== whole.sentence) return false;
  if (!(Number(part.value) < Number(whole.value))) return false;
  const from = part.sentenceMark[1];
  const to = whole.sentenceMark[0];
  if (to < from || to - from > MAX_GAP) return false;
  const { joins, conjunctions } = wordsOf(locale);
  if (joins.length === 0) return false;
  const words: string[] = [];
  for (const t of tokenize(part.sentence, from, to)) {
    // "the state's": an apostrophe inside a word is no break.
    if (t.kind === "punct" && (t.text === "'" || t.text === "\u2019")) continue;
    if (t.kind !== "word" || conjunctions.has(t.norm)) return false;
    words.push(t.norm);
  }
  for (const join of joins) {
    for (let at = 0; at <= BEFORE && at + join.length <= words.length; at++) {
      if (words.length - at - join.length > AFTER) continue;
      if (join.every((w, i) => words[at + i] === w)) return true;
    }
  }
  return false;
}
