/**
 * The word lists a locale gives the date recogniser. Month and weekday names come from the locale's
 * calendar; these lists hold everything else a language writes around them. Every entry is a phrase: it is
 * tokenized and folded like the text, so it may hold several words or punctuation ("mid-", "من العام الماضي").
 */

/** Which way a year-less date lies from the publication date. */
export type DateDirection = "past" | "future" | "current";

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
  /** Between the days of a list or range ("13 و14 تشرين الثاني", "November 13-14", "26 and 27 May"). */
  listSeparators: readonly string[];
  /** After a year: the common era ("2015م", "2015 AD"), part of the date. */
  eraWords: readonly string[];
  /** After a year: another calendar or era ("1437 هـ", "44 BC"); such a year is not a Gregorian date. */
  otherEraWords: readonly string[];
  /**
   * Nouns that make a following year-less day and month a name rather than a date ("ثورة 25 يناير",
   * "قوى 14 آذار", "6 October Bridge" is not caught: only words before the day count).
   */
  nameHeads: readonly string[];
}
