/** A locale's speech words turned into lookups once, and kept for every later document. */
import type { Locale } from "../../lang/types.js";
import { PhraseLexicon, WordLexicon, type CliticRules } from "../../lang/lexicon.js";
import { fold } from "../../text/normalize.js";
import type { SpeechTrigger, SpeechWords } from "../quotes/words.js";

export type TitleKind = "person" | "body";

export interface SpeechLexicon {
  words: SpeechWords;
  triggers: PhraseLexicon<SpeechTrigger>;
  titles: WordLexicon<TitleKind>;
  links: WordLexicon<true>;
  titleLinks: WordLexicon<true>;
  complementisers: WordLexicon<true>;
  breakers: WordLexicon<true>;
  adverbs: WordLexicon<true>;
  clauseStarts: WordLexicon<true>;
  negations: ReadonlySet<string>;
  relatives: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
  weekdays: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  definitePrefixes: readonly string[];
  breakerPrefixes: readonly string[];
  /** Folded conjunction prefixes. */
  conjunctionPrefixes: readonly string[];
  /** Folded prefix and its replacement, longest prefix first. */
  sourcePrefixes: readonly (readonly [string, string])[];
}

const cache = new WeakMap<Locale, SpeechLexicon>();

export function speechLexicon(locale: Locale): SpeechLexicon {
  let lex = cache.get(locale);
  if (!lex) {
    lex = compile(locale);
    cache.set(locale, lex);
  }
  return lex;
}

function compile(locale: Locale): SpeechLexicon {
  const w = locale.speech;
  const conj: CliticRules = { prefixes: w.conjunctionPrefixes, suffixes: [], minStem: 2 };
  const flag = (xs: readonly string[]) => xs.map((x) => [x, true] as const);
  const folded = (xs: readonly string[]) => new Set(xs.map(fold));
  return {
    words: w,
    triggers: new PhraseLexicon(w.triggers, conj),
    titles: new WordLexicon<TitleKind>(
      [...w.personTitles.map((t) => [t, "person"] as const), ...w.bodies.map((t) => [t, "body"] as const)],
      w.titleClitics,
    ),
    links: new WordLexicon(flag(w.links)),
    titleLinks: new WordLexicon(flag(w.titleLinks)),
    complementisers: new WordLexicon(flag(w.complementisers), conj),
    breakers: new WordLexicon(flag(w.breakers), conj),
    adverbs: new WordLexicon(flag(w.adverbs), conj),
    clauseStarts: new WordLexicon(flag(w.clauseStarts), conj),
    negations: folded(w.negations),
    relatives: folded(w.relatives),
    determiners: folded(w.determiners),
    pronouns: folded(w.pronouns),
    stopwords: locale.stopwords,
    weekdays: folded(locale.calendar.weekdays.map(([name]) => name)),
    abbreviations: locale.abbreviations,
    definitePrefixes: w.definitePrefixes.map(fold),
    conjunctionPrefixes: w.conjunctionPrefixes.map(fold),
    breakerPrefixes: w.breakerPrefixes.map(fold),
    sourcePrefixes: w.sourcePrefixes.map(([p, r]) => [fold(p), r] as const).sort((a, b) => b[0].length - a[0].length),
  };
}
