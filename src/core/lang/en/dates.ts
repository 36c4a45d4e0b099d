import type { DateWords } from "../../extract/dates/words.js";

export const dates: DateWords = {
  dayMonthOrders: ["md", "dm"],
  // American copy writes 11/05/2015 month first and British copy day first: read only unambiguous ones.
  numericOrder: undefined,
  capitalisedNames: true,
  // "may" the verb, "march" the noun, and abbreviations that are words or names on their own.
  ambiguousMonths: ["May", "March", "Mar", "Jan", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Feb", "Apr"],
  // "the first of November" is rare in news copy; "November 1" is how it is written.
  spelledDays: [],
  spelledDayCues: [],
  ordinalSuffixes: ["st", "nd", "rd", "th"],
  dayMonthLinks: ["of"],
  yearLinks: ["of"],
  dayYearSeparators: [","],
  yearCues: [
    "in", "since", "during", "until", "till", "year", "early", "late", "mid", "mid -", "spring", "summer",
    "autumn", "winter", "end of", "start of", "beginning of", "middle of",
  ],
  monthCues: ["in", "since", "during", "until", "till", "through", "throughout", "early", "late", "mid", "mid -", "month of"],
  monthParts: ["early", "late", "mid", "mid -", "end of", "the end of", "start of", "the start of", "beginning of",
    "the beginning of", "middle of", "the middle of"],
  // "on 30 September last" is rare, and "November 26 last-minute talks" would take the wrong year from it.
  directionsAfter: [],
  directionsBefore: [["last", "past"], ["this past", "past"], ["next", "future"], ["this coming", "future"], ["this", "current"]],
  monthReferences: [
    ["this month", 0], ["of this month", 0], ["the same month", 0], ["of the same month", 0],
    ["last month", -1], ["of last month", -1], ["next month", 1], ["of next month", 1],
  ],
  yearReferences: [
    ["last year", -1], ["of last year", -1], ["next year", 1], ["of next year", 1], ["this year", 0],
    ["of this year", 0],
  ],
  // "next Thursday" said on a Monday means this week's Thursday to some and next week's to others; "last
  // Thursday" has the same split. Neither is exact, so English weekdays are never resolved.
  weekdayRelativeAfter: [],
  weekdayRelativeBefore: [],
  listSeparators: ["-", "–", "—", "and", "to", "or", "through", ","],
  eraWords: ["AD", "CE"],
  otherEraWords: ["BC", "BCE", "AH"],
  nameHeads: [],
};
