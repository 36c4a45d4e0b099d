/**
 * The word lists a locale gives the date recogniser. Month and weekday names come from the locale's
 * calendar; these lists hold everything else a language writes around them. Every entry is a phrase: it is
 * tokenized and folded like the text, so it may hold several words or punctuation ("mid-", "من العام الماضي").
 */

/**
 * Which way a year-less date lies from the publication date. "since" is a start already reached: the past or
 * the current month («منذ يناير» written on 12 January is this January; «منذ ديسمبر» written in March is last
 * December), where "past" («يناير الماضي») leaves the current month out.
 */
export type DateDirection = "past" | "future" | "current" | "since";

/**
 * What a word says of the tense of its clause: "past" ("said", "قال"), "future" ("will", "سوف"), or "other"
 * (a modal or present form: "could", "is"), which leaves the tense open and ends the search.
 */
export type TenseCue = "past" | "future" | "other";

export interface DateWords {
  /**
   * Orders in which the language writes a day number and a month name: "dm" ("26 November", "30 أيلول"),
   * "md" ("November 26"). A year, when written, follows both.
   */
  dayMonthOrders: readonly ("dm" | "md")[];
  /**
   * How to read an all-numeric date with the year last when both readings are valid ("05/11/2015"): day
   * first ("dm") or month first ("md"). Absent: only dates with one valid reading ("26/11/2015") are read.
   */
  numericOrder?: "dm" | "md";
  /**
   * Whether wires write their date line as day - month before the agency's name in brackets, with no year
   * («الكويت - 13 - 7 (كونا) --»): read as that day, which the publication date completes.
   */
  wireDayMonth?: boolean;
  /** True when month names are proper nouns written with a capital ("May" the month, "may" the verb). */
  capitalisedNames: boolean;
  /**
   * Month spellings that are also ordinary words ("May", "March", "آب" father, "مارس" practised): they are
   * months only next to a day number or a year, and never with a clitic glued to them.
   */
  ambiguousMonths: readonly string[];
  /**
   * Days written as ordinal words ("الأول" 1, "الحادي والعشرين" 21); read only before a day-month link and
   * a month ("في الأول من كانون الأول"), since the same words mean "first", "second" elsewhere.
   */
  spelledDays: readonly (readonly [string, number])[];
  /**
   * Words a spelled day must follow ("في الأول من", "يوم العاشر من"): after a noun the ordinal qualifies it
   * ("الأسبوع الأول من تشرين" is the first week of October, "الخميس الأول" the first Thursday).
   */
  spelledDayCues: readonly string[];
  /**
   * Words that name a day right before a month, with no link and no cue: Maghrebi «فاتح» (the first: «فاتح
   * أكتوبر» is 1 October). Optional.
   */
  monthDays?: readonly (readonly [string, number])[];
  /** Glued after a day number: "th" of "26th". */
  ordinalSuffixes: readonly string[];
  /** Between a day and its month: "of" ("26th of November"), "من" ("30 من أيلول"). */
  dayMonthLinks: readonly string[];
  /** Between a month and its year: "عام" ("آب عام 2014"), "of" ("November of 2015"). */
  yearLinks: readonly string[];
  /** Between a day and a following year in month-first order: "," ("November 26, 2015"). */
  dayYearSeparators: readonly string[];
  /** Words before a year standing alone that make it a year: "عام 2014", "in 2014". */
  yearCues: readonly string[];
  /** Words before a month standing alone that make it a month: "في تشرين الأول", "in November". */
  monthCues: readonly string[];
  /** Part of a month, before it: "أواخر" (late), "mid-"; the value stays the month. */
  monthParts: readonly string[];
  /** Written after a date or weekday: "الماضي" (past), "المقبل" (future), "الجاري" (current). */
  directionsAfter: readonly (readonly [string, DateDirection])[];
  /** Written before a month: "last November", "next November". */
  directionsBefore: readonly (readonly [string, DateDirection])[];
  /** After a day number, in place of a month: "الشهر الحالي" (0), "this month" (0), "last month" (-1). */
  monthReferences: readonly (readonly [string, number])[];
  /** After a day and month, in place of a year: "العام الماضي" (-1), "last year" (-1). */
  yearReferences: readonly (readonly [string, number])[];
  /**
   * Words that pin a weekday to one exact day relative to the publication date, after it ("الخميس المقبل")
   * or before it ("next Thursday"). Leave a list empty when the language's usage is ambiguous (English
   * "next Thursday" said on a Monday may mean either Thursday).
   */
  weekdayRelativeAfter: readonly (readonly [string, "past" | "future"])[];
  weekdayRelativeBefore: readonly (readonly [string, "past" | "future"])[];
  /**
   * Words before a weekday that name the nearest such day to some writers and the one of the week before or
   * after the publication's week to others ("last Thursday", "next Thursday"). Such a weekday is dated only
   * when both readings give one day, with the week starting on Sunday or on Monday ("next Thursday" said on a
   * Saturday, "last Thursday" said on a Tuesday), and never after a word of `weekdayWeekRelativeNotAfter` ("the
   * next Thursday" counts from a day of the story, not from the publication day).
   */
  weekdayWeekRelativeBefore?: readonly (readonly [string, "past" | "future"])[];
  /**
   * An article before a day that the same date written month first does without ("the 27th of July" / "July
   * 27"): inside a quotation, a day written as "27 July" takes it in (see quotes/days.ts).
   */
  dayArticles?: readonly string[];
  weekdayWeekRelativeNotAfter?: readonly string[];
  /** Between the days of a list or range ("13 و14 تشرين الثاني", "November 13-14", "26 and 27 May"). */
  listSeparators: readonly string[];
  /** After a year: the common era ("2015م", "2015 AD"), part of the date. */
  eraWords: readonly string[];
  /** After a year: another calendar or era ("1437 هـ", "44 BC"); such a year is not a Gregorian date. */
  otherEraWords: readonly string[];
  /**
   * Days named by their distance from the publication day, written before a weekday that confirms them:
   * "أمس الخميس" (-1), "اليوم الأربعاء" (0), "غداً الجمعة" (+1). Such a date is the publication date moved by
   * the offset, and only when that day is the weekday written (otherwise the publication date is not the
   * writer's day, and nothing is said).
   */
  dayOffsets: readonly (readonly [string, number])[];
  /**
   * Words before a weekday standing alone that make it the day of an event: "on" ("on Thursday"), "يوم",
   * "مساء" ("مساء الأربعاء"). Such a weekday is the most recent one on or before the publication date when
   * its clause is in the past tense, the next one after it when in the future (none when that is the
   * publication's own weekday: today or in a week?), and no date otherwise. Leave empty to never date a
   * weekday without a written date or a relative word.
   */
  weekdayLeads: readonly string[];
  /**
   * A weekday straight after a verb in the past dates like one after a lead («اندلع الأحد حريق»): the verb is
   * the tense. Spellings in `weekdaysNeedingLead` are left out where they also mean something else («الاثنين»,
   * "the two": «وصل الاثنين» may be both arriving).
   */
  weekdayAfterPastVerb?: boolean;
  /**
   * With `weekdayAfterPastVerb`, the verb's subject may stand between («وقالت وزارة الصحة الأحد إن», «وصل الوفد
   * الخميس»): at most `maxWords` words, none of them a word of `notSubject` (a preposition starts another
   * phrase: «في غزة الأحد»; a noun that takes a weekday as its second word: «صلاة الجمعة», «خطيب الجمعة») or a
   * clause opener, the last beginning with the article alone (the first of `definitePrefixes`).
   * When one of `weekdayBeforeComplementisers` follows the weekday («قال نتنياهو الأحد إن»), the verb and the
   * complementiser frame a report, so the subject may be up to `maxWordsBeforeComplementiser` words and end in a
   * bare word (a name, which the script does not mark; «قال مسؤولون الأحد إن»).
   */
  weekdayAfterSubject?: { maxWords: number; maxWordsBeforeComplementiser: number; notSubject: readonly string[] };
  weekdaysNeedingLead?: readonly string[];
  /**
   * «قالت الوزارة الأحد إن»: in verb-first copy the weekday of a report stands between its subject and the
   * complementiser. A weekday right before one of these words, after a word with one of `definitePrefixes` (a subject
   * that cannot be the head of «صلاة الجمعة», «خطيب الجمعة»), is dated by the tense of its clause; after a bare
   * word, only when a past verb opens its subject (`weekdayAfterSubject`).
   */
  weekdayBeforeComplementisers?: readonly string[];
  /** The article, alone first, then with the clitics glued before it («ال», «وال», «لل»). */
  definitePrefixes?: readonly string[];
  /** Names that hold a weekday ("Mail on Sunday", "Sunday Times"): that weekday is no day of an event. */
  weekdayNames: readonly string[];
  /**
   * Words before a day written as a bare ordinal ("on the 7th", "since the 7th"), which is then dated in the
   * month that the tense of its clause (the lead included: "since" is past) points to. Empty when the
   * language does not write days that way.
   */
  ordinalDayLeads: readonly string[];
  /**
   * Words and phrases that show the tense of a clause, read from a weekday or ordinal day back to the
   * nearest one (then forward, to a comma, when there is none before it). Past: verbs in the past
   * ("said", "قال", "وقّعت"), "had"; future: "will", "سوف", "من المقرر" and, where the present means the
   * coming days, present forms of event verbs ("تبدأ"); other: modals and present forms ("could", "is").
   * Phrases that start like another cue win by being longer ("is to" future over "is").
   */
  tenseCues: readonly (readonly [string, TenseCue])[];
  /** Endings of lower-case words that mark a verb in the past ("ed" of "agreed"); cues are tried first. */
  pastEndings: readonly string[];
  /** Endings that look like a past ending and are not ("eed" of "need", "proceed"). */
  notPastEndings: readonly string[];
  /** Words with a past ending that are mostly not verbs ("hundred", "armed"): passed over. */
  notVerbs: readonly string[];
  /**
   * Verbs whose past is written as their present ("burst", "hit", "beat"), and the words right before one that are
   * no singular subject ("they", "to"). Right after a singular subject such a verb is past, the present taking an
   * ending there: "The Tamanart river burst its banks at about 6:30 p.m. on Saturday" (not "rivers burst", "could
   * burst", "to burst").
   */
  sameFormPast?: { verbs: readonly string[]; notSubjects: readonly string[] };
  /**
   * Words right before a verb that give it their tense, with the kind of cue they govern: "be" of "will be
   * freed" and "was" of "was freed" govern past forms (participles), "لم" of "لم يصل" (did not arrive) and
   * "أن" of "من المقرر أن يصل" govern present forms. Such a cue is passed over and the search goes on from
   * the auxiliary, which may be a cue itself or end a phrase that is one.
   */
  tenseAuxiliaries: readonly (readonly [string, "past" | "future"])[];
  /**
   * The marker of an infinitive ("to" of "agreed to meet on Thursday"): the weekday is the infinitive's, whose
   * tense is open, so the search stops there. A marker before a capitalised word, a number or one of
   * `determiners` is a preposition ("flew to Moscow", "rose to 2,371", "went to the capital").
   */
  infinitiveMarkers: readonly string[];
  determiners: readonly string[];
  /**
   * "OPEC+ agreed to cut output on Wednesday": after a past verb of deciding and its infinitive marker
   * (`verbs`, "agreed to", "decided to"), a weekday ending the infinitive's phrase is most often the day of the
   * decision, told by the wire that day or the next. It is dated so only when the last such weekday is the
   * publication day or the day before, and not when the infinitive is one of `eventVerbs`, which name a day of
   * their own ("agreed to meet on Wednesday").
   */
  decisionInfinitives?: { verbs: readonly string[]; eventVerbs: readonly string[] };
  /**
   * "fans tried to leave the stadium on Saturday": a past verb of trying with its infinitive marker ("tried
   * to", "failed to"), whose act was tried, done or missed when the verb says, so the infinitive's weekday is
   * in the past (an infinitive otherwise leaves the tense open).
   */
  attemptInfinitives?: readonly string[];
  /**
   * "after the national cup final on Saturday", «عقب نهائي الكأس يوم السبت»: a preposition that opens the noun
   * phrase of an event the weekday dates. The tense is its clause's, before the preposition, so the search
   * reaches as far again from there: a long noun phrase does not hide the verb.
   */
  eventPrepositions?: readonly string[];
  /**
   * "The government declared Thursday a public holiday": a weekday right after one of `verbs` and right before
   * one of `kinds` is the day the decision names, not the day it was taken ("declared Thursday that …" and
   * "declared Thursday a state of emergency" are). It is read as the next such day after publication, like
   * "Thursday next", and left undated when written on that weekday (today or in a week?). `subjectWords`: how
   * many words (a subject, a lead such as «يوم») may stand between the verb and the weekday: 0 in English, more
   * where the verb comes first («أعلنت الحكومة يوم الخميس عطلة رسمية»).
   */
  namedDays?: { verbs: readonly string[]; kinds: readonly string[]; subjectWords: number };
  /**
   * Words that open a clause of their own ("that", "which", "إن", "التي"): the tense of a verb before them
   * is not the tense of a weekday after them, so the search stops there.
   */
  clauseOpeners: readonly string[];
  /**
   * Hijri month names with their number 1-12 ("ذو الحجة" 12, "Ramadan" 9). A Hijri date is recognised so its
   * numbers are not read as figures; it is reported with a "hijri:" value that claims ignore.
   */
  hijriMonths: readonly (readonly [string, number])[];
  /** Hijri month spellings that are also ordinary words or names ("صفر" zero, "Ramadan"): only with a year. */
  ambiguousHijriMonths: readonly string[];
  /** After a year: the Hijri era ("1446هـ", "1446 AH"); a subset of otherEraWords. */
  hijriEraWords: readonly string[];
  /**
   * What may come between a full date and a clock time in a date line: ",", "updated" ("Feb. 4, 2025,
   * updated 6:12 p.m. ET"). The clock time then belongs to the date, not to the figures.
   */
  timeLinks: readonly string[];
  /** After a clock time: "a.m.", "p.m.", "ص", "م". */
  clockSuffixes: readonly string[];
  /** After a clock time: time zones ("GMT", "BST", "ET", "بتوقيت غرينتش"). */
  timeZones: readonly string[];
  /**
   * Words before a month that take a month and never a day ("in", "during": a date is "on November 26"),
   * so "In November 26 people were killed" is a month and a figure, not 26 November.
   */
  monthOnlyCues: readonly string[];
  /**
   * Nouns that make a following year-less day and month a name rather than a date ("ثورة 25 يناير",
   * "قوى 14 آذار", "6 October Bridge" is not caught: only words before the day count).
   */
  nameHeads: readonly string[];
  /**
   * Nouns whose own number follows them, alone or after one adjective: the number is never a day, so a month
   * after it dates the whole span («الأسبوع الوبائي 27 إلى 30 من شهر تموز 2025» is July 2025, not the 27th).
   */
  numberedHeads?: readonly string[];
  /**
   * Nouns of places named after a day, with or without its year: the date is the name («ملعب 17 أكتوبر 1961»,
   * «جسر 6 أكتوبر»). Words before the day.
   */
  placeHeads?: readonly string[];
  /** The same after the date, capitalised only ("the 17 October 1961 Stadium", "October 6 Bridge"). */
  placeTails?: readonly string[];
}
