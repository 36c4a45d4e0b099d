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
  /** See SpeechWords.nonSpeakers. */
  nonSpeakers: WordLexicon<true>;
  /** See SpeechWords.quotedNameHeads. */
  quotedNameHeads: WordLexicon<true>;
  /** See SpeechWords.objectNouns. */
  objectNouns: WordLexicon<true>;
  /** See SpeechWords.objectVerbs. */
  objectVerbs: WordLexicon<true>;
  /** Folded (see SpeechWords.conjunctionPrefixes). */
  conjunctionPrefixes: readonly string[];
  /** Folded (see SpeechWords.rankWords). */
  rankWords: ReadonlySet<string>;
  links: ReadonlySet<string>;
  titleLinks: ReadonlySet<string>;
  namePrefixes: ReadonlySet<string>;
  /** Folded (see SpeechWords.solidNamePrefixes). */
  solidNamePrefixes: readonly string[];
  /** Name to preposition, as written, marks removed (see SpeechWords.namesLikePrepositions). */
  namesLikePrepositions: ReadonlyMap<string, string>;
  /** The same names folded: a word whose norm is none of them is no such name, whatever its marks. */
  namesLikePrepositionsFolded: ReadonlySet<string>;
  /** The following sets hold each folded word with and without a conjunction prefix ("أن", "وأن"). */
  complementisers: ReadonlySet<string>;
  /** Prepositions, breakers, the locale's stop words and weekday names. */
  breakers: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  adverbs: ReadonlySet<string>;
  clauseStarts: ReadonlySet<string>;
  contrastLeads: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  relatives: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  asMarkers: ReadonlySet<string>;
  prepositionPrefixes: readonly string[];
  determiners: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  personalPronouns: ReadonlySet<string>;
  impersonalPronouns: ReadonlySet<string>;
  pluralPronouns: ReadonlySet<string>;
  pluralTitles: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  definitePrefixes: readonly string[];
  /** The definite prefixes that carry a conjunction ("وال"): a word with one is coordinated. */
  coordinatedPrefixes: readonly string[];
  adjectiveEndings?: readonly string[];
  breakerPrefixes: readonly string[];
  genitivePrefixes: readonly string[];
  /** See SpeechWords.reportNouns (folded). */
  reportNouns: ReadonlySet<string>;
  listeners: ReadonlySet<string>;
  /** See SpeechWords.titleAdjectives (folded). */
  titleAdjectives: ReadonlySet<string>;
  /** Folded prefix and its replacement, longest prefix first. */
  sourcePrefixes: readonly (readonly [string, string])[];
}

const cache = new WeakMap<Locale, SpeechLexicon>();

/** A verbal noun after a verb may carry the preposition of its complement or the article («بإرسال», «الإعلان»). */
const OBJECT_NOUN_CLITICS: CliticRules = { prefixes: ["ب", "ال", "بال"], suffixes: [], minStem: 3 };

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
  const prefixes = w.conjunctionPrefixes.map(fold);
  const definite = w.definitePrefixes.map(fold);
  const folded = (xs: Iterable<string>) => new Set([...xs].map(fold));
  // Every word with each conjunction glued on: one set lookup per word instead of a clitic search.
  const withConjunctions = (xs: Iterable<string>) => {
    const out = new Set<string>();
    for (const x of xs) {
      const f = fold(x);
      out.add(f);
      for (const p of prefixes) out.add(p + f);
    }
    return out;
  };
  return {
    words: w,
    triggers: new PhraseLexicon(w.triggers, conj),
    titles: new WordLexicon<TitleKind>(
      [...w.personTitles.map((t) => [t, "person"] as const), ...w.bodies.map((t) => [t, "body"] as const)],
      w.titleClitics,
    ),
    nonSpeakers: new WordLexicon<true>((w.nonSpeakers ?? []).map((t) => [t, true] as const), w.titleClitics),
    quotedNameHeads: new WordLexicon<true>((w.quotedNameHeads ?? []).map((t) => [t, true] as const), w.titleClitics),
    objectNouns: new WordLexicon<true>((w.objectNouns ?? []).map((t) => [t, true] as const), OBJECT_NOUN_CLITICS),
    objectVerbs: new WordLexicon<true>((w.objectVerbs ?? []).map((t) => [t, true] as const), { prefixes: w.conjunctionPrefixes, suffixes: ["ت"], minStem: 3 }),
    conjunctionPrefixes: prefixes,
    rankWords: folded(w.rankWords ?? []),
    links: folded(w.links),
    titleLinks: folded(w.titleLinks),
    namePrefixes: folded(w.namePrefixes ?? []),
    solidNamePrefixes: [...folded(w.solidNamePrefixes ?? [])],
    namesLikePrepositions: new Map((w.namesLikePrepositions ?? []).map(([name, prep]) => [unmarked(name), unmarked(prep)] as const)),
    namesLikePrepositionsFolded: folded((w.namesLikePrepositions ?? []).map(([name]) => name)),
    complementisers: withConjunctions(w.complementisers),
    breakers: withConjunctions([...w.prepositions, ...w.breakers, ...locale.stopwords, ...locale.calendar.weekdays.map(([name]) => name)]),
    prepositions: withConjunctions(w.prepositions),
    adverbs: withConjunctions(w.adverbs),
    clauseStarts: withConjunctions(w.clauseStarts),
    contrastLeads: withConjunctions(w.contrastLeads ?? []),
    coordinators: folded(w.coordinators ?? []),
    negations: folded(w.negations),
    relatives: folded(w.relatives),
    auxiliaries: folded(w.auxiliaries ?? []),
    asMarkers: folded(w.asMarkers),
    prepositionPrefixes: w.prepositionPrefixes.map(fold),
    determiners: folded(w.determiners),
    pronouns: folded(w.pronouns),
    personalPronouns: folded(w.personalPronouns ?? []),
    impersonalPronouns: folded(w.impersonalPronouns ?? []),
    pluralPronouns: folded(w.pluralPronouns ?? []),
    pluralTitles: folded(w.pluralTitles ?? []),
    abbreviations: locale.abbreviations,
    definitePrefixes: definite,
    coordinatedPrefixes: definite.filter((d) => prefixes.some((c) => d.startsWith(c) && definite.includes(d.slice(c.length)))),
    ...(w.adjectiveEndings ? { adjectiveEndings: w.adjectiveEndings.map(fold) } : {}),
    breakerPrefixes: w.breakerPrefixes.map(fold),
    genitivePrefixes: (w.genitivePrefixes ?? []).map(fold),
    reportNouns: folded(w.reportNouns ?? []),
    listeners: folded(w.listeners ?? []),
    titleAdjectives: folded(w.titleAdjectives ?? []),
    sourcePrefixes: w.sourcePrefixes.map(([p, r]) => [fold(p), r] as const).sort((a, b) => b[0].length - a[0].length),
  };
}

/** A word as written without its marks and tatweel, letters unfolded: «عليّ» is «علي», never «على». */
export function unmarked(raw: string): string {
  return raw.replace(/[\p{M}\u0640]/gu, "");
}

/**
 * The names of SpeechLexicon.namesLikePrepositions whose preposition `text` writes its own way at least once
 * (as a whole word, marks aside): there the name's spelling is a name.
 */
export function namesSpelledApart(text: string, lex: SpeechLexicon): ReadonlySet<string> {
  const out = new Set<string>();
  if (lex.namesLikePrepositions.size === 0) return out;
  // Most copy writes the preposition without marks: found in the text as it is, the whole text need not be
  // copied without its marks (a sixth of a second over the 1,000 bench articles).
  for (const [name, prep] of lex.namesLikePrepositions) if (holdsWord(text, prep)) out.add(name);
  if (out.size === lex.namesLikePrepositions.size || !MARKS.test(text)) return out;
  const bare = unmarked(text);
  for (const [name, prep] of lex.namesLikePrepositions) if (!out.has(name) && holdsWord(bare, prep)) out.add(name);
  return out;
}

/** `word` stands in `text` as a whole word at least once. */
function holdsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!LETTER.test(text[at - 1] ?? " ") && !LETTER.test(text[at + word.length] ?? " ")) return true;
  }
  return false;
}

const MARKS = /[\p{M}\u0640]/u;

const LETTER = /\p{L}/u;
