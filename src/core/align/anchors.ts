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
  const openers = appositionOpenersOf(locale);
  let words = 0;
  for (let k = tokens.length - 1; k >= 0 && words < MAX_WORDS; k--) {
    const t = tokens[k]!;
    if (t.kind === "digits") return undefined;
    // "The Dawn Alliance, which ran as List 104 and drew …, won 29": the name before an appositive or a relative
    // clause between commas is the subject; the clause's own words, figures and names are passed.
    if (t.kind === "punct" && COMMA.test(t.text)) {
      const open = appositionOpen(tokens, k, openers);
      if (open !== undefined && isName(open - 1)) return nameEndingAt(open - 1, isName, tokens);
      continue;
    }
    if (t.kind !== "word") continue;
    words++;
    if (!isName(k)) continue;
    return nameEndingAt(k, isName, tokens);
  }
  return undefined;
}

function nameEndingAt(k: number, isName: (k: number) => boolean, tokens: readonly { norm: string }[]): string {
  const name: string[] = [];
  for (let m = k; m >= 0 && name.length < MAX_NAME_WORDS && isName(m); m--) name.unshift(tokens[m]!.norm);
  return name.join(" ");
}

const COMMA = /^[,،]$/u;
/** Tokens an appositive between commas may hold (see appositionOpen). */
const MAX_APPOSITION_TOKENS = 30;

const openerWords = new WeakMap<Locale, ReadonlySet<string>>();

/** Words that open an appositive or a relative clause: the locale's determiners and relative pronouns, folded. */
function appositionOpenersOf(locale: Locale): ReadonlySet<string> {
  let set = openerWords.get(locale);
  if (!set) openerWords.set(locale, (set = new Set([...locale.speech.determiners, ...locale.speech.relatives].map(fold))));
  return set;
}

/**
 * The comma opening an appositive or relative clause that the comma at `close` ends: the nearest comma before it,
 * within MAX_APPOSITION_TOKENS, followed by an opener (a determiner, a relative pronoun).
 */
function appositionOpen(tokens: readonly { kind: string; text: string; norm: string }[], close: number, openers: ReadonlySet<string>): number | undefined {
  for (let k = close - 1; k > 0 && k >= close - MAX_APPOSITION_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.kind !== "punct" || !COMMA.test(t.text)) continue;
    // A comma inside a figure ("1,300") is no clause's.
    if (tokens[k - 1]?.kind === "digits" && tokens[k + 1]?.kind === "digits") continue;
    const next = tokens[k + 1];
    return next?.kind === "word" && openers.has(next.norm) ? k : undefined;
  }
  return undefined;
}
