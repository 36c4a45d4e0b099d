/**
 * The locale's date words turned into phrase lexicons once per locale, so matching a date costs a few trie
 * walks over tokens wherever it starts.
 */
import type { Locale } from "../../lang/types.js";
import { NO_CLITICS, PhraseLexicon } from "../../lang/lexicon.js";
import { fold } from "../../text/normalize.js";
import { tokenize, type Token } from "../../text/tokenize.js";
import { WordMemo } from "../../text/wordMemo.js";
import type { DateDirection, TenseCue } from "./words.js";

export interface MonthName {
  month: number;
  /** The spelling is also an ordinary word: a month only beside a day or a year, never with a clitic. */
  ambiguous: boolean;
  /** A month of the Hijri calendar ("ذو الحجة"). */
  hijri?: true;
}

export interface CompiledDateWords {
  months: PhraseLexicon<MonthName>;
  /** Month names with no clitic allowed: glosses ("(نوفمبر)") are written bare. */
  bareMonths: PhraseLexicon<MonthName>;
  weekdays: PhraseLexicon<number>;
  spelledDays: PhraseLexicon<number>;
  spelledDayCues: PhraseLexicon<true>;
  monthDays: PhraseLexicon<number>;
  ordinalSuffixes: ReadonlySet<string>;
  dayMonthLinks: PhraseLexicon<true>;
  yearLinks: PhraseLexicon<true>;
  dayYearSeparators: PhraseLexicon<true>;
  yearCues: PhraseLexicon<true>;
  monthCues: PhraseLexicon<true>;
  monthParts: PhraseLexicon<true>;
  directionsAfter: PhraseLexicon<DateDirection>;
  directionsBefore: PhraseLexicon<DateDirection>;
  monthReferences: PhraseLexicon<number>;
  yearReferences: PhraseLexicon<number>;
  weekdayRelativeAfter: PhraseLexicon<"past" | "future">;
  weekdayRelativeBefore: PhraseLexicon<"past" | "future">;
  weekdayWeekRelativeBefore: PhraseLexicon<"past" | "future">;
  weekdayWeekRelativeNotAfter: PhraseLexicon<true>;
  listSeparators: PhraseLexicon<true>;
  /** The separators of one word, folded: glued to a month («ويونيو»), they join it to the month before. */
  listClitics: ReadonlySet<string>;
  eraWords: PhraseLexicon<true>;
  otherEraWords: PhraseLexicon<true>;
  nameHeads: PhraseLexicon<true>;
  numberedHeads: PhraseLexicon<true>;
  placeHeads: PhraseLexicon<true>;
  placeTails: ReadonlySet<string>;
  dayOffsets: PhraseLexicon<number>;
  weekdayLeads: PhraseLexicon<true>;
  weekdayNames: PhraseLexicon<true>;
  weekdayAfterPastVerb: boolean;
  weekdayAfterSubject: { maxWords: number; maxWordsBeforeComplementiser: number; notSubject: PhraseLexicon<true> } | undefined;
  weekdaysNeedingLead: ReadonlySet<string>;
  weekdayBeforeComplementisers: ReadonlySet<string>;
  definitePrefixes: readonly string[];
  ordinalDayLeads: PhraseLexicon<true>;
  tenseCues: PhraseLexicon<TenseCue>;
  pastEndings: readonly string[];
  notPastEndings: readonly string[];
  notVerbs: ReadonlySet<string>;
  sameFormPast: { verbs: ReadonlySet<string>; notSubjects: ReadonlySet<string> } | undefined;
  tenseAuxiliaries: PhraseLexicon<"past" | "future">;
  clauseOpeners: PhraseLexicon<true>;
  infinitiveMarkers: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  decisionInfinitives: { verbs: PhraseLexicon<true>; eventVerbs: PhraseLexicon<true> } | undefined;
  attemptInfinitives: PhraseLexicon<true>;
  eventPrepositions: PhraseLexicon<true>;
  namedDays: { verbs: PhraseLexicon<true>; kinds: PhraseLexicon<true>; subjectWords: number } | undefined;
  hijriEraWords: PhraseLexicon<true>;
  timeLinks: PhraseLexicon<true>;
  clockSuffixes: PhraseLexicon<true>;
  timeZones: PhraseLexicon<true>;
  monthOnlyCues: PhraseLexicon<true>;
  /** Folded clitic prefixes that may be glued before a day number ("بـ30", "و14"). */
  dayPrefixes: ReadonlySet<string>;
  /**
   * Whether a folded word, with or without a clitic, is the first word of a month, weekday, part of a month,
   * spelled day or direction: most words are none, and are passed over without walking every lexicon.
   */
  mayStartDate(t: Token): boolean;
  capitalisedNames: boolean;
  dayMonthFirst: boolean;
  monthDayFirst: boolean;
  numericOrder?: "dm" | "md";
  wireDayMonth?: boolean;
}

const cache = new WeakMap<Locale, CompiledDateWords>();

export function compileDateWords(locale: Locale): CompiledDateWords {
  const hit = cache.get(locale);
  if (hit) return hit;
  const w = locale.dates;
  const clitics = locale.clitics;
  const ambiguous = new Set(w.ambiguousMonths.map(fold));
  const ambiguousHijri = new Set(w.ambiguousHijriMonths.map(fold));
  // One lexicon for both calendars: their names do not overlap, and every shape reads either.
  const monthEntries: (readonly [string, MonthName])[] = [
    ...locale.calendar.months.map(([form, month]) => [form, { month, ambiguous: ambiguous.has(fold(form)) }] as const),
    ...w.hijriMonths.map(([form, month]) => [form, { month, ambiguous: ambiguousHijri.has(fold(form)), hijri: true }] as const),
  ];
  const set = (xs: readonly string[]) => new PhraseLexicon(xs.map((x) => [x, true] as const), clitics);
  const bare = (xs: readonly string[]) => new PhraseLexicon(xs.map((x) => [x, true] as const), NO_CLITICS);
  const starters = new Set<string>();
  const addStarter = (phrase: string) => {
    const first = tokenize(phrase)[0];
    if (first) starters.add(first.norm);
  };
  for (const [form] of monthEntries) addStarter(form);
  for (const [form] of locale.calendar.weekdays) addStarter(form);
  for (const [form] of w.directionsBefore) addStarter(form);
  for (const [form] of w.weekdayRelativeBefore) addStarter(form);
  for (const [form] of w.weekdayWeekRelativeBefore ?? []) addStarter(form);
  for (const form of w.monthParts) addStarter(form);
  for (const [form] of w.spelledDays) addStarter(form);
  for (const [form] of w.monthDays ?? []) addStarter(form);
  const prefixes = clitics.prefixes.map(fold);
  const test = (norm: string) =>
    starters.has(norm) || prefixes.some((p) => norm.length > p.length && norm.startsWith(p) && starters.has(norm.slice(p.length)));
  // Asked of every word of every paragraph: answered once per distinct word.
  const known = new WordMemo((norm) => (test(norm) ? 1 : 0));
  const mayStartDate = (t: Token) => known.get(t) === 1;
  const compiled: CompiledDateWords = {
    months: new PhraseLexicon(monthEntries, clitics),
    bareMonths: new PhraseLexicon(monthEntries, NO_CLITICS),
    weekdays: new PhraseLexicon(locale.calendar.weekdays, clitics),
    spelledDays: new PhraseLexicon(w.spelledDays, clitics),
    spelledDayCues: set(w.spelledDayCues),
    monthDays: new PhraseLexicon(w.monthDays ?? [], clitics),
    ordinalSuffixes: new Set(w.ordinalSuffixes.map(fold)),
    dayMonthLinks: set(w.dayMonthLinks),
    yearLinks: set(w.yearLinks),
    dayYearSeparators: bare(w.dayYearSeparators),
    yearCues: set(w.yearCues),
    monthCues: set(w.monthCues),
    monthParts: set(w.monthParts),
    directionsAfter: new PhraseLexicon(w.directionsAfter, NO_CLITICS),
    directionsBefore: new PhraseLexicon(w.directionsBefore, clitics),
    monthReferences: new PhraseLexicon(w.monthReferences, clitics),
    yearReferences: new PhraseLexicon(w.yearReferences, clitics),
    weekdayRelativeAfter: new PhraseLexicon(w.weekdayRelativeAfter, NO_CLITICS),
    weekdayRelativeBefore: new PhraseLexicon(w.weekdayRelativeBefore, clitics),
    weekdayWeekRelativeBefore: new PhraseLexicon(w.weekdayWeekRelativeBefore ?? [], clitics),
    weekdayWeekRelativeNotAfter: set(w.weekdayWeekRelativeNotAfter ?? []),
    listSeparators: set(w.listSeparators),
    listClitics: new Set(w.listSeparators.map(fold)),
    eraWords: bare(w.eraWords),
    otherEraWords: bare(w.otherEraWords),
    nameHeads: set(w.nameHeads),
    numberedHeads: set(w.numberedHeads ?? []),
    placeHeads: set(w.placeHeads ?? []),
    placeTails: new Set((w.placeTails ?? []).map(fold)),
    dayOffsets: new PhraseLexicon(w.dayOffsets, clitics),
    weekdayLeads: set(w.weekdayLeads),
    weekdayNames: bare(w.weekdayNames),
    weekdayAfterPastVerb: w.weekdayAfterPastVerb === true,
    weekdayAfterSubject: w.weekdayAfterSubject && {
      maxWords: w.weekdayAfterSubject.maxWords,
      maxWordsBeforeComplementiser: w.weekdayAfterSubject.maxWordsBeforeComplementiser,
      notSubject: set(w.weekdayAfterSubject.notSubject),
    },
    weekdaysNeedingLead: new Set((w.weekdaysNeedingLead ?? []).map(fold)),
    weekdayBeforeComplementisers: new Set((w.weekdayBeforeComplementisers ?? []).map(fold)),
    definitePrefixes: (w.definitePrefixes ?? []).map(fold),
    ordinalDayLeads: set(w.ordinalDayLeads),
    tenseCues: new PhraseLexicon(w.tenseCues, clitics),
    pastEndings: w.pastEndings.map(fold),
    notPastEndings: w.notPastEndings.map(fold),
    notVerbs: new Set(w.notVerbs.map(fold)),
    sameFormPast: w.sameFormPast && { verbs: new Set(w.sameFormPast.verbs.map(fold)), notSubjects: new Set(w.sameFormPast.notSubjects.map(fold)) },
    tenseAuxiliaries: new PhraseLexicon(w.tenseAuxiliaries, clitics),
    clauseOpeners: set(w.clauseOpeners),
    infinitiveMarkers: new Set(w.infinitiveMarkers.map(fold)),
    determiners: new Set(w.determiners.map(fold)),
    decisionInfinitives: w.decisionInfinitives && {
      verbs: set(w.decisionInfinitives.verbs),
      eventVerbs: set(w.decisionInfinitives.eventVerbs),
    },
    attemptInfinitives: set(w.attemptInfinitives ?? []),
    eventPrepositions: set(w.eventPrepositions ?? []),
    namedDays: w.namedDays && {
      verbs: set(w.namedDays.verbs),
      kinds: set(w.namedDays.kinds),
      subjectWords: w.namedDays.subjectWords,
    },
    hijriEraWords: bare(w.hijriEraWords),
    timeLinks: bare(w.timeLinks),
    clockSuffixes: bare(w.clockSuffixes),
    timeZones: bare(w.timeZones),
    monthOnlyCues: set(w.monthOnlyCues),
    dayPrefixes: new Set(clitics.prefixes.map(fold)),
    mayStartDate,
    capitalisedNames: w.capitalisedNames,
    dayMonthFirst: w.dayMonthOrders.includes("dm"),
    monthDayFirst: w.dayMonthOrders.includes("md"),
    numericOrder: w.numericOrder,
    wireDayMonth: w.wireDayMonth,
  };
  cache.set(locale, compiled);
  return compiled;
}
