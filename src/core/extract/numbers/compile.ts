/**
 * A locale's number word lists turned into lookups once, and cached per locale: every paragraph of every
 * article reuses them.
 */
import type { Locale } from "../../lang/types.js";
import { NO_CLITICS, WordLexicon, type CliticRules } from "../../lang/lexicon.js";
import { Phrases } from "./phrases.js";
import { fold } from "../../text/normalize.js";
import type { Token } from "../../text/tokenize.js";
import type { ClockMark, FractionWord, NumberWords, PhoneCue, QualifierWord, RatioRule, ScaleSuffix, ScaleWord } from "./words.js";

export interface CompiledNumbers {
  words: NumberWords;
  clitics: CliticRules;
  /** Folded clitic prefixes, longest first. */
  prefixList: readonly string[];
  /**
   * Prefixes after which a two-letter stem is still read: those ending in the definite article («الست», the six,
   * after «الدول»). After any other clitic a two-letter stem is too often another word («لست», I am not).
   */
  shortStemPrefixes: ReadonlySet<string>;
  cardinals: WordLexicon<number>;
  teenHeads: WordLexicon<number>;
  teenTails: WordLexicon<number>;
  ordinalTeenHeads: WordLexicon<true>;
  scales: WordLexicon<ScaleWord>;
  fractions: WordLexicon<FractionWord>;
  scaleSuffixes: readonly ScaleSuffix[];
  currencySigns: ReadonlySet<string>;
  reversedDecimalMarks: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  conjunctionPrefixes: readonly string[];
  definitePrefixes: readonly string[];
  decimalPoints: ReadonlySet<string>;
  negatives: ReadonlySet<string>;
  /** Folded phrases of `toleranceLeads`, their words joined by one space. */
  toleranceLeads: ReadonlySet<string>;
  fractionOf: Phrases<true>;
  fractionFollowers: ReadonlySet<string>;
  ratios: Phrases<RatioRule>;
  possessiveEndings: ReadonlySet<string>;
  pronounWords: ReadonlySet<string>;
  pronounPrecededBy: ReadonlySet<string>;
  pronounFollowedBy: Phrases<true>;
  pronounUnlessNounAfter: ReadonlySet<string>;
  idioms: Phrases<true>;
  fractionNouns: ReadonlySet<string>;
  hyphenFractionWords: ReadonlySet<string>;
  percentAfter: Phrases<boolean>;
  percentBefore: Phrases<true>;
  percentCues: WordLexicon<true>;
  qualifiersBefore: Phrases<QualifierWord>;
  ageLeads: ReadonlySet<string>;
  ageTails: Phrases<true>;
  qualifiersAfter: Phrases<QualifierWord>;
  rangeBetween: Phrases<true>;
  rangeAnd: ReadonlySet<string>;
  rangeFrom: Phrases<true>;
  rangeTo: Phrases<true>;
  changeWords: WordLexicon<true>;
  movedVerbs: WordLexicon<true>;
  comparisonSubjects: Phrases<true>;
  rangeBy: ReadonlySet<string>;
  boundJoiners: ReadonlySet<string>;
  ordinalSuffixes: ReadonlySet<string>;
  /** Case-sensitive, not folded (see NumberWords.unitLetters). */
  unitLetters: ReadonlySet<string>;
  yearCues: Phrases<true>;
  fiscalYearsAfter: Phrases<true>;
  weakYearCues: Phrases<true>;
  /**
   * "capital": a reference only when the cue is written with a capital (see NumberWords.namedReferenceCues);
   * "pair": the next number joined by a conjunction is one too (see NumberWords.referencePairCues).
   */
  referenceCues: Phrases<true | "capital" | "pair">;
  figureNouns: WordLexicon<true>;
  figureLeads: WordLexicon<true>;
  modelWords: Pick<WordLexicon<true | "indefinite">, "match">;
  notCodePrefixes: ReadonlySet<string>;
  /** See NumberWords.casedCodePrefixes: as written, not folded. */
  casedCodePrefixes: ReadonlySet<string>;
  nameHeads: Phrases<true>;
  nameHeadBlockers: WordLexicon<true>;
  scoreCues: Phrases<true>;
  scoreJoiners: Phrases<true>;
  scoreSides: Phrases<true>;
  momentBefore: Phrases<true>;
  momentAfter: Phrases<true>;
  nameTails: Phrases<true>;
  serviceNames: ReadonlySet<string>;
  sequenceWords: ReadonlySet<string>;
  ordinalHeads: WordLexicon<true>;
  clockCues: Phrases<true>;
  clockMarks: Phrases<ClockMark>;
  clockHours: Phrases<number>;
  minuteWords: WordLexicon<true>;
  phoneCues: Phrases<PhoneCue>;
  yearMarks: Phrases<readonly [number, number]>;
  yearNameHeads: ReadonlySet<string>;
  designationWords: WordLexicon<true>;
  modelFamilyNumbers: ReadonlySet<string>;
  periodOrdinals: ReadonlySet<string>;
  milestoneQualifiers: Phrases<QualifierWord>;
  subjectQualifiers: Phrases<QualifierWord>;
  countNouns: WordLexicon<true>;
  thresholdNouns: WordLexicon<true>;
  thresholdArticles: ReadonlySet<string>;
  thresholdNounsAfter: ReadonlySet<string>;
  adjectiveOnes: ReadonlySet<string>;
  countedNounEndings: readonly (readonly [string, number, number])[];
  months: Phrases<number>;
  /** Folded weekday names: never numbers, even when spelled like one (الاثنين، الأحد). */
  weekdays: ReadonlySet<string>;
  /** Weekday names without their article, by length: a quick test before clitics are stripped. */
  weekdayCores: ReadonlyMap<number, ReadonlySet<string>>;
  stopwords: ReadonlySet<string>;
}

const cache = new WeakMap<Locale, CompiledNumbers>();

const set = (xs: readonly string[] | undefined): ReadonlySet<string> => new Set((xs ?? []).map(fold));
const flags = (xs: readonly string[] | undefined): [string, true][] => (xs ?? []).map((x): [string, true] => [x, true]);

/**
 * Model words, and the ones that name a grade only without the article (NumberWords.indefiniteModelWords:
 * «بنزين 95» is a grade, «البنزين 10 جنيهات» a price).
 */
function modelLexicon(w: NumberWords, clitics: CliticRules): Pick<WordLexicon<true | "indefinite">, "match"> {
  const entries: [string, true | "indefinite"][] = [...flags(w.modelWords), ...(w.indefiniteModelWords ?? []).map((x): [string, "indefinite"] => [x, "indefinite"])];
  const lex = new WordLexicon(entries, clitics);
  const definite = (w.definitePrefixes ?? []).map(fold);
  return {
    match(norm, options) {
      const m = lex.match(norm, options);
      return m && m.value === "indefinite" && definite.some((d) => m.prefix.endsWith(d)) ? undefined : m;
    },
  };
}

function coresByLength(names: string[], articles: string[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const name of names) {
    let core = name;
    for (const a of articles) if (a && core.startsWith(a) && core.length > a.length) core = core.slice(a.length);
    const bucket = out.get(core.length) ?? new Set<string>();
    bucket.add(core);
    out.set(core.length, bucket);
  }
  return out;
}

// A doubled-letter article («لل») also spells a preposition before a word starting with that letter, so it
// does not mark a short stem as definite.
function shortStemPrefixes(prefixes: readonly string[], definite: readonly string[]): Set<string> {
  const articles = definite.filter((d) => d.length >= 2 && d[0] !== d[1]);
  return new Set(prefixes.filter((p) => articles.some((d) => p.endsWith(d))));
}

export function compileNumbers(locale: Locale): CompiledNumbers {
  const hit = cache.get(locale);
  if (hit) return hit;
  const w = locale.numbers;
  const clitics = locale.clitics;
  const compiled: CompiledNumbers = {
    words: w,
    clitics,
    prefixList: [...clitics.prefixes].map(fold).sort((a, b) => b.length - a.length),
    shortStemPrefixes: shortStemPrefixes(clitics.prefixes.map(fold), (w.definitePrefixes ?? []).map(fold)),
    cardinals: new WordLexicon(w.cardinals, clitics),
    teenHeads: new WordLexicon(w.teenHeads ?? [], clitics),
    teenTails: new WordLexicon(w.teenTails ?? [], NO_CLITICS),
    ordinalTeenHeads: new WordLexicon(flags(w.ordinalTeenHeads), clitics),
    scales: new WordLexicon(w.scales, clitics),
    fractions: new WordLexicon(w.fractions, clitics),
    scaleSuffixes: w.scaleSuffixes ?? [],
    currencySigns: set(w.currencySigns),
    reversedDecimalMarks: set(w.reversedDecimalMarks),
    articles: set(w.articles),
    conjunctions: set(w.conjunctions),
    conjunctionPrefixes: (w.conjunctionPrefixes ?? []).map(fold),
    definitePrefixes: (w.definitePrefixes ?? []).map(fold),
    decimalPoints: set(w.decimalPoints),
    negatives: set(w.negatives),
    toleranceLeads: new Set((w.toleranceLeads ?? []).map((p) => p.split(/\s+/u).map(fold).join(" "))),
    fractionOf: new Phrases(flags(w.fractionOf)),
    fractionFollowers: set(w.fractionFollowers),
    ratios: new Phrases(w.ratios ?? [], clitics),
    possessiveEndings: new Set((w.possessiveEndings ?? []).map(fold)),
    pronounWords: set(w.pronouns?.words),
    pronounPrecededBy: set(w.pronouns?.precededBy),
    pronounFollowedBy: new Phrases(flags(w.pronouns?.followedBy)),
    pronounUnlessNounAfter: set(w.pronouns?.unlessNounAfter),
    idioms: new Phrases(flags(w.idioms), clitics),
    fractionNouns: set(w.fractionNouns),
    hyphenFractionWords: set(w.hyphenFractionWords),
    percentAfter: new Phrases(w.percentAfter, clitics),
    percentBefore: new Phrases(flags(w.percentBefore), clitics),
    percentCues: new WordLexicon(flags(w.percentCues), clitics),
    qualifiersBefore: new Phrases(w.qualifiersBefore, clitics),
    ageLeads: set(w.ageLeads),
    ageTails: new Phrases(flags(w.ageTails), clitics),
    qualifiersAfter: new Phrases(w.qualifiersAfter, clitics),
    rangeBetween: new Phrases(flags(w.rangeBetween), clitics),
    rangeAnd: set(w.rangeAnd),
    rangeFrom: new Phrases(flags(w.rangeFrom), clitics),
    rangeTo: new Phrases(flags(w.rangeTo), clitics),
    changeWords: new WordLexicon(flags(w.changeWords), clitics),
    movedVerbs: new WordLexicon(flags(w.movedVerbs), clitics),
    comparisonSubjects: new Phrases(flags(w.comparisonSubjects), clitics),
    rangeBy: set(w.rangeBy),
    boundJoiners: set(w.boundJoiners),
    ordinalSuffixes: set(w.ordinalSuffixes),
    unitLetters: new Set(w.unitLetters ?? []),
    yearCues: new Phrases(flags(w.yearCues), clitics),
    fiscalYearsAfter: new Phrases(flags(w.fiscalYearsAfter), clitics),
    weakYearCues: new Phrases(flags(w.weakYearCues), clitics),
    referenceCues: new Phrases<true | "capital" | "pair">(
      [
        ...flags(w.referenceCues),
        ...(w.namedReferenceCues ?? []).map((c): [string, "capital"] => [c, "capital"]),
        ...(w.referencePairCues ?? []).map((c): [string, "pair"] => [c, "pair"]),
      ],
      clitics,
    ),
    figureNouns: new WordLexicon(flags(w.figureNouns), clitics),
    figureLeads: new WordLexicon(flags(w.figureLeads), clitics),
    modelWords: modelLexicon(w, clitics),
    notCodePrefixes: set(w.notCodePrefixes),
    casedCodePrefixes: new Set(w.casedCodePrefixes ?? []),
    nameHeads: new Phrases(flags(w.nameHeads), clitics),
    nameHeadBlockers: new WordLexicon(flags(w.nameHeadBlockers), clitics),
    scoreCues: new Phrases(flags(w.scoreCues), clitics),
    scoreJoiners: new Phrases(flags(w.scoreJoiners), clitics),
    scoreSides: new Phrases(flags(w.scoreSides), clitics),
    momentBefore: new Phrases(flags(w.momentCues?.before), clitics),
    momentAfter: new Phrases(flags(w.momentCues?.after), clitics),
    nameTails: new Phrases(flags(w.nameTails), clitics),
    serviceNames: set(w.serviceNames),
    sequenceWords: set(w.sequenceWords),
    ordinalHeads: new WordLexicon(flags(w.ordinalHeads), clitics),
    clockCues: new Phrases(flags(w.clockCues), clitics),
    clockMarks: new Phrases(w.clockMarks ?? [], clitics),
    clockHours: new Phrases(w.clockHours ?? [], clitics),
    minuteWords: new WordLexicon(flags(w.minuteWords), clitics),
    phoneCues: new Phrases(w.phoneCues ?? [], clitics),
    yearMarks: new Phrases(w.yearMarks ?? []),
    yearNameHeads: set(w.yearNameHeads),
    designationWords: new WordLexicon(flags(w.designationWords), clitics),
    modelFamilyNumbers: set(w.modelFamilyNumbers),
    periodOrdinals: set(w.periodOrdinals),
    milestoneQualifiers: new Phrases(w.milestoneQualifiers ?? [], clitics),
    subjectQualifiers: new Phrases(w.subjectQualifiers ?? [], clitics),
    countNouns: new WordLexicon(flags(w.countNouns), clitics),
    thresholdNouns: new WordLexicon(flags(w.thresholdNouns), clitics),
    thresholdArticles: set(w.thresholdAfter?.articles),
    thresholdNounsAfter: set(w.thresholdAfter?.nouns),
    adjectiveOnes: set(w.adjectiveOnes),
    countedNounEndings: (w.countedNounEndings ?? []).map(([e, min, max]) => [fold(e), min, max] as const),
    months: new Phrases(locale.calendar.months, clitics),
    weekdays: new Set(locale.calendar.weekdays.map(([name]) => fold(name))),
    weekdayCores: coresByLength(locale.calendar.weekdays.map(([name]) => fold(name)), (w.definitePrefixes ?? []).map(fold)),
    stopwords: locale.stopwords,
  };
  cache.set(locale, compiled);
  return compiled;
}

/**
 * Whether a name head («مجموعة», "group of") ends at token `j`, so a number after it names rather than counts.
 * Not after a blocker: «ما مجموعه 500» is "a total of 500" (see NumberWords.nameHeadBlockers).
 */
export function nameHeadEndsAt(lex: CompiledNumbers, tokens: readonly Token[], j: number): boolean {
  const m = lex.nameHeads.matchEndingAt(tokens, j);
  if (!m) return false;
  const before = tokens[m.first - 1];
  return !(before?.kind === "word" && lex.nameHeadBlockers.match(before.norm));
}

/** Whether a stem of `length` letters left after clitic prefix `prefix` is looked up as a number word. */
export function stemFits(lex: CompiledNumbers, prefix: string, length: number): boolean {
  return length > 2 || (length === 2 && lex.shortStemPrefixes.has(prefix));
}
