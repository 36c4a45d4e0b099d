/**
 * What a number counts: the unit lexicon of a locale compiled once into lookups over tokens.
 */
import type { Locale } from "../../lang/types.js";
import { PhraseLexicon, stripPrefix, WordLexicon } from "../../lang/lexicon.js";
import { fold } from "../../text/normalize.js";
import type { Token } from "../../text/tokenize.js";
import { WordMemo } from "../../text/wordMemo.js";

export interface UnitHit {
  unit: string;
  person: boolean;
  /** Index of the first token of the unit phrase. */
  first: number;
  /** Index after its last token. */
  last: number;
  /** See UnitForms.cued (folded). */
  cued?: ReadonlySet<string>;
  /** See UnitForms.adjacentForms. */
  adjacent?: true;
}

export interface UnitValue {
  id: string;
  person: boolean;
  cued?: ReadonlySet<string>;
  /** A form read only written apart from the figure (UnitForms.spacedForms). */
  spaced?: boolean;
  /** A form read only right after the figure (UnitForms.adjacentForms). */
  adjacent?: true;
}

export interface UnitLexicons {
  /** Unit forms, single- and multi-word, matched longest first with a clitic prefix on the first word. */
  phrases: PhraseLexicon<UnitValue>;
  /** Single-word forms with prefix and suffix clitics (accusative "هدفاً", pronoun "ركابها"). */
  words: WordLexicon<UnitValue>;
  /** Indefinite dual forms: the word alone is two of the unit. */
  duals: WordLexicon<UnitValue>;
  /** First words of the two-word duals («نقطتي» of «نقطتي أساس»): only these are read with the word after them. */
  dualPairHeads: ReadonlySet<string>;
  roles: PhraseLexicon<string>;
  /** Cues read only right before the figure (see RoleCue.cuesRightBefore), and the words that undo them. */
  rolesRightBefore: PhraseLexicon<string>;
  rightBeforeUnless: WordLexicon<string>;
  /**
   * Unit of a right-before cue → folded word beginnings that undo it later in the sentence, each with the unit the
   * figure then counts, or none (see RoleCue.rightBeforeUnlessInSentence and rightBeforeInSentenceAs).
   */
  rightBeforeUnlessStems: ReadonlyMap<string, readonly (readonly [string, string | undefined])[]>;
  /** Cues read only before a capitalised name (see RoleCue.cuesBeforeName). */
  rolesBeforeName: PhraseLexicon<string>;
  /** The units role cues give (killed, injured, …): all counts of people. */
  roleUnits: ReadonlySet<string>;
  /** Units of roles that leave a named group of people its own unit (RoleCue.keepsGroup). */
  groupKeepingRoles: ReadonlySet<string>;
  prefixUnits: PhraseLexicon<string>;
  fillers: ReadonlySet<string>;
  postNominal: ReadonlySet<string>;
  rateMarkers: ReadonlySet<string>;
  indefiniteArticles: ReadonlySet<string>;
  /** See QuantityWords.yearCues. */
  yearCues: PhraseLexicon<true>;
  /** See QuantityWords.namedYears, folded. */
  namedYears: { yearWords: ReadonlySet<string>; before: WordLexicon<true>; spanAdjectives: ReadonlySet<string> } | undefined;
  /** See QuantityWords.countedNounEndings, folded. */
  countedNounEndings: { endings: readonly string[]; notPrefixes: readonly string[] } | undefined;
  shareWords: ReadonlySet<string>;
  shareDefinite: readonly string[];
  shareNotNouns: ReadonlySet<string>;
  /** Words that open an apposition between commas (the locale's determiners, SpeechWords.determiners), folded. */
  appositionOpeners: ReadonlySet<string>;
  /** Relative pronouns (the locale's speech.relatives), folded: «الذي», "which". */
  relatives: ReadonlySet<string>;
  /** See QuantityWords.gapModifiers. */
  gapModifiers: ReadonlySet<string>;
  /** See QuantityWords.exchangeAfter. */
  exchangeAfter: PhraseLexicon<true>;
  /** See QuantityWords.hyphenCounts, folded. */
  hyphenCounts: ReadonlySet<string>;
  /** See QuantityWords.periodLabelNouns, folded. */
  periodLabelNouns: ReadonlySet<string>;
  /** See QuantityWords.partitiveDeterminers, folded. */
  partitiveDeterminers: ReadonlySet<string>;
  /** See QuantityWords.clauseJoiners, folded. */
  clauseJoiners: ReadonlySet<string>;
  /**
   * The joiners that only ever open a clause ("while", «فيما», «وتم»), not the conjunctions that also join a
   * list ("and", «و»: «مقتل ركابها الـ217 وطاقمها المتكون من 7»).
   */
  clauseOpeners: ReadonlySet<string>;
  /** The locale's complementisers (SpeechWords.complementisers), folded: "that", «إن», «أن». */
  complementisers: ReadonlySet<string>;
  /** See QuantityWords.headFinal: modifiers stand before the noun they modify. */
  headFinal: boolean;
  /** See QuantityWords.disjunctions, folded. */
  disjunctions: ReadonlySet<string>;
  /** See QuantityWords.subjectVerbs, folded. */
  subjectVerbs: ReadonlySet<string>;
  /** See QuantityWords.ownVerbGroups: the units, and the words between (folded). */
  ownVerbGroups: ReadonlySet<string>;
  ownVerbBetween: ReadonlySet<string>;
  /** See RoleCue.cuesNotRightBefore. */
  rolesNotRightBefore: PhraseLexicon<string>;
  /**
   * Words that open a percent's phrase («نسبة», NumberWords.percentCues), with clitics: right after a figure
   * («ونجح 13975 بنسبة نجاح 91%») they name no noun of it.
   */
  percentCues: WordLexicon<true>;
  /** See RoleCue.clauseEndCues; undefined when the locale has none. */
  rolesAtClauseEnd: PhraseLexicon<string> | undefined;
  /** The locale's glued conjunctions (SpeechWords.conjunctionPrefixes), folded. */
  clauseJoinerPrefixes: readonly string[];
  /** Folded number words that follow their noun (see QuantityWords.adjectivalNumbers). */
  adjectivalNumbers: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
  /** Weekday and month names: never the counted noun ("2,371 on Tuesday"). */
  notNouns: ReadonlySet<string>;
  /** The locale's share words (NumberWords.percentCues), which never name what a figure before them counts. */
  shareCues: WordLexicon<true>;
  breakdowns: PhraseLexicon<true>;
  /** See QuantityWords.capacityCues. */
  capacityCues: PhraseLexicon<true>;
  /** See QuantityWords.capacityVerbs. */
  capacityVerbs: PhraseLexicon<true>;
  /** See QuantityWords.loadVerbs. */
  loadVerbs: PhraseLexicon<true>;
  /** See QuantityWords.capacityAfter (folded). */
  capacityAfter: ReadonlySet<string>;
  /** See QuantityWords.remainderWords (folded). */
  remainderWords: ReadonlySet<string>;
  /** See QuantityWords.remainderConjunctions (folded). */
  remainderConjunctions: ReadonlySet<string>;
  /** See QuantityWords.ageCues (folded). */
  ageCues: ReadonlySet<string>;
  /** See QuantityWords.speedAfter and speedOf. */
  speedAfter: PhraseLexicon<true>;
  speedOf: ReadonlyMap<string, string>;
  countNouns: PhraseLexicon<true>;
  /** See QuantityWords.subjectCounts, folded, with the locale's stopwords (never a subject's modifier); undefined without it. */
  subjectCounts?: SubjectCountWords;
  partitiveLeads: PhraseLexicon<true>;
  /** Unit words read in another sense, with the cues that call for it (see QuantityWords.senses). */
  senses: readonly { unit: string; forms: WordLexicon<true>; cues: WordLexicon<true>; unless: WordLexicon<true> }[];
  /** See QuantityWords.cuedReadings; `units` from the highest threshold down. */
  cuedReadings: readonly {
    forms: WordLexicon<true>;
    cues: WordLexicon<true>;
    units: readonly (readonly [number, string])[];
    hyphenThrough: ReadonlySet<string>;
    duals: WordLexicon<true>;
    notRightAfter: WordLexicon<true>;
  }[];
  /**
   * 1 for a word some cued reading's `duals` match (as WordLexicon.match), else 0, kept by word id: cuedDual
   * asks it of every word, and most are no reading's dual.
   */
  cuedDualWords: WordMemo;
  /** Ids of counter units (see UnitForms.counter). */
  counters: ReadonlySet<string>;
  ageHolders: WordLexicon<true>;
  /** See QuantityWords.gradeNouns: each form to its product's name, folded. */
  gradeNouns: WordLexicon<string>;
  nounPrefixes: readonly string[];
  nounEndings: readonly string[];
  /** Nouns kept whole though they start like a clitic (see QuantityWords.cliticInitialNouns), folded. */
  wholeNouns: ReadonlySet<string>;
  spanWords: PhraseLexicon<true>;
  /** Words that open a clause (the locale's speech clauseStarts, folded): "as", "while", "when". */
  clauseStarts: ReadonlySet<string>;
  /** Bound phrases with the units they bound (see QuantityWords.unitBounds). */
  unitBounds: PhraseLexicon<ReadonlySet<string>>;
  /** Whether a folded word reads as a plural noun, the head of a counted phrase (see QuantityWords.pluralEndings). */
  isPlural(norm: string): boolean;
  /** Whether a folded word reads as a verb by its ending (see QuantityWords.verbEndings). */
  isVerb(norm: string): boolean;
  /** See QuantityWords.verbPrefixes, folded. */
  verbPrefixes: readonly string[];
  /** QuantityWords.invariantNouns, folded. */
  invariantNouns: ReadonlySet<string>;
}

/** QuantityWords.subjectCounts as sets of folded words. */
export interface SubjectCountWords {
  verbs: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  links: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  levelNouns: ReadonlySet<string>;
  stopwords: ReadonlySet<string>;
}

function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(fold));
}

const cache = new WeakMap<Locale, UnitLexicons>();

export function unitLexicons(locale: Locale): UnitLexicons {
  let lex = cache.get(locale);
  if (lex) return lex;
  const q = locale.quantities;
  const cuedReadings = (q.cuedReadings ?? []).map((r) => ({
    forms: new WordLexicon(r.forms.map((f) => [f, true] as const), locale.clitics),
    cues: new WordLexicon(r.cues.map((f) => [f, true] as const), locale.clitics),
    units: [...r.units].sort((a, b) => b[0] - a[0]),
    hyphenThrough: new Set((r.hyphenThrough ?? []).map(fold)),
    duals: new WordLexicon((r.duals ?? []).map((f) => [f, true] as const), locale.clitics),
    notRightAfter: new WordLexicon((r.notRightAfter ?? []).map((f) => [f, true] as const), locale.clitics),
  }));
  const entries: [string, UnitValue][] = [];
  const duals: [string, UnitValue][] = [];
  for (const u of q.units) {
    const value: UnitValue = u.cued ? { id: u.id, person: u.person ?? false, cued: new Set(u.cued.map(fold)) } : { id: u.id, person: u.person ?? false };
    for (const f of u.forms) entries.push([f, value]);
    for (const f of u.spacedForms ?? []) entries.push([f, { ...value, spaced: true }]);
    for (const f of u.adjacentForms ?? []) entries.push([f, { ...value, adjacent: true }]);
    for (const d of u.duals ?? []) duals.push([d, value]);
  }
  const roleEntries: [string, string][] = [];
  for (const r of q.roles) for (const c of r.cues) roleEntries.push([c, r.unit]);
  lex = {
    phrases: new PhraseLexicon(entries, locale.clitics),
    words: new WordLexicon(entries, locale.clitics),
    duals: new WordLexicon(duals),
    dualPairHeads: new Set(duals.filter(([d]) => d.includes(" ")).map(([d]) => fold(d).split(" ")[0]!)),
    roles: new PhraseLexicon(roleEntries, locale.clitics),
    rolesRightBefore: new PhraseLexicon(q.roles.flatMap((r) => (r.cuesRightBefore ?? []).map((c) => [c, r.unit] as [string, string])), locale.clitics),
    rightBeforeUnless: new WordLexicon(q.roles.flatMap((r) => (r.rightBeforeUnless ?? []).map((c) => [c, r.unit] as [string, string])), locale.clitics),
    rightBeforeUnlessStems: new Map(
      q.roles
        .filter((r) => r.rightBeforeUnlessInSentence || r.rightBeforeInSentenceAs)
        .map((r) => [
          r.unit,
          [
            ...Object.entries(r.rightBeforeInSentenceAs ?? {}).flatMap(([unit, stems]) => stems.map((s) => [fold(s), unit] as const)),
            ...(r.rightBeforeUnlessInSentence ?? []).map((s) => [fold(s), undefined] as const),
          ],
        ]),
    ),
    rolesBeforeName: new PhraseLexicon(q.roles.flatMap((r) => (r.cuesBeforeName ?? []).map((c) => [c, r.unit] as [string, string])), locale.clitics),
    roleUnits: new Set(q.roles.map((r) => r.unit)),
    groupKeepingRoles: new Set(q.roles.filter((r) => r.keepsGroup).map((r) => r.unit)),
    prefixUnits: new PhraseLexicon(q.prefixUnits, locale.clitics),
    fillers: new Set(q.fillers.map(fold)),
    postNominal: new Set(q.postNominalMarkers),
    adjectivalNumbers: new Set((q.adjectivalNumbers ?? []).map(fold)),
    clauseJoiners: new Set((q.clauseJoiners ?? []).map(fold)),
    complementisers: new Set(locale.speech.complementisers.map(fold)),
    clauseOpeners: new Set((q.clauseJoiners ?? []).filter((w) => !q.conjunctions.includes(w)).map(fold)),
    headFinal: q.headFinal ?? false,
    disjunctions: new Set((q.disjunctions ?? []).map(fold)),
    subjectVerbs: new Set((q.subjectVerbs ?? []).map(fold)),
    ownVerbGroups: new Set(q.ownVerbGroups?.units ?? []),
    ownVerbBetween: new Set((q.ownVerbGroups?.between ?? []).map(fold)),
    rolesNotRightBefore: new PhraseLexicon(q.roles.flatMap((r) => (r.cuesNotRightBefore ?? []).map((c) => [c, r.unit] as [string, string])), locale.clitics),
    percentCues: new WordLexicon((locale.numbers.percentCues ?? []).map((c) => [c, true] as const), locale.clitics),
    rolesAtClauseEnd: q.roles.some((r) => r.clauseEndCues?.length)
      ? new PhraseLexicon(q.roles.flatMap((r) => (r.clauseEndCues ?? []).map((c) => [c, r.unit] as [string, string])), locale.clitics)
      : undefined,
    rateMarkers: new Set((q.rateMarkers ?? []).map(fold)),
    indefiniteArticles: new Set((q.indefiniteArticles ?? []).map(fold)),
    yearCues: new PhraseLexicon((q.yearCues ?? []).map((c) => [c, true] as const), locale.clitics),
    namedYears: q.namedYears && {
      yearWords: new Set(q.namedYears.yearWords.map(fold)),
      before: new WordLexicon(q.namedYears.before.map((c) => [c, true] as const), locale.clitics),
      spanAdjectives: new Set(q.namedYears.spanAdjectives.map(fold)),
    },
    countedNounEndings: q.countedNounEndings && {
      endings: q.countedNounEndings.endings.map(fold),
      notPrefixes: q.countedNounEndings.notPrefixes.map(fold),
    },
    shareWords: new Set((q.shareOf?.words ?? []).map(fold)),
    shareDefinite: (q.shareOf?.definitePrefixes ?? []).map(fold),
    shareNotNouns: new Set((q.shareOf?.notNouns ?? []).map(fold)),
    hyphenCounts: new Set((q.hyphenCounts ?? []).map(fold)),
    periodLabelNouns: new Set((q.periodLabelNouns ?? []).map(fold)),
    gapModifiers: new Set((q.gapModifiers ?? []).map(fold)),
    exchangeAfter: new PhraseLexicon((q.exchangeAfter ?? []).map((c) => [c, true] as const), locale.clitics),
    partitiveDeterminers: new Set((q.partitiveDeterminers ?? []).map(fold)),
    appositionOpeners: new Set(locale.speech.determiners.map(fold)),
    relatives: new Set(locale.speech.relatives.map(fold)),
    // The conjunctions a locale glues to the next word («ودمر») open a clause as joiners written apart do.
    clauseJoinerPrefixes: locale.speech.conjunctionPrefixes.map(fold),
    modifiers: new Set(q.modifiers.map(fold)),
    notNouns: new Set([...locale.calendar.weekdays, ...locale.calendar.months].flatMap(([w]) => {
      const f = fold(w);
      return [f, stripPrefix(f, locale.clitics)];
    })),
    shareCues: new WordLexicon((locale.numbers.percentCues ?? []).map((c) => [c, true] as const), locale.clitics),
    breakdowns: new PhraseLexicon(q.breakdownCues.map((c) => [c, true] as const), locale.clitics),
    capacityCues: new PhraseLexicon((q.capacityCues ?? []).map((c) => [c, true] as const), locale.clitics),
    capacityVerbs: new PhraseLexicon((q.capacityVerbs ?? []).map((c) => [c, true] as const), locale.clitics),
    loadVerbs: new PhraseLexicon((q.loadVerbs ?? []).map((c) => [c, true] as const), locale.clitics),
    capacityAfter: new Set((q.capacityAfter ?? []).map(fold)),
    remainderWords: new Set((q.remainderWords ?? []).map(fold)),
    remainderConjunctions: new Set((q.remainderConjunctions ?? []).map(fold)),
    ageCues: new Set((q.ageCues ?? []).map(fold)),
    speedAfter: new PhraseLexicon((q.speedAfter ?? []).map((c) => [c, true] as const), locale.clitics),
    speedOf: new Map(Object.entries(q.speedOf ?? {})),
    counters: new Set(q.units.filter((u) => u.counter).map((u) => u.id)),
    cuedReadings,
    cuedDualWords: new WordMemo((norm) => (cuedReadings.some((r) => r.duals.size > 0 && r.duals.match(norm) !== undefined) ? 1 : 0)),
    senses: (q.senses ?? []).map((s) => ({
      unit: s.unit,
      forms: new WordLexicon(s.forms.map((f) => [f, true] as const), locale.clitics),
      cues: new WordLexicon(s.cues.map((f) => [f, true] as const), locale.clitics),
      unless: new WordLexicon((s.unlessInSentence ?? []).map((f) => [f, true] as const), locale.clitics),
    })),
    partitiveLeads: new PhraseLexicon((q.partitiveLeads ?? []).map((c) => [c, true] as const), locale.clitics),
    countNouns: new PhraseLexicon((q.countNouns ?? []).map((c) => [c, true] as const), locale.clitics),
    subjectCounts: q.subjectCounts && {
      verbs: foldedSet(q.subjectCounts.verbs),
      auxiliaries: foldedSet(q.subjectCounts.auxiliaries),
      links: foldedSet(q.subjectCounts.links),
      determiners: foldedSet(q.subjectCounts.determiners),
      levelNouns: foldedSet(q.subjectCounts.levelNouns),
      stopwords: locale.stopwords,
    },
    ageHolders: new WordLexicon((q.ageHolders ?? []).map((c) => [c, true] as const), locale.clitics),
    gradeNouns: new WordLexicon(
      Object.keys(q.gradeNouns ?? {})
        .sort()
        .flatMap((product) => q.gradeNouns![product]!.map((form) => [form, fold(product)] as const)),
      locale.clitics,
    ),
    nounPrefixes: [...q.nounPrefixes].map(fold).sort((a, b) => b.length - a.length),
    nounEndings: [...q.nounEndings].map(fold).sort((a, b) => b.length - a.length),
    wholeNouns: wholeNounsOf(locale),
    spanWords: new PhraseLexicon(q.spanWords.map((w) => [w, true] as const), locale.clitics),
    clauseStarts: new Set(locale.speech.clauseStarts.map(fold)),
    unitBounds: new PhraseLexicon((q.unitBounds ?? []).map((b) => [b.phrase, new Set(b.units)] as const), locale.clitics),
    isPlural: pluralTest(q.pluralEndings ?? [], q.singularEndings ?? [], q.pluralNouns ?? []),
    invariantNouns: new Set((q.invariantNouns ?? []).map(fold)),
    isVerb: endingTest(q.verbEndings ?? [], [], MIN_VERB_LENGTH),
    verbPrefixes: (q.verbPrefixes ?? []).map(fold),
  };
  cache.set(locale, lex);
  return lex;
}

/** The unit whose phrase starts at tokens[i], if any. */
export function unitAt(lex: UnitLexicons, tokens: readonly Token[], i: number): UnitHit | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  // A unit may open with a sign that is no word ("20°C", "104 °F"): its phrase is read whole.
  const phrase = t.kind === "word" || t.kind === "punct" ? lex.phrases.matchAt(tokens, i) : undefined;
  if (phrase && phrase.last - phrase.first > 1) return hitOf(phrase.value, i, phrase.last);
  if (t.kind !== "word") return undefined;
  const word = lex.words.match(t.norm);
  if (word && !(word.value.spaced && !t.spaceBefore)) return hitOf(word.value, i, i + 1);
  return undefined;
}

function hitOf(value: UnitValue, first: number, last: number): UnitHit {
  const hit: UnitHit = { unit: value.id, person: value.person, first, last };
  if (value.cued) hit.cued = value.cued;
  if (value.adjacent) hit.adjacent = true;
  return hit;
}

/** The shortest words read by their ending as a plural, or as a verb: "mps" or "gas" are no plurals, "need" no verb. */
const MIN_PLURAL_LENGTH = 4;
const MIN_VERB_LENGTH = 5;

/** Whether a folded word ends with one of `endings` (none of `exceptions`), at `minLength` letters or more. */
function endingTest(endings: readonly string[], exceptions: readonly string[], minLength: number): (norm: string) => boolean {
  const yes = endings.map(fold);
  const no = exceptions.map(fold);
  return (norm) => norm.length >= minLength && yes.some((e) => norm.endsWith(e)) && !no.some((e) => norm.endsWith(e));
}

function pluralTest(endings: readonly string[], singular: readonly string[], nouns: readonly string[]): (norm: string) => boolean {
  const irregular = new Set(nouns.map(fold));
  const regular = endingTest(endings, singular, MIN_PLURAL_LENGTH);
  return (norm) => irregular.has(norm) || regular(norm);
}

/**
 * The senses (indexes into QuantityWords.senses) the article calls for by the words it uses; empty when none
 * applies. Asked once per article, over all its tokens.
 */
export function sensesOf(tokensOf: readonly (readonly Token[])[], locale: Locale): ReadonlySet<number> {
  const lex = unitLexicons(locale);
  const on = new Set<number>();
  const count = lex.senses.length;
  if (count === 0) return on;
  if (count > MEMO_SENSES) return sensesOfEach(tokensOf, lex, on);
  const memo = senseCues(locale, lex);
  let seen = 0;
  for (const tokens of tokensOf) {
    for (const t of tokens) {
      if (t.kind !== "word") continue;
      const bits = memo.get(t);
      if ((bits & ~seen) === 0) continue;
      // New senses are added in list order, as a pass over the senses for this word adds them.
      for (let i = 0; i < count; i++) if (bits & (1 << i) && !on.has(i)) on.add(i);
      seen |= bits;
      if (on.size === count) return on;
    }
  }
  return on;
}

/** Senses whose cues fit one memo byte (WordMemo answers 0 to 254). */
const MEMO_SENSES = 7;

/** sensesOf asking every sense's cues of every word (the memo's reference, and the path for many senses). */
export function sensesOfEach(tokensOf: readonly (readonly Token[])[], lex: UnitLexicons, on: Set<number>): ReadonlySet<number> {
  for (const tokens of tokensOf) {
    for (const t of tokens) {
      if (t.kind !== "word") continue;
      lex.senses.forEach((s, i) => {
        if (!on.has(i) && s.cues.match(t.norm)) on.add(i);
      });
      if (on.size === lex.senses.length) return on;
    }
  }
  return on;
}

const cueMemos = new WeakMap<Locale, WordMemo>();

/**
 * Which senses' cues a word matches, one bit per sense, by word id: every word of every article is asked, and
 * a byte read costs far less than a lexicon match per sense.
 */
function senseCues(locale: Locale, lex: UnitLexicons): WordMemo {
  let memo = cueMemos.get(locale);
  if (!memo) {
    memo = new WordMemo((norm) => {
      let bits = 0;
      for (let i = 0; i < lex.senses.length; i++) if (lex.senses[i]!.cues.match(norm)) bits |= 1 << i;
      return bits;
    });
    cueMemos.set(locale, memo);
  }
  return memo;
}

/**
 * Words that start like a glued clitic of the locale's noun prefixes but are nouns as written: the locale's list
 * (QuantityWords.cliticInitialNouns), its glossary forms and its unit forms. Only these keep a first «و»/«ف».
 */
function wholeNounsOf(locale: Locale): ReadonlySet<string> {
  const q = locale.quantities;
  // One-letter prefixes are the glued conjunctions («و», «ف»); the article («ال») is always dropped.
  const prefixes = q.nounPrefixes.map(fold).filter((p) => p.length === 1);
  const out = new Set<string>();
  const add = (form: string) => {
    const f = fold(form);
    if (!f.includes(" ") && prefixes.some((p) => f.startsWith(p))) out.add(f);
  };
  for (const f of q.cliticInitialNouns ?? []) add(f);
  for (const [, list] of locale.align?.concepts ?? []) for (const f of list) add(f);
  for (const u of q.units) for (const f of [...u.forms, ...(u.duals ?? [])]) add(f);
  return out;
}
