/**
 * Projections: "officials fear the toll may reach 10,000", "could rise to 500", «يتوقع أن يرتفع عدد القتلى إلى
 * 500». Extraction reads such a figure as a count like any other; it is what somebody fears or expects, and an
 * article that gives today's count (3,000 killed) does not contradict it. A figure is a projection when a verb of
 * reaching stands shortly before it with nothing but a few words between (its subject, "to", «إلى»), and a modal
 * or forecast word stands right before that verb (or is the verb itself: «سيرتفع»). A figure in a sentence about
 * a poll ("Two exit polls showed Iohannis gaining 64%-67%") is an estimate, and meets only other estimates, not
 * the count (65.88%). Word lists: AlignWords.
 */
import type { Claim } from "../types.js";
import type { Locale } from "../lang/types.js";
import { stripPrefix } from "../lang/lexicon.js";
import { fold } from "../text/normalize.js";
import { tokenize, type Token } from "../text/tokenize.js";
import { perLocale } from "./perLocale.js";

/** Words between the verb of reaching and the figure: a subject («عدد القتلى»), "to", "more than". */
const VERB_TO_FIGURE = 4;
/** Words between the forecast word and the verb: "expected to", "may well", «يتوقع أن». */
const FORECAST_TO_VERB = 2;
/** Characters before the figure read: enough for the words above, however long the sentence. */
const WINDOW = 90;

interface Lists {
  forecasts: Set<string>;
  reaching: Set<string>;
  links: Set<string>;
  /** AlignWords.estimates, folded, each phrase as its words. */
  estimates: string[][];
}

const listsOf = perLocale<Lists>((locale) => {
  const w = locale.align;
  if (!w?.forecasts?.length || !w.reaching?.length) return undefined;
  return { forecasts: formsOf(w.forecasts), reaching: formsOf(w.reaching), links: formsOf(w.reachLinks ?? []), estimates: (w.estimates ?? []).map((e) => wordsOf(e)) };
});

function formsOf(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const form of list) out.add(fold(form));
  return out;
}

/** Folded words, punctuation dropped. */
function wordsOf(text: string): string[] {
  const spaced = fold(text).replace(/[^\p{L}\p{M}\p{N}]+/gu, " ").trim();
  return spaced ? spaced.split(" ") : [];
}

/**
 * Whether the sentence names a poll: one of its phrases as whole words, each word also with its glued clitics
 * stripped («لاستطلاع آراء الناخبين», «والاستطلاع»).
 */
function fromPoll(sentence: string, lists: Lists, locale: Locale): boolean {
  if (lists.estimates.length === 0) return false;
  // Every word of a phrase found, bare or after its clitics, is somewhere in the folded text: most sentences fail
  // here, before they are cut into words and each word stripped (this runs for every figure of every sentence).
  const text = fold(sentence);
  if (!lists.estimates.some((e) => e.every((w) => text.includes(w)))) return false;
  const words = wordsOf(sentence);
  const stems = words.map((w) => stripPrefix(w, locale.clitics));
  const at = (k: number, w: string): boolean => words[k] === w || stems[k] === w;
  return lists.estimates.some((e) => e.length > 0 && words.some((_, i) => e.every((w, j) => at(i + j, w))));
}

function listed(t: Token, set: Set<string>, locale: Locale): boolean {
  return set.has(t.norm) || set.has(stripPrefix(t.norm, locale.clitics));
}

/** Whether a quantity claim is a projection (see above). */
export function isProjection(claim: Claim, locale: Locale): boolean {
  return projection(claim, locale, fromPoll);
}

/**
 * isProjection() for one alignment run, with fromPoll() kept per language and sentence text: it reads nothing
 * else, and the run asks it per place of a figure (see byPlace.ts), 4,524 places of 2,297 texts on the 1,000
 * bench articles (9,441 of 5,859 with no paragraph repeated), folding the whole sentence each time.
 */
export function projectionReader(): (claim: Claim, locale: Locale) => boolean {
  const polls = new Map<Locale, Map<string, boolean>>();
  const pollOf = (sentence: string, lists: Lists, locale: Locale): boolean => {
    let byText = polls.get(locale);
    if (!byText) polls.set(locale, (byText = new Map()));
    let poll = byText.get(sentence);
    if (poll === undefined) byText.set(sentence, (poll = fromPoll(sentence, lists, locale)));
    return poll;
  };
  return (claim, locale) => projection(claim, locale, pollOf);
}

function projection(claim: Claim, locale: Locale, poll: (sentence: string, lists: Lists, locale: Locale) => boolean): boolean {
  if (claim.kind !== "quantity") return false;
  const lists = listsOf(locale);
  if (!lists) return false;
  if (poll(claim.sentence, lists, locale)) return true;
  const end = claim.sentenceMark[0];
  const tokens = tokenize(claim.sentence, Math.max(0, end - WINDOW), end);
  // Back from the figure to the verb of reaching: words only, no other figure, no punctuation.
  let verb = -1;
  for (let k = tokens.length - 1, words = 0; k >= 0 && words <= VERB_TO_FIGURE; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") break;
    if (listed(t, lists.reaching, locale)) {
      verb = k;
      break;
    }
    // A function word other than "to", «إلى»: the verb before it governs something else ("increase with only 33").
    if (locale.stopwords.has(t.norm) && !lists.links.has(t.norm)) return false;
    words++;
  }
  if (verb < 0) return false;
  // The forecast word: the verb itself («سيرتفع»), or just before it. A capitalised form is a name or a
  // month ("in May reached"), not a modal.
  for (let k = verb, words = 0; k >= 0 && words <= FORECAST_TO_VERB + 1; k--, words++) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (t.text === t.text.toLowerCase() && listed(t, lists.forecasts, locale)) return true;
  }
  return false;
}
