/**
 * Partial counts: "With 88.42 percent of the votes counted, Noboa had 52.29 percent", "after around 91 percent of
 * the votes were counted". The figures of such a sentence are a snapshot of a count still running; the same
 * evening another outlet's "52.1%, with more than 97% of the votes counted" is a later snapshot, not a
 * contradiction. A figure of a sentence that gives the share counted meets only figures given at the same share
 * (the shares of votes counted themselves included); a figure with none (a final result) meets none of them.
 * Word lists: AlignWords.countedItems and countedVerbs.
 */
import type { Claim } from "../types.js";
import type { Locale } from "../lang/types.js";
import { fold } from "../text/normalize.js";
import { tokenize, type Token } from "../text/tokenize.js";
import { perLocale } from "./perLocale.js";

/** Words from the share's percent mark to what was counted ("percent of the votes"). */
const TO_ITEMS = 4;
/** Words from what was counted to the verb ("of the votes were counted", "of ballot boxes counted"). */
const TO_VERB = 4;
/** Two shares counted this close (in points) are one snapshot ("around 91" and "90.78" may not be). */
export const SAME_SHARE = 0.5;

interface Lists {
  items: Set<string>;
  verbs: Set<string>;
  percents: Set<string>;
}

const listsOf = perLocale<Lists>((locale) => {
  const w = locale.align;
  if (!w?.countedItems?.length || !w.countedVerbs?.length) return undefined;
  // The first word of each percent mark after a figure ("%", "percent", "per" of "per cent").
  const percents = new Set(locale.numbers.percentAfter.filter(([, share]) => share).map(([form]) => fold(form.split(" ")[0]!)));
  return { items: new Set(w.countedItems.map(fold)), verbs: new Set(w.countedVerbs.map(fold)), percents };
});

/** The share of a count already counted that the claim's sentence gives, in percent, if it gives one. */
export function countedShareOf(claim: Claim, locale: Locale): number | undefined {
  if (claim.kind !== "quantity") return undefined;
  const lists = listsOf(locale);
  if (!lists) return undefined;
  const tokens = tokenize(claim.sentence, 0, claim.sentence.length);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "digits") continue;
    const value = shareAt(tokens, k, lists);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The share written at tokens[k] when a percent mark, what was counted and a verb of counting follow it. */
function shareAt(tokens: readonly Token[], k: number, lists: Lists): number | undefined {
  let j = k + 1;
  // A decimal part: "88.42" is read as digits, a point and digits.
  let text = tokens[k]!.norm;
  if (tokens[j]?.text === "." && tokens[j + 1]?.kind === "digits" && !tokens[j]!.spaceBefore) {
    text += "." + tokens[j + 1]!.norm;
    j += 2;
  }
  if (!tokens[j] || !lists.percents.has(tokens[j]!.norm)) return undefined;
  let items = -1;
  for (let n = 0; j < tokens.length && n <= TO_ITEMS + TO_VERB; j++, n++) {
    const t = tokens[j]!;
    if (t.kind === "punct" && t.text !== "%") return undefined;
    if (t.kind === "digits") return undefined;
    if (items < 0 && n <= TO_ITEMS && lists.items.has(t.norm)) items = j;
    else if (items >= 0 && j - items <= TO_VERB && lists.verbs.has(t.norm)) {
      const value = Number(text.replace(/,/g, ""));
      return Number.isFinite(value) ? value : undefined;
    }
  }
  return undefined;
}

/** Whether two figures were given at the same stage of a count (or neither at a partial one). */
export function sameCountStage(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= SAME_SHARE;
}
