/**
 * The named party a figure belongs to: the nearest name written with capitals before it in its sentence, with
 * no other figure between ("Iraq's target falls to 4.22 million bpd", "Saudi Arabia, the group's leader, will
 * account for more than 1 million barrels a day"). Two articles that each give one figure of a unit for the
 * same party give it for the same thing. Only for scripts with capitals; other languages have no anchors.
 */
import type { Claim } from "../types.js";
import type { Locale } from "../lang/types.js";
import { fold } from "../text/normalize.js";
import { tokenize } from "../text/tokenize.js";

/** How many words before the figure its party may stand. */
const MAX_WORDS = 12;
/** Words of a name, at most. */
const MAX_NAME_WORDS = 4;

const calendarWords = new WeakMap<Locale, ReadonlySet<string>>();

/** Weekday and month names: capitalised, but no party ("On Monday the group cut 2 million bpd"). */
function calendarOf(locale: Locale): ReadonlySet<string> {
  let set = calendarWords.get(locale);
  if (!set) calendarWords.set(locale, (set = new Set([...locale.calendar.weekdays, ...locale.calendar.months].map(([w]) => fold(w)))));
  return set;
}

const CAPITAL = /\p{Lu}/u;

export function anchorOf(claim: Claim, locale: Locale): string | undefined {
  const before = claim.sentence.slice(0, claim.sentenceMark[0]);
  if (!CAPITAL.test(before)) return undefined;
  const tokens = tokenize(before);
  const calendar = calendarOf(locale);
  const isName = (k: number): boolean => {
    const t = tokens[k];
    return !!t && t.kind === "word" && CAPITAL.test(t.text[0]!) && !locale.stopwords.has(t.norm) && !calendar.has(t.norm);
  };
  let words = 0;
  for (let k = tokens.length - 1; k >= 0 && words < MAX_WORDS; k--) {
    const t = tokens[k]!;
    if (t.kind === "digits") return undefined;
    if (t.kind !== "word") continue;
    words++;
    if (!isName(k)) continue;
    const name: string[] = [];
    for (let m = k; m >= 0 && name.length < MAX_NAME_WORDS && isName(m); m--) name.unshift(tokens[m]!.norm);
    return name.join(" ");
  }
  return undefined;
}
